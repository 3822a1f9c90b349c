import { expect, test, type Page } from '@playwright/test';
import { holdBack } from './lib/hold-back.ts';

/** The search page's result links, in order (paths, without ?highlight). */
async function resultPaths(page: Page): Promise<string[]> {
  const hrefs = await page.locator('#search-results > li > a.hit-link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return hrefs.map((href) => new URL(href).pathname);
}

/** Waits until the search page shows the results for `query`. */
async function resultsFor(page: Page, query: string): Promise<void> {
  await page.locator(`#search-results[data-state="done"][data-query="${query}"]`).waitFor({ state: 'attached' });
}

test('a Traditional query finds Simplified text, and a Simplified query finds the Traditional original', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: /搜索全部文件/ });
  await box.fill('陶瓷行業轉型金融');
  await resultsFor(page, '陶瓷行業轉型金融');
  expect((await resultPaths(page))[0]).toBe('/tasks/task-list-1/96/');
  await expect(page.locator('#search-results .hit').first().locator('mark').first()).toHaveText(/陶|瓷/);

  await box.fill('优化标准供给');
  await resultsFor(page, '优化标准供给');
  expect((await resultPaths(page))[0]).toBe('/measures/pilot-notice-2024/2-1-2/');
  // The title is shown as printed (Traditional); the excerpt says it was folded to Simplified.
  const first = page.locator('#search-results .hit').first();
  await expect(first.locator('a.hit-link')).toHaveText('完善標準體係,優化標準供給。');
  await expect(first).toContainText('摘录已按字转为简体');
});

test('an English query typed on a Chinese page finds the English task page', async ({ page }) => {
  await page.goto('/tasks/task-list-1/60/');
  const box = page.getByRole('searchbox', { name: '搜索任务、措施、文件' });
  await box.fill('ceramics transition finance');
  const panel = page.locator('#site-search-panel');
  await expect(panel).toBeVisible();
  const first = panel.locator('a.hit-link').first();
  await expect(first).toHaveText('Guidelines for the implementation of transition finance in the ceramics industry');
  await first.click();
  await expect(page).toHaveURL(/\/en\/tasks\/task-list-1\/96\/$/);
  // Arriving from a result marks the query on the page, and the address is left clean.
  await expect(page.locator('mark.search-hit').first()).toHaveText(/ceramics|transition|finance/i);
});

test('results say what each entity is: type, language, task number and cities', async ({ page }) => {
  await page.goto('/search/?q=电池护照');
  await resultsFor(page, '电池护照');
  const first = page.locator('#search-results .hit').first();
  await expect(first.locator('.badge')).toHaveText('任务');
  await expect(first.locator('.hit-label')).toHaveText('任务35');
  await expect(first.locator('.hit-assignees')).toHaveText('南京');
  await expect(first.locator('.hit-edition')).toHaveText('中文');
  await expect(first.locator('.hit-excerpt mark').first()).toBeVisible();
  await expect(first.locator('a.hit-other')).toHaveAttribute('href', /^\/en\/tasks\/task-list-1\/35\//);
});

test('a result inside a long document links to the paragraph that matched', async ({ page }) => {
  await page.goto('/search/?q=陶瓷行业转型金融实施指南&type=document');
  await resultsFor(page, '陶瓷行业转型金融实施指南');
  const sub = page.locator('#search-results .hit').first().locator('a.hit-sub').first();
  await expect(sub).toHaveAttribute('href', /^\/documents\/task-list-1\/\?highlight=.*#task-96$/);
  await sub.click();
  await expect(page.locator('#task-96')).toBeInViewport();
  await expect(page.locator('#task-96 mark.search-hit')).toHaveText('陶瓷行业转型金融实施指南');
});

test('facets narrow the results and combine', async ({ page }) => {
  await page.goto('/search/?q=碳中和');
  await resultsFor(page, '碳中和');
  const all = await resultPaths(page);
  expect(all.some((path) => !path.startsWith('/tasks/'))).toBe(true);

  await page.getByRole('group', { name: '类型' }).getByLabel('任务', { exact: true }).check();
  await resultsFor(page, '碳中和');
  const tasks = await resultPaths(page);
  expect(tasks.length).toBeGreaterThan(0);
  expect(tasks.length).toBeLessThan(all.length);
  expect(tasks.every((path) => path.startsWith('/tasks/'))).toBe(true);

  await page.getByRole('group', { name: '城市' }).getByLabel('天津市').check();
  await resultsFor(page, '碳中和');
  // Tianjin's carbon-neutrality tasks by name: 84 and 94 (seeds/000, the Task List).
  expect((await resultPaths(page)).sort()).toEqual(['/tasks/task-list-1/84/', '/tasks/task-list-1/94/']);
  await expect(page).toHaveURL(/[?&]type=task(&|$)/);
  await expect(page).toHaveURL(/[?&]city=tianjin(&|$)/);
});

test('a shared search URL restores the query and the facets', async ({ page }) => {
  await page.goto('/en/search/?q=carbon+neutrality&type=task&city=tianjin');
  await expect(page.getByRole('searchbox')).toHaveValue('carbon neutrality');
  await expect(page.getByRole('group', { name: 'Type' }).getByLabel('Task', { exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: 'City' }).getByLabel('Tianjin Municipality')).toBeChecked();
  await resultsFor(page, 'carbon neutrality');
  expect((await resultPaths(page)).sort()).toEqual(['/en/tasks/task-list-1/84/', '/en/tasks/task-list-1/94/']);
  await expect(page.getByRole('status')).toHaveText('2 results.');
});

test('keyboard: / focuses search, arrows move through results, Enter opens, Esc closes and clears', async ({ page }) => {
  await page.goto('/cities/chongqing/');
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: '搜索任务、措施、文件' });
  await expect(box).toBeFocused();
  await page.keyboard.type('数据产品');
  const panel = page.locator('#site-search-panel');
  await expect(panel.locator('a.hit-link').first()).toBeVisible();
  // The count is announced in a status region.
  await expect(page.locator('form[data-search="header"] [role="status"]')).toHaveText(/^找到\d+项结果。$/);

  const links = panel.locator('a.hit-link');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(box).toHaveValue('数据产品');
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');

  await page.keyboard.type('数据产品确权规则');
  await expect(links.first()).toHaveText('数据产品确权规则');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tasks\/task-list-1\/68\/$/);
});

