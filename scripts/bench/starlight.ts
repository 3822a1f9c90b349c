/**
 * This site against a stock Astro Starlight site holding the same texts (scripts/bench/starlight-site.ts):
 * what a reader downloads for the same document page in each edition, what a first search costs
 * (issue 13's queries, cold, in our header box and search page and in Starlight's dialog, side by side
 * in one run), and what each build takes and writes.
 */
import { join } from 'node:path';
import { CLIENT_DIR } from '../index/client-bundle.ts';
import { buildFoldMap } from '../index/fold-map.ts';
import { loadSiteContent } from '../build-content.ts';
import { TABLE_FILE } from '../../src/search/table.ts';
import type { Browser } from '@playwright/test';
import { builtPages } from '../check/built-pages.ts';
import { serveForBench } from './nginx-server.ts';
import { directoryBytes } from './directory-bytes.ts';
import { HEADER_BOX, median, medianByBytes, medianOf, PAGE_BOX, pagefindAlone, searchOnce, STARLIGHT_DIALOG, type PagefindAlone, type SearchBox, type SearchMedian, type SearchOptions, type SearchRun } from './first-search.ts';
import { lighthouse, type LighthouseRun } from './lighthouse.ts';
import { weighPage, type Bytes, type PageWeight } from './page-weight.ts';
import { readFile } from 'node:fs/promises';
import { gzipBytes, SEARCH_BUNDLE_DIR } from '../check/budgets.ts';
import { buildStarlightSite, starlightPages, STARLIGHT_VERSION, writeStarlightSite } from './starlight-site.ts';

const SCRATCH = '.scratch/bench-starlight';
/** Pagefind UI's default `debounceTimeoutMs`, which Starlight keeps. */
export const PAGEFIND_UI_PAUSE_MS = 300;
/** The same document in both sites, in each edition: a plan with headings, tasks and notes. */
const DOCUMENT = 'wuhan-plan';
/**
 * Issue 13's queries, each typed in the edition a reader of it would use: a policy phrase in Simplified
 * and in Traditional script and its English, a task number in each edition, and a department.
 */
const COMPARISON_QUERIES = [
  { query: '以旧换新', edition: 'zh' },
  { query: '以舊換新', edition: 'zh' },
  { query: 'trade-in', edition: 'en' },
  { query: 'task 47', edition: 'en' },
  { query: '任务47', edition: 'zh' },
  { query: '商务部', edition: 'zh' },
] as const;
type Edition = (typeof COMPARISON_QUERIES)[number]['edition'];
const prefix = (edition: Edition) => (edition === 'en' ? '/en' : '');
/** The extra row with Pagefind on the main thread: one query, in the header box. */
const NO_WORKER_QUERY = COMPARISON_QUERIES[0];

/** Issue 13's targets, as ratios of our figure to Starlight's in the same run. */
export const TARGETS = { first: 0.25, ranked: 0.5, bytes: 0.7, served: 0.7 } as const;

export interface SiteFigures {
  pages: number;
  buildMs: number;
  outputBytes: number;
  indexBytes: number;
  documentPages: Array<{ path: string; weight: PageWeight }>;
  lighthouse?: LighthouseRun;
}

/** One query, cold, the median of `runs` searches in each place. */
interface QueryComparison {
  query: string;
  edition: Edition;
  /** Our header box on the document page. */
  header: SearchMedian & { path: string };
  /** Our search page. */
  page: SearchMedian & { path: string };
  /** Starlight's search dialog on the same document page. */
  starlight: SearchMedian & { path: string };
}

export interface StarlightComparison {
  /** `@astrojs/starlight` as installed, and the Astro both sites are built with. */
  version: string;
  astro: string;
  ours: SiteFigures;
  starlight: SiteFigures;
  searches: QueryComparison[];
  /** Our search table (`_search/table.json`), fetched whole on focus. */
  table: Bytes;
  /** Our header box with Pagefind on the main thread (Worker hidden from the page), for NO_WORKER_QUERY. */
  noWorker: SearchMedian & { path: string; query: string };
  /** Pagefind alone (`pagefindAlone`) on our document page, for each query: the median time, the bytes of the run with the median gzipped bytes. */
  pagefindAlone: Array<PagefindAlone & { query: string; path: string }>;
}

/** A site's build and document pages, served from `root`. */
async function measure(browser: Browser, dir: string, root: string, buildMs: number, paths: string[], audit: { path: string; chromePath: string | undefined } | undefined): Promise<SiteFigures> {
  const documentPages = [];
  for (const path of paths) documentPages.push({ path, weight: await weighPage(browser, root + path) });
  return {
    pages: builtPages(dir).length,
    buildMs,
    outputBytes: await directoryBytes(dir),
    indexBytes: await directoryBytes(join(dir, SEARCH_BUNDLE_DIR)),
    documentPages,
    lighthouse: audit ? await lighthouse(root, audit.path, audit.chromePath) : undefined,
  };
}

/** A cold search once more when it failed (a page that timed out on the busy machine); a second failure ends the benchmark. */
async function retried<T>(search: () => Promise<T>): Promise<T> {
  try {
    return await search();
  } catch (error) {
    console.warn(`search failed, retrying once: ${(error as Error).message.split('\n')[0]}`);
    return search();
  }
}

