/**
 * Search code is not loaded until used, on the search page itself: opening it fetches nothing of the
 * search bundle; typing a query does. (Other pages never refer to it: tests/site/budgets.test.ts.)
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { BUDGETS, gzipBytes, SEARCH_BUNDLE_DIR } from '../../scripts/check/budgets.ts';
import { fileForPath } from '../../scripts/check/built-pages.ts';

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

/** The bytes a first search fetched, each file gzipped as a host would send it (Pagefind's own files are gzipped already). */
function sentBytes(paths: readonly string[]): number {
  return paths.reduce((sum, path) => {
    const file = fileForPath('dist', '/', path);
    if (!file) throw new Error(`the search fetched ${path}, which is not in dist/`);
    const content = readFileSync(file);
    return sum + Math.min(content.length, gzipBytes(content));
  }, 0);
}

for (const { query, edition } of [
  { query: '以旧换新', edition: '' },
  { query: 'trade-in', edition: '/en' },
]) {
  test(`a first search for ${query} loads at most ${BUDGETS.firstSearchGzip} B, excerpts included`, async ({ page }) => {
    test.slow();
    const fetched: string[] = [];
    await page.goto(`${edition}/search/`);
    // The page's search script has run (its list says its state): what comes after is the search's.
    // Not 'networkidle', which a loaded machine can keep from ever coming.
    await page.locator('#search-results[data-state]').waitFor({ state: 'attached' });
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.locator('#search-input').fill(query);
    await page.locator(`#search-results[data-state="done"][data-query="${query}"]`).waitFor({ state: 'attached' });
    const bytes = sentBytes(fetched);
    expect(bytes, fetched.join('\n')).toBeLessThanOrEqual(BUDGETS.firstSearchGzip);
  });
}
