/**
 * Which parts of a long page answer a query best: the order of a result's sections (Pagefind's sub-results).
 *
 * Pagefind lists a page's matching sections in document order, each with its heading and a short excerpt,
 * so a query that names a section further down (試點企業條件: the conditions a pilot enterprise must meet)
 * landed on the first sections that merely hold its characters. A section is known by its headings as much as
 * by its words: "(二)試點企業。" under "三、試點基本條件" is about conditions, the one under "二、試點任務" about
 * tasks. So each section is read with the headings it stands under — from its anchor where the anchor says
 * (`s3-2` stands under `s3`; `s3-2-lead` is the lead paragraph of `s3-2`), else the last heading before it —
 * and sections are ordered by how much of the query their headings name, then how much of it the section
 * with its headings holds, then their place in the document.
 */
import { matchable } from './rank.ts';
import { foldScript, type CharMap } from './terms.ts';

export interface Section {
  url: string;
  title: string;
  excerpt: string;
}

/** A heading's anchor: `s3`, `s3-2`, `s2-1-4` (the outline's numbering; src/lib/routes.ts). */
const HEADING_ANCHOR = /^s\d+(?:-\d+)*$/;

function anchorOf(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? '' : url.slice(hash + 1);
}

/** The anchors a section stands under, nearest last: `s3-2-lead` → s3, s3-2. */
function ancestorsFromAnchor(anchor: string): string[] | undefined {
  const parts = /^(s\d+(?:-\d+)*)(?:-lead)?$/.exec(anchor);
  if (!parts) return undefined;
  const segments = parts[1]!.split('-');
  const own = HEADING_ANCHOR.test(anchor) ? segments.length - 1 : segments.length;
  return Array.from({ length: own }, (_, depth) => segments.slice(0, depth + 1).join('-'));
}

/** What a query asks of a section: each Chinese character and each other word, as matching compares them. */
function units(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((word) => word.match(/\p{Script=Han}|[^\p{Script=Han}]+/gu) ?? []))];
}

function share(haystack: string, wanted: readonly string[]): number {
  return wanted.length === 0 ? 0 : wanted.filter((unit) => haystack.includes(unit)).length / wanted.length;
}

/**
 * The sections in the order that answers the query best. `words` are the query's runs, folded and matchable
 * (rank.ts `matchWords`); `map` folds the page's own headings, which may be in Traditional script.
 */
export function orderSections<S extends Section>(sections: readonly S[], words: readonly string[], map: CharMap = {}): S[] {
  const fold = (text: string) => matchable(foldScript(text, map));
  const titles = new Map<string, string>();
  let lastHeading: string[] = [];
  const wanted = units(words);
  const scored = sections.map((section, index) => {
    const anchor = anchorOf(section.url);
    const title = fold(section.title);
    const ancestors = ancestorsFromAnchor(anchor);
    const path = ancestors ? ancestors.map((id) => titles.get(id) ?? '') : lastHeading;
    if (HEADING_ANCHOR.test(anchor)) {
      titles.set(anchor, title);
      lastHeading = [...path, title];
    }
    const headings = [...path, title].join('|');
    const named = words.filter((word) => headings.includes(word)).length;
    const held = share(`${headings}|${fold(section.excerpt)}`, wanted);
    return { section, index, named, held };
  });
  return scored.sort((a, b) => b.named - a.named || b.held - a.held || a.index - b.index).map(({ section }) => section);
}
