import { expect, test } from '@playwright/test';

test('a paragraph permalink appears on keyboard focus and copies the paragraph URL', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/documents/opinions-2024-314/');
  const permalink = page.getByRole('link', { name: '本段链接 (#p3)' });
  await expect(permalink).toHaveCSS('opacity', '0');
  await permalink.focus();
  await expect(permalink).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#p3$/);
  await expect(page.locator('#copy-status')).toHaveText('已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/documents/opinions-2024-314/#p3`);
});

test('every task line of the Task List has its own permalink', async ({ page }) => {
  await page.goto('/en/documents/task-list-1/');
  // 104 tasks: the Task List's stated count.
  await expect(page.locator('.task > a.permalink')).toHaveCount(104);
  await expect(page.getByRole('link', { name: 'Link to task 60' })).toHaveAttribute('href', '#task-60');
});

test('"Cite this" opens by keyboard and copies the BibTeX entry with today as access date', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Noon local time: the same day for this runner and the browser beside it, whatever their time zone.
  await page.clock.setFixedTime(new Date('2031-02-04T12:00:00'));
  await page.goto('/en/tasks/task-list-1/60/');
  const summary = page.getByText('Cite this', { exact: true });
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^@misc\{task-list-1-task-60,/);
  expect(copied).toContain('urldate = {2031-02-04}');
  expect(copied).toContain('titleaddon = {[Task 60: ');
});

test('without JavaScript the citations and links are there to select, and no copy button shows', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/documents/task-list-1/');
  await page.getByText('引用本页', { exact: true }).click();
  await expect(page.locator('#cite-gbt')).toContainText('[EB/OL]');
  await expect(page.getByRole('button', { name: /复制/ })).toHaveCount(0);
  await expect(page.locator('.share figure.qr svg')).toBeVisible();
  await context.close();
});

test('a short alias opens the task page', async ({ page }) => {
  await page.goto('/t/60/');
  await expect(page).toHaveURL(/\/tasks\/task-list-1\/60\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('12345政务服务便民热线服务与管理规范');
  await page.goto('/en/m/opinions/8/');
  await expect(page).toHaveURL(/\/en\/measures\/opinions-2024-314\/8\/$/);
});

test('the 404 page offers a search prefilled from the mistyped address', async ({ page }) => {
  const response = await page.goto('/tasks/task-list-1/ceramics/');
  expect(response?.status()).toBe(404);
  const box = page.getByRole('searchbox', { name: 'Search the site' });
  await expect(box).toHaveValue('ceramics');
  await box.fill('陶瓷行业转型金融');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=/);
});

test('print shows the page URL and the citation and hides the share controls', async ({ page, baseURL }) => {
  await page.goto('/tasks/task-list-1/60/');
  await page.emulateMedia({ media: 'print' });
  // Served here from another address than the one it was built for, the page prints the address it has.
  await expect(page.locator('footer .print-url')).toHaveText(`${baseURL}/tasks/task-list-1/60/`);
  await expect(page.locator('.share #cite-gbt')).toBeVisible();
  await expect(page.locator('.share details.cite > summary')).toBeHidden();
  await expect(page.locator('.share dl')).toBeHidden();
  for (const button of await page.locator('.share button.copy').all()) await expect(button).toBeHidden();
});

test('print without JavaScript keeps the QR code, drawn for the address the site was built for', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tasks/task-list-1/60/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.share figure.qr svg')).toBeVisible();
  await expect(page.locator('footer .print-url')).toHaveText(/\/tasks\/task-list-1\/60\/$/);
  await context.close();
});
