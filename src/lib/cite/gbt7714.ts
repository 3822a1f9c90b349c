/**
 * GB/T 7714-2015 (信息与文献 参考文献著录规则), the form for an online resource:
 *   主要责任者. 题名: 其他题名信息[EB/OL]. (发表日期)[引用日期]. 获取和访问路径.
 * and for a part of one (析出文献, §4.2 with "//"):
 *   主要责任者. 析出题名[EB/OL]//主要责任者. 题名: 其他题名信息. (发表日期)[引用日期]. 获取和访问路径.
 * [EB/OL] (electronic bulletin, online) is the type the standard gives web-published documents.
 * The entry is written in the language of the source (as the standard prescribes), so both editions
 * print the same reference apart from the URL. Punctuation is the standard's half-width form. A
 * document that names no issuer is "佚名" (§8.1.3; "Anon" for an English source). At most three
 * authors are listed, then "等" / "et al." (§8.1.2).
 */
import { bareTitle, type CiteSource } from './source.ts';

function authors(source: CiteSource): string {
  const chinese = source.lang !== 'en';
  if (source.authors.length === 0) return chinese ? '佚名' : 'Anon';
  const listed = source.authors.slice(0, 3).join(', ');
  return source.authors.length > 3 ? `${listed}, ${chinese ? '等' : 'et al'}` : listed;
}

export function gbt7714(source: CiteSource): string {
  const who = authors(source);
  const numbered = (title: string) => (source.docNumber ? `${title}: ${source.docNumber}` : title);
  const dates = `${source.date ? `(${source.date})` : ''}[${source.accessed}]`;
  const cited = source.part && source.container
    ? `${who}. ${source.part.label} ${bareTitle(source.title)}[EB/OL]//${who}. ${numbered(bareTitle(source.container.title))}`
    : `${who}. ${numbered(bareTitle(source.title))}[EB/OL]`;
  return `${cited}. ${dates}. ${source.url}.`;
}