/**
 * The first searches, `runs` cold runs per query and place. The runs are interleaved (each round goes
 * through every query in every place) so that a busy moment of the shared machine falls on both sites
 * alike rather than on one query or one site.
 */
async function compareSearches(browser: Browser, roots: { ours: string; starlight: string }, runs: number): Promise<Pick<StarlightComparison, 'searches' | 'noWorker' | 'pagefindAlone'>> {
  const places = (edition: Edition): Array<{ name: 'header' | 'page' | 'starlight'; url: string; box: SearchBox }> => [
    { name: 'header', url: `${roots.ours}${prefix(edition)}/documents/${DOCUMENT}/`, box: HEADER_BOX },
    { name: 'page', url: `${roots.ours}${prefix(edition)}/search/`, box: PAGE_BOX },
    { name: 'starlight', url: `${roots.starlight}${prefix(edition)}/${DOCUMENT}/`, box: STARLIGHT_DIALOG },
  ];
  const measured = new Map<string, SearchRun[]>();
  const add = (key: string, run: SearchRun) => measured.set(key, [...(measured.get(key) ?? []), run]);
  const noWorker: SearchOptions = { noWorker: true };
  const alone = new Map<string, PagefindAlone[]>();
  // Pagefind alone is asked what our search asks it: the query folded with the map the site was built with.
  const map = buildFoldMap((await loadSiteContent('seeds')).model.documents);
  for (let round = 0; round < runs; round++) {
    for (const { query, edition } of COMPARISON_QUERIES) {
      for (const place of places(edition)) add(`${query}\n${place.name}`, await retried(() => searchOnce(browser, place.url, place.box, query)));
      const answered = await retried(() => pagefindAlone(browser, places(edition)[0]!.url, query, map));
      alone.set(query, [...(alone.get(query) ?? []), answered]);
    }
    const { query, edition } = NO_WORKER_QUERY;
    add(`${query}\nno-worker`, await retried(() => searchOnce(browser, places(edition)[0]!.url, HEADER_BOX, query, noWorker)));
  }
  const cell = (query: string, name: string, url: string) => ({ ...medianOf(measured.get(`${query}\n${name}`)!), path: new URL(url).pathname });
  return {
    searches: COMPARISON_QUERIES.map(({ query, edition }) => {
      const [header, page, starlight] = places(edition);
      return { query, edition, header: cell(query, 'header', header!.url), page: cell(query, 'page', page!.url), starlight: cell(query, 'starlight', starlight!.url) };
    }),
    noWorker: { query: NO_WORKER_QUERY.query, ...cell(NO_WORKER_QUERY.query, 'no-worker', places(NO_WORKER_QUERY.edition)[0]!.url) },
    pagefindAlone: COMPARISON_QUERIES.map(({ query, edition }) => {
      const answers = alone.get(query)!;
      return { query, path: new URL(places(edition)[0]!.url).pathname, ms: Math.round(median(answers.map((answer) => answer.ms))), fetched: medianByBytes(answers).fetched };
    }),
  };
}

/**
 * Builds the Starlight site (installing it into .scratch/ on first use) and measures it beside our built
 * site in `dist`, whose build took `ourBuildMs`; first searches are the median of `searchRuns` cold runs.
 * Lighthouse runs on the document page when given a browser path.
 */
export async function compareWithStarlight(browser: Browser, options: { ourBuildMs: number; lighthouse: boolean; chromePath: string | undefined; searchRuns: number }): Promise<StarlightComparison> {
  const { astro } = await writeStarlightSite(SCRATCH, await starlightPages('seeds'));
  const starlightBuildMs = await buildStarlightSite(SCRATCH);
  const starlightDir = join(SCRATCH, 'dist');
  // Both sites by the same nginx: ours as deployed (deploy/nginx.conf), Starlight's precompressed the same way.
  const ourServer = await serveForBench('dist');
  try {
    const theirServer = await serveForBench(starlightDir, { foreign: true });
    try {
      const roots = { ours: ourServer.origin, starlight: theirServer.origin };
      const ours = await measure(browser, 'dist', roots.ours, options.ourBuildMs, [`/documents/${DOCUMENT}/`, `/en/documents/${DOCUMENT}/`], options.lighthouse ? { path: `/documents/${DOCUMENT}/`, chromePath: options.chromePath } : undefined);
      const starlight = await measure(browser, starlightDir, roots.starlight, starlightBuildMs, [`/${DOCUMENT}/`, `/en/${DOCUMENT}/`], options.lighthouse ? { path: `/${DOCUMENT}/`, chromePath: options.chromePath } : undefined);
      const table = await readFile(join('dist', CLIENT_DIR, TABLE_FILE));
      return { version: STARLIGHT_VERSION, astro, ours, starlight, table: { raw: table.length, gzip: gzipBytes(table) }, ...(await compareSearches(browser, roots, options.searchRuns)) };
    } finally {
      await theirServer.stop();
    }
  } finally {
    await ourServer.stop();
  }
}
