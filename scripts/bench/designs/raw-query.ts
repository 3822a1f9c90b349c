/**
 * The client side of the `pagefind` and `one-index` designs (scripts/index/pagefind.ts): the query goes
 * to Pagefind as typed, for its own segmentation, and no run is asked for as typed. Bundled in place of
 * src/search/client/design.ts when the benchmark builds those designs.
 */
import type { CharMap } from '../../../src/search/terms.ts';

export function pagefindQuery(query: string, _map: CharMap): string {
  return query.trim();
}

export function exactRuns(_phrases: readonly string[]): string[] {
  return [];
}
