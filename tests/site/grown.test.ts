/**
 * The grown corpus (npm run build:grown: the real seeds with tests/fixtures/sites/grown — a second
 * task-list batch and Chengdu's plan, both test texts, the plan awaiting translation): every page stays
 * true when the library holds several lists and plans. Counts come from the model of the same seeds
 * (scoped to the document they are about) and, for the first Task List, from its seed text read
 * independently. The link, template, budget and HTML gates run over this build in their own files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsvText } from 'csv-parse/sync';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../scripts/build-content.ts';
import { attr, builtPages, readPageHead, requireBuild, visibleText } from '../../scripts/lib/built-page.ts';
import { GROWN_BUILD } from '../../scripts/lib/grown-build.ts';
import { readTaskListSource } from '../lib/task-list-source.ts';
import { pageAt } from './built-site.ts';

const DIST = GROWN_BUILD.outDir;
requireBuild(DIST, 'npm run build:grown');
const model = await loadModel(GROWN_BUILD.seeds);
const page = (path: string) => pageAt(path, DIST);
const documentOf = (id: string) => model.documents.find((document) => document.id === id)!;
const lists = model.documents.filter((document) => model.tasks.some((task) => task.list === document.id));
const plans = model.documents.filter((document) => model.localTasks.some((task) => task.document === document.id));
const tasksOf = (list: string) => model.tasks.filter((task) => task.list === list);
const localTasksOf = (plan: string) => model.localTasks.filter((task) => task.document === plan);
/** A segment's English text, from the translation files of the composed seeds (a pending document's file holds its metadata). */
const english = (id: string, segment: string) => {
  const file = JSON.parse(readFileSync(join(GROWN_BUILD.seeds, 'translations/en', `${id}.json`), 'utf8')) as { segments: Array<{ id: string; text: string }> };
  return file.segments.find((entry) => entry.id === segment)!.text;
};
const englishShortTitle = (id: string) => english(id, 'meta-short-title');
const [first, second] = lists;
const chengdu = plans.find((plan) => plan.id === 'chengdu-plan')!;

describe('the grown corpus as the fixture declares it', () => {
  it('should hold two task lists (the first with the 104 tasks its seed prints) and two local plans, one adopting tasks of both lists', () => {
    expect(lists.map((list) => list.id)).toEqual(['task-list-1', 'task-list-2']);
    expect(tasksOf('task-list-1')).toHaveLength(readTaskListSource().length);
    expect(readTaskListSource()).toHaveLength(104);
    expect(tasksOf('task-list-2').length).toBeGreaterThanOrEqual(15);
    const adopted = new Set(localTasksOf('chengdu-plan').map((local) => model.tasks.find((task) => task.id === local.adopts)!.list));
    expect([...adopted].sort()).toEqual(['task-list-1', 'task-list-2']);
    expect(chengdu.translationPending).toBe(true);
  });
});

