import { expect, test } from '@playwright/test';

test('the home page explains the collection and links to every document', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('服务业标准化政策库');
  await expect(page.getByRole('link', { name: /国家服务业扩大开放综合试点示范省市标准制修订及相关工作任务清单/ }).first()).toBeVisible();
  // 7 documents: the notice, the Opinions, the Task List, the pilot notice, Wuhan's plan, the interpretation, the action plan.
  await expect(page.locator('main ul.entities').first().locator('li')).toHaveCount(7);
});

test('a task page shows its number, title, level and city, and the city links back', async ({ page }) => {
  await page.goto('/tasks/task-list-1/60/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('12345政务服务便民热线服务与管理规范');
  await expect(page).toHaveTitle(/任务60/);
  await expect(page.locator('dl.meta')).toContainText('地方标准');
  await page.getByRole('link', { name: '重庆市' }).click();
  await expect(page).toHaveURL(/\/cities\/chongqing\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('重庆市');
  await expect(page.getByRole('heading', { name: '点名承担的任务（26项）' })).toBeVisible();
  await page.getByRole('link', { name: /任务60\s*12345政务服务便民热线/ }).first().click();
  await expect(page).toHaveURL(/\/tasks\/task-list-1\/60\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/cities\/chongqing\/$/);
});

test('a Wuhan task links to the national task it adopts, and back', async ({ page }) => {
  await page.goto('/tasks/wuhan-plan/15/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('在前述公共安全服务领域地方标准基础上，按行业主管部门要求参与制定行业标准');
  await page.getByRole('link', { name: /任务100/ }).click();
  await expect(page).toHaveURL(/\/tasks\/task-list-1\/100\/$/);
  await expect(page.getByRole('link', { name: /武汉市实施方案第15项/ })).toBeVisible();
});

test('a document page renders the full text with its metadata and source notes', async ({ page }) => {
  await page.goto('/documents/opinions-2024-314/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于支持国家服务业扩大开放综合试点示范省市标准化建设推进制度型开放若干措施的意见');
  await expect(page.locator('dl.meta')).toContainText('商资发〔2024〕314号');
  await expect(page.locator('section[id^="m"]')).toHaveCount(17);
  await expect(page.locator('#source-notes')).toContainText('合并被断开的段落');
});

test('a deep link to a paragraph anchor scrolls to it', async ({ page }) => {
  await page.goto('/documents/task-list-1/#task-96');
  const target = page.locator('#task-96');
  await expect(target).toBeInViewport();
  await expect(target).toContainText('陶瓷行业转型金融实施指南');
});

test('the truncated action plan says where its text stops, quoting its last words, in both editions', async ({ page }) => {
  // The reposted action plan ends inside its item (25) with "…实现国际标准转化率达到" (the seed's last line).
  await page.goto('/measures/action-plan-2024-2025/25/');
  await expect(page.getByRole('note').first()).toContainText('原文在此处中断');
  await expect(page.getByRole('note').first()).toContainText('“……实现国际标准转化率达到”');
  await page.goto('/documents/action-plan-2024-2025/');
  const end = page.getByRole('note').filter({ hasText: '转载文本不完整' }).getByRole('link', { name: '文末' });
  await end.click();
  await expect(page.locator('#m25')).toBeInViewport();
  await expect(page.locator('.notice.truncated')).toContainText('实现国际标准转化率达到');
  // The English page quotes the translation's last words, as the translation shows them.
  await page.goto('/en/documents/action-plan-2024-2025/');
  await expect(page.locator('.notice.truncated')).toContainText('The source text stops here');
  const quoted = (await page.locator('.notice.truncated').textContent())!.match(/“…(.+)”/u)![1]!;
  await expect(page.locator('.doc-text')).toContainText(quoted);
});

test('typing a query in the header search box shows the matching task', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: '搜索任务、措施、文件' });
  await box.fill('陶瓷行业转型金融');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const first = page.locator('#search-results li a').first();
  await expect(first).toHaveText('陶瓷行业转型金融实施指南');
  await first.click();
  await expect(page).toHaveURL(/\/tasks\/task-list-1\/96\/$/);
});

test('search code is not loaded until the reader searches', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/tasks/task-list-1/60/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => url.includes('pagefind'))).toEqual([]);
  expect(requested.filter((url) => url.endsWith('.js'))).toEqual([]);
});
