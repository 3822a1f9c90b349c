/**
 * The index designs the benchmark compares (README "Search"); the site uses `full`.
 * - `pagefind`: Pagefind's defaults — an index per <html lang>, jieba at index time, the raw query;
 * - `one-index`: one index (`forceLanguage: 'zh'`), still jieba and the raw query;
 * - `words-only`: pages as index-view.ts renders them, Chinese cut into ICU's words, queries cut the same way;
 * - `words`: `words-only` with results reranked by title and label (src/search/client/engine.ts);
 * - `full`: Chinese cut into single characters on both sides, so a query always meets the text's cuts;
 *   pages where the query's Chinese runs stand in a row first, then the rerank by title and label.
 */
const SEARCH_DESIGNS = ['pagefind', 'one-index', 'words-only', 'words', 'full'] as const;
export type SearchDesign = (typeof SEARCH_DESIGNS)[number];

export function searchDesign(value = process.env.SEARCH_DESIGN ?? 'full'): SearchDesign {
  if (!(SEARCH_DESIGNS as readonly string[]).includes(value)) throw new Error(`SEARCH_DESIGN must be one of ${SEARCH_DESIGNS.join(', ')}, not "${value}"`);
  return value as SearchDesign;
}
