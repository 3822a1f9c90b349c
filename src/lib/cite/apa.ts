/**
 * APA 7th edition, for a web page of an organisation (group authors):
 *   Author, & Author. (Date). Title [English title] (Doc. number). Site Name. URL
 * - A non-English source keeps its original title, followed in the English edition by its English
 *   title in square brackets (APA 7 §9.38); the Chinese edition gives the original title alone.
 * - A part (task, measure) names its document after "In" / "载于".
 * - No author: the title moves to the author position (§9.12). No date: "n.d." / "无日期".
 * - No retrieval date: APA 7 asks for one only for pages designed to change; these texts do not.
 * The Chinese edition writes the date as 2024年12月31日, the English one as 2024, December 31.
 */
import type { Locale } from '../../i18n/locales.ts';
import { bareTitle, type CiteSource } from './source.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function date(source: CiteSource, locale: Locale): string {
  if (!source.date) return locale === 'en' ? '(n.d.)' : '(无日期)';
  const [year, month, day] = source.date.split('-').map(Number) as [number, number, number];
  return locale === 'en' ? `(${year}, ${MONTHS[month - 1]} ${day})` : `(${year}年${month}月${day}日)`;
}

function authorList(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

export function apa(source: CiteSource, locale: Locale, siteName: string): string {
  const english = locale === 'en';
  const translated = (title: string, titleEn: string | undefined) => (english && titleEn && source.lang !== 'en' ? `${title} [${titleEn}]` : title);
  const number = source.docNumber ? ` (${source.docNumber})` : '';
  const title = source.part && source.container
    ? `${translated(`${source.part.label} ${bareTitle(source.title)}`, source.titleEn && `${source.part.labelEn}: ${bareTitle(source.titleEn)}`)}. ${english ? 'In' : '载于'} ${translated(bareTitle(source.container.title), source.container.titleEn && bareTitle(source.container.titleEn))}${number}`
    : `${translated(bareTitle(source.title), source.titleEn && bareTitle(source.titleEn))}${number}`;
  const names = english && source.lang !== 'en' ? source.authorsEn : source.authors;
  const head = names.length > 0 ? `${authorList(names)}. ${date(source, locale)}. ${title}.` : `${title}. ${date(source, locale)}.`;
  return `${head} ${siteName}. ${source.url}`;
}
