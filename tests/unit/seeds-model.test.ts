import { describe, expect, it, beforeAll } from 'vitest';
import type { Model } from '../../src/schema/model.ts';
import { loadModel } from '../../scripts/build-content.ts';

let model: Model;
beforeAll(async () => {
  model = await loadModel('seeds');
});
// Counts are of the document a test is about: another batch or plan added to the seeds changes none of them.
const LIST = 'task-list-1';
const listTasks = () => model.tasks.filter((task) => task.list === LIST);
/** A place's task ids of the first list only. */
const ofList = (ids: string[]) => ids.filter((id) => id.startsWith(`${LIST}-`));

describe('the national Task List (000)', () => {
  it('should hold 104 tasks numbered 1..104 without gaps (the list states 104 tasks)', () => {
    const numbers = model.tasks.filter((task) => task.list === 'task-list-1').map((task) => task.number);
    expect(numbers).toEqual(Array.from({ length: 104 }, (_, index) => index + 1));
  });

  it("should keep task 60's title starting with 12345", () => {
    const task = model.tasks.find((entry) => entry.id === 'task-list-1-60')!;
    expect(task.title.startsWith('12345')).toBe(true);
    expect(task.assignment.places).toEqual(['chongqing']);
  });

  it('should group tasks by standard level as DOMAIN.md describes (1–2, 3–12, 13–78, 79–96, 97–104)', () => {
    const range = (level: string) => listTasks().filter((task) => task.level === level).map((task) => task.number);
    expect(range('national')).toEqual([1, 2]);
    expect(range('industry')).toEqual(Array.from({ length: 10 }, (_, index) => index + 3));
    expect(range('local')).toEqual(Array.from({ length: 66 }, (_, index) => index + 13));
    expect(range('group')).toEqual(Array.from({ length: 18 }, (_, index) => index + 79));
    expect(range('other')).toEqual(Array.from({ length: 8 }, (_, index) => index + 97));
    expect(model.categories.find((category) => category.list === LIST && category.key === '3-1')!.tasks).toEqual(Array.from({ length: 12 }, (_, index) => index + 13));
  });

  it('should count tasks assigned by name to each city as DOMAIN.md does', () => {
    const named = Object.fromEntries(model.places.map((place) => [place.id, ofList(place.namedTasks).length]));
    expect(named).toMatchObject({ beijing: 9, tianjin: 9, shanghai: 3, nanjing: 14, hangzhou: 4, guangzhou: 10, chongqing: 26, chengdu: 15, hainan: 3, liaoning: 0 });
  });

  it('should keep collective assignments verbatim with their counts (13, 1, 1, 2)', () => {
    const counts: Record<string, number> = {};
    for (const task of listTasks()) if (task.assignment.collective) counts[task.assignment.raw] = (counts[task.assignment.raw] ?? 0) + 1;
    expect(counts).toEqual({ 各试点示范省市: 13, 广州及其他有意愿的试点示范省市: 1, 有关试点示范省市: 1, 重庆等有意愿的省市: 2 });
  });

  it('should give every pilot the 13 all-pilot tasks and put the named cities under their provinces', () => {
    const place = (id: string) => model.places.find((entry) => entry.id === id)!;
    for (const pilot of model.places.filter((entry) => entry.pilot)) expect(ofList(pilot.collectiveTasks).length).toBeGreaterThanOrEqual(13);
    expect(place('jiangsu').cities).toContain('nanjing');
    expect(ofList(place('jiangsu').cityTasks)).toHaveLength(14);
    expect(place('hubei').cities).toContain('wuhan');
    expect(place('wuhan').plans).toContain('wuhan-plan');
  });
});

describe('the Opinions (000)', () => {
  it('should hold 17 measures in four aspects (二: 一–四, 三: 五–九, 四: 十–十三, 五: 十四–十七)', () => {
    const measures = model.measures.filter((measure) => measure.document === 'opinions-2024-314');
    expect(measures.map((measure) => measure.number)).toEqual(Array.from({ length: 17 }, (_, index) => index + 1));
    const bySection = (section: number) => measures.filter((measure) => measure.section.ordinal === section).map((measure) => measure.number);
    expect(bySection(2)).toEqual([1, 2, 3, 4]);
    expect(bySection(3)).toEqual([5, 6, 7, 8, 9]);
    expect(bySection(4)).toEqual([10, 11, 12, 13]);
    expect(bySection(5)).toEqual([14, 15, 16, 17]);
    expect(measures[0]!.title).toBe('支撑设备更新和消费品以旧换新。');
  });

  it('should rejoin measure (十七), which the source breaks across two lines', () => {
    const measure = model.measures.find((entry) => entry.id === 'opinions-2024-314-17')!;
    expect(measure.body[0]!.text).toContain('试点示范省市积极配合各业务主管部门工作');
  });
});

