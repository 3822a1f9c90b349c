/**
 * The overview pages as built: the numbers they print equal the model's counts, and the task explorer's
 * table is complete without JavaScript. Runs over dist/ (npm test builds it first).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../scripts/build-content.ts';
import { assignmentMatrix, regionCounts, tasksByLevel } from '../../src/lib/explore/stats.ts';
import type { Model } from '../../src/schema/model.ts';
import { DIST, attribute, elements, fileFor, readPage, visibleText } from './built-site.ts';

let model: Model;
beforeAll(async () => {
  model = await loadModel('seeds');
});
const page = (path: string) => readPage(fileFor(path)!);
const all = (path: string) => [...elements(page(path))];

describe.skipIf(!existsSync(join(DIST, 'index.html')))('overview pages', () => {
  it.each(['/explore/tasks/', '/en/explore/tasks/'])('%s should list every national and local task (104 + 17) without JavaScript', (path) => {
    const rows = all(path).filter((element) => element.tagName === 'tr' && attribute(element, 'data-doc'));
    expect(rows).toHaveLength(model.tasks.length + model.localTasks.length);
    const prefix = path.startsWith('/en/') ? '/en' : '';
    const links = new Set(all(path).filter((element) => element.tagName === 'a').map((element) => attribute(element, 'href')));
    for (const task of model.tasks) expect(links.has(`${prefix}/tasks/${task.list}/${task.number}/`), task.id).toBe(true);
    for (const task of model.localTasks) expect(links.has(`${prefix}/tasks/${task.document}/${task.number}/`), task.id).toBe(true);
    // The filter form is hidden until the script shows it: without JavaScript nothing pretends to filter.
    expect(attribute(all(path).find((element) => attribute(element, 'id') === 'explorer-filters')!, 'hidden')).toBe('');
  });

  it.each(['/explore/atlas/', '/en/explore/atlas/'])('%s should shade and link each pilot with its named-task count from the model', (path) => {
    const regions = all(path).filter((element) => element.tagName === 'a' && attribute(element, 'data-region'));
    const expected = Object.fromEntries(regionCounts(model.places).map((region) => [region.place.id, String(region.named)]));
    expect(Object.fromEntries(regions.map((region) => [attribute(region, 'data-region'), attribute(region, 'data-count')]))).toEqual(expected);
    for (const region of regions) expect(attribute(region, 'href')).toBe(`${path.startsWith('/en/') ? '/en' : ''}/cities/${attribute(region, 'data-region')}/`);
  });

  it('should print in the heat grid the model’s count for every place and category, and the collective ones apart', () => {
    const matrix = assignmentMatrix(model.tasks.filter((task) => task.list === 'task-list-1'), model.places, model.categories.filter((category) => category.list === 'task-list-1'));
    const grid = all('/explore/atlas/').find((element) => attribute(element, 'id') === 'heat-grid')!;
    const rows = [...elements(grid)].filter((element) => element.tagName === 'tr' && attribute(element, 'data-category'));
    expect(rows.map((row) => attribute(row, 'data-category'))).toEqual(matrix.categories.map((category) => category.key));
    rows.forEach((row, index) => {
      const cells = [...elements(row)].filter((element) => element.tagName === 'td');
      const byPlace = Object.fromEntries(cells.filter((cell) => attribute(cell, 'data-place')).map((cell) => [attribute(cell, 'data-place'), Number(visibleText(cell))]));
      expect(byPlace, attribute(row, 'data-category')).toEqual(Object.fromEntries(matrix.named.map((named) => [named.place.id, named.cells[index]])));
      const collective = cells.filter((cell) => attribute(cell, 'class')?.includes('collective')).map((cell) => Number(visibleText(cell)));
      expect(collective, attribute(row, 'data-category')).toEqual(matrix.collective.map((group) => group.cells[index]));
      expect(Number(visibleText(cells.at(-1)!))).toBe(matrix.tasks[index]);
    });
  });

  it('should state every count of the level chart in its text alternative and its table', () => {
    const document = page('/explore/statistics/');
    const desc = [...elements(document)].find((element) => attribute(element, 'id') === 'chart-level-desc')!;
    for (const entry of tasksByLevel(model.tasks.filter((task) => task.list === 'task-list-1'))) expect(visibleText(desc)).toContain(`：${entry.count}`);
    const figure = [...elements(document)].find((element) => attribute(element, 'id') === 'chart-level')!;
    const numbers = [...elements(figure)].filter((element) => element.tagName === 'td').map((cell) => Number(visibleText(cell)));
    expect(numbers).toEqual([2, 10, 66, 18, 8]);
  });

  it('should list every target and every dated item, each linking into its document', () => {
    const targets = all('/explore/targets/').filter((element) => element.tagName === 'tr' && attribute(element, 'data-value'));
    expect(targets).toHaveLength(model.targets.length);
    const items = all('/en/explore/timeline/').filter((element) => element.tagName === 'li' && attribute(element, 'data-kind'));
    expect(items).toHaveLength(model.timeline.length);
    const dates = items.map((item) => attribute(item, 'data-date')).filter(Boolean);
    expect(dates).toEqual(expect.arrayContaining(['2024-10-25', '2024-11-08', '2025-04', '2025-08', '2025-12', '2024']));
  });
});
