/**
 * First search, cold: a fresh browser context (empty cache) with the CPU slowed 4× (Chrome DevTools'
 * "mid-tier mobile" setting) opens a page; once it has loaded, the search box is focused and the query
 * typed at once — one input event, as an IME commit or a paste. Timed in the page from that input event:
 * the first result on screen and the fully ranked list; weighed: what was fetched from the focus until
 * the search was complete. The search script, its table and Pagefind load on focus, so their loading is
 * inside the time: the timer starts at the input event right after the focus, as issue 13 defines it.
 */
import type { Browser, Page, Request } from '@playwright/test';
import { pagefindQuery } from '../../src/search/client/design.ts';
import type { CharMap } from '../../src/search/terms.ts';
import { weigh, type PageWeight } from './page-weight.ts';

export const CPU_SLOWDOWN = 4;

/** What the page shows, timed from the input event. */
interface SearchTiming {
  /** To the first result on screen (ours: the first item in the list, instant or ranked); undefined when nothing was found. */
  firstMs: number | undefined;
  /** To the fully ranked list (ours: `data-state` `ranked` or `done` for this query; Pagefind UI: its results, or its final message, shown). */
  rankedMs: number;
  /** To the end of the search (ours: `done`, the excerpts shown; Pagefind UI: every listed result has its link). */
  doneMs: number;
  /** Whether the first result was the instant list (ours: drawn from the search table before Pagefind answered). */
  instant: boolean;
  /** Results the search reports (ours: items in the list; Pagefind UI: the count in its message). */
  results: number;
}

export interface SearchRun extends SearchTiming {
  /** What the page cost before the focus (HTML, CSS, the page's own scripts). */
  page: PageWeight;
  /** What the search fetched, from the focus until it was done. */
  fetched: PageWeight;
}

/** One way of searching on one site: a box and how its progress shows. */
export type SearchBox =
  | {
      kind: 'ours';
      /** The box typed into. */
      input: string;
      /** The result list, which carries `data-query` and `data-state` (src/search/client/results.ts). */
      list: string;
      /** Present once the page's script is ready to be typed into; none for the header box, whose bootstrap is inline. */
      ready?: string;
    }
  | { kind: 'pagefind-ui'; /** The button that opens the search dialog. */ open: string };

/** The header box on every page of this site (src/layouts/Base.astro), and the search page's box. */
export const HEADER_BOX: SearchBox = { kind: 'ours', input: 'form[data-search="header"] input[name="q"]', list: '#site-search-panel ol' };
export const PAGE_BOX: SearchBox = { kind: 'ours', input: '#search-input', list: '#search-results', ready: '#search-results[data-state]' };
/** Starlight's search: a dialog holding Pagefind UI. */
export const STARLIGHT_DIALOG: SearchBox = { kind: 'pagefind-ui', open: 'button[data-open-modal]' };

export interface SearchOptions {
  /**
   * Hide `Worker` from the page (an init script; no shipped code changes), so Pagefind runs on the main
   * thread as with its `noWorker: true`: the CPU throttle slows only the main thread, real phones slow both.
   */
  noWorker?: boolean;
}

const TIMEOUT_MS = 60_000;

/** Starts recording every request of the page's context (its workers' too); `stop` ends it, `weigh` sums the bodies. */
function recordRequests(page: Page): { stop: () => void; weigh: () => Promise<PageWeight> } {
  const requests: Request[] = [];
  const context = page.context();
  const listen = (request: Request) => requests.push(request);
  context.on('request', listen);
  return {
    stop: () => context.off('request', listen),
    weigh: () =>
      weigh(
        requests.map(async (request) => {
          const response = await request.response().catch(() => null);
          const sizes = await request.sizes().catch(() => undefined);
          return { type: request.resourceType(), body: (await response?.body().catch(() => undefined)) ?? Buffer.alloc(0), served: sizes?.responseBodySize ?? 0 };
        }),
      ),
  };
}

