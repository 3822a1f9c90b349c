/**
 * The search over the built site (npm test builds it first): the committed query set is sound, and the
 * index and scripts are what the pages expect. The quality of the answers is measured by
 * `npm run bench:search` (BENCHMARK.md), and the behaviour in tests/browser/search.spec.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { aliasesOf, editionPath, type SearchTable } from '../../src/search/table.ts';
import { comparedPlaces } from '../../src/search/compare.ts';
import { SEARCH_UI } from '../../src/i18n/search-ui.ts';
import { routes } from '../../src/lib/routes.ts';
import { unspace } from '../../src/search/terms.ts';
import { describe, expect, it } from 'vitest';
import { attr, elements, findElement, textContent } from '../../scripts/lib/built-page.ts';
import { DIST, builtSite } from './built-site.ts';

import { QUERY_SETS, readQueries } from '../../scripts/bench/query-sets.ts';

const queries = readQueries('tuned');

describe('search over the built site', () => {
  const site = builtSite();
  const isIndexed = (page: (typeof site)[number]) => [...elements(page.tree)].some((element) => attr(element, 'data-pagefind-body') !== undefined);
  it('should have a query set of at least 80 queries in Simplified, Traditional, English and mixed script', () => {
    expect(queries.length).toBeGreaterThanOrEqual(80);
    const count = (lang: string) => queries.filter((query) => query.lang === lang).length;
    expect(count('zh-Hans')).toBeGreaterThanOrEqual(40);
    expect(count('zh-Hant')).toBeGreaterThanOrEqual(8);
    expect(count('en')).toBeGreaterThanOrEqual(20);
    expect(count('mixed')).toBeGreaterThanOrEqual(3);
    expect(queries.some((query) => query.kind === 'document-number' && query.q.includes('商资发〔2024〕314号'))).toBe(true);
    expect(new Set(queries.map((query) => query.q)).size).toBe(queries.length);
  });

  /**
   * Pages a blind set expects that search does not index: kept, never reworded (tests/search/README.md),
   * and counted as misses — each a finding about what search cannot reach.
   */
  const UNINDEXED_TARGETS: Partial<Record<keyof typeof QUERY_SETS, string[]>> = {
    // "Chengdu vs Chongqing tasks compared": compare pages repeat their places' tasks, so they are left out of the index.
    fresh: ['/en/compare/chengdu/chongqing/'],
  };

  it.each(Object.keys(QUERY_SETS) as Array<keyof typeof QUERY_SETS>)('should expect each query of the %s set to land on an indexed page of the site, in the edition of its language', (set) => {
    for (const query of readQueries(set)) {
      const page = site.find((candidate) => candidate.path === query.expect);
      expect(page, `${query.q} → ${query.expect}`).toBeDefined();
      expect(isIndexed(page!), `${query.expect} is indexed`).toBe(!UNINDEXED_TARGETS[set]?.includes(query.expect));
      if (query.lang === 'en') expect(query.expect.startsWith('/en/'), query.q).toBe(true);
      else expect(query.expect.startsWith('/en/'), query.q).toBe(false);
      // A part of the page the reader means is one of its elements.
      if (query.section) expect([...elements(page!.tree)].some((element) => attr(element, 'id') === query.section), `${query.q} → ${query.expect}#${query.section}`).toBe(true);
    }
  });

  it('should index entity pages only, both editions, each with a type and a language filter', () => {
    const indexed = site.filter(isIndexed);
    const paths = indexed.map((page) => page.path);
    expect(paths).toContain('/tasks/task-list-1/60/');
    expect(paths).toContain('/en/tasks/task-list-1/60/');
    // Lists and side-by-side views repeat what the entity pages hold.
    for (const list of ['/tasks/', '/cities/', '/documents/opinions-2024-314/parallel/', '/documents/pilot-notice-2024/simplified/', '/search/']) expect(paths).not.toContain(list);
    for (const page of indexed) {
      const filters = [...elements(page.tree)].map((element) => attr(element, 'data-pagefind-filter')).filter(Boolean);
      expect(filters, page.path).toContainEqual(expect.stringMatching(/^type:(task|measure|document|category|city|department|instrument|page)$/));
      expect(filters, page.path).toContain(`lang:${page.edition}`);
    }
  });

  it('should write one index for both editions and the search scripts, each carrying the Traditional → Simplified map', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    for (const script of ['header.js', 'page.js', 'highlight.js']) {
      // 電 (U+96FB) and 电 (U+7535), as esbuild writes them: the map is compiled in, not fetched.
      const text = readFileSync(join(DIST, '_search', script), 'utf8');
      expect(text, script).toMatch(/電|\\u96fb/i);
      expect(text, script).toMatch(/电|\\u7535/i);
    }
    expect(readdirSync(join(DIST, '_search')).every((name) => !name.includes('opencc') && !name.startsWith('fold'))).toBe(true);
  });
});

