/**
 * This site against a stock Astro Starlight site holding the same texts (scripts/bench/starlight-site.ts):
 * what a reader downloads for the same document page in each edition, what a first search costs and
 * finds in Simplified, Traditional and English, and what each build takes and writes.
 */
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { builtPages } from '../check/built-pages.ts';
import { SEARCH_BUNDLE_DIR } from '../check/budgets.ts';
import { serveForBench } from './nginx-server.ts';
import { directoryBytes } from './directory-bytes.ts';
import { firstSearch, onSlowedPage, type FirstSearch } from './first-search.ts';
import { lighthouse, type LighthouseRun } from './lighthouse.ts';
import { weighPage, type PageWeight } from './page-weight.ts';
import { buildStarlightSite, starlightPages, STARLIGHT_VERSION, writeStarlightSite } from './starlight-site.ts';

const SCRATCH = '.scratch/bench-starlight';
/** Pagefind UI's default `debounceTimeoutMs`, which Starlight keeps. */
export const PAGEFIND_UI_PAUSE_MS = 300;
/** The same document in both sites, in each edition: a plan with headings, tasks and notes. */
const DOCUMENT = 'wuhan-plan';
/** One policy phrase in Simplified and in Traditional script, and its English, each typed in the edition a reader of it would use. */
export const COMPARISON_QUERIES = [
  { query: '以旧换新', edition: 'zh' },
  { query: '以舊換新', edition: 'zh' },
  { query: 'trade-in', edition: 'en' },
] as const;
type Edition = (typeof COMPARISON_QUERIES)[number]['edition'];
const prefix = (edition: Edition) => (edition === 'en' ? '/en' : '');

/** A first search on either site: the page searched from, then what the search fetched up to the results shown. */
export type SearchFigures = FirstSearch;

export interface SiteFigures {
  pages: number;
  buildMs: number;
  outputBytes: number;
  indexBytes: number;
  documentPages: Array<{ path: string; weight: PageWeight }>;
  searches: SearchFigures[];
  lighthouse?: LighthouseRun;
}

export interface StarlightComparison {
  /** `@astrojs/starlight` as installed, and the Astro both sites are built with. */
  version: string;
  astro: string;
  ours: SiteFigures;
  starlight: SiteFigures;
}

/**
 * Starlight's search, as a reader uses it: open the dialog from the page they are on, type, wait for
 * results. Cold (fresh context), CPU slowed like our first search; the latency includes Pagefind UI's
 * wait for typing to pause.
 */
async function starlightSearch(browser: Browser, url: string, query: string): Promise<SearchFigures> {
  const { result, page, fetched } = await onSlowedPage(browser, url, async (tab) => {
    await tab.locator('button[data-open-modal]:enabled').click();
    const input = tab.locator('.pagefind-ui__search-input');
    await input.waitFor();
    const latencyMs = await input.evaluate(
      (element, text) =>
        new Promise<number>((resolve, reject) => {
          const field = element as HTMLInputElement;
          const start = performance.now();
          // A result, or the final message (no results); not the "searching …" message shown meanwhile.
          const done = () => document.querySelector('.pagefind-ui__result-link') ?? [...document.querySelectorAll('.pagefind-ui__message')].find((message) => !/(\.\.\.|…)$/.test(message.textContent!.trim()));
          new MutationObserver((_, observer) => {
            if (!done()) return;
            observer.disconnect();
            resolve(performance.now() - start);
          }).observe(document.body, { childList: true, subtree: true, characterData: true });
          setTimeout(() => reject(new Error(`no results or message within 60 s for “${text}”`)), 60_000);
          field.value = text;
          field.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      query,
    );
    // Pagefind UI fills a result in once its fragment arrives: wait until every listed result has its link.
    await tab.waitForFunction(() => [...document.querySelectorAll('.pagefind-ui__result')].every((entry) => entry.querySelector('.pagefind-ui__result-link')));
    const shown = await tab.locator('.pagefind-ui__message').textContent();
    return { latencyMs: Math.round(latencyMs), results: Number(/\d+/.exec(shown ?? '')?.[0] ?? 0) };
  });
  return { query, ...result, page, fetched };
}

async function measure(browser: Browser, dir: string, buildMs: number, paths: string[], search: (root: string, query: string, edition: Edition) => Promise<SearchFigures>, audit: { path: string; chromePath: string | undefined } | undefined): Promise<SiteFigures> {
  // Both sites by the same nginx: ours as deployed (deploy/nginx.conf), Starlight's precompressed the same way.
  const server = await serveForBench(dir, { foreign: dir !== 'dist' });
  try {
    const root = server.origin;
    const documentPages = [];
    for (const path of paths) documentPages.push({ path, weight: await weighPage(browser, root + path) });
    const searches = [];
    for (const { query, edition } of COMPARISON_QUERIES) searches.push(await search(root, query, edition));
    return {
      pages: builtPages(dir).length,
      buildMs,
      outputBytes: await directoryBytes(dir),
      indexBytes: await directoryBytes(join(dir, SEARCH_BUNDLE_DIR)),
      documentPages,
      searches,
      lighthouse: audit ? await lighthouse(root, audit.path, audit.chromePath) : undefined,
    };
  } finally {
    await server.stop();
  }
}

/**
 * Builds the Starlight site (installing it into .scratch/ on first use) and measures it beside our built
 * site in `dist`, whose build took `ourBuildMs`. Lighthouse runs on the document page when given a browser path.
 */
export async function compareWithStarlight(browser: Browser, options: { ourBuildMs: number; lighthouse: boolean; chromePath: string | undefined }): Promise<StarlightComparison> {
  const { astro } = await writeStarlightSite(SCRATCH, await starlightPages('seeds'));
  const starlightBuildMs = await buildStarlightSite(SCRATCH);
  const ours = await measure(
    browser,
    'dist',
    options.ourBuildMs,
    [`/documents/${DOCUMENT}/`, `/en/documents/${DOCUMENT}/`],
    (root, query, edition) => firstSearch(browser, `${root}${prefix(edition)}/search/`, query),
    options.lighthouse ? { path: `/documents/${DOCUMENT}/`, chromePath: options.chromePath } : undefined,
  );
  const starlight = await measure(
    browser,
    join(SCRATCH, 'dist'),
    starlightBuildMs,
    [`/${DOCUMENT}/`, `/en/${DOCUMENT}/`],
    (root, query, edition) => starlightSearch(browser, `${root}${prefix(edition)}/${DOCUMENT}/`, query),
    options.lighthouse ? { path: `/${DOCUMENT}/`, chromePath: options.chromePath } : undefined,
  );
  return { version: STARLIGHT_VERSION, astro, ours, starlight };
}
