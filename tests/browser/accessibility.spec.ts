/**
 * axe over every built page (discovered from dist/, so new pages and the English edition are covered
 * without a list to keep), plus the search page with results, which only exist after its script runs.
 */
import { expect, test } from '@playwright/test';
import { builtPages, requireBuild } from '../../scripts/lib/built-page.ts';
import { templateOf } from '../../scripts/check/templates.ts';
import { axeViolations, installAxe } from './lib/axe.ts';

/** Short-alias pages redirect at once (meta refresh), so axe would run on their targets, which are checked anyway. */
requireBuild('dist');
const PAGES = builtPages('dist').filter((page) => !templateOf(page.path)?.redirects);
/** One test per worker (playwright.config.ts runs 2), each walking its share of pages in one page object. */
const PARTS = 2;

for (let part = 0; part < PARTS; part++) {
  const share = PAGES.filter((_, index) => index % PARTS === part);
  test(`built pages, part ${part + 1} of ${PARTS} (${share.length} pages), have no axe violations (WCAG 2.2 A/AA, best practices)`, async ({ page }) => {
    // ~300 pages in one test: the default 30 s is per test, not per page.
    test.setTimeout(share.length * 2_000);
    await installAxe(page.context());
    const violations: string[] = [];
    for (const { path } of share) {
      const response = await page.goto(path);
      expect(response?.ok() || path.endsWith('404.html'), `${path} loads`).toBe(true);
      violations.push(...(await axeViolations(page, path)));
    }
    expect(violations).toEqual([]);
  });
}

test('the search page with results has no axe violations (WCAG 2.2 A/AA, best practices)', async ({ page }) => {
  await installAxe(page.context());
  await page.goto('/search/?q=陶瓷行业转型金融');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  expect(await axeViolations(page, '/search/?q=…')).toEqual([]);
});