describe('the search index and table as built', () => {
  it('should hold no word that an invisible marker has joined (no query could reach it)', () => {
    const dir = join(DIST, 'pagefind', 'index');
    let joined = 0;
    for (const name of readdirSync(dir)) {
      const raw = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      joined += (raw.match(/[\u2060\u200b]/g) ?? []).length;
    }
    expect(joined, 'U+2060/U+200B inside index terms').toBe(0);
  });

  it("should keep the text's own spaces next to Chinese in what Pagefind stores, so excerpts show them", () => {
    // A measure's English page: its title, the Chinese original under it, then the list of its facts.
    const table = JSON.parse(readFileSync(join(DIST, '_search', 'table.json'), 'utf8')) as SearchTable;
    const measure = table.rows.find((row) => row.key === '/measures/opinions-2024-314/1/')!;
    const stored = gunzipSync(readFileSync(join(DIST, 'pagefind', 'fragment', `${measure.en!.id}.pf_fragment`))).toString('utf8');
    const { content } = JSON.parse(stored.slice(stored.indexOf('{'))) as { content: string };
    expect(unspace(content)).toContain('the trade-in of consumer goods. 支撑设备更新和消费品以旧换新。 Source Opinions on');
  });

  it('should list every indexed page in the search table, with the id Pagefind gave it', () => {
    const table = JSON.parse(readFileSync(join(DIST, '_search', 'table.json'), 'utf8')) as SearchTable;
    const indexed = builtSite().filter((page) => page.html.includes('data-pagefind-body'));
    const inTable = table.rows.flatMap((row) => (['zh', 'en'] as const).filter((edition) => row[edition]).map((edition) => editionPath(row.key, edition)));
    expect(new Set(inTable)).toEqual(new Set(indexed.map((page) => page.path)));
    const fragments = new Set(readdirSync(join(DIST, 'pagefind', 'fragment')).map((name) => name.replace(/\.pf_fragment$/, '')));
    for (const row of table.rows) for (const edition of ['zh', 'en'] as const) if (row[edition]) expect(fragments.has(row[edition]!.id), `${row.key} ${edition}`).toBe(true);
  });

  it('should find, for any two places a reader names, their page side by side — in both editions, titled as the result names it', () => {
    const table = JSON.parse(readFileSync(join(DIST, '_search', 'table.json'), 'utf8')) as SearchTable;
    const site = builtSite();
    const places = table.rows.filter((row) => row.type === 'city');
    expect(places.length).toBeGreaterThanOrEqual(16);
    for (const [index, first] of places.entries()) {
      for (const second of places.slice(index + 1)) {
        const pair = comparedPlaces(table, `${first.zh!.title} ${second.zh!.title}`, {});
        expect(pair, `${first.key} ${second.key}`).toBeDefined();
        expect(comparedPlaces(table, `${second.en!.title} vs ${first.en!.title}`, {})?.map((place) => place.id)).toEqual(pair!.map((place) => place.id));
        for (const edition of ['zh', 'en'] as const) {
          const path = editionPath(routes.compare(pair![0].id, pair![1].id), edition);
          const page = site.find((candidate) => candidate.path === path);
          expect(page, path).toBeDefined();
          const heading = findElement(page!.tree, (element) => element.tagName === 'h1');
          expect(textContent(heading!).trim(), path).toBe(SEARCH_UI[edition].compareTitle(pair![0].row[edition]!.title, pair![1].row[edition]!.title));
        }
      }
    }
  });

  it("should carry the first Task List's 104 tasks with their numbers, and a department's other names", () => {
    const table = JSON.parse(readFileSync(join(DIST, '_search', 'table.json'), 'utf8')) as SearchTable;
    const tasks = table.rows.filter((row) => row.type === 'task' && row.facets.document?.includes('task-list-1'));
    expect(tasks.map((row) => row.number).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 104 }, (_, index) => index + 1));
    expect(table.defaults.taskList).toBe('task-list-1');
    const mofcom = table.rows.find((row) => row.key === '/departments/shang-wu-bu/')!;
    expect(aliasesOf(mofcom, mofcom.en!)).toContain('MOFCOM');
    expect(table.synonyms.length).toBeGreaterThan(0);
  });
});
