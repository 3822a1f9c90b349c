/**
 * The open data in the built site (npm test builds it first) validates against its published JSON
 * Schemas, with an independent validator (Ajv), and holds exactly the entities the pages show.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsvText } from 'csv-parse/sync';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { builtFiles, builtPages, requireBuild, selectAll, visibleText } from '../../scripts/lib/built-page.ts';
import { pageAt } from './built-site.ts';
import { toCsv } from '../../src/lib/open-data/csv.ts';
import { TABLES } from '../../src/lib/open-data/tables.ts';
import { absoluteUrl } from '../../src/lib/site-url.ts';

const DIST = 'dist';
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const readJson = (path: string) => JSON.parse(read(path));
/**
 * The CSV read back with csv-parse, an independent reader, as RFC 4180 writes it (CRLF rows, the BOM
 * first): the writer is never checked by its own inverse. A row with more or fewer fields than the header fails.
 */
const parseCsv = (text: string): Array<Record<string, string>> => parseCsvText(text, { bom: true, columns: true, record_delimiter: '\r\n', skip_empty_lines: false });

/** Every file of a kind the build wrote, as a site path. */
const files = (suffix: string) => builtFiles(DIST).filter((file) => file.endsWith(suffix)).map((file) => `/${relative(DIST, file).split('\\').join('/')}`);

/** Pages of one kind in the Chinese edition, by URL pattern. */
const pagesMatching = (pattern: RegExp) => builtPages(DIST).map((page) => page.path).filter((url) => pattern.test(url));

