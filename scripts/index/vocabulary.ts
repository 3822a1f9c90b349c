/**
 * The English words the index holds, most frequent first: what a one-edit typo is corrected to
 * (src/search/forms.ts `correctWord`). Written beside the search scripts and fetched only when a query
 * finds nothing, so a search that succeeds never pays for it.
 */
import type { Root, RootContent } from 'hast';
import { attr, parseHtml } from '../lib/built-page.ts';

export const VOCABULARY_FILE = 'words.en.json';
/** Words shorter than this are never corrected (forms.ts), so they need not be shipped. */
const SHORTEST = 4;

/** The indexed text of a page: inside its `data-pagefind-body`, without what Pagefind ignores. */
function indexedText(node: Root | RootContent, inside = false): string {
  if (node.type === 'text') return inside ? ` ${node.value} ` : '';
  if (node.type !== 'element' && node.type !== 'root') return '';
  let within = inside;
  if (node.type === 'element') {
    if (['script', 'style', 'template'].includes(node.tagName) || attr(node, 'data-pagefind-ignore') !== undefined) return '';
    if (attr(node, 'data-pagefind-body') !== undefined) within = true;
  }
  return node.children.map((child) => indexedText(child, within)).join('');
}

export function englishVocabulary(pages: ReadonlyArray<{ url: string; html: string }>): string[] {
  const counts = new Map<string, number>();
  for (const page of pages) {
    if (!page.url.startsWith('/en/')) continue;
    for (const word of indexedText(parseHtml(page.html)).toLowerCase().match(/[a-z]+/g) ?? []) {
      if (word.length >= SHORTEST) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}