/** In the page: focus our box, type the query as one input event, and time the list's states for that query. */
function typeIntoOurs(tab: Page, box: Extract<SearchBox, { kind: 'ours' }>, query: string): Promise<SearchTiming> {
  return tab.evaluate(
    ({ box, query, timeout }) =>
      new Promise<SearchTiming>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>(box.input)!;
        const list = document.querySelector<HTMLElement>(box.list)!;
        let start = 0;
        let firstMs: number | undefined;
        let rankedMs: number | undefined;
        let instant = false;
        const check = () => {
          if (list.dataset.query !== query) return;
          const at = performance.now() - start;
          if (firstMs === undefined && list.children.length > 0 && list.checkVisibility()) {
            firstMs = at;
            instant = list.dataset.state === 'instant';
          }
          const state = list.dataset.state;
          if (state === 'ranked' || state === 'done') rankedMs ??= at;
          if (state !== 'done') return;
          observer.disconnect();
          clearTimeout(timer);
          resolve({ firstMs, rankedMs: rankedMs!, doneMs: at, instant, results: list.children.length });
        };
        const observer = new MutationObserver(check);
        // The header's panel opens by its `hidden` attribute, so watch the form around the list too.
        observer.observe(list.closest('form') ?? list.parentElement!, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-query', 'hidden'] });
        const timer = setTimeout(() => reject(new Error(`search not done within ${timeout} ms for “${query}” (state ${list.dataset.state}, query ${list.dataset.query})`)), timeout);
        input.focus();
        input.value = query;
        start = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { box, query, timeout: TIMEOUT_MS },
  );
}

/**
 * In the page: open Starlight's dialog (which focuses Pagefind UI's box and starts loading Pagefind), type
 * the query as one input event, and time the results. Pagefind UI shows a result once its fragment has
 * arrived, so its first result and its ranked list are the same moment.
 */
function typeIntoPagefindUi(tab: Page, box: Extract<SearchBox, { kind: 'pagefind-ui' }>, query: string): Promise<SearchTiming> {
  return tab.evaluate(
    ({ box, query, timeout }) =>
      new Promise<SearchTiming>((resolve, reject) => {
        let start = 0;
        let shownMs: number | undefined;
        // A result, or the final message (no results); not the "searching …" message shown meanwhile.
        const message = () => [...document.querySelectorAll('.pagefind-ui__message')].find((element) => !/(\.\.\.|…)$/.test(element.textContent!.trim()));
        const check = () => {
          if (!start) return;
          const at = performance.now() - start;
          if (shownMs === undefined && (document.querySelector('.pagefind-ui__result-link') || message())) shownMs = at;
          if (shownMs === undefined || !message()) return;
          if (![...document.querySelectorAll('.pagefind-ui__result')].every((entry) => entry.querySelector('.pagefind-ui__result-link'))) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve({ firstMs: document.querySelector('.pagefind-ui__result-link') ? shownMs : undefined, rankedMs: shownMs, doneMs: at, instant: false, results: Number(/\d+/.exec(message()!.textContent ?? '')?.[0] ?? 0) });
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        const timer = setTimeout(() => reject(new Error(`no results or message within ${timeout} ms for “${query}”`)), timeout);
        document.querySelector<HTMLButtonElement>(box.open)!.click();
        // Pagefind UI makes its box when the dialog's script has run; type as soon as it is there.
        const type = () => {
          const field = document.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
          if (!field) return void requestAnimationFrame(type);
          field.focus();
          field.value = query;
          start = performance.now();
          field.dispatchEvent(new Event('input', { bubbles: true }));
        };
        type();
      }),
    { box, query, timeout: TIMEOUT_MS },
  );
}

/** One cold search: open `url` in a fresh context with the CPU slowed, wait for it to load, then search `query` in `box`. */
export async function searchOnce(browser: Browser, url: string, box: SearchBox, query: string, options: SearchOptions = {}): Promise<SearchRun> {
  const context = await browser.newContext();
  try {
    if (options.noWorker) await context.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined, configurable: true }));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const loading = recordRequests(page);
    // The load event first: on a slowed CPU the network can fall idle before the page has run its last
    // inline script, and the header box's bootstrap (the focus listener that loads the search) is one.
    await page.goto(url, { waitUntil: 'load' });
    // Then a quiet network, as far as a busy machine allows: a page still fetching after 30 s is searched anyway.
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
    if (box.kind === 'ours' && box.ready) await page.locator(box.ready).waitFor({ state: 'attached' });
    if (box.kind === 'pagefind-ui') await page.locator(`${box.open}:enabled`).waitFor();
    loading.stop();
    const searching = recordRequests(page);
    const timing = box.kind === 'ours' ? await typeIntoOurs(page, box, query) : await typeIntoPagefindUi(page, box, query);
    searching.stop();
    return { ...timing, page: await loading.weigh(), fetched: await searching.weigh() };
  } finally {
    await context.close();
  }
}

