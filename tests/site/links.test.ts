/**
 * Checks over the built site (npm test builds it first): links and anchors resolve, every page is
 * reachable and links within its own edition, in the root build and in the sub-path build; titles and
 * page counts. Personal data: tests/site/personal-data.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { requireBuild } from '../../scripts/lib/built-page.ts';
import { checkLinks } from '../../scripts/check/links.ts';
import { SUBPATH_BUILD } from '../../scripts/lib/subpath-build.ts';
import { GROWN_BUILD } from '../../scripts/lib/grown-build.ts';
import { readTaskListSource } from '../lib/task-list-source.ts';
import { DIST, builtSite } from './built-site.ts';

// Both builds npm test makes: at the domain root, and under a sub-path as on a project page.
const BUILDS = [
  [DIST, '/', 'npm run build'],
  [SUBPATH_BUILD.outDir, SUBPATH_BUILD.base, `SITE_BASE=${SUBPATH_BUILD.base} npm run build -- --out ${SUBPATH_BUILD.outDir}`],
  // The real seeds with a second task list and a second city's plan (tests/fixtures/sites/grown).
  [GROWN_BUILD.outDir, '/', 'npm run build:grown'],
] as const;

for (const [distDir, base, command] of BUILDS) {
  describe(`built site links (${distDir}, base ${base})`, () => {
    requireBuild(distDir, command);
    const report = checkLinks(distDir, base, builtSite(distDir, base));

    it('should resolve every internal link and anchor', () => {
      expect(report.broken).toEqual([]);
    });

    it('should reach every page from the home page', () => {
      expect(report.unreachable).toEqual([]);
    });

    it('should link from every page only within its edition, except language switches and alternates', () => {
      expect(report.otherEdition).toEqual([]);
      // What the exemption lets through: each page (not a redirect) with alternates has its language switch, to the other edition.
      const withAlternates = report.pages.filter((page) => !page.refresh && Object.keys(page.alternates).length > 0);
      expect(withAlternates.length).toBeGreaterThan(report.pages.length / 2);
      const switchless = withAlternates.filter((page) => {
        const other = page.edition === 'en' ? 'zh-Hans' : 'en';
        return !page.links.some((link) => link.tag === 'a' && link.hreflang === other && new URL(link.href, 'http://x').pathname === new URL(page.alternates[other]!).pathname);
      });
      expect(switchless.map((page) => page.path)).toEqual([]);
    });
  });
}

describe('built site pages', () => {
  const pages = builtSite();
  const paths = pages.map((page) => page.path);

  it('should give each page an h1 with the entity name and a unique <title>', () => {
    const titles = new Map<string, string>();
    for (const page of pages) {
      expect(page.h1s, page.path).toHaveLength(1);
      expect(page.title, page.path).toBeTruthy();
      expect(titles.get(page.title!), `${page.path} repeats the title of ${titles.get(page.title!)}`).toBeUndefined();
      titles.set(page.title!, page.path);
    }
  });

  it('should publish a page for every task of the Task List as printed in its seed, and every city and document of the model', () => {
    const numbers = (list: string) => paths.flatMap((path) => new RegExp(`^/tasks/${list}/(\\d+)/$`).exec(path)?.[1] ?? []).map(Number).sort((a, b) => a - b);
    expect(numbers('task-list-1')).toEqual(readTaskListSource().map((task) => task.number));
    // Wuhan's plan: 17 rows in its annex table.
    expect(numbers('wuhan-plan')).toEqual(Array.from({ length: 17 }, (_, index) => index + 1));
    expect(paths.filter((path) => /^\/cities\/[a-z]+\/$/.test(path))).toHaveLength(16);
    expect(paths.filter((path) => /^\/documents\/[a-z0-9-]+\/$/.test(path))).toHaveLength(7);
  });
});
