/**
 * Checks over the built site (npm test builds it first): links and anchors resolve and every page is
 * reachable, in the root build and in the sub-path build; titles, page counts, no contact data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../scripts/check/built-pages.ts';
import { checkLinks } from '../../scripts/check/links.ts';
import { SUBPATH_BUILD } from '../../scripts/lib/subpath-build.ts';

const DIST = 'dist';

// Both builds npm test makes: at the domain root, and under a sub-path as on a project page.
for (const [distDir, base] of [[DIST, '/'], [SUBPATH_BUILD.outDir, SUBPATH_BUILD.base]] as const) {
  describe.skipIf(!existsSync(join(distDir, 'index.html')))(`built site links (${distDir}, base ${base})`, () => {
    const report = checkLinks(distDir, base);

    it('should resolve every internal link and anchor', () => {
      expect(report.broken).toEqual([]);
    });

    it('should reach every page from the home page', () => {
      expect(report.unreachable).toEqual([]);
    });
  });
}

describe.skipIf(!existsSync(join(DIST, 'index.html')))('built site pages', () => {
  const built = builtPages(DIST);
  const files = built.map((page) => page.file);
  const pages = new Map(built.map((page) => [page.file, readFileSync(page.file, 'utf8')]));
  const paths = new Map(built.map((page) => [page.file, page.path]));
  const urlOf = (file: string) => paths.get(file)!;

  it('should give each page an h1 with the entity name and a unique <title>', () => {
    const titles = new Map<string, string>();
    for (const [file, html] of pages) {
      expect(html.match(/<h1[\s>]/g), urlOf(file)).toHaveLength(1);
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
      expect(title, urlOf(file)).toBeTruthy();
      expect(titles.get(title!), `${urlOf(file)} repeats the title of ${titles.get(title!)}`).toBeUndefined();
      titles.set(title!, urlOf(file));
    }
  });

  it('should publish every task, city and document page the model has (104 + 17 tasks)', () => {
    const count = (list: string) => files.filter((file) => new RegExp(`^/tasks/${list}/\\d+/$`).test(urlOf(file))).length;
    expect(count('task-list-1')).toBe(104);
    expect(count('wuhan-plan')).toBe(17);
    expect(files.filter((file) => /^\/cities\/[a-z]+\/$/.test(urlOf(file)))).toHaveLength(16);
    expect(files.filter((file) => /^\/documents\/[a-z0-9-]+\/$/.test(urlOf(file)))).toHaveLength(7);
  });

  it('should never publish the phone number or e-mail address from the interpretation footer', () => {
    for (const [file, html] of pages) {
      expect(html.includes('18599996333'), urlOf(file)).toBe(false);
      expect(html.includes('gedf2013'), urlOf(file)).toBe(false);
    }
  });
});
