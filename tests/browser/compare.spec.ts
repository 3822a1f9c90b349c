/**
 * Compare two places (/compare/{a}/{b}/), read without JavaScript: every pair of places is reachable
 * from the index, once, and each pair's page names both places and lists what each is named for, a
 * province's cities' local plans among its own. The
 * places come from the built data (/data/cities.csv is the model's list), not from a count kept here.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** The place ids of the build: the first column of /data/cities.csv after its header. */
const PLACES = readFileSync('dist/data/cities.csv', 'utf8').replace(/^\uFEFF/u, '').trim().split('\n').slice(1).map((line) => line.split(',')[0]!);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const edition of ['', '/en'] as const) {
    test(`every pair of places is one link of the index and its page shows both places${edition ? ' (English)' : ''}`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.goto(`${edition}/compare/`);
      const hrefs = await page.locator('main a[href*="/compare/"]').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      const expected = PLACES.flatMap((a) => PLACES.filter((b) => a < b).map((b) => `${edition}/compare/${a}/${b}/`));
      expect(hrefs.sort()).toEqual(expected.sort());
      for (const path of expected) {
        const [a, b] = path.split('/').slice(-3, -1);
        await page.goto(path);
        // Both places' pages are linked, and the collective tasks table has a column for each.
        await expect(page.locator(`main a[href$="/cities/${a}/"]`).first(), path).toBeVisible();
        await expect(page.locator(`main a[href$="/cities/${b}/"]`).first(), path).toBeVisible();
        await expect(page.getByRole('table', { name: edition ? 'Tasks assigned collectively' : '集体表述的任务' }).getByRole('columnheader'), path).toHaveCount(2);
      }
    });
  }

  test("Hubei and Jiangsu: Hubei's column holds the plan of its city Wuhan, named by the city, with each of its tasks", async ({ page }) => {
    await page.goto('/compare/hubei/jiangsu/');
    const [hubei, jiangsu] = await page.getByRole('table', { name: '地方实施方案中的任务' }).locator('tbody td').all();
    await expect(hubei!.locator('a[href$="/documents/wuhan-plan/"]')).toBeVisible();
    await expect(hubei!).toContainText('（武汉市）');
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
