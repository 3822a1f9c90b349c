import { chromium } from '@playwright/test';
import { findBrowser, CHROMIUM_ARGS } from './lib/find-browser.ts';
import { startServer } from './serve.ts';
const queries = process.argv.slice(2);
const { executablePath } = await findBrowser();
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const server = await startServer({ dir: 'dist', port: 4471 } as never).catch((e) => { console.error(e); process.exit(1); });
const page = await browser.newPage();
for (const q of queries) {
  const en = /[a-z]/i.test(q) && !/\p{Script=Han}/u.test(q);
  await page.goto(`http://localhost:4471${en ? '/en' : ''}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForSelector(`#search-results[data-state="done"]`, { timeout: 60000 });
  const status = await page.locator('#search-status').textContent();
  const links = await page.locator('#search-results a.hit-link').evaluateAll((as) => as.slice(0, 6).map((a) => (a as HTMLAnchorElement).pathname + ' ' + a.textContent!.trim().slice(0, 50)));
  const note = await page.locator('.search-note, [data-corrected], .search-heading').allTextContents().catch(() => []);
  console.log('##', q, '|', status, '|', note.join(' / ')); for (const l of links) console.log('   ', l);
}
await browser.close(); (server as { close?: () => void })?.close?.(); process.exit(0);
