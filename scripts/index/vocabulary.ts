/**
 * The English words the index holds, most frequent first: what a one-edit typo is corrected to
 * (src/search/forms.ts `correctWord`) and what tells whether the index prints a word in the other
 * variety's spelling (`printsWord`). Written beside the search scripts and fetched only for a query word
 * the table's page names do not answer, so most searches never pay for it.
 */
import { attr, elements, parseHtml } from '../lib/built-page.ts';
import { indexedText } from './index-view.ts';

export const VOCABULARY_FILE = 'words.en.json';
/** Words shorter than this are never corrected (forms.ts), so they need not be shipped. */
const SHORTEST = 4;

export function englishVocabulary(pages: ReadonlyArray<{ url: string; html: string }>): string[] {
  const counts = new Map<string, number>();
  for (const page of pages) {
    if (!page.url.startsWith('/en/')) continue;
    const body = [...elements(parseHtml(page.html))].find((element) => attr(element, 'data-pagefind-body') !== undefined);
    for (const word of (body ? indexedText(body, ' ') : '').toLowerCase().match(/[a-z]+/g) ?? []) {
      if (word.length >= SHORTEST) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}