describe('home page and task explorer: tasks counted per list and plan, each named', () => {
  for (const [edition, shortTitle] of [['', (id: string) => documentOf(id).shortTitle], ['/en', englishShortTitle]] as const) {
    it(`should name every list and plan with its own count (${edition || 'zh'})`, () => {
      const expected = [...lists.map((list) => [list.id, tasksOf(list.id).length] as const), ...plans.map((plan) => [plan.id, localTasksOf(plan.id).length] as const)];
      const home = page(`${edition}/`).text;
      const explorer = visibleText(select('caption', page(`${edition}/explore/tasks/`).tree)!);
      for (const [id, count] of expected) {
        const phrase = edition ? `${count} tasks of ${shortTitle(id)}` : `${shortTitle(id)}${count}项任务`;
        expect(home, `home: ${id}`).toContain(phrase);
        expect(explorer, `explorer caption: ${id}`).toContain(phrase);
      }
      // The trial's wording: the first batch's name on the whole corpus's count.
      expect(home).not.toContain(`首批任务清单${model.tasks.length}`);
      expect(home).not.toContain(`${model.tasks.length} tasks of the first-batch`);
    });
  }

  it("should group the explorer's category options by list, each group named by its list's short title, with no two options alike in a group", () => {
    const select_ = select('#filter-category', page('/explore/tasks/').tree)!;
    const groups = selectAll('optgroup', select_);
    expect(groups.map((group) => attr(group, 'label'))).toEqual(lists.map((list) => list.shortTitle));
    for (const [index, group] of groups.entries()) {
      const options = selectAll('option', group);
      expect(options.map((option) => attr(option, 'value')!.split(':')[0]), 'every option of the group belongs to its list').toEqual(options.map(() => lists[index]!.id));
      const labels = options.map((option) => visibleText(option));
      expect(new Set(labels).size, `${lists[index]!.id}: distinct labels`).toBe(labels.length);
      expect(options).toHaveLength(model.categories.filter((category) => category.list === lists[index]!.id).length);
    }
    // The repeated heading is there twice, once under each list.
    const repeated = groups.map((group) => selectAll('option', group).map((option) => visibleText(option)).filter((label) => label.startsWith('3-1 ')));
    expect(repeated.map((labels) => labels.length)).toEqual([1, 1]);
  });

  it("should name the list beside the task number a Chengdu row adopts, in the explorer and on the city page", () => {
    const adoptingSecond = localTasksOf('chengdu-plan').find((local) => local.adopts.startsWith('task-list-2'))!;
    const adopted = model.tasks.find((task) => task.id === adoptingSecond.adopts)!;
    const row = visibleText(select(`tr#${adoptingSecond.id}`, page('/explore/tasks/').tree)!);
    expect(row).toContain(`对应${second!.shortTitle}任务${adopted.number}`);
    expect(page('/cities/chengdu/').text).toContain(`对应${second!.shortTitle}任务${adopted.number}`);
  });
});

describe('statistics and atlas: the charts count one list and say which', () => {
  const firstTasks = tasksOf(first!.id);
  const namedByFirst = model.places.filter((place) => firstTasks.some((task) => task.assignment.places.includes(place.id)));

  it('should chart by place only the places the first list names, with its counts', () => {
    const statistics = page('/explore/statistics/');
    expect(statistics.text).toContain(`${first!.shortTitle}的${firstTasks.length}项任务`);
    const charted = new Map(selectAll('#chart-place tbody tr', statistics.tree).map((row) => [visibleText(select('th', row)!), Number(visibleText(select('td', row)!))]));
    expect(Object.fromEntries(charted)).toEqual(Object.fromEntries(namedByFirst.map((place) => [place.name, firstTasks.filter((task) => task.assignment.places.includes(place.id)).length])));
  });

  it('should name the other list, with its count, on the statistics page and the atlas', () => {
    for (const path of ['/explore/statistics/', '/explore/atlas/']) {
      const other = visibleText(select('#other-lists', page(path).tree)!);
      expect(other).toContain(`${second!.shortTitle}（${tasksOf(second!.id).length}项任务）`);
    }
  });

  it("should give the atlas grid a column for each place the first list names and none else, pilots' places first", () => {
    const atlas = page('/explore/atlas/');
    const columns = selectAll('#heat-grid thead th[data-place]', atlas.tree).map((cell) => attr(cell, 'data-place')!);
    expect(new Set(columns)).toEqual(new Set(namedByFirst.map((place) => place.id)));
    const totals = selectAll('#heat-grid tfoot td[data-place]', atlas.tree).map((cell) => Number(visibleText(cell)));
    expect(totals.filter((total) => total === 0), 'no all-zero column').toEqual([]);
    const pilotOf = (id: string) => {
      const place = model.places.find((entry) => entry.id === id)!;
      return model.places.find((entry) => entry.id === (place.province ?? place.id))!.pilot;
    };
    const firstOther = columns.findIndex((id) => !pilotOf(id));
    if (firstOther >= 0) expect(columns.slice(firstOther).every((id) => !pilotOf(id))).toBe(true);
  });
});

describe('targets of a plan awaiting translation', () => {
  const targets = model.targets.filter((target) => target.document === chengdu.id);

  it('should list them on the English targets page under the pending label, the original sentence marked with its language', () => {
    expect(targets.length).toBeGreaterThan(0);
    const section = select(`section:has(#doc-${chengdu.id})`, page('/en/explore/targets/').tree)!;
    expect(visibleText(select('h2', section)!)).toContain('not yet translated');
    for (const target of targets) {
      const cells = selectAll('td', select(`tr#${target.id}`, section)!);
      expect(attr(cells[2]!, 'lang')).toBe(chengdu.lang);
      expect(visibleText(cells[2]!)).toBe(target.sentence);
    }
  });
});

