/**
 * The overview pages as built: the numbers they print equal counts taken from the seed text (the Task
 * List read by tests/lib/task-list-source.ts) or from the model's entities, counted here — never with
 * the functions the pages count with (src/lib/explore/stats.ts), so a counting bug there shows.
 * The task explorer's table is complete without JavaScript. Runs over dist/ (npm test builds it first).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../scripts/build-content.ts';
import { attr, elements, select, selectAll, visibleText } from '../../scripts/lib/built-page.ts';
import type { Model } from '../../src/schema/model.ts';
import { readTaskListSource } from '../lib/task-list-source.ts';
import { pageAt } from './built-site.ts';
import { expectQuoteLink } from './quote-links.ts';

let model: Model;
beforeAll(async () => {
  model = await loadModel('seeds');
});
const all = (path: string) => [...elements(pageAt(path).tree)];
const source = readTaskListSource();
/** Wuhan's plan: 17 rows in its annex table (the plan's stated count). */
const WUHAN_TASKS = 17;

describe('overview pages', () => {
  it.each(['/explore/tasks/', '/en/explore/tasks/'])('%s should list every national and local task (104 + 17) without JavaScript', (path) => {
    const rows = all(path).filter((element) => element.tagName === 'tr' && attr(element, 'data-doc'));
    // Per document: the first list's as its seed prints them, Wuhan's as its table does, every other list's and plan's as the model has them.
    const ofDoc = (id: string) => rows.filter((row) => attr(row, 'data-doc') === id);
    expect(ofDoc('task-list-1')).toHaveLength(source.length);
    expect(ofDoc('wuhan-plan')).toHaveLength(WUHAN_TASKS);
    for (const document of model.documents) expect(ofDoc(document.id), document.id).toHaveLength(model.tasks.filter((task) => task.list === document.id).length + model.localTasks.filter((task) => task.document === document.id).length);
    const prefix = path.startsWith('/en/') ? '/en' : '';
    const links = new Set(all(path).filter((element) => element.tagName === 'a').map((element) => attr(element, 'href')));
    for (const task of source) expect(links.has(`${prefix}/tasks/task-list-1/${task.number}/`), String(task.number)).toBe(true);
    for (let number = 1; number <= WUHAN_TASKS; number++) expect(links.has(`${prefix}/tasks/wuhan-plan/${number}/`), `wuhan ${number}`).toBe(true);
    // The filter form is hidden until the script shows it: without JavaScript nothing pretends to filter.
    expect(attr(all(path).find((element) => attr(element, 'id') === 'explorer-filters')!, 'hidden')).toBe('');
  });

  it.each(['/explore/atlas/', '/en/explore/atlas/'])('%s should shade and link each pilot with the number of tasks naming it or its cities', (path) => {
    const regions = all(path).filter((element) => element.tagName === 'a' && attr(element, 'data-region'));
    const naming = (placeId: string) => {
      const ids = new Set([placeId, ...model.places.filter((place) => place.province === placeId).map((place) => place.id)]);
      // The map counts the first list (the page says so).
      return model.tasks.filter((task) => task.list === 'task-list-1' && task.assignment.places.some((id) => ids.has(id))).length;
    };
    const expected = Object.fromEntries(model.places.filter((place) => place.pilot).map((place) => [place.id, String(naming(place.id))]));
    expect(Object.fromEntries(regions.map((region) => [attr(region, 'data-region'), attr(region, 'data-count')]))).toEqual(expected);
    for (const region of regions) expect(attr(region, 'href')).toBe(`${path.startsWith('/en/') ? '/en' : ''}/cities/${attr(region, 'data-region')}/`);
    // Chongqing, as the seed prints it: every bracket listing 重庆 by name (not 重庆等有意愿的省市, a collective phrase).
    expect(expected.chongqing).toBe(String(source.filter((task) => task.assignment.split('、').includes('重庆')).length));
  });

  it('should print in the heat grid, per category, the tasks of each place, the collective ones apart and the total read from the seed', () => {
    const grid = all('/explore/atlas/').find((element) => attr(element, 'id') === 'heat-grid')!;
    const rows = [...elements(grid)].filter((element) => element.tagName === 'tr' && attr(element, 'data-category'));
    const categories = [...new Set(source.map((task) => task.category))];
    expect(rows.map((row) => attr(row, 'data-category'))).toEqual(categories);
    const tasks = model.tasks.filter((task) => task.list === 'task-list-1');
    for (const row of rows) {
      const key = attr(row, 'data-category')!;
      const inCategory = tasks.filter((task) => task.category === key);
      const cells = [...elements(row)].filter((element) => element.tagName === 'td');
      const byPlace = Object.fromEntries(cells.filter((cell) => attr(cell, 'data-place')).map((cell) => [attr(cell, 'data-place'), Number(visibleText(cell))]));
      for (const [place, count] of Object.entries(byPlace)) expect(count, `${key} ${place}`).toBe(inCategory.filter((task) => task.assignment.places.includes(place!)).length);
      const collective = cells.filter((cell) => attr(cell, 'class')?.includes('collective')).map((cell) => Number(visibleText(cell)));
      expect(collective.reduce((sum, count) => sum + count, 0), key).toBe(inCategory.filter((task) => task.assignment.collective).length);
      expect(Number(visibleText(cells.at(-1)!)), key).toBe(source.filter((task) => task.category === key).length);
    }
    // Every place a task names has its column.
    const columns = new Set(rows.flatMap((row) => [...elements(row)].map((cell) => attr(cell, 'data-place')).filter(Boolean)));
    expect(columns).toEqual(new Set(tasks.flatMap((task) => task.assignment.places)));
  });

  it('should state every count of the level chart in its text alternative and its table, as the seed prints them', () => {
    const page = pageAt('/explore/statistics/');
    const counts = ['national', 'industry', 'local', 'group', 'other'].map((level) => source.filter((task) => task.level === level).length);
    const desc = selectAll('#chart-level-desc', page.tree)[0]!;
    for (const count of counts) expect(visibleText(desc)).toContain(`：${count}`);
    const numbers = selectAll('#chart-level td', page.tree).map((cell) => Number(visibleText(cell)));
    expect(numbers).toEqual(counts);
    // The seed's parts, as printed: 2 national, 10 industry, 66 local, 18 group, 8 other.
    expect(numbers).toEqual([2, 10, 66, 18, 8]);
  });

  it('should list every target and every dated item, each linking into its document', () => {
    const targets = all('/explore/targets/').filter((element) => element.tagName === 'tr' && attr(element, 'data-value'));
    expect(targets).toHaveLength(model.targets.length);
    const items = all('/en/explore/timeline/').filter((element) => element.tagName === 'li' && attr(element, 'data-kind'));
    expect(items).toHaveLength(model.timeline.length);
    const dates = items.map((item) => attr(item, 'data-date')).filter(Boolean);
    expect(dates).toEqual(expect.arrayContaining(['2024-10-25', '2024-11-08', '2025-04', '2025-08', '2025-12', '2024']));
  });

  it('should open every target and every dated item at the sentence that holds its words, in both editions', () => {
    const kinds: string[] = [];
    for (const edition of ['', '/en']) {
      const targets = `${edition}/explore/targets/`;
      for (const row of all(targets).filter((element) => element.tagName === 'tr' && attr(element, 'data-value'))) {
        const cells = selectAll('td', row);
        // The Chinese edition quotes the clause; the English one shows the translation's sentence in the third cell.
        const quote = edition ? visibleText(cells[2]!) : visibleText(select('q', row)!);
        kinds.push(expectQuoteLink(targets, attr(select('a[href*="#"]', cells.at(-1)!)!, 'href')!, quote));
      }
      const timeline = `${edition}/explore/timeline/`;
      for (const item of all(timeline).filter((element) => element.tagName === 'li' && attr(element, 'data-kind'))) {
        const link = select('q + a[href*="#"]', item);
        if (link) kinds.push(expectQuoteLink(timeline, attr(link, 'href')!, visibleText(select('q', item)!)));
      }
    }
    // Every target of the seeds stands in a paragraph (none in a table cell or heading): every one opens at its sentence.
    expect(kinds.length).toBeGreaterThan(2 * model.targets.length);
    expect(kinds.filter((kind) => kind === 'sentence').length).toBeGreaterThanOrEqual(2 * model.targets.length);
  });
});