test('nothing for search loads on a task page until the reader focuses the box', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/tasks/task-list-1/60/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.endsWith('.js') || path.includes('pagefind') || path.includes('_search'))).toEqual([]);

  await page.getByRole('searchbox', { name: '搜索任务、措施、文件' }).focus();
  await expect.poll(() => requested.some((path) => path === '/_search/header.js')).toBe(true);
  await expect.poll(() => requested.some((path) => path.startsWith('/pagefind/'))).toBe(true);
});

test('a query in Traditional script is folded with the map the search script carries: nothing more is fetched for it', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/tasks/task-list-1/60/');
  await page.getByRole('searchbox', { name: '搜索任务、措施、文件' }).fill('電池護照');
  await expect(page.locator('#site-search-panel a.hit-link').first()).toContainText('电池护照');
  expect(requested.filter((path) => path.startsWith('/_search/')).sort()).toEqual(['/_search/header.js', '/_search/table.json']);
});

test('the header box fetches the search table beside its script, so a query typed before the script arrives lists at once', async ({ page }) => {
  const release = await holdBack(page, '**/_search/header.js');
  const tables: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/_search/table.json') tables.push(request.url());
  });
  await page.goto('/tasks/task-list-1/60/');
  const table = page.waitForResponse((response) => new URL(response.url()).pathname === '/_search/table.json');
  await page.getByRole('searchbox', { name: '搜索任务、措施、文件' }).fill('电池护照');
  // The table arrives while the script is still held: it was asked for beside the script, not by it.
  expect((await table).ok()).toBe(true);
  release();
  await expect(page.locator('#site-search-panel a.hit-link').first()).toBeVisible();
  await expect(page.locator('#site-search-panel a.hit-link').first()).toContainText('电池护照');
  expect(tables).toHaveLength(1);
});

test('when the search table cannot be loaded, the header box says that search failed', async ({ page }) => {
  await page.route('**/_search/table.json', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto('/tasks/task-list-1/60/');
  await page.getByRole('searchbox', { name: '搜索任务、措施、文件' }).fill('电池护照');
  await expect(page.locator('form[data-search="header"] [role="status"]')).toContainText(/搜索出错：.*table\.json answered 503/);
});

test('opening the results panel does not move the page', async ({ page }) => {
  await page.goto('/tasks/task-list-1/60/');
  const heading = page.getByRole('heading', { level: 1 });
  const before = await heading.boundingBox();
  await page.getByRole('searchbox', { name: '搜索任务、措施、文件' }).fill('重庆');
  await expect(page.locator('#site-search-panel')).toBeVisible();
  expect(await heading.boundingBox()).toEqual(before);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page is a plain form and says that searching needs JavaScript', async ({ page }) => {
    const response = await page.goto('/search/?q=电池');
    await expect(page.getByRole('searchbox')).toBeVisible();
    // Playwright turns scripts off after Chromium decided how to parse <noscript>, so read the markup.
    expect(await response!.text()).toMatch(/<noscript><p class="notice">搜索需要 JavaScript，当前未启用/);
    await page.getByRole('group', { name: '类型' }).getByLabel('任务', { exact: true }).check();
    await page.getByRole('searchbox').fill('电池');
    await page.getByRole('button', { name: '应用筛选' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=%E7%94%B5%E6%B1%A0&type=task$/);
  });
});

test('a query typed before the search script arrives is kept and searched', async ({ page }) => {
  const release = await holdBack(page, '**/_search/page.js');
  // The page script is a module, so DOMContentLoaded waits for it: wait only for the box to be there.
  await page.goto('/search/', { waitUntil: 'commit' });
  const box = page.locator('#search-input');
  await box.fill('电池护照');
  release();
  await resultsFor(page, '电池护照');
  await expect(box).toHaveValue('电池护照');
  expect(await resultPaths(page)).not.toEqual([]);
});
