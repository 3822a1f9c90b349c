/**
 * Keyboard only: Tab walks the skip link, the header and the search form into a task page’s content,
 * every stop visibly focused; the skip link jumps straight to the content; search and the task explorer
 * work without a mouse.
 */
import { expect, test } from '@playwright/test';
import { pressTab, type FocusStop } from './lib/focus.ts';

/** Brand, seven nav links, search box, its button and the language switch: the header's stops (src/layouts/Base.astro). */
const HEADER_STOPS = 11;
/** Tab presses from the top of a page to the header's search box: skip link, brand, seven nav links, the box. */
const TO_SEARCH_BOX = 10;

test('Tab alone reaches a task page’s content through the header, every stop visibly focused', async ({ page }) => {
  await page.goto('/tasks/task-list-1/60/');
  const stops: FocusStop[] = [];
  for (let press = 0; press < HEADER_STOPS + 3; press++) {
    const stop = await pressTab(page);
    stops.push(stop);
    expect(stop, `Tab ${press + 1} focuses ${stop.label} visibly`).toMatchObject({ onScreen: true, outlined: true });
    if (stop.region === 'main') break;
  }
  expect(stops[0]!.label).toBe('a 跳到正文');
  expect(stops.filter((stop) => stop.region === 'header').map((stop) => stop.label)).toEqual([
    'a 服务业标准化政策库', 'a 文件', 'a 措施', 'a 任务', 'a 城市', 'a 部门', 'a 总览', 'a 关于', 'input #site-search', 'button 搜索', 'a 切换到英文版: English',
  ]);
  expect(stops.at(-1)!.region, 'Tab reaches the main content').toBe('main');
});

test('the skip link moves focus past the header to the main content', async ({ page }) => {
  await page.goto('/tasks/task-list-1/60/');
  expect((await pressTab(page)).label).toBe('a 跳到正文');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  const next = await pressTab(page);
  expect(next).toMatchObject({ region: 'main', onScreen: true, outlined: true });
});

test('a reader can search and open a result with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  for (let press = 0; press < TO_SEARCH_BOX; press++) await pressTab(page);
  await expect(page.getByRole('searchbox', { name: '搜索任务、措施、文件' })).toBeFocused();
  await page.keyboard.type('陶瓷行业转型金融');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-results li a').first()).toHaveText('陶瓷行业转型金融实施指南');
  // From the page's own search box: its button, then the first result.
  await page.locator('#search-input').focus();
  expect((await pressTab(page)).label).toBe('button 搜索');
  const result = await pressTab(page);
  expect(result).toMatchObject({ label: 'a 陶瓷行业转型金融实施指南', region: 'main', onScreen: true, outlined: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tasks\/task-list-1\/96\/$/);
});

test('the task explorer works with the keyboard alone: filter, then sort, every stop visibly focused', async ({ page }) => {
  await page.goto('/explore/tasks/');
  await expect(page.locator('#explorer-filters')).toBeVisible();
  let stop: FocusStop | undefined;
  // Skip link, header, then the explorer's first control: its keyword box.
  for (let press = 0; press < 30 && stop?.label !== 'input #filter-q'; press++) {
    stop = await pressTab(page);
    expect(stop, `Tab ${press + 1} focuses ${stop.label} visibly`).toMatchObject({ onScreen: true, outlined: true });
  }
  expect(stop?.label).toBe('input #filter-q');
  const count = page.locator('#explorer-count');
  const before = await count.textContent();
  await page.keyboard.type('陶瓷');
  await expect(count).not.toHaveText(before!);
  await expect(page.locator('#task-table tbody tr:visible')).toHaveCount(1);
  // On through the other filters to the table's sort buttons; Enter sorts.
  for (let press = 0; press < 30 && !stop?.label.startsWith('button'); press++) stop = await pressTab(page);
  for (let press = 0; press < 30 && !(await page.evaluate(() => !!document.activeElement?.closest('#task-table thead'))); press++) stop = await pressTab(page);
  expect(stop).toMatchObject({ region: 'main', onScreen: true, outlined: true });
  const sortOfFocusedColumn = () => page.evaluate(() => document.activeElement?.closest('th')?.getAttribute('aria-sort') ?? 'none');
  const was = await sortOfFocusedColumn();
  await page.keyboard.press('Enter');
  await expect.poll(sortOfFocusedColumn).not.toBe(was);
  expect(['ascending', 'descending']).toContain(await sortOfFocusedColumn());
});
