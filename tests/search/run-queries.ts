/**
 * Runs query sets (queries.json, readers.json) through the real search in Chromium, as a reader would:
 * typed into the search page and into the header box of a page in the query's edition. For each query:
 * the search page's results in order, the first result of the instant list (drawn from the search
 * table before Pagefind answers), and the header panel's first result. The quality gate
 * (tests/browser/search-quality.spec.ts) and `npm run bench:search` both read these.
 */
import type { Page } from '@playwright/test';
import type { Query } from '../../scripts/bench/query-sets.ts';

export { readQueries, type Query, type QuerySet } from '../../scripts/bench/query-sets.ts';

/** How many results count: the search page lists more, readers look at the first few. */
const DEPTH = 10;

export interface QueryOutcome {
  query: Query;
  /** The search page's result paths in order (without ?highlight). */
  got: string[];
  /** 1-based rank of the expected page, if among the first DEPTH. */
  rank: number | undefined;
  /** First result of the instant list, when one was drawn. */
  instantFirst: string | undefined;
  /** First result of the header panel. */
  panelFirst: string | undefined;
}

interface ListRun {
  /** Result paths in order, once the list is ranked. */
  got: string[];
  /** The first result while the list was the instant one, if it was drawn. */
  instantFirst: string | undefined;
}

/**
 * Types each query into `box` in the page itself (one input event, as a paste or an IME commit) and
 * reads `list` once it is ranked for that query: all in one evaluation, so a long query set runs at
 * the speed of the search rather than of the test driver.
 */
async function typeEach(page: Page, box: string, list: string, queries: readonly string[]): Promise<ListRun[]> {
  return page.evaluate(
    async ({ box, list, queries }) => {
      const input = document.querySelector<HTMLInputElement>(box)!;
      const results = document.querySelector<HTMLElement>(list)!;
      const paths = () => [...results.querySelectorAll<HTMLAnchorElement>(':scope > li > a.hit-link')].map((link) => new URL(link.href).pathname);
      const runs: Array<{ got: string[]; instantFirst: string | undefined }> = [];
      input.focus();
      for (const query of queries) {
        let instantFirst: string | undefined;
        const ranked = new Promise<void>((resolve, reject) => {
          const check = () => {
            if (results.dataset.query !== query) return false;
            if (results.dataset.state === 'instant' && instantFirst === undefined) instantFirst = paths()[0];
            return results.dataset.state === 'ranked' || results.dataset.state === 'done';
          };
          const observer = new MutationObserver(() => {
            if (!check()) return;
            observer.disconnect();
            clearTimeout(timer);
            resolve();
          });
          observer.observe(results, { childList: true, attributes: true, attributeFilter: ['data-state', 'data-query'] });
          const timer = setTimeout(() => {
            observer.disconnect();
            reject(new Error(`no ranked results within 60 s for “${query}” in ${list}`));
          }, 60_000);
        });
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await ranked;
        runs.push({ got: paths(), instantFirst });
      }
      return runs;
    },
    { box, list, queries: [...queries] },
  );
}

/** The search page at `/search/`, and a page with the header box in each edition. */
export async function runQueries(pages: { search: Page; headerZh: Page; headerEn: Page }, queries: readonly Query[]): Promise<QueryOutcome[]> {
  await pages.search.goto('/search/');
  await pages.search.locator('#search-results[data-state]').waitFor({ state: 'attached' });
  await pages.headerZh.goto('/about/');
  await pages.headerEn.goto('/en/about/');
  for (const page of [pages.headerZh, pages.headerEn]) {
    // Focusing the box loads its script (src/layouts/Base.astro); the panel's list is then searched into.
    await page.locator('#site-search').focus();
    await page.locator('#site-search-panel ol').waitFor({ state: 'attached' });
    await page.waitForFunction(() => document.querySelector('form[data-search="header"] [role="status"]') !== null);
  }
  const zh = queries.filter((query) => query.lang !== 'en');
  const en = queries.filter((query) => query.lang === 'en');
  // The three pages at once, one pass over the set: each waits for its own lists (the boxes' pause
  // before searching, the index's files), so the passes overlap instead of adding up.
  const [onPage, panelZh, panelEn] = await Promise.all([
    typeEach(pages.search, '#search-input', '#search-results', queries.map((query) => query.q)),
    typeEach(pages.headerZh, '#site-search', '#site-search-panel ol', zh.map((query) => query.q)),
    typeEach(pages.headerEn, '#site-search', '#site-search-panel ol', en.map((query) => query.q)),
  ]);
  const panelFirst = new Map([...zh.map((query, index) => [query.q, panelZh[index]!.got[0]] as const), ...en.map((query, index) => [query.q, panelEn[index]!.got[0]] as const)]);
  return queries.map((query, index) => {
    const { got, instantFirst } = onPage[index]!;
    const at = got.slice(0, DEPTH).indexOf(query.expect);
    return { query, got: got.slice(0, DEPTH), rank: at === -1 ? undefined : at + 1, instantFirst, panelFirst: panelFirst.get(query.q) };
  });
}

export interface Summary {
  n: number;
  recallAt1: number;
  recallAt5: number;
  mrr: number;
  /** Share of queries whose header panel's first result is the search page's. */
  panelAgrees: number;
  /** Share of queries whose instant list's first result is the final list's (queries without an instant list count as disagreeing). */
  instantAgrees: number;
}

export function summarise(outcomes: readonly QueryOutcome[]): Summary {
  const n = outcomes.length;
  const share = (test: (outcome: QueryOutcome) => boolean) => (n === 0 ? 0 : outcomes.filter(test).length / n);
  return {
    n,
    recallAt1: share((outcome) => outcome.rank === 1),
    recallAt5: share((outcome) => outcome.rank !== undefined && outcome.rank <= 5),
    mrr: n === 0 ? 0 : outcomes.reduce((sum, outcome) => sum + (outcome.rank ? 1 / outcome.rank : 0), 0) / n,
    panelAgrees: share((outcome) => outcome.panelFirst === outcome.got[0]),
    instantAgrees: share((outcome) => outcome.instantFirst !== undefined && outcome.instantFirst === outcome.got[0]),
  };
}

/** One line per query that missed its page at rank 1: for failure messages and the report. */
export function misses(outcomes: readonly QueryOutcome[]): string[] {
  return outcomes.filter((outcome) => outcome.rank !== 1).map((outcome) => `${outcome.query.q} → ${outcome.query.expect}: ${outcome.rank ? `rank ${outcome.rank}` : 'not in the first 10'}; got ${outcome.got.slice(0, 3).join(', ') || 'nothing'}`);
}
