/**
 * Search forgives what readers type: a list at once from the search table, other names, numbers,
 * 文号 in any bracket form, near-synonyms, one-letter typos (labelled), the closest pages when none has
 * every word (labelled), and marks only on what was typed.
 */
import { expect, test, type Page } from '@playwright/test';
import { holdBack } from './lib/hold-back.ts';

// Several searches per test, each cold: slow on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** Types `query` into the box at once (one input event) and resolves with every state the list passed through and its first result in each. */
async function typeAndWatch(page: Page, box: string, list: string, query: string): Promise<Array<{ state: string; first: string | undefined }>> {
  return page.evaluate(
    async ({ box, list, query }) => {
      const input = document.querySelector<HTMLInputElement>(box)!;
      const results = document.querySelector<HTMLElement>(list)!;
      const seen: Array<{ state: string; first: string | undefined }> = [];
      const first = () => {
        const link = results.querySelector<HTMLAnchorElement>(':scope > li > a.hit-link');
        return link ? new URL(link.href).pathname : undefined;
      };
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (results.dataset.query !== query) return;
          seen.push({ state: results.dataset.state ?? '', first: first() });
          if (results.dataset.state === 'done') {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(results, { childList: true, attributes: true, attributeFilter: ['data-state'] });
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      return seen;
    },
    { box, list, query },
  );
}

/** Opens `path`, focuses its header box until search has loaded, and types `query` at once: every state the panel's list passed through. */
async function inHeaderBox(page: Page, path: string, query: string): Promise<Array<{ state: string; first: string | undefined }>> {
  await page.goto(path);
  await page.locator('#site-search').focus();
  await page.waitForFunction(() => document.querySelector('form[data-search="header"] [role="status"]') !== null);
  return typeAndWatch(page, '#site-search', '#site-search-panel ol', query);
}

/**
 * The search page's results for `query`: the first query of a test arrives in the address (as a shared
 * link does), the next ones in the same edition are typed into the page's box — one page load and one
 * start of Pagefind per edition, not per query.
 */
async function searchPage(page: Page, edition: 'zh' | 'en', query: string): Promise<string[]> {
  const path = `${edition === 'en' ? '/en' : ''}/search/`;
  if (new URL(page.url()).pathname === path) await page.locator('#search-input').fill(query);
  else await page.goto(`${path}?q=${encodeURIComponent(query)}`);
  await page.locator(`#search-results[data-state="done"][data-query="${query.replace(/"/g, '\\"')}"]`).waitFor({ state: 'attached' });
  return page.locator('#search-results > li > a.hit-link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

test('the header box draws a list from the search table before Pagefind answers, and its first result stays first', async ({ page }) => {
  const states = await inHeaderBox(page, '/about/', '商务部');
  const instant = states.find((entry) => entry.state === 'instant');
  expect(instant, `states seen: ${JSON.stringify(states)}`).toBeDefined();
  expect(instant!.first).toBe('/departments/shang-wu-bu/');
  expect(states.at(-1)!.first).toBe('/departments/shang-wu-bu/');
  await expect(page.locator('#site-search-panel')).toBeVisible();
});

test('a result the reader arrowed to in the instant list keeps the focus when the ranked list replaces it, and Enter opens it', async ({ page }) => {
  // Pagefind held back: the instant list (from the search table) is all there is until it is released.
  const release = await holdBack(page, '**/pagefind/pagefind.js');
  await page.goto('/about/');
  const box = page.locator('#site-search');
  await box.focus();
  await box.fill('商务部');
  const list = page.locator('#site-search-panel ol');
  await expect(list).toHaveAttribute('data-state', 'instant');
  await box.press('ArrowDown');
  const first = list.locator('a.hit-link').first();
  await expect(first).toBeFocused();
  const chosen = await first.getAttribute('href');
  release();
  await expect(list).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(page.locator(`#site-search-panel a.hit-link[href="${chosen}"]`)).toBeFocused();
  // The page opened is the result chosen, its ?highlight= included; the highlighter then drops that from
  // the address (at once, now that the fold map is compiled in), so the request is what to check.
  const opened = page.waitForRequest((request) => request.isNavigationRequest() && request.url().endsWith(chosen!));
  await page.keyboard.press('Enter');
  await opened;
  // The department's page prints it in both scripts; the highlighter marks either.
  await expect(page.locator('mark.search-hit').first()).toHaveText(/^商[务務]部$/);
});

test('numbers reach their entity: task and measure numbers in English and Chinese, the first Task List for a bare task number', async ({ page }) => {
  expect((await searchPage(page, 'en', 'task 47'))[0]).toBe('/en/tasks/task-list-1/47/');
  expect((await searchPage(page, 'zh', '任务47'))[0]).toBe('/tasks/task-list-1/47/');
  expect((await searchPage(page, 'zh', '第47项'))[0]).toBe('/tasks/task-list-1/47/');
  expect((await searchPage(page, 'zh', '措施十一'))[0]).toBe('/measures/opinions-2024-314/11/');
  expect((await searchPage(page, 'zh', '（十一）'))[0]).toBe('/measures/opinions-2024-314/11/');
  expect((await searchPage(page, 'en', 'measure 11'))[0]).toBe('/en/measures/opinions-2024-314/11/');
  expect((await searchPage(page, 'en', 'Wuhan task 5'))[0]).toBe('/en/tasks/wuhan-plan/5/');
});

test('entries cited as readers cite them: 第N条 of the document named, an annex row, a category as 三（四）', async ({ page }) => {
  expect((await searchPage(page, 'zh', '若干措施 第三条'))[0]).toBe('/measures/opinions-2024-314/3/');
  expect((await searchPage(page, 'zh', '武汉 第15条'))[0]).toBe('/tasks/wuhan-plan/15/');
  expect((await searchPage(page, 'en', 'Wuhan annex row 16'))[0]).toBe('/en/tasks/wuhan-plan/16/');
  expect((await searchPage(page, 'zh', '任务清单 三（四）'))[0]).toBe('/tasks/task-list-1/category/3-4/');
});

test('a task number two documents have goes to the first Task List, and the page says where else it is', async ({ page }) => {
  expect((await searchPage(page, 'zh', '任务15'))[0]).toBe('/tasks/task-list-1/15/');
  const note = page.locator('.search-note');
  await expect(note).toBeVisible();
  await expect(note.locator('a[href$="/tasks/wuhan-plan/15/"]')).toHaveCount(1);
});

test('a document number finds its document in any bracket form and in the short form readers use', async ({ page }) => {
  for (const query of ['商资发〔2024〕314号', '商资发[2024]314号', '商资发（2024）314号', '商资发(2024)314号', '314号文', '商资发（2024）第314号', '商资发2024年314号']) {
    expect((await searchPage(page, 'zh', query))[0], query).toBe('/documents/notice-2024-314/');
  }
});

test('a document number with the name of one of the documents carrying it finds that one, in the search page and the header box alike', async ({ page }) => {
  // The notice's attachments carry its 文号 too; the words beyond the number choose among them.
  expect((await searchPage(page, 'zh', '商资发 314 意见'))[0]).toBe('/documents/opinions-2024-314/');
  expect((await searchPage(page, 'zh', '314号文 任务清单'))[0]).toBe('/documents/task-list-1/');
  expect((await searchPage(page, 'zh', '314号文件 官方解读'))[0]).toBe('/documents/interpretation-2025-01/');
  expect((await searchPage(page, 'en', 'Shang Zi Fa 2024 314 Opinions'))[0]).toBe('/en/documents/opinions-2024-314/');
  const states = await inHeaderBox(page, '/about/', '商资发2024年314号 任务清单');
  expect(states.at(-1)!.first).toBe('/documents/task-list-1/');
});

test('other names of a department reach its page: an English acronym and a short Chinese name', async ({ page }) => {
  expect((await searchPage(page, 'en', 'MOFCOM'))[0]).toBe('/en/departments/shang-wu-bu/');
  expect((await searchPage(page, 'en', 'MIIT'))[0]).toBe('/en/departments/gong-ye-he-xin-xi-hua-bu/');
  expect((await searchPage(page, 'zh', '工信部'))[0]).toBe('/departments/gong-ye-he-xin-xi-hua-bu/');
});

test('when no page has every word, the closest pages are shown under a heading that says so', async ({ page }) => {
  const paths = await searchPage(page, 'en', 'ceramics transition finance zeppelin');
  expect(paths[0]).toBe('/en/tasks/task-list-1/96/');
  await expect(page.locator('.search-note')).toHaveText(/No page has all the words; closest matches/);
});

test('a British spelling finds what the translation spells the American way, and is no typo', async ({ page }) => {
  // The translation writes "neighborhood centers"; no page writes "neighbourhood".
  const paths = await searchPage(page, 'en', 'neighbourhood centres');
  expect(paths[0]).toBe('/en/tasks/task-list-1/14/');
  await expect(page.locator('.search-note')).toBeHidden();
});

test('a word is searched in another spelling only where the index prints that spelling', async ({ page }) => {
  // enterprise would be enterprize the British way round; no page prints it, though Pagefind finds 87
  // pages for it through the stem it shares with enterprise. Searched as enterprize (weighted above the
  // reader's own word), the pages titled "enterprises" came first; as typed, the titles that say enterprise do.
  await searchPage(page, 'en', 'enterprise');
  const titles = await page.locator('#search-results > li a.hit-link').allTextContents();
  expect(titles.slice(0, 2).every((title) => /\benterprise\b/i.test(title)), titles.slice(0, 3).join(' | ')).toBe(true);
});

test('a place named with a topic finds the topic in that place, not the place, in the search page and the header box alike', async ({ page }) => {
  // Chongqing's page lists its tasks, so it holds every character too; the task on medical insurance handling is what is meant.
  expect((await searchPage(page, 'zh', '重庆 医保经办'))[0]).toBe('/tasks/task-list-1/15/');
  expect((await searchPage(page, 'zh', '重庆'))[0]).toBe('/cities/chongqing/');
  const states = await inHeaderBox(page, '/documents/wuhan-plan/', '重庆 医保经办');
  expect(states.at(-1)?.first).toBe('/tasks/task-list-1/15/');
});

test('a Chinese phrase no page holds whole lists the pages closest to it under that heading, and marks the pieces they hold', async ({ page }) => {
  // No page has 直播带货基地 (live-streaming sales base), nor 带货; task 9, 电子商务直播基地建设与运营规范,
  // holds 直播 and 基地 in a row, where the pages that hold more of its characters hold them apart.
  const paths = await searchPage(page, 'zh', '直播带货基地');
  expect(paths[0]).toBe('/tasks/task-list-1/9/');
  await expect(page.locator('.search-note')).toHaveText(/没有页面包含全部词语/);
  const marks = await page.locator('#search-results > li').first().locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) expect(['直播', '基地']).toContain(mark);
});

test('words a reader lists for a topic find the task that holds most of them, before the documents and places that hold them all far apart', async ({ page }) => {
  // Jiangsu's page and the documents hold all four words, each in another task; task 20 (养老机构康复服务规范) holds two in one place.
  expect((await searchPage(page, 'zh', '养老机构 康复 护理 培训'))[0]).toBe('/tasks/task-list-1/20/');
  // A query that names a whole keeps it first: its 文号, or "official interpretation" in its title.
  expect((await searchPage(page, 'zh', '商资发〔2024〕314号'))[0]).toBe('/documents/notice-2024-314/');
  const states = await inHeaderBox(page, '/documents/wuhan-plan/', '养老机构 康复 护理 培训');
  expect(states.at(-1)?.first).toBe('/tasks/task-list-1/20/');
  // No page has every word (the translation writes "evaluation"): the task holds most in one place, the province apart.
  await page.goto('/en/search/');
  expect((await searchPage(page, 'en', 'Zhejiang banks ESG rating'))[0]).toBe('/en/tasks/task-list-1/11/');
});

test('a number with the words of its entry\'s title reaches that entry, whichever document it is in', async ({ page }) => {
  // (十三) of the Opinions is 加强公共安全服务…; the Task List's category 公共安全服务 is numbered （七）.
  expect((await searchPage(page, 'zh', '（十三）公共安全服务'))[0]).toBe('/measures/opinions-2024-314/13/');
});

test('places by their short names and older English names, an office by its other name, an agreement by its acronym', async ({ page }) => {
  expect((await searchPage(page, 'zh', '沪'))[0]).toBe('/cities/shanghai/');
  expect((await searchPage(page, 'zh', '渝'))[0]).toBe('/cities/chongqing/');
  expect((await searchPage(page, 'en', 'Canton'))[0]).toBe('/en/cities/guangzhou/');
  expect((await searchPage(page, 'en', 'IFDA'))[0]).toBe('/en/instruments/ifd-agreement/');
  // One office, two names: the texts write 中央网信办; readers know it as the Cyberspace Administration of China.
  expect((await searchPage(page, 'en', 'Cyberspace Administration of China'))[0]).toBe('/en/departments/zhong-yang-wang-xin-ban/');
  // A near-synonym of the translation's phrase: it writes "consumer collective litigation".
  expect((await searchPage(page, 'en', 'consumer class action'))[0]).toBe('/en/tasks/task-list-1/46/');
});

test('two places named together lead first to their page side by side, in the header box and on the search page', async ({ page }) => {
  // Those pages are not indexed (one per pair of places): the result is made from the places' rows.
  const states = await inHeaderBox(page, '/documents/task-list-1/', '重庆 成都');
  expect(states.find((entry) => entry.state === 'instant')?.first, JSON.stringify(states)).toBe('/compare/chengdu/chongqing/');
  expect(states.at(-1)!.first).toBe('/compare/chengdu/chongqing/');
  const result = page.locator('#site-search-panel ol > li').first();
  await expect(result.locator('a.hit-link')).toHaveText('成都市与重庆市');
  await expect(result.locator('.badge')).toHaveText('地区对照');
  await expect(result.locator('a.hit-other')).toHaveAttribute('href', /^\/en\/compare\/chengdu\/chongqing\/\?highlight=/);
  await result.locator('a.hit-link').click();
  await expect(page.locator('h1')).toHaveText('成都市与重庆市');
  expect((await searchPage(page, 'en', 'Chengdu vs Chongqing'))[0]).toBe('/en/compare/chengdu/chongqing/');
  expect((await searchPage(page, 'zh', '北京和上海对比'))[0]).toBe('/compare/beijing/shanghai/');
  // A topic besides the places asks for entities, not the two places' whole lists.
  expect(await searchPage(page, 'zh', '成都 重庆 数据')).not.toContain('/compare/chengdu/chongqing/');
});

test('a one-letter typo in a long English word is corrected, and the page says what it searched for', async ({ page }) => {
  const paths = await searchPage(page, 'en', 'ceramics transtion finance');
  expect(paths[0]).toBe('/en/tasks/task-list-1/96/');
  await expect(page.locator('.search-note')).toContainText('showing results for “ceramics transition finance”');
});

test('a typo is corrected whatever was searched before it', async ({ page }) => {
  // Pagefind finds pages for a word it holds in no form through the longest word of its loaded index
  // chunks that begins it: after this query has loaded the chunk with "so", "sofware" found that word's pages.
  await searchPage(page, 'zh', 'Shangzifa (2024) No.314');
  const paths = await searchPage(page, 'zh', 'open-source sofware security risk');
  expect(paths[0]).toBe('/en/tasks/task-list-1/82/');
  await expect(page.locator('.search-note')).toContainText('“open-source software security risk”');
});

test('excerpts mark whole English words and Chinese runs as typed, nothing inside other words', async ({ page }) => {
  await searchPage(page, 'en', 'national');
  const english = await page.locator('#search-results mark').allTextContents();
  expect(english.length).toBeGreaterThan(0);
  for (const text of english) expect(text.toLowerCase(), 'a mark holds the word typed').toMatch(/^national(s|'s)?$/);
  const marksInside = await page.locator('#search-results .hit-excerpt').evaluateAll((excerpts) =>
    excerpts.flatMap((excerpt) => [...excerpt.querySelectorAll('mark')].map((mark) => `${mark.previousSibling?.textContent?.slice(-1) ?? ''}|${mark.nextSibling?.textContent?.slice(0, 1) ?? ''}`)),
  );
  for (const around of marksInside) expect(around, 'no letter right before or after a mark').not.toMatch(/[a-z]\||\|[a-z]/i);

  await searchPage(page, 'zh', '重庆');
  const chinese = await page.locator('#search-results mark').allTextContents();
  expect(chinese.length).toBeGreaterThan(0);
  for (const text of chinese) expect(text).toBe('重庆');

  // A hyphenated word is marked whole, never its parts: not every "in" of the excerpts for trade-in.
  await searchPage(page, 'en', 'trade-in');
  const hyphenated = await page.locator('#search-results mark').allTextContents();
  expect(hyphenated.length).toBeGreaterThan(0);
  for (const text of hyphenated) expect(text.toLowerCase()).toMatch(/^trade-ins?$/);
});

test('arriving from a result marks whole words on the page, not parts of longer ones', async ({ page }) => {
  await page.goto('/en/documents/opinions-2024-314/?highlight=national');
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
  for (const text of await page.locator('mark.search-hit').allTextContents()) expect(text.toLowerCase()).toMatch(/^national(s|'s)?$/);
});

test('excerpts are text: markup in a page never becomes elements in a result', async ({ page }) => {
  await searchPage(page, 'zh', '以旧换新');
  const tags = await page.locator('#search-results .hit-excerpt, #search-results .hit-sub-excerpt').evaluateAll((excerpts) => [...new Set(excerpts.flatMap((excerpt) => [...excerpt.querySelectorAll('*')].map((element) => element.tagName)))]);
  expect(tags.every((tag) => tag === 'MARK')).toBe(true);
});
