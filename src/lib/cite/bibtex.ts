/**
 * A BibTeX entry (@misc, readable by BibTeX and biblatex). Group authors are wrapped in braces so
 * they are not split into first and last names. Text is escaped for LaTeX, and braces in the source
 * text become \textbraceleft{} / \textbraceright{} so the entry's own braces always balance (BibTeX
 * counts braces even after a backslash). biblatex fields carry what plain BibTeX has no field for:
 * `date`, `urldate`, `titleaddon` (the English title, in the English edition), `language`.
 */
import type { Locale } from '../../i18n/locales.ts';
import { bareTitle, type CiteSource } from './source.ts';

const LATEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
export const escapeLatex = (text: string) => text.replace(/[\\{}&%$#_~^]/g, (char) => LATEX[char]!);

export function bibtex(source: CiteSource, locale: Locale): string {
  const english = locale === 'en';
  const title = source.part ? `${source.part.label} ${bareTitle(source.title)}` : bareTitle(source.title);
  const titleEn = source.titleEn && (source.part ? `${source.part.labelEn}: ${bareTitle(source.titleEn)}` : bareTitle(source.titleEn));
  const fields: Array<[string, string | undefined]> = [
    ['author', source.authors.length > 0 ? source.authors.map((name) => `{${escapeLatex(name)}}`).join(' and ') : undefined],
    ['title', escapeLatex(title)],
    ['titleaddon', english && titleEn && source.lang !== 'en' ? `[${escapeLatex(titleEn)}]` : undefined],
    ['booktitle', source.container ? escapeLatex(bareTitle(source.container.title)) : undefined],
    ['number', source.docNumber ? escapeLatex(source.docNumber) : undefined],
    ['year', source.date?.slice(0, 4)],
    ['date', source.date],
    ['howpublished', `\\url{${source.url}}`],
    ['url', source.url],
    ['urldate', source.accessed],
    ['language', source.lang === 'en' ? 'english' : 'chinese'],
  ];
  const body = fields.filter(([, value]) => value !== undefined).map(([name, value]) => `  ${name} = {${value}}`);
  return `@misc{${source.key},\n${body.join(',\n')}\n}`;
}
