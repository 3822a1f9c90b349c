/**
 * Compare two places (/compare/{a}/{b}/), as built — what a reader without JavaScript gets: every pair of
 * places is one link of the index, once, and each pair's page links both places' pages and gives each a
 * column of its table of collectively assigned tasks. The places come from the built data
 * (/data/cities.csv is the model's list), not from a count kept here. Read through the page reader:
 * opening every pair in a browser cost half a minute of CI; tests/browser/compare.spec.ts keeps the
 * pages a reader looks at closely.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attr, select, selectAll, visibleText } from '../../scripts/lib/built-page.ts';
import { pageAt } from './built-site.ts';

/** The place ids of the build: the first column of /data/cities.csv after its header. */
const PLACES = readFileSync('dist/data/cities.csv', 'utf8').replace(/^\uFEFF/u, '').trim().split('\n').slice(1).map((line) => line.split(',')[0]!);

describe('compare pages', () => {
  it.each([
    ['', '集体表述的任务'],
    ['/en', 'Tasks assigned collectively'],
  ])('every pair of places is one link of the index (%s) and its page links both places, a column each', (edition, collective) => {
    const index = pageAt(`${edition}/compare/`);
    const hrefs = selectAll('main a[href*="/compare/"]', index.tree).map((link) => attr(link, 'href'));
    const expected = PLACES.flatMap((a) => PLACES.filter((b) => a < b).map((b) => `${edition}/compare/${a}/${b}/`));
    expect(expected.length).toBeGreaterThan(0);
    expect(hrefs.sort()).toEqual(expected.sort());
    for (const path of expected) {
      const [a, b] = path.split('/').slice(-3, -1);
      const page = pageAt(path);
      for (const place of [a, b]) expect(select(`main a[href$="/cities/${place}/"]`, page.tree), `${path} links ${place}`).toBeDefined();
      const tables = selectAll('main table', page.tree).filter((table) => visibleText(select('caption', table) ?? table).trim() === collective);
      expect(tables, path).toHaveLength(1);
      expect(selectAll('thead th[scope="col"]', tables[0]!), path).toHaveLength(2);
    }
  });

  it.each([
    ['', '地方实施方案中的任务', '武汉市', '（武汉市）'],
    ['/en', 'Tasks of local implementation plans', 'Wuhan', '(Wuhan City)'],
  ])('a province lists its cities\' plans, naming the city only where the plan\'s title does not (%s)', (edition, local, city, inBrackets) => {
    // Hubei's column holds Wuhan's plan, whose title names Wuhan: no （武汉市） after it.
    const page = pageAt(`${edition}/compare/hubei/wuhan/`);
    const table = selectAll('main table', page.tree).find((candidate) => visibleText(select('caption', candidate) ?? candidate).trim() === local);
    expect(table).toBeDefined();
    const hubei = selectAll('tbody td', table!)[0]!;
    const plan = select(`a[href="${edition}/documents/wuhan-plan/"]`, hubei);
    expect(plan).toBeDefined();
    expect(visibleText(plan!)).toContain(city);
    expect(visibleText(hubei)).not.toContain(inBrackets);
  });
});

