/**
 * A link to any sentence (README "URL scheme"): opening one scrolls to the sentence and marks it, in
 * both editions and without JavaScript; the sentence control copies a sentence's link (by keyboard),
 * a selection's text-fragment link and a citation quoting the sentence (accessed on the reader's today),
 * on the script conversion pages too; an instrument page's passages open at their sentence; axe passes
 * with the control open.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, installAxe } from './lib/axe.ts';

/**
 * Waits out the frame after a ¶ took the reader to its anchor: the control then puts the keyboard's place
 * back on the ¶ (src/lib/share/sentence-tools.ts), so that Tab goes on into it. A reader's next key comes
 * later than that; a test's may not.
 */
const afterTheJump = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** The mark of an opened sentence: shaded and underlined (not colour alone). */
async function expectMarked(page: Page, selector: string) {
  const sentence = page.locator(selector);
  await expect(sentence).toBeInViewport();
  await expect(sentence).toHaveCSS('text-decoration-line', 'underline');
  await expect(sentence).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
}

test('opening a sentence link scrolls to the sentence and marks it, in each edition', async ({ page }) => {
  await page.goto('/documents/interpretation-2025-01/#s1-p1-3');
  await expect(page.locator('#s1-p1-3')).toHaveText(/^专项推进试点示范省市标准化建设/);
  await expectMarked(page, '#s1-p1-3');
  await page.goto('/en/documents/opinions-2024-314/#m5-lead-2');
  await expect(page.locator('#m5-lead-2')).toHaveText(/^Design and apply relevant management and decision-making tools/);
  await expectMarked(page, '#m5-lead-2');
  // Only the opened sentence is marked, not the rest of its paragraph.
  await expect(page.locator('#m5-lead-1')).toHaveCSS('text-decoration-line', 'none');
});

test('without JavaScript a sentence link still scrolls to and marks its sentence, and no control shows', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/documents/opinions-2024-314/#m1-lead-2');
  await expectMarked(page, '#m1-lead-2');
  await expect(page.locator('.sentence-tools')).toHaveCount(0);
  await context.close();
});

test('a sentence anchor the edition counts otherwise leads to its paragraph', async ({ page }) => {
  // The English interpretation says in two sentences (s2-p1-1, s2-p1-2) what the Chinese says in one.
  await page.goto('/documents/interpretation-2025-01/#s2-p1-2');
  const paragraph = page.locator('.para.is-target');
  await expect(paragraph).toHaveCount(1);
  await expect(paragraph.locator('#s2-p1-1')).toHaveCount(1);
  await expect(paragraph).toBeInViewport();
});

test('the sentence control copies a sentence’s link and a citation quoting it, by keyboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/documents/opinions-2024-314/');
  await page.getByRole('link', { name: '本段链接 (#m1-lead)' }).focus();
  await page.keyboard.press('Enter');
  const tools = page.getByRole('group', { name: '本句' });
  await expect(tools).toContainText('第1句，共3句');
  await afterTheJump(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '上一句' })).toBeFocused();
  await page.keyboard.press('Tab');
  const next = page.getByRole('button', { name: '下一句' });
  await expect(next).toBeFocused();
  await expect(next).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await expect(tools).toContainText('第2句，共3句');
  await expect(page.locator('#m1-lead-2')).toHaveClass(/sentence-current/);
  await page.keyboard.press('Tab');
  const link = page.getByRole('button', { name: '复制本句链接' });
  await expect(link).toBeFocused();
  for (const button of await tools.getByRole('button').all()) {
    const box = (await button.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('#copy-status')).toHaveText('已复制本句链接');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/documents/opinions-2024-314/#m1-lead-2`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#copy-status')).toHaveText('已复制引文');
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation.startsWith('“加快家电、家居产品、消费电子等大宗消费品安全、健康、性能等标准升级。”——商务部, 市场监管总局. ')).toBe(true);
  expect(citation).toContain(`[EB/OL]. (2024-12-31)`);
  expect(citation.endsWith(`${baseURL}/documents/opinions-2024-314/#m1-lead-2.`)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(tools).toHaveCount(0);
  await expect(page.getByRole('link', { name: '本段链接 (#m1-lead)' })).toBeFocused();
});

