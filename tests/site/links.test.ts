/**
 * Link check over the built site (npm test builds it first): every internal link and #anchor resolves,
 * and every page is reachable from the home page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks, readSite, unreachablePages } from '../lib/site-links.ts';

const DIST = 'dist';

describe.skipIf(!existsSync(join(DIST, 'index.html')))('built site links', () => {
  const site = readSite(DIST);
  const { pages, urlOf } = site;
  const files = [...pages.keys()];

  it('should resolve every internal link and anchor', () => {
    expect(brokenLinks(site)).toEqual([]);
  });

  it('should reach every page from the home page', () => {
    expect(unreachablePages(site)).toEqual([]);
  });

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
