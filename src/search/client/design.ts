/**
 * How the site's search asks Pagefind — the one design it ships. The index holds every page as
 * src/search/terms.ts cut it (Chinese as single characters, Traditional folded into Simplified), so a
 * query is cut the same way; and a Chinese run the reader typed is also asked for as typed, its
 * characters in a row, so that pages holding the phrase come before pages holding its characters apart.
 *
 * The benchmark measures other designs (scripts/index/pagefind.ts `SEARCH_DESIGNS`) by bundling another
 * module with these two functions in place of this one (scripts/bench/designs/); nothing here knows of them.
 */
import { queryText, spaceWords, type CharMap } from '../terms.ts';

/** What Pagefind is asked for a query: its words as the index cut the text. */
export function pagefindQuery(query: string, map: CharMap): string {
  return queryText(query, map, 'char');
}

/** The exact-phrase searches for a query's Chinese runs of two characters or more (quoted: they must stand in a row). */
export function exactRuns(phrases: readonly string[]): string[] {
  return phrases.filter((phrase) => /\p{Script=Han}/u.test(phrase) && [...phrase].length > 1).map((run) => `"${spaceWords(run, 'char')}"`);
}
