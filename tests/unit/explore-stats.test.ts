/**
 * The counts behind the statistics page, the atlas and the heat grid equal the model's own counts, and
 * the explorer's URL state and the atlas drawing behave as a reader relies on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../scripts/build-content.ts';
import { decodeTopology } from '../../scripts/geo/topology.ts';
import type { Model } from '../../src/schema/model.ts';
import { anchorLabel } from '../../src/lib/explore/anchor-label.ts';
import { formatDate } from '../../src/lib/explore/dates.ts';
import { DEFAULT_STATE, matches, readState, writeState, type Filter } from '../../src/lib/explore/explorer-state.ts';
import { placeLabels, project, shadeClasses, shadeOf } from '../../src/lib/explore/geo.ts';
import { assignmentMatrix, collectiveAssignments, departmentsByLocalTasksLed, departmentsByMeasuresLed, regionCounts, tasksByCategory, tasksByLevel, tasksByPlace } from '../../src/lib/explore/stats.ts';
import { wrapLabel } from '../../src/lib/explore/text-width.ts';
import outlines from '../../seeds/geo/pilot-regions.json' with { type: 'json' };
import { RegionOutlinesSchema } from '../../src/schema/geo.ts';

let model: Model;
beforeAll(async () => {
  model = await loadModel('seeds');
});
const taskList = () => model.tasks.filter((task) => task.list === 'task-list-1');
const listCategories = () => model.categories.filter((category) => category.list === 'task-list-1');
/** A place's task ids of the first list only: counts are of the list a test is about. */
const ofList = (ids: string[]) => ids.filter((id) => id.startsWith('task-list-1-'));