describe('the action plan (004)', () => {
  it('should hold 25 measures, the last flagged as truncated in the source', () => {
    const measures = model.measures.filter((measure) => measure.document === 'action-plan-2024-2025');
    expect(measures).toHaveLength(25);
    expect(measures.filter((measure) => measure.truncated).map((measure) => measure.number)).toEqual([25]);
    expect(measures.at(-1)!.body.map((piece) => piece.text).join('')).toMatch(/实现国际标准转化率达到$/);
  });

  it('should read lead and co-responsible departments per responsibility bracket', () => {
    const first = model.measures.find((entry) => entry.id === 'action-plan-2024-2025-1')!;
    expect(first.responsibilities).toHaveLength(1);
    expect(first.responsibilities[0]!.lead).toContain('国家卫生健康委');
    const eighteen = model.measures.find((entry) => entry.id === 'action-plan-2024-2025-18')!;
    expect(eighteen.responsibilities).toHaveLength(4);
    expect(eighteen.responsibilities[0]!.lead).toEqual(['市场监管总局(国家标准委)', '应急管理部']);
  });

  it('should class departments as local only when they act only in a local plan', () => {
    const level = (name: string) => model.departments.find((department) => department.name === name)!.level;
    expect(level('市场监管总局')).toBe('central');
    expect(level('市商务局')).toBe('local');
    // Wuhan's 18 bureaus: the units its plan names and no other document does.
    const wuhanOnly = model.departments.filter((department) => department.roles.every((role) => role.document === 'wuhan-plan'));
    expect(wuhanOnly).toHaveLength(18);
    expect(wuhanOnly.every((department) => department.level === 'local')).toBe(true);
  });
});

describe("Wuhan's plan (002)", () => {
  it('should map all 17 annex rows to their national tasks word for word', () => {
    const mapping = Object.fromEntries(model.localTasks.filter((task) => task.document === 'wuhan-plan').map((task) => [task.number, Number(task.adopts.split('-').at(-1))]));
    // DOMAIN.md: rows 1–7 = 1–7, rows 8–12 = 73–77, 13 = 97, 14 = 98, 15 = 100, 16 = 103, 17 = 104.
    expect(mapping).toEqual({ 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 73, 9: 74, 10: 75, 11: 76, 12: 77, 13: 97, 14: 98, 15: 100, 16: 103, 17: 104 });
  });

  it('should read stages with their deadlines and the "-" that means no responsible unit', () => {
    const deadlines = model.measures.filter((measure) => measure.document === 'wuhan-plan' && measure.deadline).map((measure) => [measure.key, measure.deadline]);
    expect(deadlines).toEqual([['3-1', '2025-04'], ['3-2', '2025-08'], ['3-3', '2025-12']]);
    const row4 = model.localTasks.find((task) => task.document === 'wuhan-plan' && task.number === 4)!;
    expect(row4.responsible).toEqual([]);
    expect(row4.lead).toEqual(['市供销社', '市商务局']);
  });

  it("should read the numeric targets of the 重点推进阶段 (≥100 national, ≥60 industry, ≥10 local, ≥50 group)", () => {
    const stage = model.measures.find((measure) => measure.id === 'wuhan-plan-3-2')!;
    expect(stage.items.map((item) => item.target?.atLeast)).toEqual([100, 60, 10, 50]);
    expect(stage.items[3]!.target!.clause).toBe('力争培育先进团体标准50个以上');
  });

  it('should attach notes 2 and 3 to the rows they name', () => {
    const notesOf = (row: number) => model.localTasks.find((task) => task.document === 'wuhan-plan' && task.number === row)!.notes;
    expect(notesOf(15)).toEqual(['note-2', 'note-3']);
    expect(notesOf(9)).toEqual(['note-3']);
    expect(notesOf(1)).toEqual([]);
  });
});

describe('the pilot notice (001) and the interpretation (003)', () => {
  it('should find the pilot tasks for cities and enterprises (二（一）1–4, 二（二）1–4)', () => {
    const keys = model.measures.filter((measure) => measure.document === 'pilot-notice-2024').map((measure) => measure.key);
    expect(keys).toEqual(['2-1-1', '2-1-2', '2-1-3', '2-1-4', '2-2-1', '2-2-2', '2-2-3', '2-2-4']);
  });

  it('should relate the interpretation to what it interprets, both ways', () => {
    const opinions = model.documents.find((document) => document.id === 'opinions-2024-314')!;
    expect(opinions.relations).toContainEqual(expect.objectContaining({ type: 'interpreted-by', target: 'interpretation-2025-01' }));
  });
});