describe('open data', () => {
  requireBuild(DIST);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validator = (schemaFile: string) => ajv.compile(readJson(`data/schema/${schemaFile}`));
  const model = readJson('data/model.json');

  it('should validate /data/model.json against its schema', () => {
    const validate = validator('model.schema.json');
    expect(validate(model) ? [] : validate.errors).toEqual([]);
    expect(model.$schema).toBe(absoluteUrl('/data/schema/model.schema.json'));
    expect(model.generated).toMatch(/do not edit/);
  });

  /** Task pages of the task lists, and of the local plans, whichever the seeds hold. */
  const taskPages = (documents: string[]) => new RegExp(`^/tasks/(${[...new Set(documents)].join('|')})/\\d+/$`);
  const LISTS = taskPages(model.model.tasks.map((task: { list: string }) => task.list));
  const PLANS = taskPages(model.model.localTasks.map((task: { document: string }) => task.document));

  it('should hold as many entities as the site has pages', () => {
    expect(model.model.tasks).toHaveLength(pagesMatching(LISTS).length);
    expect(model.model.localTasks).toHaveLength(pagesMatching(PLANS).length);
    expect(model.model.documents).toHaveLength(pagesMatching(/^\/documents\/[a-z0-9-]+\/$/).length);
    expect(model.model.measures).toHaveLength(pagesMatching(/^\/measures\/[a-z0-9-]+\/[\d-]+\/$/).length);
    expect(model.model.places).toHaveLength(pagesMatching(/^\/cities\/[a-z]+\/$/).length);
    expect(model.model.departments).toHaveLength(pagesMatching(/^\/departments\/[a-z0-9-]+\/$/).length);
    expect(model.model.instruments).toHaveLength(pagesMatching(/^\/instruments\/[a-z0-9-]+\/$/).length);
    // The first Task List's stated count, as a fixed point.
    expect(model.model.tasks.filter((task: { list: string }) => task.list === 'task-list-1')).toHaveLength(104);
  });

  for (const table of TABLES) {
    it(`should validate every row of /data/${table.name}.csv and match the model`, () => {
      const validate = validator(`${table.name}.csv.schema.json`);
      const text = read(`data/${table.name}.csv`);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const rows = parseCsv(text);
      expect(Object.keys(rows[0]!)).toEqual(table.columns.map((column) => column.name));
      // The site's one CSV writer wrote it: its cells, read back and written again, are the file to the byte.
      const header = Object.keys(rows[0]!);
      expect(toCsv(header, rows.map((row) => header.map((column) => row[column]!)))).toBe(text);
      const invalid = rows.flatMap((row, index) => (validate(row) ? [] : [`row ${index + 2}: ${ajv.errorsText(validate.errors)}`]));
      expect(invalid).toEqual([]);
      const collection = { documents: 'documents', tasks: 'tasks', 'local-tasks': 'localTasks', measures: 'measures', categories: 'categories', cities: 'places', departments: 'departments', instruments: 'instruments' }[table.name];
      if (collection) {
        expect(rows.map((row) => row.id)).toEqual(model.model[collection].map((entity: { id: string }) => entity.id));
        for (const row of rows) expect(existsSync(join(DIST, new URL(row.page_zh!).pathname, 'index.html')), row.page_zh).toBe(true);
      }
    });
  }

  it('should link only entities that exist, with the crosswalk marked editorial', () => {
    const rows = parseCsv(read('data/links.csv'));
    const ids: Record<string, Set<string>> = {
      document: new Set(model.model.documents.map((entity: { id: string }) => entity.id)),
      task: new Set(model.model.tasks.map((entity: { id: string }) => entity.id)),
      'local-task': new Set(model.model.localTasks.map((entity: { id: string }) => entity.id)),
      category: new Set(model.model.categories.map((entity: { id: string }) => entity.id)),
      measure: new Set(model.model.measures.map((entity: { id: string }) => entity.id)),
      city: new Set(model.model.places.map((entity: { id: string }) => entity.id)),
      department: new Set(model.model.departments.map((entity: { id: string }) => entity.id)),
    };
    for (const row of rows) {
      expect(ids[row.source_type!]?.has(row.source!), `${row.source_type} ${row.source}`).toBe(true);
      expect(ids[row.target_type!]?.has(row.target!), `${row.target_type} ${row.target}`).toBe(true);
    }
    const crosswalk = rows.filter((row) => row.relation === 'carries-out');
    expect(crosswalk.length).toBeGreaterThan(0);
    expect(crosswalk.every((row) => row.editorial === 'true' && row.note !== '')).toBe(true);
    // Task 60 is assigned to Chongqing by name (the source: "（重庆）").
    expect(rows).toContainEqual(expect.objectContaining({ source: 'task-list-1-60', relation: 'assigned-to', target: 'chongqing' }));
  });

  it('should publish a JSON file beside every entity page, valid against its schema', () => {
    const kinds: Array<[RegExp, string]> = [
      [/^\/documents\/[a-z0-9-]+\/$/, 'document'],
      [LISTS, 'task'],
      [PLANS, 'local-task'],
      [/^\/measures\/[a-z0-9-]+\/[\d-]+\/$/, 'measure'],
      [/^\/cities\/[a-z]+\/$/, 'city'],
      [/^\/departments\/[a-z0-9-]+\/$/, 'department'],
      [/^\/instruments\/[a-z0-9-]+\/$/, 'instrument'],
    ];
    let checked = 0;
    for (const [pattern, kind] of kinds) {
      const validate = validator(`${kind}.schema.json`);
      for (const page of pagesMatching(pattern)) {
        const file = readJson(`${page.replace(/\/$/, '')}.json`);
        expect(validate(file) ? [] : validate.errors, page).toEqual([]);
        expect(file.kind).toBe(kind);
        expect(file.pages).toEqual({ zh: absoluteUrl(page), en: absoluteUrl(`/en${page}`) });
        // The page announces its data file.
        for (const edition of [page, `/en${page}`]) {
          const links = pageAt(edition).links.filter((link) => link.tag === 'link' && link.rel === 'alternate' && link.type === 'application/json');
          expect(links.map((link) => link.href), edition).toEqual([absoluteUrl(`${page.replace(/\/$/, '')}.json`)]);
        }
        checked++;
      }
    }
    // Besides the entity files: the open data, and the search's own files (Pagefind's, the fold map).
    expect(checked).toBe(files('.json').filter((file) => !file.startsWith('/data/') && !file.startsWith('/pagefind/') && !file.startsWith('/_search/')).length);
  });

  it('should explain every CSV column and relation on the data page, in both editions', () => {
    const zh = pageAt('/data/');
    const en = pageAt('/en/data/');
    const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
    for (const table of TABLES) {
      for (const column of table.columns) {
        expect(zh.text, column.name).toContain(normalize(column.zh));
        expect(en.text, column.name).toContain(normalize(column.en));
      }
    }
    const codes = new Set(selectAll('code', zh.tree).map((element) => visibleText(element)));
    for (const relation of new Set(parseCsv(read('data/links.csv')).map((row) => row.relation))) expect(codes, relation).toContain(relation);
  });
});
