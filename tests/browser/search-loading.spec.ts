/**
 * Search code is not loaded until used, on the search page itself: opening it fetches nothing of the
 * search bundle; typing a query does. (Other pages never refer to it: tests/site/budgets.test.ts.)
 */
import { expect, test } from '@playwright/test';
import { SEARCH_BUNDLE_DIR } from '../../scripts/check/budgets.ts';

test('the search page fetches the search bundle only once the reader types a query', async ({ page }) => {
  const bundleRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.includes(`/${SEARCH_BUNDLE_DIR}/`)) bundleRequests.push(request.url());
  });
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  expect(bundleRequests).toEqual([]);
  await page.locator('#search-input').fill('以旧换新');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  expect(bundleRequests.length).toBeGreaterThan(0);
});
