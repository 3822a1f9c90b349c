/**
 * The English words the index holds, most frequent first: what a one-edit typo is corrected to
 * (src/search/forms.ts `correctWord`). Written beside the search scripts and fetched only when a query
 * finds nothing, so a search that succeeds never pays for it.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export const VOCABULARY_FILE = 'words.en.json';
/** Words shorter than this are never corrected (forms.ts), so they need not be shipped. */
const SHORTEST = 4;

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** The indexed text of a page: inside its `data-pagefind-body`, without what Pagefind ignores. */
function indexedText(node: Node, inside = false): string {
  if (node.nodeName === '#text') return inside ? ` ${(node as DefaultTreeAdapterMap['textNode']).value} ` : '';
  if (!('childNodes' in node)) return '';
  let within = inside;
  if ('tagName' in node) {
    if (['script', 'style', 'template'].includes(node.tagName) || attribute(node, 'data-pagefind-ignore') !== undefined) return '';
    if (attribute(node, 'data-pagefind-body') !== undefined) within = true;
  }
  return node.childNodes.map((child) => indexedText(child, within)).join('');
}

export function englishVocabulary(pages: ReadonlyArray<{ url: string; html: string }>): string[] {
  const counts = new Map<string, number>();
  for (const page of pages) {
    if (!page.url.startsWith('/en/')) continue;
    for (const word of indexedText(parse(page.html)).toLowerCase().match(/[a-z]+/g) ?? []) {
      if (word.length >= SHORTEST) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}
