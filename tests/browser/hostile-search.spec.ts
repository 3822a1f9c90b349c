/**
 * Hostile text through search: the hostile fixture's strings (script tags, event-handler attributes,
 * `javascript:` links, closing tags), typed as queries into the header box and the search page of its
 * build, come back as text. Nothing runs — no dialog, no call of alert, no policy violation — and the
 * excerpts hold nothing but text and <mark>, whatever Pagefind returns; opening a result with the query
 * as its highlight runs nothing either. Written against what the reader sees, not the client's code, so
 * it holds for any search client. The unit tests build the fixture (scripts/lib/hostile-build.ts).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { HOSTILE_BUILD } from '../../scripts/lib/hostile-build.ts';
import { watchPolicy } from './lib/csp-watch.ts';
import { serveBuild, type SiteServer } from './lib/site-servers.ts';

// Each test loads several pages and searches; on a busy machine a first search alone takes 10 s or more.
test.describe.configure({ timeout: 120_000 });

/** Strings of tests/fixtures/sites/hostile/ (its task list and plan), each searched as typed. */
const QUERIES = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[链接](javascript:alert(1))', '标题</h1><h1>注入</h1>指南'];
/** What the search shows: result lists may hold these elements; excerpts only <mark>. */
const RESULT_ELEMENTS = new Set(['LI', 'A', 'P', 'SPAN', 'MARK', 'UL', 'OL', 'DIV', 'SMALL', 'STRONG', 'EM']);
const FIRST_SEARCH = { timeout: 45_000 };

let site: SiteServer;
test.beforeAll(async ({}, testInfo) => {
  site = await serveBuild(testInfo, HOSTILE_BUILD.outDir, '/', `npm run test:unit -- tests/site/full-builds.test.ts -t hostile builds it; npm test does, before the browser tests`);
});
test.afterAll(async () => {
  await site?.stop();
});

/** Anything that ran: dialogs, calls of alert/confirm/prompt, policy violations and errors. */
async function watchExecution(page: Page): Promise<string[]> {
  const ran = await watchPolicy(page);
  page.on('dialog', (dialog) => {
    ran.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.exposeFunction('__ran', (what: string) => ran.push(`called ${what}`));
  await page.addInitScript(() => {
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      (window as unknown as Record<string, unknown>)[name] = (value: unknown) => (window as unknown as { __ran(what: string): void }).__ran(`${name}(${String(value)})`);
    }
  });
  return ran;
}

/** The elements inside the results and excerpts: only what a result list is made of, only <mark> in excerpts, no handlers, no script URLs. */
async function expectOnlyText(results: Locator): Promise<void> {
  const found = await results.evaluate((root) => {
    const elements = [...root.querySelectorAll('*')];
    return {
      tags: [...new Set(elements.map((element) => element.tagName))],
      excerptTags: [...new Set([...root.querySelectorAll('[class*="excerpt"] *')].map((element) => element.tagName))],
      excerpts: root.querySelectorAll('[class*="excerpt"]').length,
      handlers: elements.flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`)),
      scriptUrls: elements.flatMap((element) => ['href', 'src', 'action', 'formaction'].map((name) => element.getAttribute(name) ?? '').filter((value) => /^\s*javascript:/i.test(value))),
    };
  });
  expect(found.tags.filter((tag) => !RESULT_ELEMENTS.has(tag)), 'elements a result list is not made of').toEqual([]);
  expect(found.excerpts, 'the results show excerpts').toBeGreaterThan(0);
  expect(found.excerptTags.filter((tag) => tag !== 'MARK'), 'elements inside excerpts other than <mark>').toEqual([]);
  expect(found.handlers).toEqual([]);
  expect(found.scriptUrls).toEqual([]);
}

for (const query of QUERIES) {
  test(`the search page shows ${query} as text and runs nothing, nor does the result it opens`, async ({ page }) => {
    const ran = await watchExecution(page);
    await page.goto(`${site.url}search/`);
    await page.getByRole('searchbox', { name: /搜索全部文件/ }).fill(query);
    const results = page.locator('#search-results');
    await expect(results.locator('li').first()).toBeVisible(FIRST_SEARCH);
    // A first list may come from the search table alone (titles, no excerpts): wait for the full results.
    await expect(results).toHaveAttribute('data-state', 'done', FIRST_SEARCH);
    // The text of the query, angle brackets and all, is on the page as text.
    await expect(results).toContainText(/<script>|<img|javascript:|<\/h1>|alert\(1\)|onerror/);
    await expectOnlyText(results);
    await results.locator('a[href*="highlight="]').first().click();
    await page.waitForURL((url) => !url.pathname.endsWith('/search/'));
    await expect(page.locator('main')).toContainText(/<script>|<img|javascript:|<\/h1>|alert\(1\)|onerror/);
    expect(await page.locator('main script:not([type="application/ld+json"]), main [onerror], main a[href^="javascript:"]').count()).toBe(0);
    expect(ran).toEqual([]);
  });
}

test('the header box shows the hostile strings as text and runs nothing', async ({ page }) => {
  const ran = await watchExecution(page);
  await page.goto(`${site.url}documents/hostile-list/`);
  const box = page.getByRole('searchbox', { name: '搜索任务、措施、文件' });
  const panel = page.locator('#site-search-panel');
  for (const query of QUERIES) {
    await box.fill(query);
    await expect(panel.locator(`a[href*="highlight="]`).first()).toBeVisible(FIRST_SEARCH);
    await expect(panel.locator('.results')).toHaveAttribute('data-query', query);
    await expect(panel.locator('.results')).toHaveAttribute('data-state', 'done', FIRST_SEARCH);
    await expectOnlyText(panel.locator('.results'));
  }
  expect(ran).toEqual([]);
});
