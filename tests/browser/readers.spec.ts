/**
 * Five readers, five journeys (issue 15): what each notices, at a phone's size (390×844) and a desktop's
 * (1366×900) where it matters. The site under test was built for the placeholder address and is served
 * here from localhost, as a site is that someone previews or mirrors: what readers copy must be the
 * address they are actually on.
 */
import { expect, test, type Page } from '@playwright/test';
import { parse as parseCsvText } from 'csv-parse/sync';
import { toCsv } from '../../src/lib/open-data/csv.ts';

/** The CSV read back with csv-parse, an independent reader (the BOM first, CRLF rows). */
const parseCsv = (text: string): Array<Record<string, string>> => parseCsvText(text, { bom: true, columns: true, record_delimiter: '\r\n' });
import { axeViolations, installAxe } from './lib/axe.ts';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const DESKTOP = { viewport: { width: 1366, height: 900 } };
/** The target for the header at 390 px (it measured 173 px in Chinese, 233 px in English). */
const MAX_HEADER = 120;
/** WCAG 2.2, 2.5.8 (target size, minimum). */
const MIN_TARGET = 24;
/** A first search loads Pagefind and the search table; on a busy test machine that can take a while. */
const FIRST_SEARCH = { timeout: 45_000 };

/** Every link, button and box in the site header that is on screen, with its size. */
async function headerTargets(page: Page) {
  return page.locator('header.site').locator('a, button, input').evaluateAll((elements) =>
    elements
      .filter((element) => (element as HTMLElement).offsetParent !== null)
      .map((element) => {
        const box = element.getBoundingClientRect();
        return { name: (element.textContent || (element as HTMLInputElement).placeholder || '').trim(), width: box.width, height: box.height };
      }),
  );
}

