/**
 * Link check over the built site (npm test builds it first): every internal link and #anchor resolves,
 * and every page is reachable from the home page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The URL path a built file is served at. */
const urlOf = (file: string) => `/${relative(DIST, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;

function pageFor(path: string): string | undefined {
  const decoded = decodeURIComponent(path);
  const candidates = [join(DIST, decoded, 'index.html'), join(DIST, decoded)];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

describe.skipIf(!existsSync(join(DIST, 'index.html')))('built site links', () => {
  const files = htmlFiles(DIST);
  const pages = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
  const ids = new Map([...pages].map(([file, html]) => [file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!))]));
  const linksOf = (html: string) => [...html.matchAll(/\shref="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));

  it('should resolve every internal link and anchor', () => {
    const broken: string[] = [];
    for (const [file, html] of pages) {
      for (const link of linksOf(html)) {
        if (/^(https?:|mailto:)/.test(link)) continue;
        const [pathAndQuery, hash] = link.split('#');
        const path = pathAndQuery!.split('?')[0]!;
        const target = path === '' ? file : pageFor(path);
        if (!target) {
          broken.push(`${urlOf(file)} → ${link} (no page)`);
          continue;
        }
        if (hash && !ids.get(target)?.has(decodeURIComponent(hash))) broken.push(`${urlOf(file)} → ${link} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('should reach every page from the home page', () => {
    const seen = new Set<string>([join(DIST, 'index.html')]);
    const queue = [join(DIST, 'index.html')];
    while (queue.length > 0) {
      const file = queue.shift()!;
      for (const link of linksOf(pages.get(file) ?? '')) {
        if (/^(https?:|mailto:)/.test(link)) continue;
        const target = pageFor(link.split('#')[0]!.split('?')[0]!);
        if (target && target.endsWith('.html') && !seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    const unreachable = files.filter((file) => !seen.has(file) && !file.endsWith('404.html')).map(urlOf);
    expect(unreachable).toEqual([]);
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
