/**
 * First search, cold: a fresh browser context (empty cache) on the search page with the CPU slowed 4×
 * (Chrome DevTools' "mid-tier mobile" setting), then the time from typing a query to the first result on
 * screen, and the bytes the search fetched to get there.
 */
import type { Browser, Page } from '@playwright/test';
import { recordResponses, weigh, type PageWeight } from './page-weight.ts';

export const CPU_SLOWDOWN = 4;

export interface FirstSearch {
  query: string;
  /** From the input event to the first result in the list, measured in the page; includes the box's wait for typing to pause (src/search/tuning.ts). */
  latencyMs: number;
  results: number;
  /** What the search page itself cost before the query (HTML, CSS, the page's own script). */
  page: PageWeight;
  fetched: PageWeight;
}

/**
 * Opens `url` cold (a fresh context: empty cache) with the CPU slowed, runs `use` on it once the network
 * is idle, and weighs apart what the page fetched while loading and what it fetched during `use`.
 */
export async function onSlowedPage<T>(browser: Browser, url: string, use: (page: Page) => Promise<T>): Promise<{ result: T; page: PageWeight; fetched: PageWeight }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const loading = recordResponses(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    page.removeAllListeners('response');
    const after = recordResponses(page);
    const result = await use(page);
    return { result, page: await weigh(loading), fetched: await weigh(after) };
  } finally {
    await context.close();
  }
}

export async function firstSearch(browser: Browser, searchUrl: string, query: string): Promise<FirstSearch> {
  const { result, page, fetched } = await onSlowedPage(browser, searchUrl, async (tab) => {
    // The page's script marks the list once it has read the URL; typing earlier races it.
    await tab.locator('#search-results[data-state]').waitFor({ state: 'attached' });
    const latencyMs = await tab.evaluate(
      (text) =>
        new Promise<number>((resolve, reject) => {
          const list = document.getElementById('search-results')!;
          const input = document.getElementById('search-input') as HTMLInputElement;
          const start = performance.now();
          new MutationObserver((_, observer) => {
            if (list.children.length === 0) return;
            observer.disconnect();
            resolve(performance.now() - start);
          }).observe(list, { childList: true });
          setTimeout(() => reject(new Error(`no result within 60 s for “${text}”`)), 60_000);
          input.value = text;
          input.dispatchEvent(new Event('input'));
        }),
      query,
    );
    // The page renders results only after fetching every one it shows, so what it fetched is recorded by now.
    return { latencyMs: Math.round(latencyMs), results: await tab.locator('#search-results li').count() };
  });
  return { query, ...result, page, fetched };
}