describe('statistics', () => {
  it('should count tasks by level as the Task List numbers its parts (2, 10, 66, 18, 8)', () => {
    expect(tasksByLevel(taskList()).map((entry) => [entry.key, entry.count])).toEqual([['national', 2], ['industry', 10], ['local', 66], ['group', 18], ['other', 8]]);
  });

  it('should count tasks by category as the categories list them, adding up to 104', () => {
    const counts = tasksByCategory(taskList(), listCategories());
    for (const entry of counts) expect(entry.count).toBe(entry.key.tasks.length);
    expect(counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(104);
  });

  it('should count named tasks per place as the places record them (Chongqing 26, Nanjing 14 …), leaving out Liaoning and Wuhan', () => {
    const byPlace = Object.fromEntries(tasksByPlace(model.places, taskList()).map((entry) => [entry.key.id, entry.count]));
    expect(byPlace).toEqual({ beijing: 9, tianjin: 9, shanghai: 3, nanjing: 14, hangzhou: 4, guangzhou: 10, chongqing: 26, chengdu: 15, hainan: 3 });
  });

  it('should keep the collective assignments apart, as printed (13, 1, 1, 2)', () => {
    expect(Object.fromEntries(collectiveAssignments(taskList()).map((group) => [group.phrase, group.tasks.length]))).toEqual({ 各试点示范省市: 13, 广州及其他有意愿的试点示范省市: 1, 有关试点示范省市: 1, 重庆等有意愿的省市: 2 });
  });

  it('should count the measures each department leads from the responsibility brackets, once per measure', () => {
    const led = departmentsByMeasuresLed(model.departments, model.measures);
    const samr = led.find((entry) => entry.key.name === '市场监管总局')!;
    const measuresNamingIt = model.measures.filter((measure) => measure.responsibilities.some((bracket) => bracket.lead.some((name) => name === '市场监管总局' || name.startsWith('市场监管总局('))));
    expect(samr.count).toBe(measuresNamingIt.length);
    expect(led[0]!.key.name).toBe('市场监管总局');
    // Wuhan's bureaus lead local tasks, not measures.
    expect(led.find((entry) => entry.key.name === '市商务局')).toBeUndefined();
    const local = departmentsByLocalTasksLed(model.departments, model.localTasks);
    expect(local.find((entry) => entry.key.name === '市商务局')!.count).toBe(model.localTasks.filter((task) => task.lead.includes('市商务局')).length);
  });
});

describe('atlas and heat grid', () => {
  it("should shade each pilot by the tasks naming it or its cities, as its page lists them", () => {
    const regions = Object.fromEntries(regionCounts(model.places, taskList()).map((region) => [region.place.id, region.named]));
    expect(regions).toEqual({ beijing: 9, tianjin: 9, liaoning: 0, shanghai: 3, jiangsu: 14, zhejiang: 4, hubei: 0, guangdong: 10, hainan: 3, chongqing: 26, sichuan: 15 });
    for (const region of regionCounts(model.places, taskList())) expect(region.collective).toBe(ofList(region.place.collectiveTasks).length);
  });

  it("should put in each place's row of the grid exactly its named tasks, and in the collective rows the rest", () => {
    const matrix = assignmentMatrix(taskList(), model.places, listCategories());
    for (const row of matrix.named) expect(row.total, row.place.id).toBe(ofList(row.place.namedTasks).length);
    expect(matrix.collective.map((row) => row.total)).toEqual([13, 1, 1, 2]);
    expect(matrix.tasks.reduce((sum, count) => sum + count, 0)).toBe(104);
    // Every task is counted in some row: by name or collectively.
    matrix.categories.forEach((category, index) => {
      const inRows = matrix.named.reduce((sum, row) => sum + row.cells[index]!, 0) + matrix.collective.reduce((sum, row) => sum + row.cells[index]!, 0);
      expect(inRows, category.key).toBeGreaterThanOrEqual(matrix.tasks[index]!);
    });
    const chongqingLocal = matrix.named.find((row) => row.place.id === 'chongqing')!.cells[matrix.categories.findIndex((category) => category.key === '3-5')];
    expect(chongqingLocal).toBe(taskList().filter((task) => task.category === '3-5' && task.assignment.places.includes('chongqing')).length);
  });

  it('should have an outline for every pilot in the committed boundary file', () => {
    const parsed = RegionOutlinesSchema.parse(outlines);
    expect(Object.keys(parsed.regions).sort()).toEqual(model.places.filter((place) => place.pilot).map((place) => place.id).sort());
  });

  it('should fit the outlines into the view box and put small regions’ labels outside them', () => {
    const projection = project(RegionOutlinesSchema.parse(outlines).regions, 640, 24);
    for (const region of projection.regions) {
      expect(region.bounds.x0).toBeGreaterThanOrEqual(24 - 0.1);
      expect(region.bounds.x1).toBeLessThanOrEqual(640 - 24 + 0.1);
    }
    const labels = placeLabels(projection, 1000, 22);
    const shanghai = labels.find((label) => label.id === 'shanghai')!;
    expect(shanghai.leader).toBeDefined();
    expect(labels.find((label) => label.id === 'sichuan')!.leader).toBeUndefined();
  });

  it('should give every count from 0 to the largest exactly one shade', () => {
    const classes = shadeClasses(26);
    for (let count = 0; count <= 26; count += 1) expect(classes.filter((range) => count >= range.from && count <= range.to)).toHaveLength(1);
    expect(shadeOf(0, classes)).toBe(0);
    expect(shadeOf(26, classes)).toBe(classes.length - 1);
  });

  it('should decode a TopoJSON arc reversed by a negative index', () => {
    const features = decodeTopology(
      { type: 'Topology', transform: { scale: [1, 1], translate: [100, 20] }, arcs: [[[0, 0], [1, 0], [0, 1]], [[1, 1], [-1, 0], [0, -1]]], objects: { o: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', properties: { name: 'A' }, arcs: [[0, 1]] }, { type: 'Polygon', properties: { name: 'B' }, arcs: [[~1, ~0]] }] } } },
      'o',
    );
    expect(features[0]).toEqual({ name: 'A', rings: [[[100, 20], [101, 20], [101, 21], [100, 21], [100, 20]]] });
    expect(features[1]!.rings[0]).toEqual([[100, 20], [100, 21], [101, 21], [101, 20], [100, 20]]);
  });
});

describe('task explorer state', () => {
  const allowed: Record<Filter, string[]> = { place: ['', 'chongqing', 'beijing', 'shanghai'], level: ['', 'local'], category: ['', 'task-list-1:3-1'], doc: ['', 'task-list-1', 'wuhan-plan'], assignment: ['', 'named', 'all'], unit: ['', 'shi-shang-wu-ju'] };
  const filters = (chosen: Partial<Record<Filter, string[]>>) => ({ ...DEFAULT_STATE.filters, ...chosen });

  it('should write only what differs from the default and read it back', () => {
    const state = { ...DEFAULT_STATE, q: '12345', filters: filters({ place: ['chongqing'], level: ['local'] }), sort: 'title' as const, dir: 'desc' as const };
    const query = writeState(state);
    expect(query).toBe('q=12345&place=chongqing&level=local&sort=title&dir=desc');
    expect(readState(new URLSearchParams(query), allowed)).toEqual(state);
    expect(writeState(DEFAULT_STATE)).toBe('');
  });

  it('should open the same view for the published ?place=&doc= and the search page\'s ?city=&document=', () => {
    const expected = { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, place: ['chongqing'], doc: ['wuhan-plan'] } };
    expect(readState(new URLSearchParams('place=chongqing&doc=wuhan-plan'), allowed)).toEqual(expected);
    expect(readState(new URLSearchParams('city=chongqing&document=wuhan-plan'), allowed)).toEqual(expected);
    // The explorer's own names win, and are the ones it writes.
    expect(readState(new URLSearchParams('place=chongqing&city=atlantis'), allowed).filters.place).toEqual(['chongqing']);
    expect(writeState(expected)).toBe('place=chongqing&doc=wuhan-plan');
  });

  it('should keep several places as a repeated parameter, the form a shared comparison link has', () => {
    const state = { ...DEFAULT_STATE, filters: filters({ place: ['beijing', 'shanghai'], unit: ['shi-shang-wu-ju'] }) };
    expect(writeState(state)).toBe('place=beijing&place=shanghai&unit=shi-shang-wu-ju');
    expect(readState(new URLSearchParams('place=beijing&place=shanghai&place=beijing&unit=shi-shang-wu-ju'), allowed)).toEqual(state);
  });

  it('should ignore values the page does not offer, so an old link still shows a view', () => {
    expect(readState(new URLSearchParams('place=atlantis&sort=colour&dir=sideways&level=local'), allowed)).toEqual({ ...DEFAULT_STATE, filters: filters({ level: ['local'] }) });
    expect(readState(new URLSearchParams('place=atlantis&place=beijing'), allowed).filters.place).toEqual(['beijing']);
  });

  it('should match a row only when every filter and every keyword matches', () => {
    const row = { places: ['chongqing'], level: 'local', category: 'task-list-1:3-5', doc: 'task-list-1', assignment: 'named', units: [], text: '任务60 12345政务服务便民热线服务与管理规范 重庆' };
    const state = (chosen: Partial<Record<Filter, string[]>>, q = '') => ({ ...DEFAULT_STATE, q, filters: filters(chosen) });
    expect(matches(row, state({ place: ['chongqing'], level: ['local'] }, '12345 热线'))).toBe(true);
    expect(matches(row, state({ place: ['chongqing'] }, '１２３４５'))).toBe(true);
    expect(matches(row, state({ place: ['beijing'] }))).toBe(false);
    expect(matches(row, state({ place: ['beijing', 'chongqing'] }))).toBe(true);
    expect(matches(row, state({}, '12345 养老'))).toBe(false);
    expect(matches(row, state({ assignment: ['all'] }))).toBe(false);
    expect(matches(row, state({ unit: ['shi-shang-wu-ju'] }))).toBe(false);
    expect(matches({ ...row, units: ['shi-shang-wu-ju', 'shi-shi-chang-jian-guan-ju'] }, state({ unit: ['shi-shang-wu-ju'] }))).toBe(true);
  });
});

describe('labels', () => {
  it('should name anchors for readers in both editions', () => {
    expect(anchorLabel('m5-lead', 'zh')).toBe('措施5');
    expect(anchorLabel('task-60', 'en')).toBe('task 60');
    expect(anchorLabel('s3-2-1', 'en')).toBe('§ 3.2.1');
    expect(anchorLabel('row-3', 'zh')).toBe('表第3行');
  });

  it('should format dates of each precision in each edition', () => {
    expect(formatDate('2024-10-25', 'zh')).toBe('2024年10月25日');
    expect(formatDate('2025-04', 'en')).toBe('April 2025');
    expect(formatDate('2024', 'en', '2025')).toBe('2024–2025');
  });

  it('should wrap long chart labels without splitting Latin words', () => {
    const lines = wrapLabel('5 Other work in cooperation with the relevant departments', 13, 120);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('5 Other work in cooperation with the relevant departments');
    expect(wrapLabel('1 按照国务院及国务院标准化行政主管部门相关管理要求', 13, 120).every((line) => line.length > 0)).toBe(true);
  });
});