describe('an atlas and statistics for each task list', () => {
  const secondTasks = tasksOf(second!.id);
  const namedBySecond = model.places.filter((place) => secondTasks.some((task) => task.assignment.places.includes(place.id)));

  it("should map the second list's tasks on an atlas of its own, titled with the list, in both editions", () => {
    for (const [path, title] of [['/explore/atlas/task-list-2/', second!.shortTitle], ['/en/explore/atlas/task-list-2/', englishShortTitle(second!.id)]] as const) {
      const atlas = page(path);
      expect(visibleText(select('h1', atlas.tree)!)).toContain(title);
      const columns = selectAll('#heat-grid thead th[data-place]', atlas.tree).map((cell) => attr(cell, 'data-place')!);
      expect(new Set(columns)).toEqual(new Set(namedBySecond.map((place) => place.id)));
    }
    expect(page('/explore/atlas/task-list-2/').text).toContain(`${second!.shortTitle}${secondTasks.length}项任务`);
  });

  it('should let the reader go from each atlas and statistics page to the other lists\' own', () => {
    const links = (path: string) => selectAll('#other-lists a', page(path).tree).map((link) => attr(link, 'href'));
    for (const kind of ['atlas', 'statistics']) {
      expect(links(`/explore/${kind}/`)).toEqual([`/explore/${kind}/task-list-2/`]);
      expect(links(`/explore/${kind}/task-list-2/`)).toEqual([`/explore/${kind}/`]);
      expect(links(`/en/explore/${kind}/task-list-2/`)).toEqual([`/en/explore/${kind}/`]);
    }
  });

  it("should chart the second list's tasks by place on its own statistics page", () => {
    const statistics = page('/explore/statistics/task-list-2/');
    expect(statistics.text).toContain(`${second!.shortTitle}的${secondTasks.length}项任务`);
    const charted = new Map(selectAll('#chart-place tbody tr', statistics.tree).map((row) => [visibleText(select('th', row)!), Number(visibleText(select('td', row)!))]));
    expect(Object.fromEntries(charted)).toEqual(Object.fromEntries(namedBySecond.map((place) => [place.name, secondTasks.filter((task) => task.assignment.places.includes(place.id)).length])));
  });
});

describe('city index and place pages: every place any document names', () => {
  it('should link every place of the model from the city index, places outside the pilots in a group of their own', () => {
    for (const edition of ['', '/en']) {
      const index = page(`${edition}/cities/`);
      const linked = new Set(index.links.flatMap((link) => new RegExp(`^${edition}/cities/([a-z0-9-]+)/$`).exec(link.href)?.[1] ?? []));
      expect([...linked].sort()).toEqual(model.places.map((place) => place.id).sort());
    }
    const others = selectAll('tbody', page('/cities/').tree).find((body) => select('#other-places', body))!;
    const inOthers = new Set(selectAll('a', others).map((link) => attr(link, 'href')!.split('/')[2]));
    const outside = model.places.filter((place) => !place.pilot && !(place.province && model.places.find((entry) => entry.id === place.province)!.pilot));
    expect(outside.length).toBeGreaterThan(0);
    expect([...inOthers].sort()).toEqual(outside.map((place) => place.id).sort());
  });

  it('should speak of a province that is not a pilot as a province, with the tasks of its cities', () => {
    const provinces = model.places.filter((place) => place.kind === 'province' && !place.pilot);
    for (const province of provinces) {
      const zh = page(`/cities/${province.id}/`);
      expect(zh.title).not.toMatch(/城市 ·/);
      expect(zh.text).toContain('非试点示范省市');
      expect(zh.text).not.toContain('本市');
      const cityTasks = model.tasks.filter((task) => task.assignment.places.some((id) => model.places.find((place) => place.id === id)!.province === province.id));
      for (const task of cityTasks) expect(zh.links.map((link) => link.href), `${province.id}: ${task.id}`).toContain(`/tasks/${task.list}/${task.number}/`);
      const en = page(`/en/cities/${province.id}/`);
      expect(en.title).not.toMatch(/City ·/);
      expect(en.text).toContain('not a pilot demonstration province');
    }
  });

  it("should lead Chengdu's page with its plan's tasks", () => {
    const city = page('/cities/chengdu/');
    const headings = selectAll('h2', city.tree).map((heading) => visibleText(heading));
    expect(headings[0]).toContain(chengdu.title);
    const planLinks = selectAll('section a', city.tree).map((link) => attr(link, 'href'));
    for (const local of localTasksOf('chengdu-plan')) expect(planLinks).toContain(`/tasks/chengdu-plan/${local.number}/`);
  });
});