async function copied(page: Page) {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('a journalist on a phone checks "Chongqing got the most tasks" and shares one task', () => {
  test.use(PHONE);

  test('the header is short enough in both editions, and every target in it can be tapped', async ({ page }) => {
    for (const path of ['/', '/en/', '/en/tasks/task-list-1/60/', '/search/']) {
      await page.goto(path);
      const header = await page.locator('header.site').boundingBox();
      expect(header!.height, `${path}: header height`).toBeLessThanOrEqual(MAX_HEADER);
      for (const target of await headerTargets(page)) {
        expect(target.width, `${path}: width of "${target.name}"`).toBeGreaterThanOrEqual(MIN_TARGET);
        expect(target.height, `${path}: height of "${target.name}"`).toBeGreaterThanOrEqual(MIN_TARGET);
      }
    }
    // The navigation is one row the thumb can swipe: the last item is reachable by scrolling it.
    await page.goto('/en/');
    const about = page.locator('header.site nav').getByRole('link', { name: 'About' });
    await about.scrollIntoViewIfNeeded();
    await expect(about).toBeInViewport();
  });

  test('the atlas grid reads on a phone: caption whole, category column pinned, header row short', async ({ page }) => {
    await page.goto('/explore/atlas/');
    const grid = page.locator('#heat-grid');
    const caption = grid.locator('caption');
    const captionBox = (await caption.boundingBox())!;
    expect(captionBox.x + captionBox.width, 'the caption ends inside the screen').toBeLessThanOrEqual(390);
    // The issue measured a header row of about 600 px; the column names now wrap into a few lines.
    const headerBox = (await grid.locator('thead tr').last().boundingBox())!;
    expect(headerBox.height).toBeLessThan(200);
    const chongqing = grid.locator('thead th[data-place="chongqing"]');
    await expect(chongqing).toBeVisible();
    const category = grid.locator('tbody th[scope="row"]').first();
    const before = (await category.boundingBox())!.x;
    const column = (await chongqing.boundingBox())!.x;
    await grid.locator('xpath=..').evaluate((scroller) => scroller.scrollBy({ left: 300 }));
    await expect.poll(async () => Math.abs((await category.boundingBox())!.x - before)).toBeLessThan(1);
    // ... while the columns beside it moved under it.
    expect((await chongqing.boundingBox())!.x).toBeLessThan(column - 100);
  });

  test('the task explorer reads as one block per task, not names two characters a line', async ({ page }) => {
    await page.goto('/explore/tasks/?place=chongqing');
    const row = page.locator('#task-table tbody tr:visible').first();
    await expect(row).toBeVisible();
    const title = row.locator('td').nth(1);
    expect((await title.boundingBox())!.width, 'the title takes the width of the screen').toBeGreaterThan(300);
    await expect(row.locator('td[data-label]').first()).toBeVisible();
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('copying the link of task 60 copies the address she is on, not a placeholder domain', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/tasks/task-list-1/60/');
    const share = page.locator('section.share');
    await expect(share.locator('#share-url')).toHaveText(`${baseURL}/tasks/task-list-1/60/`);
    await share.getByRole('button', { name: '复制链接', exact: true }).click();
    expect(await copied(page)).toBe(`${baseURL}/tasks/task-list-1/60/`);
    await share.getByRole('button', { name: /短链接/ }).click();
    expect(await copied(page)).toBe(`${baseURL}/t/60/`);
    await share.getByText('引用本页', { exact: true }).click();
    await share.getByRole('button', { name: '复制 APA' }).click();
    const citation = await copied(page);
    expect(citation).toContain(`${baseURL}/tasks/task-list-1/60/`);
    expect(citation).not.toContain('example.org');
    // The QR code was drawn when the site was built, for the address it was built for: here it would mislead.
    await expect(share.locator('figure.qr')).toBeHidden();
  });
});

test.describe('a compliance officer reads the English edition only', () => {
  for (const [label, device] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    test.describe(label, () => {
      test.use(device);

      test('the English measure page holds the Chinese original, collapsed, and the side-by-side view at the measure', async ({ page }) => {
        await page.goto('/en/measures/opinions-2024-314/8/');
        const original = page.locator('details.original-text');
        await expect(original).toHaveAttribute('lang', 'zh-Hans');
        const summary = original.getByText('The Chinese original (authoritative text)');
        await expect(summary).toBeVisible();
        await expect(original.locator('p').first()).toBeHidden();
        await summary.click();
        // Measure (8) of the Opinions as printed: its title sentence opens with its marker, (八).
        await expect(original.locator('p').first()).toContainText(/[（(]八[）)]保障外商投资企业/);
        await expect(original.locator('p').first()).toBeVisible();
        // The interpretation is named once, by its title, not "Official interpretation: Official interpretation".
        const interpretation = page.locator('p', { hasText: /^Official interpretation: / });
        await expect(interpretation).not.toHaveText(/^Official interpretation: Official interpretation$/);
        await page.getByRole('link', { name: /side by side with the Chinese original/ }).click();
        await expect(page).toHaveURL(/\/en\/documents\/opinions-2024-314\/parallel\/#m8$/);
        await expect(page.locator('#m8')).toBeInViewport();
      });
    });
  }

  test('the footer keeps its sentence and its links apart', async ({ page }) => {
    await page.goto('/en/');
    expect(await page.locator('footer.site').innerText()).not.toContain('labeled.About');
    await expect(page).toHaveTitle('Service-Sector Standardization Policy Library');
  });
});

test.describe('a Wuhan official lists what their bureau leads', () => {
  test.use(PHONE);

  test("Wuhan's city page opens with its plan: stages with deadlines, then tasks with their lead units", async ({ page }) => {
    await page.goto('/cities/wuhan/');
    const headings = await page.locator('article h2').allTextContents();
    expect(headings[0]).toContain('武汉市推进服务业扩大开放标准化建设实施方案');
    const named = headings.findIndex((heading) => heading.startsWith('点名承担的任务'));
    expect(named).toBeGreaterThan(0);
    const plan = page.locator('section', { has: page.locator('h2#plans') });
    // The plan's three stages and their deadlines (seeds/002, 三、推进步骤).
    await expect(plan.locator('time')).toHaveText(['2025年4月', '2025年8月', '2025年12月']);
    // 17 rows in the plan's annex table (the plan's stated count), each with its lead units.
    const rows = plan.locator('table.plan-tasks tbody tr');
    await expect(rows).toHaveCount(17);
    await expect(rows.nth(14)).toContainText('市商务局');
    await expect(rows.nth(14).getByRole('link', { name: '市商务局' })).toHaveAttribute('href', '/departments/shi-shang-wu-ju/');
  });

  test("the bureau's page gives the stage deadlines and, per task, its co-leads", async ({ page }) => {
    await page.goto('/departments/shi-shang-wu-ju/');
    const plan = page.locator('section', { has: page.locator('#plan-wuhan-plan-heading') });
    await expect(plan.locator('time')).toHaveText(['2025年4月', '2025年8月', '2025年12月']);
    // 市商务局 leads ten rows of Wuhan's annex (rows 3–8, 13, 15–17).
    const rows = plan.locator('table.plan-tasks tbody tr');
    await expect(rows).toHaveCount(10);
    // Row 15 is led jointly with eight other bureaus (note 2 of the plan): they are listed and linked.
    const joint = rows.filter({ hasText: '第15项' });
    await expect(joint.locator('strong')).toHaveText('市商务局');
    await expect(joint.getByRole('link', { name: '市公安局' })).toBeVisible();
  });

  test('the explorer filters by lead unit, finds the bureau by keyword, and downloads the view', async ({ page }) => {
    await page.goto('/explore/tasks/');
    await page.getByRole('searchbox', { name: '关键词', exact: true }).fill('市商务局');
    await expect(page.locator('#task-table tbody tr:visible')).toHaveCount(10);
    await page.getByRole('searchbox', { name: '关键词', exact: true }).fill('');
    await page.getByRole('combobox', { name: '牵头或责任单位' }).selectOption('shi-shang-wu-ju');
    await expect(page.locator('#task-table tbody tr:visible')).toHaveCount(10);
    await expect(page).toHaveURL(/\?unit=shi-shang-wu-ju$/);
    const link = page.getByRole('link', { name: '下载当前视图（10项，CSV）' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('任务总表.csv');
    const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 10);
    // Written as the open data is, by the site's one CSV writer: read back and written again, the same to the byte.
    const [header, ...cells] = parseCsvText(csv, { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(toCsv(header!, cells)).toBe(csv);
    expect(lines[0]).toContain('牵头／责任单位');
    for (const line of lines.slice(1)) expect(line).toContain('市商务局');
    expect(lines[1]).toMatch(/\/tasks\/wuhan-plan\/3\/$/);
  });
});

test.describe('a researcher compares Beijing and Shanghai and downloads the data', () => {
  test.use(DESKTOP);

  /** Tasks naming Beijing or Shanghai, read from the published tasks.csv (its `places` column). */
  async function namingEither(page: Page): Promise<number> {
    const records = parseCsv(await (await page.request.get('/data/tasks.csv')).text());
    return records.filter((record) => record.places!.split('|').some((place) => place === 'beijing' || place === 'shanghai')).length;
  }

  test('several places at once, kept in the URL, and the view as CSV', async ({ page }) => {
    await page.goto('/explore/tasks/');
    const places = page.locator('details.filter-places');
    await places.locator('summary').click();
    await page.getByRole('checkbox', { name: '北京市' }).check();
    await page.getByRole('checkbox', { name: '上海市' }).check();
    await expect(page).toHaveURL(/\?place=beijing&place=shanghai$/);
    await expect(places.locator('summary')).toContainText('北京市、上海市');
    const expected = await namingEither(page);
    expect(expected).toBeGreaterThan(0);
    await expect(page.locator('#task-table tbody tr:visible')).toHaveCount(expected);
    // A shared comparison opens as it was left.
    await page.goto('/en/explore/tasks/?place=beijing&place=shanghai');
    await expect(page.getByRole('checkbox', { name: 'Beijing Municipality' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Shanghai Municipality' })).toBeChecked();
    await expect(page.locator('#task-table tbody tr:visible')).toHaveCount(expected);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `Download this view (${expected} tasks, CSV)` }).click()]);
    const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + expected);
  });

  test('tasks.csv names categories and places in both languages beside their codes', async ({ page }) => {
    const tasks = parseCsv(await (await page.request.get('/data/tasks.csv')).text());
    const task60 = tasks.find((record) => record.id === 'task-list-1-60')!;
    expect(task60).toMatchObject({ places: 'chongqing', place_names: '重庆市', place_names_en: 'Chongqing Municipality', level_name: '地方标准', level_name_en: 'Local standards' });
    expect(task60.category_name).toBeTruthy();
    expect(task60.category_name_en).toMatch(/[a-z]/);
    const local = parseCsv(await (await page.request.get('/data/local-tasks.csv')).text());
    const row15 = local.find((record) => record.id === 'wuhan-plan-15')!;
    expect(row15.lead!.split('|')).toContain('市商务局');
    expect(row15.lead_en!.split('|')).toContain('Wuhan Municipal Bureau of Commerce');
    expect(row15.lead_en!.split('|')).toHaveLength(row15.lead!.split('|').length);
  });

  test('a printed explorer view keeps its query, and no navigation prints', async ({ page }) => {
    await page.goto('/explore/tasks/?place=beijing&place=shanghai');
    await expect(page.locator('#task-table tbody')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.site nav')).toBeHidden();
    await expect(page.locator('footer .print-url')).toHaveText(/\/explore\/tasks\/\?place=beijing&place=shanghai$/);
  });

  test('a printed task page carries its citation', async ({ page }) => {
    await page.goto('/en/tasks/task-list-1/60/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#cite-gbt')).toBeVisible();
    await expect(page.locator('#cite-gbt')).toContainText('[EB/OL]');
    await expect(page.locator('header.site nav')).toBeHidden();
    await expect(page.locator('.cite summary')).toBeHidden();
  });
});

test.describe('a Traditional-script reader', () => {
  test('the pilot notice says that 機製 and 體係 are the source’s own errors, and still prints them', async ({ page }) => {
    await page.goto('/documents/pilot-notice-2024/');
    await expect(page.getByRole('note').filter({ hasText: '简繁转换' })).toBeVisible();
    const notes = page.locator('#source-errors');
    await expect(notes).toContainText('［编辑说明，非原文内容］');
    await expect(notes).toContainText('原文作“機製”，规范写法为“機制”');
    await expect(notes).toContainText('原文作“體係”，规范写法为“體系”');
    // Not a silent fix: the text as printed keeps the source's forms.
    await expect(page.locator('.doc-text')).toContainText('運行機製創新');
    await notes.getByRole('link', { name: '第4段', exact: true }).first().click();
    await expect(page.locator('#p4')).toContainText('機製');
  });

  test('searching for what a pilot enterprise must meet lands on 三、試點基本條件 › (二)試點企業, not on the pilot tasks above it', async ({ page }) => {
    await page.goto('/search/?q=試點企業條件');
    const first = page.locator('#search-results > li').first();
    await expect(first.locator('a').first()).toHaveAttribute('href', /\/documents\/pilot-notice-2024\//, FIRST_SEARCH);
    // The notice's first section link: the conditions (#s3-2), although the tasks' (二)試點企業 (#s2-2) comes first in the text.
    const section = first.locator('a.hit-sub').first();
    await expect(section).toHaveAttribute('href', /#s3-2$/, FIRST_SEARCH);
    await expect(section).toHaveText('(二)試點企業。');
    await section.click();
    await expect(page.locator('#s3-2')).toBeInViewport();
  });

  test.describe('on a phone', () => {
    test.use(PHONE);

    test('the search page puts its filters above the results and shows no keyboard hints', async ({ page }) => {
      await page.goto('/search/?q=試點企業');
      await expect(page.locator('#search-results li').first()).toBeVisible(FIRST_SEARCH);
      const filters = page.locator('details.facets > summary');
      const first = page.locator('#search-results li').first();
      expect((await filters.boundingBox())!.y).toBeLessThan((await first.boundingBox())!.y);
      await expect(page.locator('.keys-hint')).toBeHidden();
      await filters.click();
      await expect(page.getByRole('group', { name: '类型' })).toBeVisible();
    });
  });

  test('the search page shows its filters beside the results on a desktop', async ({ page }) => {
    await page.setViewportSize(DESKTOP.viewport);
    await page.goto('/search/?q=試點企業');
    await expect(page.getByRole('group', { name: '类型' })).toBeVisible();
    await expect(page.locator('.keys-hint')).toBeVisible();
  });
});

test.describe('the new page parts pass axe at phone and desktop sizes', () => {
  for (const [label, device] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    test.describe(label, () => {
      test.use(device);
      for (const path of ['/cities/wuhan/', '/en/departments/shi-shang-wu-ju/', '/explore/tasks/?unit=shi-shang-wu-ju', '/en/measures/pilot-notice-2024/2-1-1/', '/documents/pilot-notice-2024/', '/en/search/?q=carbon', '/explore/atlas/']) {
        test(path, async ({ page }) => {
          // axe over the explorer's 121 rows takes a while on a busy machine.
          test.setTimeout(90_000);
          await installAxe(page.context());
          await page.goto(path);
          if (path.includes('/search/')) await expect(page.locator('#search-results li').first()).toBeVisible(FIRST_SEARCH);
          await page.locator('details.original-text > summary, details.filter-places > summary').first().click({ timeout: 1000 }).catch(() => undefined);
          expect(await axeViolations(page, `${path} (${label})`)).toEqual([]);
        });
      }
    });
  }
});
