/**
 * BENCHMARK.md has two writers: `npm run bench` writes the whole report, `npm run bench:search` only
 * the "Search quality" section between these markers. Each keeps the other's part.
 */
export const SEARCH_START = '<!-- search-bench:start (written by npm run bench:search) -->';
export const SEARCH_END = '<!-- search-bench:end -->';

const SECTION = /<!-- search-bench:start[\s\S]*?<!-- search-bench:end -->/;

/** The whole report with the search section of the previous file appended, if it had one. */
export function keepSearchSection(report: string, previous: string): string {
  const section = SECTION.exec(previous)?.[0];
  return section ? `${report.trimEnd()}\n\n## Search quality\n\n${section}\n` : report;
}