describe('titles and descriptions', () => {
  it('should give every page of the grown corpus a <title> and a description of its own', () => {
    // Heads only: the links test reads the whole of every page of this build already.
    const pages = builtPages(DIST).map(({ file, path }) => readPageHead(file, path)).filter((entry) => !entry.refresh);
    const repeated = (values: Array<[string | undefined, string]>) => {
      const seen = new Map<string, string>();
      const twice: string[] = [];
      for (const [value, path] of values) {
        if (value === undefined) twice.push(`${path}: none`);
        else if (seen.has(value)) twice.push(`${path} repeats ${seen.get(value)}`);
        else seen.set(value, path);
      }
      return twice;
    };
    expect(repeated(pages.map((entry) => [entry.title, entry.path]))).toEqual([]);
    expect(repeated(pages.map((entry) => [entry.meta['description'], entry.path]))).toEqual([]);
  });
});

describe('a document awaiting translation (Chengdu’s plan, translationPending)', () => {
  it('should show the Chinese text on its English page, marked zh-Hans, under a "not yet translated" notice and its translated title', () => {
    const en = page('/en/documents/chengdu-plan/');
    const notice = select('.pending-translation', en.tree);
    expect(notice && visibleText(notice)).toMatch(/^Not yet translated/);
    const text = select('.doc-text', en.tree)!;
    expect(attr(text, 'lang')).toBe('zh-Hans');
    for (const local of localTasksOf('chengdu-plan')) expect(visibleText(text)).toContain(local.content);
    expect(visibleText(text)).toContain('总体要求');
    // The translation file holds this heading already; it is not shown while the document is declared pending.
    expect(en.text).not.toContain(english('chengdu-plan', 's1'));
    // Its name, as every page listing it says it, is translated: a pending document's metadata must be.
    expect(en.h1).toBe(english('chengdu-plan', 'meta-title'));
    // No translation is claimed: the unofficial-translation label is for translations; there is no side-by-side view.
    expect(select('.edition-note.unofficial', en.tree)).toBeUndefined();
    expect(en.links.map((link) => link.href)).not.toContain('/en/documents/chengdu-plan/parallel/');
    expect(builtPages(DIST).map((entry) => entry.path)).not.toContain('/en/documents/chengdu-plan/parallel/');
    expect(select('.pending-translation', page('/documents/chengdu-plan/').tree)).toBeUndefined();
  });

  it('should show each of its tasks in Chinese on the English task page, marked and under the notice', () => {
    for (const local of localTasksOf('chengdu-plan')) {
      const en = page(`/en/tasks/chengdu-plan/${local.number}/`);
      expect(en.h1).toBe(local.content);
      expect(attr(select('h1', en.tree)!, 'lang')).toBe('zh-Hans');
      expect(select('.pending-translation', en.tree)).toBeDefined();
    }
  });

  it('should label its English pages as not yet translated in the search index', () => {
    const label = (path: string) => attr(select('[data-pagefind-meta^="label"]', page(path).tree)!, 'data-value');
    expect(label('/en/documents/chengdu-plan/')).toContain('not yet translated');
    expect(label('/en/tasks/chengdu-plan/1/')).toContain('not yet translated');
    expect(label('/documents/chengdu-plan/')).not.toContain('尚未翻译');
    expect(label('/en/documents/task-list-2/')).not.toContain('not yet translated');
  });

  it('should say so in the open data', () => {
    const rows = parseCsvText(readFileSync(join(DIST, 'data/documents.csv'), 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>;
    const pending = Object.fromEntries(rows.map((row) => [row['id'], row['translation_pending']]));
    expect(pending).toEqual(Object.fromEntries(model.documents.map((document) => [document.id, String(document.translationPending)])));
  });
});
