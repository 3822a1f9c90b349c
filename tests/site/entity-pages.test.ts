/**
 * Every task, measure, category, city and department page as built, against the model as the oracle
 * (and the Task List's seed text, read independently by tests/lib/task-list-source.ts, for what it
 * prints): the links each page must hold, and the lists it must show, in both editions. Counts come
 * from the model's entities or the source text, never from the code that renders the pages.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../scripts/build-content.ts';
import { attr, selectAll, visibleText, type BuiltPage } from '../../scripts/lib/built-page.ts';
import type { Department, Model } from '../../src/schema/model.ts';
import { readTaskListSource } from '../lib/task-list-source.ts';
import { builtSite } from './built-site.ts';

const EDITIONS = ['', '/en'] as const;
const ALIASES = (JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as { departmentAliases: Record<string, string> }).departmentAliases;
/** How the department page heads each role's section, per edition (src/i18n/ui.ts says the same). */
const ROLE_HEADINGS = { zh: { lead: '牵头', 'co-responsible': '按职责分工负责', responsible: '责任单位', issuer: '发文机关' }, en: { lead: 'Lead', 'co-responsible': 'Responsible according to duties', responsible: 'Responsible unit', issuer: 'Issuer' } } as const;

let model: Model;
beforeAll(async () => {
  model = await loadModel('seeds');
});