/** What Pagefind alone took to answer a query, and what it fetched for it. */
export interface PagefindAlone {
  ms: number;
  /** Its script, worker, WebAssembly and metadata, and the index chunks of the query's words (no fragments: nothing is shown). */
  fetched: PageWeight;
}

/**
 * Pagefind alone, cold: on a freshly loaded page of this site (the CPU slowed as above), the time from
 * importing Pagefind's script to its answer for `query`, asked as our search asks it (its worker
 * started, the WebAssembly and metadata loaded, the index chunks of the query's words fetched and
 * searched), and the bytes that took; nothing of ours runs. Our ranked list waits for this answer and
 * our first search fetches at least these bytes, so they are the least either can be while Pagefind
 * gives the first full-text answer. `map` is the fold map the site was built with (scripts/index/fold-map.ts).
 */
export async function pagefindAlone(browser: Browser, url: string, query: string, map: CharMap): Promise<PagefindAlone> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
    const searching = recordRequests(page);
    const ms = await page.evaluate(
      async ({ script, asked }) => {
        const start = performance.now();
        const pagefind = (await import(script)) as { init: () => Promise<void>; search: (term: string) => Promise<unknown> };
        await pagefind.init();
        await pagefind.search(asked);
        return performance.now() - start;
      },
      { script: new URL('/pagefind/pagefind.js', url).href, asked: pagefindQuery(query, map) },
    );
    searching.stop();
    return { ms, fetched: await searching.weigh() };
  } finally {
    await context.close();
  }
}

/** The median of each figure over `runs` cold searches (each figure on its own: timings are noisy, bytes nearly fixed). */
export interface SearchMedian extends SearchRun {
  runs: number;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
};

/** The run whose gzipped bytes are the median (the lower middle one of an even count): bytes are nearly fixed, so one run's stand for all. */
export function medianByBytes<T extends { fetched: PageWeight }>(runs: T[]): T {
  return [...runs].sort((a, b) => a.fetched.total.gzip - b.fetched.total.gzip)[(runs.length - 1) >> 1]!;
}

/** Combines runs of the same cell: each timing its median, the weights those of the run with the median gzipped bytes. */
export function medianOf(runs: SearchRun[]): SearchMedian {
  const found = runs.map((run) => run.firstMs).filter((ms): ms is number => ms !== undefined);
  const byBytes = medianByBytes(runs);
  return {
    runs: runs.length,
    firstMs: found.length > runs.length / 2 ? Math.round(median(found)) : undefined,
    rankedMs: Math.round(median(runs.map((run) => run.rankedMs))),
    doneMs: Math.round(median(runs.map((run) => run.doneMs))),
    instant: runs.filter((run) => run.instant).length > runs.length / 2,
    results: median(runs.map((run) => run.results)),
    page: byBytes.page,
    fetched: byBytes.fetched,
  };
}

/** Our search page, cold, `runs` times: the median. */
export async function firstSearch(browser: Browser, searchUrl: string, query: string, runs = 1): Promise<SearchMedian & { query: string }> {
  const all: SearchRun[] = [];
  for (let run = 0; run < runs; run++) all.push(await searchOnce(browser, searchUrl, PAGE_BOX, query));
  return { query, ...medianOf(all) };
}
