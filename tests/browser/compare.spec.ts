/**
 * Compare two places (/compare/{a}/{b}/), read without JavaScript: a pair's page lists what each place
 * is named for, side by side by category, a province's cities' local plans among its own. That every
 * pair is reachable and shows both places is checked over the built pages (tests/site/compare.test.ts).
 */
import { expect, test } from '@playwright/test';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("Hubei and Jiangsu: Hubei's column holds the plan of its city Wuhan, whose title names the city, with each of its tasks", async ({ page }) => {
    await page.goto('/compare/hubei/jiangsu/');
    const [hubei, jiangsu] = await page.getByRole('table', { name: '地方实施方案中的任务' }).locator('tbody td').all();
    await expect(hubei!.locator('a[href$="/documents/wuhan-plan/"]')).toContainText('武汉市');
    // The title names the city already: no （武汉市） after it.
    await expect(hubei!).not.toContainText('（武汉市）');
    // The Wuhan plan's annex table has 17 tasks (DOMAIN.md).
    await expect(hubei!.locator('a[href*="/tasks/wuhan-plan/"]')).toHaveCount(17);
    await expect(jiangsu!).toHaveText('无实施方案');
  });

  test('Chongqing and Jiangsu: the tasks each is named for, Jiangsu\'s through Nanjing, side by side by category', async ({ page }) => {
    await page.goto('/compare/chongqing/jiangsu/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('重庆市与江苏省');
    // In the first Task List Chongqing is named for 26 tasks and Nanjing for 14 (DOMAIN.md): one link per task
    // in its column (later batches add links to their own lists, not to these).
    const column = async (index: number) => (await page.locator(`table.compare-named tbody tr td:nth-child(${index}) a[href*="/tasks/task-list-1/"]`).allTextContents()).length;
    expect(await column(2)).toBe(26);
    expect(await column(3)).toBe(14);
    await expect(page.locator('table.compare-named tbody td').filter({ hasText: '（南京市）' }).first()).toBeVisible();
    await expect(page.getByText(/评分|排名第/u)).toHaveCount(0);
  });
});
