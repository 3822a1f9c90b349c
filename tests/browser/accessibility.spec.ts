/**
 * axe over the built pages: every template in both editions, on the deterministic sample of
 * lib/page-sample.ts (every page of the templates with few, the sample, largest and smallest page of each
 * group of the others), discovered from dist/ so new templates and pages are covered without a list to
 * keep; plus the search page with results, which only exist after its script runs.
 */
import { expect, test } from '@playwright/test';
import { requireBuild } from '../../scripts/lib/built-page.ts';
import { axeViolations, installAxe } from './lib/axe.ts';
import { samplePages, templatesBuilt } from './lib/page-sample.ts';

requireBuild('dist');
const PAGES = samplePages('dist');
/** One test per worker (playwright.config.ts runs 2), each walking its share of pages in one page object. */
const PARTS = 2;

test('the sample holds every template in every edition it is built in', () => {
  expect([...new Set(PAGES.map((page) => `${page.template.source} ${page.edition}`))].sort()).toEqual(templatesBuilt('dist'));
});

for (let part = 0; part < PARTS; part++) {
  const share = PAGES.filter((_, index) => index % PARTS === part);
  test(`built pages, part ${part + 1} of ${PARTS} (${share.length} pages), have no axe violations (WCAG 2.2 A/AA, best practices)`, async ({ page }) => {
    // Dozens of pages, the largest of their kind among them, in one test: the default 30 s is per test, not per page.
    test.setTimeout(share.length * 8_000);
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
