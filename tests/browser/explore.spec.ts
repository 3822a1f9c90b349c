import { expect, test } from '@playwright/test';

/** Counts from the Task List (DOMAIN.md): 104 national tasks, 17 Wuhan tasks; Chongqing is named in 26, Nanjing in 14. */
const ALL = 104 + 17;
const visibleRows = (page: import('@playwright/test').Page) => page.locator('#task-table tbody tr:visible');

test.describe('task explorer', () => {
  test('filters by place and level, announces the count and keeps the view in the URL', async ({ page }) => {
    await page.goto('/explore/tasks/');
    await expect(visibleRows(page)).toHaveCount(ALL);
    await page.locator('details.filter-places > summary').click();
    await page.getByRole('checkbox', { name: '重庆市', exact: true }).check();
    await expect(visibleRows(page)).toHaveCount(26);
    await expect(page.getByRole('status')).toHaveText(`显示${ALL}项中的26项`);
    await expect(page).toHaveURL(/\?place=chongqing$/);
    await page.getByRole('searchbox', { name: '关键词', exact: true }).fill('12345');
    await expect(visibleRows(page)).toHaveCount(1);
    await expect(visibleRows(page).first()).toContainText('12345政务服务便民热线服务与管理规范');
    await page.getByRole('combobox', { name: '标准层级', exact: true }).selectOption('group');
    await expect(visibleRows(page)).toHaveCount(0);
    await expect(page).toHaveURL(/q=12345&place=chongqing&level=group/);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect(visibleRows(page)).toHaveCount(ALL);
    await expect(page).toHaveURL(/\/explore\/tasks\/$/);
  });

  test('sorts by a column header, both ways, and says so with aria-sort', async ({ page }) => {
    await page.goto('/explore/tasks/');
    const number = page.getByRole('columnheader', { name: '编号' });
    await expect(number).toHaveAttribute('aria-sort', 'ascending');
    await number.getByRole('button').click();
    await expect(number).toHaveAttribute('aria-sort', 'descending');
    await expect(visibleRows(page).first()).toContainText('第17项');
    await expect(page).toHaveURL(/sort=number&dir=desc/);
    const level = page.getByRole('columnheader', { name: '层级' });
    await level.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(level).toHaveAttribute('aria-sort', 'ascending');
    await expect(number).not.toHaveAttribute('aria-sort', /.+/);
    await expect(visibleRows(page).first()).toContainText('国家标准');
    await expect(visibleRows(page).last()).toContainText('其他工作');
  });

  test('restores a shared view from its URL', async ({ page }) => {
    await page.goto('/explore/tasks/?place=nanjing&sort=number&dir=desc');
    await expect(page.getByRole('checkbox', { name: '南京市', exact: true })).toBeChecked();
    await expect(visibleRows(page)).toHaveCount(14);
    await expect(page.getByRole('columnheader', { name: '编号' })).toHaveAttribute('aria-sort', 'descending');
    const numbers = await visibleRows(page).locator('td:first-child').allTextContents();
    const values = numbers.map((text) => Number(text.replace(/\D/g, '')));
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  test('filters the English edition by document, and keeps the view when switching language', async ({ page }) => {
    await page.goto('/en/explore/tasks/');
    await page.getByRole('combobox', { name: 'Document', exact: true }).selectOption('wuhan-plan');
    await expect(visibleRows(page)).toHaveCount(17);
    await expect(page.getByRole('status')).toHaveText(`Showing 17 of ${ALL} tasks`);
    await page.getByRole('link', { name: 'Switch to the Chinese edition' }).click();
    await expect(page).toHaveURL(/\/explore\/tasks\/\?doc=wuhan-plan$/);
    await expect(visibleRows(page)).toHaveCount(17);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the explorer shows the whole table and no filters that cannot work', async ({ page }) => {
    await page.goto('/explore/tasks/?place=chongqing');
    await expect(visibleRows(page)).toHaveCount(ALL);
    await expect(page.locator('#explorer-filters')).toBeHidden();
    await expect(page.getByRole('table')).toHaveAccessibleName(/全部任务（121项）/);
  });
});

test('each region of the atlas links to its city page', async ({ page }) => {
  await page.goto('/explore/atlas/');
  const chongqing = page.getByRole('link', { name: '重庆市：点名任务26项' });
  await expect(chongqing).toBeVisible();
  await chongqing.click();
  await expect(page).toHaveURL(/\/cities\/chongqing\/$/);
  await page.goto('/en/explore/atlas/');
  await page.getByRole('link', { name: 'Jiangsu Province: 14 tasks by name' }).click();
  await expect(page).toHaveURL(/\/en\/cities\/jiangsu\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jiangsu Province');
});

test('the charts have text alternatives that state their numbers, and a data table', async ({ page }) => {
  await page.goto('/explore/statistics/');
  const charts = page.getByRole('img');
  await expect(charts).toHaveCount(5);
  const level = page.getByRole('img', { name: '按标准层级统计任务' });
  await expect(level).toHaveAccessibleDescription(/国家标准：2；行业标准：10；地方标准：66；团体标准：18；其他工作：8/);
  const figure = page.locator('#chart-level');
  await figure.getByText('以表格显示数字').click();
  const table = figure.getByRole('table', { name: '按标准层级统计任务' });
  await expect(table.getByRole('row')).toHaveCount(1 + 5);
  await expect(table.getByRole('row', { name: /地方标准/ })).toContainText('66');
  await page.goto('/en/explore/statistics/');
  await expect(page.getByRole('img', { name: 'Tasks assigned by name, by place' })).toHaveAccessibleDescription(/Chongqing Municipality: 26/);
});