test.describe('the access date of a sentence’s citation', () => {
  // 20:00 UTC on 3 February 2031 is already the 4th in Auckland (UTC+13 in its summer): a date that is
  // the reader's local one, and not the build's.
  test.use({ timezoneId: 'Pacific/Auckland' });

  test('is the reader’s today in local time, the date "Cite this" gives', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.clock.setFixedTime(new Date('2031-02-03T20:00:00Z'));
    await page.goto('/documents/opinions-2024-314/');
    await expect(page.locator('#cite-gbt [data-access-date]')).toHaveText('2031-02-04');
    await page.locator('#m1-lead-2').click();
    await page.getByRole('button', { name: '复制引文' }).click();
    await expect(page.locator('#copy-status')).toHaveText('已复制引文');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('[EB/OL]. (2024-12-31)[2031-02-04]. ');
  });
});

test('the script conversion page has the sentence control, and its citation says the text is a conversion', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/documents/pilot-notice-2024/simplified/');
  await page.getByRole('link', { name: '本段链接 (#p1)' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: '本句' })).toBeVisible();
  await expect(page.locator('#p1-1')).toHaveClass(/sentence-current/);
  await page.getByRole('button', { name: '复制本句链接' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/documents/pilot-notice-2024/simplified/#p1-1`);
  await page.getByRole('button', { name: '复制引文' }).click();
  await expect(page.locator('#copy-status')).toHaveText('已复制引文');
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation.startsWith('“近日,商务部、市场监管总局联合印发《关于开展第二批国家级服务业标准化试点(商贸流通专项)工作的通知》')).toBe(true);
  expect(citation).toContain('。”（自动转换的简体字版本，以繁体原文为准）——');
  expect(citation.endsWith(`${baseURL}/documents/pilot-notice-2024/simplified/#p1-1.`)).toBe(true);
});

test("an instrument page's passage opens at its sentence, marked, in each edition", async ({ page }) => {
  for (const [edition, open] of [['', '查看原文 ›'], ['/en', 'Read in the document ›']] as const) {
    await page.goto(`${edition}/instruments/ifd-agreement/`);
    const passage = page.locator('li[id="opinions-2024-314-m5-lead-3"]');
    const quote = (await passage.locator('q').textContent())!;
    await passage.getByRole('link', { name: open }).click();
    await expect(page).toHaveURL(new RegExp(`${edition}/documents/opinions-2024-314/#m5-lead-\\d+$`));
    const sentence = page.locator(new URL(page.url()).hash);
    await expectMarked(page, new URL(page.url()).hash);
    expect((await sentence.textContent())!.replace(/\s+/g, ' ')).toContain(quote.replace(/\s+/g, ' '));
  }
});

test('a note under the annex table opens the sentence control from its ¶ by keyboard, as a paragraph does', async ({ page }) => {
  await page.goto('/documents/wuhan-plan/');
  await page.getByRole('link', { name: '本注链接 (#note-1)' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: '本句' })).toBeVisible();
  await expect(page.locator('#annex-note1-1')).toHaveClass(/sentence-current/);
  await afterTheJump(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('group', { name: '本句' }).getByRole('button').first()).toBeFocused();
});

test('a selection inside a sentence is copied as a text fragment after the sentence anchor, and the link leads there', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/documents/opinions-2024-314/');
  await page.locator('#m5-lead-2').evaluate((sentence) => {
    const text = sentence.firstChild!;
    const start = text.textContent!.indexOf('opening-up index');
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + 'opening-up index'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await page.getByRole('button', { name: 'Copy link to selection' }).click();
  await expect(page.locator('#copy-status')).toHaveText('Link to the selected text copied');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toBe(`${baseURL}/en/documents/opinions-2024-314/#m5-lead-2:~:text=opening%2Dup%20index`);
  // A click on another sentence then picks that sentence, without the selection.
  await page.locator('#m5-lead-1').click();
  await expect(page.getByRole('button', { name: 'Copy link to sentence' })).toBeVisible();
  const opened = await context.newPage();
  await opened.goto(url);
  await expect(opened.locator('#m5-lead-2')).toBeInViewport();
});

test('a document page with the sentence control open has no axe violations (WCAG 2.2 A/AA, best practices)', async ({ page }) => {
  await installAxe(page.context());
  for (const path of ['/documents/opinions-2024-314/', '/en/documents/wuhan-plan/']) {
    await page.goto(path);
    await page.locator('.doc-text p > span[id]').nth(3).click();
    await expect(page.locator('.sentence-tools')).toBeVisible();
    expect(await axeViolations(page, path)).toEqual([]);
  }
});
