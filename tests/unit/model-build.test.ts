/**
 * The model built from a small corpus with every kind of document (tests/unit/fixtures/model/seeds: a
 * notice with its measures and task list, a local plan with its annex table, an English interpretation,
 * an action plan with responsibility brackets and stage deadlines), compared entity by entity with
 * expected.json; then the input errors of each builder, made by breaking one thing in that corpus.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../scripts/model/build-model.ts';
import { resolveCommentary } from '../../scripts/model/commentary.ts';
import { resolveCrosswalk } from '../../scripts/model/crosswalk.ts';
import { buildDepartments } from '../../scripts/model/departments.ts';
import { buildDocuments } from '../../scripts/model/documents.ts';
import { buildLocalTasks } from '../../scripts/model/local-tasks.ts';
import { buildMeasures } from '../../scripts/model/measures.ts';
import { buildTasks } from '../../scripts/model/tasks.ts';
import type { ParsedDocument } from '../../scripts/parse/parse-seed.ts';
import type { BlockNode, OutlineNode, TableNode } from '../../src/schema/model.ts';
import { buildCorpus, MODEL_EXPECTED, parseCorpus } from './fixtures/model/summarise.ts';

type Expected = Record<string, Array<Record<string, unknown>>>;
const expected = async () => JSON.parse(await readFile(MODEL_EXPECTED, 'utf8')) as Expected;
const byId = (parsed: ParsedDocument[], id: string) => parsed.find((document) => document.entry.id === id)!;
const outlineAt = (blocks: BlockNode[], id: string): OutlineNode => {
  for (const block of blocks) {
    if (block.type !== 'outline') continue;
    if (block.id === id) return block;
    try {
      return outlineAt(block.children, id);
    } catch {
      // not under this one
    }
  }
  throw new Error(`no outline node ${id}`);
};

describe('the model of the small corpus', () => {
  for (const collection of ['documents', 'tasks', 'categories', 'localTasks', 'measures', 'places', 'departments', 'crosswalk', 'commentary', 'targets', 'timeline']) {
    it(`should build its ${collection} as recorded`, async () => {
      const model = (await buildCorpus()) as Expected;
      expect(model[collection]).toStrictEqual((await expected())[collection]);
    });
  }
});

describe('task lists', () => {
  it('should refuse a task line without its places in parentheses', async () => {
    const { manifest, parsed } = await parseCorpus();
    const list = byId(parsed, 'task-list');
    outlineAt(list.blocks, 'task-2').title = '第二项标准';
    expect(() => buildTasks(list, manifest)).toThrow('seeds/notice.txt:16: task 2 has no assignment: a task line must end with the places in parentheses, e.g. (北京、上海)');
  });

  it('should refuse a part without a declared level', async () => {
    const { manifest, parsed } = await parseCorpus();
    const list = byId(parsed, 'task-list');
    list.entry.taskList!.levels = { '1': 'national' };
    expect(() => buildTasks(list, manifest)).toThrow('seeds/notice.txt:17: part 二、 of the task list has no standard level in seeds/manifest.json (taskList.levels)');
  });

  it('should refuse a task outside any part', async () => {
    const { manifest, parsed } = await parseCorpus();
    const list = byId(parsed, 'task-list');
    list.blocks = (list.blocks[0] as OutlineNode).children;
    expect(() => buildTasks(list, manifest)).toThrow('seeds/notice.txt:15: task 1 stands outside any part (一、…) of the task list');
  });

  it('should refuse numbers that do not run 1, 2, 3, and a list without tasks', async () => {
    const { manifest, parsed } = await parseCorpus();
    const list = byId(parsed, 'task-list');
    outlineAt(list.blocks, 'task-1').ordinal = 5;
    expect(() => buildTasks(list, manifest)).toThrow('seeds/notice.txt:15: task numbers must run 1, 2, 3 … without gaps; found 5 where 1 was expected');
    list.blocks = [];
    expect(() => buildTasks(list, manifest)).toThrow('seeds/notice.txt:13: task list "task-list" has no numbered tasks');
  });
});

describe('measures', () => {
  it('should refuse a selection that finds no measures', async () => {
    const { parsed } = await parseCorpus();
    const plan = byId(parsed, 'action-plan');
    plan.entry.measures!.sections = [9];
    expect(() => buildMeasures(plan)).toThrow('seeds/action.txt: no measures found in "action-plan" for the selection in seeds/manifest.json');
  });

  it('should refuse a measure outside any section', async () => {
    const { parsed } = await parseCorpus();
    const opinions = byId(parsed, 'opinions');
    opinions.blocks = (opinions.blocks[0] as OutlineNode).children;
    expect(() => buildMeasures(opinions)).toThrow('seeds/notice.txt:9: measure （一） stands outside any section (一、…)');
  });

  it('should read every section when none is selected, and a target of N项以上 in an item', async () => {
    const { parsed } = await parseCorpus();
    const plan = byId(parsed, 'action-plan');
    delete plan.entry.measures!.sections;
    outlineAt(plan.blocks, 's3-1-1').title = '完善机制，建成5项以上标准。';
    outlineAt(plan.blocks, 's3-1').title = '加强领导（完成时限：2026年1月）。';
    plan.entry.measures!.depth = 2;
    const measures = buildMeasures(plan);
    expect(measures.map((measure) => measure.key)).toEqual(['2-1', '3-1']);
    expect(measures[1]!.items).toEqual([{ marker: '1.', title: '完善机制，建成5项以上标准。', text: '', anchor: 's3-1-1', parts: [] }]);
    expect(measures[0]!.items.map((item) => [item.anchor, item.parts, item.target?.atLeast])).toEqual([['s2-1-1', ['s2-1-1-lead'], 5], ['s2-1-2', [], undefined], ['s2-1-3', ['s2-1-3-lead'], undefined]]);
    expect(measures[0]!.items[0]!.text).toBe('〔市场监管总局、商务部牵头，标准化委、国家标准委等按职责分工负责〕建成5项以上标准。');
    expect(measures[0]!.items[0]!.target).toEqual({ atLeast: 5, unit: '项', clause: '标准化委、国家标准委等按职责分工负责〕建成5项以上' });
    expect(measures.map((measure) => measure.deadline)).toEqual([undefined, '2026-01']);
    expect(measures.map((measure) => measure.parent)).toEqual([undefined, undefined]);
  });
});

describe('local plans', () => {
  it('should refuse an annex row that matches no national task word for word', async () => {
    const { parsed } = await parseCorpus();
    const plan = byId(parsed, 'wuhan-plan');
    const model = buildModel(parsed.filter((document) => document.entry.id !== 'wuhan-plan'), (await parseCorpus()).manifest, (await parseCorpus()).editorial);
    const tasks = model.tasks.map((task) => (task.number === 3 ? { ...task, title: '另一项标准' } : task));
    expect(() => buildLocalTasks(plan, tasks)).toThrow('seeds/plan.txt:16: row 1 of the annex table ("第三项标准…") matches no task of "task-list" word for word');
    expect(() => buildLocalTasks(plan, model.tasks.map((task) => ({ ...task, list: 'other' })))).toThrow('matches no task of "task-list"');
  });

  it('should refuse an annex row that tasks of two lists it adopts print word for word: it cannot say which it takes', async () => {
    const { parsed, manifest, editorial } = await parseCorpus();
    const plan = byId(parsed, 'wuhan-plan');
    const { tasks } = buildModel(parsed.filter((document) => document.entry.id !== 'wuhan-plan'), manifest, editorial);
    plan.entry.annex!.table.adopts = ['task-list', 'task-list-2'];
    const second = tasks.filter((task) => task.number === 3).map((task) => ({ ...task, list: 'task-list-2', id: `task-list-2-${task.number}` }));
    expect(() => buildLocalTasks(plan, [...tasks, ...second])).toThrow('seeds/plan.txt:16: row 1 of the annex table matches tasks of several lists word for word (task-list 3, task-list-2 3)');
    // Matching none of them, the row names every list it looked in.
    const renamed = tasks.map((task) => (task.number === 3 ? { ...task, title: '另一项标准' } : task));
    expect(() => buildLocalTasks(plan, renamed)).toThrow('row 1 of the annex table ("第三项标准…") matches no task of "task-list" or "task-list-2" word for word');
  });

  it('should refuse a row without a lead unit, and a plan whose annex table is missing', async () => {
    const { parsed, manifest, editorial } = await parseCorpus();
    const { tasks } = buildModel(parsed, manifest, editorial);
    const plan = byId(parsed, 'wuhan-plan');
    const annex = plan.blocks.find((block) => block.type === 'annex')!;
    const table = annex.type === 'annex' ? annex.children[0] : undefined;
    if (annex.type !== 'annex' || table?.type !== 'table') throw new Error('fixture changed');
    table.groups[0]!.rows[1]!.cells[3] = '-';
    expect(() => buildLocalTasks(plan, tasks)).toThrow('seeds/plan.txt:22: row 2 of the annex table has no lead unit (牵头单位)');
    annex.children = annex.children.slice(1);
    expect(() => buildLocalTasks(plan, tasks)).toThrow('seeds/plan.txt: the annex table of "wuhan-plan" was not parsed');
    plan.blocks = plan.blocks.filter((block) => block.type !== 'annex');
    expect(() => buildLocalTasks(plan, tasks)).toThrow('the annex table of "wuhan-plan" was not parsed');
  });
});

describe('editorial links', () => {
  it('should refuse a crosswalk link whose category or measure does not exist, every problem at once at its line', async () => {
    const { parsed, manifest, editorial } = await parseCorpus();
    const model = buildModel(parsed, manifest, editorial);
    const located = editorial.crosswalk;
    const link = located.data.links[0]!;
    const resolve = (changed: Partial<typeof located.data>) => () => resolveCrosswalk({ ...located, data: { ...located.data, ...changed } }, model.categories, model.measures);
    const line = (...path: Array<string | number>) => located.lineOf(['links', ...path]);
    expect(resolve({ links: [{ ...link, category: '9' }] })).toThrow(`seeds/editorial/crosswalk.json:${line(0, 'category')}: category "9" does not exist in "task-list"`);
    expect(resolve({ list: 'other' })).toThrow('category "1" does not exist in "other"');
    expect(resolve({ links: [{ ...link, measures: ['1', '7'] }] })).toThrow(`seeds/editorial/crosswalk.json:${line(0, 'measures', 1)}: measure "opinions-7" does not exist`);
    // Independent problems are reported together.
    const both = resolve({ links: [{ ...link, category: '9', measures: ['7', '8'] }] });
    expect(both).toThrow(/category "9" does not exist[\s\S]*measure "opinions-7" does not exist[\s\S]*measure "opinions-8" does not exist/);
  });

  it('should refuse commentary on a missing document, paragraph, quote or measure, every problem at once at its line', async () => {
    const { parsed, manifest, editorial } = await parseCorpus();
    const model = buildModel(parsed, manifest, editorial);
    const located = editorial.commentary;
    const file = located.data;
    const link = file.links[0]!;
    const resolve = (changed: Partial<typeof file>) => () => resolveCommentary({ ...located, data: { ...file, ...changed } }, model.documents, model.measures);
    const line = (...path: Array<string | number>) => located.lineOf(['links', ...path]);
    expect(resolve({ interpretation: 'nothing' })).toThrow(`seeds/editorial/commentary.json:${located.lineOf(['interpretation'])}: document "nothing" does not exist`);
    expect(resolve({ links: [{ ...link, paragraph: 'p9' }] })).toThrow(`seeds/editorial/commentary.json:${line(0, 'paragraph')}: paragraph "p9" does not exist in "interpretation"`);
    expect(resolve({ links: [{ ...link, paragraph: 's1' }] })).toThrow('paragraph "s1" does not exist');
    expect(resolve({ links: [{ ...link, quote: 'support standards in 60 areas and more of them than anyone could count' }] })).toThrow(
      `seeds/editorial/commentary.json:${line(0, 'quote')}: the quote for p1 ("support standards in 60 areas and more o…") is not in that paragraph word for word`,
    );
    expect(resolve({ links: [{ ...link, measures: ['2', '8'] }] })).toThrow(`seeds/editorial/commentary.json:${line(0, 'measures', 1)}: measure "opinions-8" does not exist`);
    expect(resolve({ links: [{ ...link, paragraph: 'p9' }, { ...link, measures: ['8'] }] })).toThrow(/paragraph "p9" does not exist[\s\S]*measure "opinions-8" does not exist/);
    expect(resolve({ links: [{ ...link, paragraph: 'p2', quote: 'listed below' }] })().map((entry) => entry.anchor)).toEqual(['p2']);
  });
});

describe('documents and departments', () => {
  it('should make relations two-way once, keeping an existing reverse relation', async () => {
    const { parsed } = await parseCorpus();
    byId(parsed, 'action-plan').entry.relations = [{ type: 'related', target: 'interpretation', editorial: true }];
    const documents = buildDocuments(parsed);
    const relations = (id: string) => documents.find((document) => document.id === id)!.relations;
    expect(relations('interpretation').filter((relation) => relation.target === 'action-plan')).toHaveLength(1);
    expect(relations('action-plan')).toEqual([{ type: 'related', target: 'interpretation', editorial: true }]);
  });

  it('should record each role of a department once and its variants in the language of the document', async () => {
    const { parsed, manifest, editorial } = await parseCorpus();
    const model = buildModel(parsed, manifest, editorial);
    const documents = model.documents.map((document) => (document.id === 'interpretation' ? { ...document, issuers: ['国家标准委', '国家标准委'] } : document));
    const departments = buildDepartments({ ...manifest, departmentAliases: { 国家标准委: '国家标准化管理委员会', 标准委: '国家标准化管理委员会' } }, documents, model.measures, model.localTasks);
    const sac = departments.find((department) => department.name === '国家标准化管理委员会')!;
    expect(sac.variants).toEqual([{ text: '国家标准委', lang: 'en' }]);
    expect(sac.roles.filter((role) => role.document === 'interpretation')).toEqual([{ role: 'issuer', document: 'interpretation' }]);
  });
});

describe('what the small corpus does not show', () => {
  const paragraph = (id: string, text: string): BlockNode => ({ type: 'paragraph', id, role: 'body', text, source: { file: 'seeds/action.txt', line: 99 } });

  it('should give a measure its paragraphs after the lead, read brackets across them, and keep items to outline nodes', async () => {
    const { parsed } = await parseCorpus();
    const plan = byId(parsed, 'action-plan');
    outlineAt(plan.blocks, 's2-1-1').children.push(paragraph('p-extra', '并推广。〔财政部按职责分工负责〕'));
    const item = outlineAt(plan.blocks, 's2-1-2').children.find((child): child is OutlineNode => child.type === 'outline')!;
    item.lead = '新增12个以上试点。';
    item.children.push(paragraph('p-item', '再增3个以上。'));
    outlineAt(plan.blocks, 's2-1-3').lead = '（完成时限： 2025年12月）';
    const [first, second, third] = buildMeasures(plan);
    expect(first!.body).toEqual([
      { anchor: 's2-1-1-lead', text: '〔市场监管总局、商务部牵头，标准化委、国家标准委等按职责分工负责〕建成5项以上标准。' },
      { anchor: 'p-extra', text: '并推广。〔财政部按职责分工负责〕' },
    ]);
    expect(first!.items).toEqual([]);
    expect(first!.responsibilities.map((entry) => [entry.covers, entry.coResponsible])).toEqual([
      ['', ['标准化委', '国家标准委']],
      ['建成5项以上标准。并推广。', ['财政部']],
    ]);
    expect(second!.items.map((entry) => [entry.text, entry.parts, entry.target?.atLeast])).toEqual([['新增12个以上试点。再增3个以上。', [`${item.id}-lead`, 'p-item'], 12]]);
    expect(third!.deadline).toBe('2025-12');
  });

  it('should refuse a measure or a task that has only a sub-section above it, naming it', async () => {
    const { parsed, manifest } = await parseCorpus();
    const plan = byId(parsed, 'action-plan');
    plan.blocks = outlineAt(plan.blocks, 's2').children;
    expect(() => buildMeasures(plan)).toThrow(/^seeds\/action\.txt:\d+: measure 1\. stands outside any section \(一、…\)$/u);
    const list = byId(parsed, 'task-list');
    list.blocks = (list.blocks[1] as OutlineNode).children;
    expect(() => buildTasks(list, manifest)).toThrow(/^seeds\/notice\.txt:\d+: task 3 stands outside any part \(一、…\) of the task list$/u);
  });

  it('should name the task and its line when a task is assigned to an unknown place, and the file when a list has no heading and no tasks', async () => {
    const { parsed, manifest } = await parseCorpus();
    const list = byId(parsed, 'task-list');
    outlineAt(list.blocks, 'task-1').title = '第一项标准(北京、火星)';
    expect(() => buildTasks(list, manifest)).toThrow('seeds/notice.txt:15: task 1 is assigned to "火星"');
    list.blocks = [];
    list.headingLines = [];
    expect(() => buildTasks(list, manifest)).toThrow(/^seeds\/notice\.txt: task list "task-list" has no numbered tasks$/u);
  });

  it('should quote the first 24 characters of an annex row that matches no task', async () => {
    const { parsed, manifest, editorial } = await parseCorpus();
    const { tasks } = buildModel(parsed, manifest, editorial);
    const plan = byId(parsed, 'wuhan-plan');
    const row = plan.blocks.flatMap((block) => (block.type === 'annex' ? block.children : [])).find((block): block is TableNode => block.type === 'table')?.groups[0]!.rows[0];
    row!.cells[1] = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十';
    expect(() => buildLocalTasks(plan, tasks)).toThrow('row 1 of the annex table ("一二三四五六七八九十一二三四五六七八九十一二三四…") matches no task');
  });

  it('should find commentary paragraphs inside sections and annexes and after them, but never take a note for a paragraph', async () => {
    const { parsed, manifest, editorial } = await parseCorpus();
    const model = buildModel(parsed, manifest, editorial);
    const source = { file: 'seeds/interpretation.txt', line: 1 };
    const interpretation = model.documents.find((document) => document.id === 'interpretation')!;
    interpretation.blocks = [
      { type: 'outline', id: 's1', depth: 1, marker: '一、', ordinal: 1, title: '一', source, children: [paragraph('p-in-section', 'support standards here')] },
      { type: 'annex', id: 'annex', title: '附件', source, children: [paragraph('p-in-annex', 'support standards there')] },
      { type: 'note', id: 'note-1', marker: '注：', text: 'support standards noted', source },
      paragraph('p-after', 'support standards after'),
    ];
    const located = editorial.commentary;
    const resolve = (paragraphId: string) => resolveCommentary({ ...located, data: { ...located.data, links: [{ ...located.data.links[0]!, paragraph: paragraphId }] } }, model.documents, model.measures);
    for (const id of ['p-in-section', 'p-in-annex', 'p-after']) expect(resolve(id).map((entry) => entry.anchor)).toEqual([id]);
    expect(() => resolve('note-1')).toThrow('paragraph "note-1" does not exist in "interpretation"');
  });
});
