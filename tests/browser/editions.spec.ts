import { expect, test } from '@playwright/test';

/** One page of each entity type, in its Chinese URL. */
const SAMPLE = [
  '/',
  '/documents/opinions-2024-314/',
  '/tasks/task-list-1/60/',
  '/tasks/wuhan-plan/15/',
  '/tasks/task-list-1/category/3-1/',
  '/measures/opinions-2024-314/8/',
  '/cities/chongqing/',
  '/departments/shang-wu-bu/',
];

for (const path of SAMPLE) {
  test(`${path} switches to English and back`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    const chineseTitle = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByRole('link', { name: '切换到英文版' }).click();
    await expect(page).toHaveURL(new RegExp(`/en${path.replace(/[/.]/g, '\\$&')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const englishTitle = await page.getByRole('heading', { level: 1 }).textContent();
    expect(englishTitle).not.toBe(chineseTitle);
    expect(englishTitle).not.toMatch(/[\u4e00-\u9fff]/u);
    await page.getByRole('link', { name: 'Switch to the Chinese edition' }).click();
    await expect(page).toHaveURL(new RegExp(`${path.replace(/[/.]/g, '\\$&')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chineseTitle!);
  });
}

test('the switcher keeps the reader at the same anchor', async ({ page }) => {
  await page.goto('/documents/task-list-1/#task-96');
  await page.getByRole('link', { name: '切换到英文版' }).click();
  await expect(page).toHaveURL(/\/en\/documents\/task-list-1\/#task-96$/);
  const target = page.locator('#task-96');
  await expect(target).toBeInViewport();
  await expect(target).toContainText(/ceramic/i);
});

test('an English task page shows both names and links within the English edition', async ({ page }) => {
  await page.goto('/en/tasks/task-list-1/60/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('12345');
  await expect(page.locator('p.other-name[lang="zh-Hans"]')).toHaveText('12345政务服务便民热线服务与管理规范');
  await page.getByRole('link', { name: 'Chongqing Municipality' }).click();
  await expect(page).toHaveURL(/\/en\/cities\/chongqing\/$/);
  await expect(page.locator('p.other-name')).toHaveText('重庆市');
});

test('the English edition labels translations as unofficial and links to the original', async ({ page }) => {
  await page.goto('/en/documents/opinions-2024-314/');
  const note = page.locator('.edition-note.unofficial');
  await expect(note).toContainText('Unofficial translation');
  await note.getByRole('link', { name: 'Read the Chinese original' }).click();
  await expect(page).toHaveURL(/\/documents\/opinions-2024-314\/$/);
  await expect(page.locator('section[id^="m"]')).toHaveCount(17);
});

test('the side-by-side view pairs each paragraph and stacks on a phone', async ({ page }) => {
  await page.goto('/en/documents/opinions-2024-314/parallel/#m8');
  const pair = page.locator('#m8');
  await expect(pair).toBeInViewport();
  await expect(pair.locator('[lang="zh-Hans"]')).toContainText('外商投资企业');
  await expect(pair.locator('[lang="en"]')).toContainText(/foreign-invested enterprises/i);
  const wide = await pair.locator('.col').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().top));
  expect(wide[0]).toBe(wide[1]);
  await page.setViewportSize({ width: 360, height: 800 });
  const narrow = await pair.locator('.col').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().top));
  expect(narrow[1]).toBeGreaterThan(narrow[0]!);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
});

test('the Traditional-script notice has a Simplified rendering one click away', async ({ page }) => {
  await page.goto('/documents/pilot-notice-2024/');
  await expect(page.locator('.doc-text')).toContainText('商務部');
  await page.getByRole('link', { name: '简体字版本' }).click();
  await expect(page).toHaveURL(/\/documents\/pilot-notice-2024\/simplified\/$/);
  await expect(page.locator('.doc-text')).toContainText('商务部');
  await expect(page.locator('.doc-text')).not.toContainText('商務部');
  await expect(page.locator('.edition-note')).toContainText('OpenCC');
});

test('a measure page quotes the official interpretation, which links back to the measure', async ({ page }) => {
  await page.goto('/en/measures/opinions-2024-314/8/');
  const quote = page.locator('.commentary blockquote[lang="en"]');
  await expect(quote).toContainText('ensure national treatment for foreign-invested enterprises in standard setting');
  await page.locator('.commentary figcaption a').first().click();
  await expect(page).toHaveURL(/\/en\/documents\/interpretation-2025-01\/#p7$/);
  await expect(page.locator('#p7 .discusses')).toContainText('(8)');
  await page.locator('#p7 .discusses').getByRole('link', { name: /^\(8\)/ }).click();
  await expect(page).toHaveURL(/\/en\/measures\/opinions-2024-314\/8\/$/);
});

test('a Simplified-script document has a Traditional rendering, labelled as automatic', async ({ page }) => {
  await page.goto('/documents/opinions-2024-314/');
  await page.getByRole('link', { name: '繁體字版本' }).click();
  await expect(page).toHaveURL(/\/documents\/opinions-2024-314\/traditional\/$/);
  await expect(page.locator('.doc-text')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('.doc-text')).toContainText('對外開放');
  await expect(page.locator('.edition-note')).toContainText('OpenCC');
});
