/**
 * The strict Content-Security-Policy (src/lib/security/csp.ts) breaks nothing: every template in both
 * editions, and every interaction that runs a script — search in the header and on the search page, a
 * result opened with its highlight, copy buttons and the sentence control, the explorer's filters and sort, the language switch,
 * the 404 page, the sub-path build — runs with no violation and no error. Runs on scripts/serve.ts and,
 * in the `nginx` project, through nginx with deploy/nginx.conf (where the policy is also a header).
 *
 * Each template's page is loaded with the policy watched by responsive.spec.ts, which opens every
 * template's sample in both editions anyway (at two widths): the policy is checked there, on those loads
 * (header, <meta>, no violation). Here, the short aliases, which that test leaves out (they redirect at once).
 */
import { expect, test } from '@playwright/test';
import { SUBPATH_BUILD } from '../../scripts/lib/subpath-build.ts';
import { TEMPLATES } from '../../scripts/check/templates.ts';
import { expectStrictPolicy, watchPolicy } from './lib/csp-watch.ts';
import { serveBuild } from './lib/site-servers.ts';

// Each test loads several pages and searches; on a busy machine a first search alone takes 10 s or more.
test.describe.configure({ timeout: 120_000 });

/** The first search loads Pagefind and its index: on a busy machine that takes longer than expect's 5 s. */
const FIRST_SEARCH = { timeout: 45_000 };

// The other templates: responsive.spec.ts (its test of each template's sample watches the policy).
for (const template of TEMPLATES.filter((entry) => entry.redirects)) {
  test(`${template.source}: both editions load with no policy violation`, async ({ page }) => {
    const problems = await watchPolicy(page);
    for (const path of [template.sample, `/en${template.sample}`]) {
      const response = await page.goto(path);
      // A short alias moves on by itself: wait for the page it opens.
      await page.waitForURL((url) => url.pathname !== path);
      await expectStrictPolicy(page, response);
    }
    expect(problems).toEqual([]);
  });
}

test('header search: typing, opening a result and its highlight run with no violation, and Pagefind works in its worker', async ({ page }) => {
  const problems = await watchPolicy(page);
  await page.goto('/tasks/task-list-1/60/');
  const box = page.getByRole('searchbox', { name: '搜索任务、措施、文件' });
  await box.fill('ceramics transition finance');
  const first = page.locator('#site-search-panel a[href*="highlight="]').first();
  await expect(first).toBeVisible(FIRST_SEARCH);
  // The first list may come from the search table alone; Pagefind has answered once the list is done.
  await page.locator('#site-search-panel ol[data-state="done"][data-query="ceramics transition finance"]').waitFor({ state: 'attached', ...FIRST_SEARCH });
  // The index is searched in Pagefind's worker (it falls back to the main thread, with a warning, when the worker cannot compile its WebAssembly).
  expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toContain('/pagefind/pagefind-worker.js');
  await first.click();
  await expect(page.locator('main mark').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('search page: results, filters and a result with its highlight run with no violation', async ({ page }) => {
  const problems = await watchPolicy(page);
  await page.goto('/search/?q=碳中和');
  const results = page.locator('#search-results a[href*="highlight="]');
  await expect(results.first()).toBeVisible(FIRST_SEARCH);
  await page.getByRole('group', { name: '类型' }).getByLabel('任务', { exact: true }).check();
  await expect(page).toHaveURL(/type=task/);
  await expect(results.first()).toBeVisible();
  await results.first().click();
  await expect(page.locator('main mark').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('copy buttons, permalinks, the sentence control and the access date run with no violation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems = await watchPolicy(page);
  await page.goto('/en/tasks/task-list-1/60/');
  await page.getByText('Cite this', { exact: true }).click();
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(page.locator('#copy-status')).toHaveText('Copied');
  await page.goto('/documents/opinions-2024-314/');
  const permalink = page.getByRole('link', { name: '本段链接 (#p3)' });
  await permalink.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#copy-status')).toHaveText('已复制');
  // The ¶ opened the sentence control (a module script of its own) under the paragraph.
  await page.getByRole('button', { name: '复制引文' }).click();
  await expect(page.locator('#copy-status')).toHaveText('已复制引文');
  expect(problems).toEqual([]);
});

test("the explorer's filters and sort run with no violation", async ({ page }) => {
  const problems = await watchPolicy(page);
  await page.goto('/explore/tasks/');
  await page.locator('details.filter-places > summary').click();
  await page.getByRole('checkbox', { name: '重庆市', exact: true }).check();
  await page.getByRole('searchbox', { name: '关键词', exact: true }).fill('标准');
  await page.getByRole('columnheader', { name: '编号' }).getByRole('button').click();
  await expect(page).toHaveURL(/place=chongqing/);
  expect(problems).toEqual([]);
});

test('the language switch keeps the anchor and query with no violation', async ({ page }) => {
  const problems = await watchPolicy(page);
  await page.goto('/documents/opinions-2024-314/#p3');
  await page.getByRole('link', { name: /切换到英文版/ }).click();
  await expect(page).toHaveURL(/\/en\/documents\/opinions-2024-314\/#p3$/);
  expect(problems).toEqual([]);
});

test('the 404 page fills its search box from the address with no violation', async ({ page }) => {
  const problems = await watchPolicy(page);
  const response = await page.goto('/tasks/task-list-1/ceramics/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('searchbox', { name: 'Search the site' })).toHaveValue('ceramics');
  expect(problems).toEqual([]);
});

test.describe('the sub-path build', () => {
  test('pages, header search and a highlighted result run with no violation', async ({ page }, testInfo) => {
    const site = await serveBuild(testInfo, SUBPATH_BUILD.outDir, SUBPATH_BUILD.base, `SITE_BASE=${SUBPATH_BUILD.base} npm run build -- --out ${SUBPATH_BUILD.outDir}; npm test makes it`);
    try {
      const problems = await watchPolicy(page);
      await page.goto(`${site.url}explore/tasks/`);
      await page.locator('details.filter-places > summary').click();
      await page.getByRole('checkbox', { name: '重庆市', exact: true }).check();
      await page.goto(`${site.url}tasks/task-list-1/60/`);
      await page.getByRole('searchbox', { name: '搜索任务、措施、文件' }).fill('陶瓷行业转型金融');
      const first = page.locator('#site-search-panel a[href*="highlight="]').first();
      await expect(first).toBeVisible(FIRST_SEARCH);
      await first.click();
      await expect(page.locator('main mark').first()).toBeVisible();
      await page.goto(`${site.url}no-such-page/`);
      expect(problems).toEqual([]);
    } finally {
      await site.stop();
    }
  });
});

test('the watch itself sees a violation: an inserted inline script is blocked and reported', async ({ page }) => {
  const problems = await watchPolicy(page);
  await page.goto('/about/');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inserted = true';
    document.body.append(script);
    return (window as unknown as { __inserted?: boolean }).__inserted === true;
  });
  expect(ran, 'the policy blocks an inline script it has no hash for').toBe(false);
  await expect.poll(() => problems.join('\n')).toContain('script-src');
});
