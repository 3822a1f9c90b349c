/**
 * The client side of the `words-only` and `words` designs (scripts/index/pagefind.ts): queries cut into
 * ICU's words, as the index was, and no run asked for as typed. Bundled in place of
 * src/search/client/design.ts when the benchmark builds those designs.
 */
import { queryText, type CharMap } from '../../../src/search/terms.ts';

export function pagefindQuery(query: string, map: CharMap): string {
  return queryText(query, map, 'word');
}

export function exactRuns(_phrases: readonly string[]): string[] {
  return [];
}
