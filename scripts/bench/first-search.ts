/**
 * First search, cold: a fresh browser context (empty cache) on the search page with the CPU slowed 4×
 * (Chrome DevTools' "mid-tier mobile" setting), then the time from typing a query to the first result on
 * screen, and the bytes the search fetched to get there.
 */
import type { Browser } from '@playwright/test';
import { recordResponses, weigh, type PageWeight } from './page-weight.ts';

export const CPU_SLOWDOWN = 4;

export interface FirstSearch {
  query: string;
  /** From the input event to the first result in the list, measured in the page; includes the box's wait for typing to pause (src/search/typing-pause.ts). */
  latencyMs: number;
  results: number;
  /** What the search page itself cost before the query (HTML, CSS, the page's own script). */
  page: PageWeight;
  fetched: PageWeight;
}

export async function firstSearch(browser: Browser, searchUrl: string, query: string): Promise<FirstSearch> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const pageBodies = recordResponses(page);
    await page.goto(searchUrl, { waitUntil: 'networkidle' });
    // The page's script marks the list once it has read the URL; typing earlier races it.
    await page.locator('#search-results[data-state]').waitFor({ state: 'attached' });
    page.removeAllListeners('response');
    const bodies = recordResponses(page);
    const latencyMs = await page.evaluate(
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
    // The page renders results only after fetching every one it shows, so what it fetched is in `bodies`.
    const results = await page.locator('#search-results li').count();
    return { query, latencyMs: Math.round(latencyMs), results, page: await weigh(pageBodies), fetched: await weigh(bodies) };
  } finally {
    await context.close();
  }
}