const site = builtSite();
const pages = new Map(site.map((page) => [page.path, page]));
const pageOf = (path: string) => {
  const page = pages.get(path);
  if (!page) throw new Error(`the build has no page at ${path}`);
  return page;
};
/** The site paths (edition prefix and #anchor dropped) an element's links lead to. */
const targets = (page: BuiltPage, selector = 'article a[href]') =>
  new Set(selectAll(selector, page.tree).map((link) => new URL(attr(link, 'href')!, `http://site${page.path}`).pathname.replace(/^\/en\//, '/')));
const subset = (paths: Set<string>, pattern: RegExp) => new Set([...paths].filter((path) => pattern.test(path)));
const sorted = (paths: Iterable<string>) => [...paths].sort();
const measurePath = (id: string) => {
  const measure = model.measures.find((entry) => entry.id === id)!;
  return `/measures/${measure.document}/${measure.key}/`;
};
const localTaskPath = (id: string) => {
  const local = model.localTasks.find((entry) => entry.id === id)!;
  return `/tasks/${local.document}/${local.number}/`;
};

describe('task pages', () => {
  const source = readTaskListSource();

  it('should give each national task its title, category, document line and exactly its cities (named, or mentioned in a collective phrase), as the model and the seed say', () => {
    for (const task of model.tasks) {
      const printed = source.find((entry) => entry.number === task.number && task.list === 'task-list-1');
      for (const edition of EDITIONS) {
        const page = pageOf(`${edition}/tasks/${task.list}/${task.number}/`);
        const links = targets(page);
        expect(sorted(subset(links, /^\/cities\/[a-z-]+\/$/)), page.path).toEqual(sorted(new Set([...task.assignment.places, ...(task.assignment.collective?.mentions ?? [])].map((id) => `/cities/${id}/`))));
        // A part without sub-categories (一、, 五、) is named by the task's level line; a sub-category is linked.
        expect(sorted(subset(links, /\/category\//)), page.path).toEqual(task.category.includes('-') ? [`/tasks/${task.list}/category/${task.category}/`] : []);
        expect(selectAll(`article a[href="${edition}/documents/${task.list}/#${task.anchor}"]`, page.tree), page.path).toHaveLength(1);
        if (!edition) expect(page.h1, page.path).toBe(task.title);
        if (printed) {
          expect(task.category, page.path).toBe(printed.category);
          if (!edition) expect(page.h1!.replace(/\s/g, ''), page.path).toBe(printed.title.replace(/\s/g, ''));
        }
      }
    }
    // Every task of the seed's list has its page.
    for (const printed of source) expect(pages.has(`/tasks/task-list-1/${printed.number}/`), String(printed.number)).toBe(true);
  });

  it('should link each national task to the measures the crosswalk gives its category and to the local tasks adopting it', () => {
    for (const task of model.tasks) {
      const crosswalk = model.crosswalk.find((entry) => entry.list === task.list && entry.category === task.category);
      for (const edition of EDITIONS) {
        const page = pageOf(`${edition}/tasks/${task.list}/${task.number}/`);
        const links = targets(page);
        expect(sorted(subset(links, /^\/measures\//)), page.path).toEqual(sorted((crosswalk?.measures ?? []).map(measurePath)));
        const local = subset(links, new RegExp(`^/tasks/(?!${task.list}/)`));
        expect(sorted(local), page.path).toEqual(sorted(task.adoptedBy.map(localTaskPath)));
      }
    }
  });

  it('should give each local task its national task, its lead and responsible units and its city', () => {
    const byName = departmentsByName(model.departments);
    for (const local of model.localTasks) {
      const national = model.tasks.find((task) => task.id === local.adopts)!;
      const departments = [...local.lead, ...local.responsible].map((name) => `/departments/${byName(name).id}/`);
      for (const edition of EDITIONS) {
        const page = pageOf(`${edition}/tasks/${local.document}/${local.number}/`);
        const links = targets(page);
        expect(sorted(subset(links, /^\/departments\//)), page.path).toEqual(sorted(new Set(departments)));
        expect(links.has(`/tasks/${national.list}/${national.number}/`), page.path).toBe(true);
        expect(links.has(`/documents/${local.document}/`), page.path).toBe(true);
      }
    }
  });
});

describe('category pages', () => {
  const source = readTaskListSource();

  it("should list exactly the category's tasks, as many as the seed prints under its heading", () => {
    for (const category of model.categories) {
      const tasks = model.tasks.filter((task) => task.list === category.list && task.category === category.key);
      expect(tasks.map((task) => task.number), category.id).toEqual(category.tasks);
      if (category.list === 'task-list-1') expect(tasks.map((task) => task.number), category.id).toEqual(source.filter((task) => task.category === category.key).map((task) => task.number));
      for (const edition of EDITIONS) {
        const page = pageOf(`${edition}/tasks/${category.list}/category/${category.key}/`);
        const listed = subset(targets(page), new RegExp(`^/tasks/${category.list}/\\d+/$`));
        expect(sorted(listed), page.path).toEqual(sorted(tasks.map((task) => `/tasks/${task.list}/${task.number}/`)));
      }
    }
  });
});

describe('city pages', () => {
  it('should list every task naming the place, its cities\' tasks, the collective ones and no other', () => {
    for (const place of model.places) {
      const own = [...place.namedTasks, ...place.cityTasks, ...place.collectiveTasks, ...place.openTasks];
      const expected = new Set(own.map((id) => model.tasks.find((task) => task.id === id)!).map((task) => `/tasks/${task.list}/${task.number}/`));
      // Each task naming the place, read from the model's tasks rather than the place's own lists.
      const naming = model.tasks.filter((task) => task.assignment.places.includes(place.id));
      for (const edition of EDITIONS) {
        const page = pageOf(`${edition}/cities/${place.id}/`);
        const listed = subset(targets(page), /^\/tasks\/task-list-\d+\/\d+\/$/);
        for (const task of naming) expect(listed.has(`/tasks/${task.list}/${task.number}/`), `${page.path} ${task.id}`).toBe(true);
        expect(sorted(listed), page.path).toEqual(sorted(expected));
        if (place.province) expect(targets(page).has(`/cities/${place.province}/`), page.path).toBe(true);
      }
    }
  });
});

/** Finds a department by a name as printed (its name, a variant, or an alias the manifest declares). */
function departmentsByName(departments: Department[]) {
  return (name: string): Department => {
    const canonical = ALIASES[name] ?? name;
    const found = departments.find((department) => department.name === canonical || department.variants.some((variant) => variant.text === canonical || variant.text === name));
    if (!found) throw new Error(`no department named ${name}`);
    return found;
  };
}

describe('department pages', () => {
  /** The links of each role's section of a department page, by the section's heading. */
  const sections = (page: BuiltPage) =>
    selectAll('article section', page.tree).map((section) => ({ heading: visibleText(selectAll('h2', section)[0]!), links: new Set(selectAll('a[href]', section).map((link) => new URL(attr(link, 'href')!, 'http://site/').pathname.replace(/^\/en\//, '/'))) }));
  const inRole = (page: BuiltPage, role: keyof (typeof ROLE_HEADINGS)['zh']) => {
    const heading = ROLE_HEADINGS[page.edition][role];
    return new Set(sections(page).filter((section) => section.heading.replace(/[（(]\d+.*$/, '').trim() === heading).flatMap((section) => [...section.links]));
  };

  it("should list, under each role, every measure whose responsibility bracket names the department for it", () => {
    const byName = departmentsByName(model.departments);
    const expected = new Map<string, Record<'lead' | 'co-responsible', Set<string>>>();
    for (const measure of model.measures) {
      for (const responsibility of measure.responsibilities) {
        for (const [role, names] of [['lead', responsibility.lead], ['co-responsible', responsibility.coResponsible]] as const) {
          for (const name of names) {
            // The bracket as printed holds the name: the parse is checked against the source too.
            expect(responsibility.raw, measure.id).toContain(name);
            const id = byName(name).id;
            const entry = expected.get(id) ?? { lead: new Set(), 'co-responsible': new Set() };
            entry[role].add(measurePath(measure.id));
            expected.set(id, entry);
          }
        }
      }
    }
    expect([...expected.values()].some((entry) => entry['co-responsible'].size > 0)).toBe(true);
    for (const [id, roles] of expected) {
      for (const edition of EDITIONS) {
        const page = pageOf(`${edition}/departments/${id}/`);
        for (const role of ['lead', 'co-responsible'] as const) {
          const listed = subset(inRole(page, role), /^\/measures\//);
          expect(sorted(listed), `${page.path} ${role}`).toEqual(sorted(roles[role]));
        }
      }
    }
  });

  it("should list each document a department issues, and each local task it leads or is responsible for", () => {
    const byName = departmentsByName(model.departments);
    for (const department of model.departments) {
      const issued = model.documents.filter((document) => document.issuers.some((issuer) => byName(issuer).id === department.id)).map((document) => `/documents/${document.id}/`);
      const leads = model.localTasks.filter((local) => local.lead.some((name) => byName(name).id === department.id)).map((local) => localTaskPath(local.id));
      const responsible = model.localTasks.filter((local) => local.responsible.some((name) => byName(name).id === department.id)).map((local) => localTaskPath(local.id));
      for (const edition of EDITIONS) {
        const page = pageOf(`${edition}/departments/${department.id}/`);
        expect(sorted(inRole(page, 'issuer')), `${page.path} issuer`).toEqual(sorted(issued));
        expect(sorted(subset(inRole(page, 'lead'), /^\/tasks\//)), `${page.path} lead`).toEqual(sorted(leads));
        expect(sorted(subset(inRole(page, 'responsible'), /^\/tasks\//)), `${page.path} responsible`).toEqual(sorted(responsible));
      }
    }
  });
});

describe('measure pages', () => {
  it('should link each measure to its place in its document and to every department its brackets name', () => {
    const byName = departmentsByName(model.departments);
    for (const measure of model.measures) {
      const named = measure.responsibilities.flatMap((responsibility) => [...responsibility.lead, ...responsibility.coResponsible, ...responsibility.others]);
      const departments = new Set(named.flatMap((name) => {
        try {
          return [`/departments/${byName(name).id}/`];
        } catch {
          return [];
        }
      }));
      for (const edition of EDITIONS) {
        const page = pageOf(`${edition}/measures/${measure.document}/${measure.key}/`);
        expect(selectAll(`article a[href="${edition}/documents/${measure.document}/#${measure.anchor}"]`, page.tree), page.path).toHaveLength(1);
        expect(sorted(subset(targets(page), /^\/departments\//)), page.path).toEqual(sorted(departments));
        if (!edition) expect(page.h1!.replace(/\s/g, ''), page.path).toContain(measure.title.replace(/\s/g, '').replace(/^[(（][^)）]+[)）]/, ''));
      }
    }
  });
});

describe('document pages', () => {
  const source = readTaskListSource();

  it("should hold each of its tasks', annex rows' and measures' anchors, a task line or measure linking to its page", () => {
    for (const document of model.documents) {
      const tasks = model.tasks.filter((task) => task.list === document.id).map((task) => ({ anchor: task.anchor, path: `/tasks/${task.list}/${task.number}/` }));
      const measures = model.measures.filter((measure) => measure.document === document.id).map((measure) => ({ anchor: measure.anchor, path: measurePath(measure.id) }));
      // An annex row is the local task's text as printed; its page links back to it (task pages above).
      const rows = model.localTasks.filter((local) => local.document === document.id).map((local) => local.anchor);
      for (const edition of EDITIONS) {
        const page = pageOf(`${edition}/documents/${document.id}/`);
        for (const anchor of rows) expect(page.ids.has(anchor), `${page.path}#${anchor}`).toBe(true);
        for (const entity of [...tasks, ...measures]) {
          expect(page.ids.has(entity.anchor), `${page.path}#${entity.anchor}`).toBe(true);
          expect(selectAll(`[id="${entity.anchor}"] a[href="${edition}${entity.path}"]`, page.tree), `${page.path}#${entity.anchor} → ${entity.path}`).not.toHaveLength(0);
        }
        if (tasks.length > 0) {
          const taskLinks = subset(targets(page, 'main a[href]'), new RegExp(`^/tasks/${document.id}/\\d+/$`));
          expect(sorted(taskLinks), page.path).toEqual(sorted(tasks.map((task) => task.path)));
        }
      }
    }
    // The Task List's page: one task line per task the seed prints, 104.
    expect(source.map((task) => `task-${task.number}`).filter((id) => !pageOf('/documents/task-list-1/').ids.has(id))).toEqual([]);
  });
});

describe('open data rows', () => {
  const csv = (name: string) => readFileSync(`dist/data/${name}.csv`, 'utf8');

  it("should give each entity's row the canonical URLs of its two pages", () => {
    let rows = 0;
    for (const table of ['tasks', 'local-tasks', 'measures', 'categories', 'cities', 'departments', 'documents']) {
      const lines = csv(table).split(/\r?\n/);
      expect(lines[0]!.endsWith(',page_zh,page_en'), table).toBe(true);
      for (const line of lines.slice(1).filter(Boolean)) {
        const urls = line.match(/https:\/\/[^,"]+\/(?=,|$)/g) ?? [];
        const [zh, en] = urls.slice(-2);
        const page = [...pages.values()].find((candidate) => !candidate.refresh && candidate.canonical === zh);
        expect(page, `${table}: ${line.slice(0, 40)}`).toBeDefined();
        expect(page!.alternates.en, `${table} ${page!.path}`).toBe(en);
        rows++;
      }
    }
    expect(rows).toBe(model.tasks.length + model.localTasks.length + model.measures.length + model.categories.length + model.places.length + model.departments.length + model.documents.length);
  });
});
