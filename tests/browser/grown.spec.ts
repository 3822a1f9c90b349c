/**
 * axe over the pages the grown corpus changes (npm run build:grown; tests/site/grown.test.ts reads them
 * without a browser): the pages that count tasks per list and plan, the city index with its second
 * group, a province that is not a pilot, a second list's category, and the English pages of a document
 * awaiting translation (Chinese text under a notice). A small sample: every template is axed on the
 * site's own build by accessibility.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { GROWN_BUILD } from '../../scripts/lib/grown-build.ts';
import { axeViolations, installAxe } from './lib/axe.ts';
import { serveBuild, type SiteServer } from './lib/site-servers.ts';

// One page of each kind the grown corpus changes, editions alternating (CI time: axe takes seconds a page).
const PAGES = ['', 'en/explore/tasks/', 'explore/statistics/', 'en/explore/atlas/task-list-2/', 'cities/', 'en/cities/anhui/', 'tasks/task-list-2/category/3-1/', 'en/documents/chengdu-plan/', 'en/tasks/chengdu-plan/3/'];

let site: SiteServer;
test.beforeAll(async ({}, testInfo) => {
  site = await serveBuild(testInfo, GROWN_BUILD.outDir, '/', 'npm run build:grown; npm test makes it');
});
test.afterAll(async () => {
  await site?.stop();
});

test(`the grown corpus's changed pages (${PAGES.length}) have no axe violations (WCAG 2.2 A/AA, best practices)`, async ({ page }) => {
  test.setTimeout(PAGES.length * 8_000);
  await installAxe(page.context());
  const violations: string[] = [];
  for (const path of PAGES) {
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.ok(), `${path} loads`).toBe(true);
    violations.push(...(await axeViolations(page, `/${path}`)));
  }
  expect(violations).toEqual([]);
});

test("the explorer's filter by a second-list category shows that category's tasks only", async ({ page }) => {
  await page.goto(`${site.url}explore/tasks/?category=task-list-2:3-1`);
  const rows = page.locator('#task-table tbody tr:visible');
  await expect(rows.first()).toBeVisible();
  // Tasks 8–10 of the second list are printed under its 三（一）服务消费提振 (and Chengdu's row adopting task 9 takes its category); the first list's 3-1 is another category.
  for (const number of [8, 9, 10]) await expect(page.locator(`#task-table tbody tr:visible a[href$="/tasks/task-list-2/${number}/"]`)).toHaveCount(1);
  expect(await rows.evaluateAll((visible) => [...new Set(visible.map((row) => row.getAttribute('data-category')))])).toEqual(['task-list-2:3-1']);
  await expect(page.locator('#task-table tbody tr:visible a[href*="/tasks/task-list-1/"]')).toHaveCount(0);
});
