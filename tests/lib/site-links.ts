/**
 * Reads a built site's pages and checks its internal links: every link and #anchor resolves, every page
 * is reachable from the home page. Shared by the check of dist/ and of the fixture sites.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BuiltSite {
  dir: string;
  /** Built HTML file → its text. */
  pages: Map<string, string>;
  /** The URL path a built file is served at. */
  urlOf: (file: string) => string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export function readSite(dir: string): BuiltSite {
  const files = htmlFiles(dir);
  return {
    dir,
    pages: new Map(files.map((file) => [file, readFileSync(file, 'utf8')])),
    urlOf: (file) => `/${relative(dir, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`,
  };
}

export const linksOf = (html: string) => [...html.matchAll(/\shref="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
const external = (link: string) => /^(https?:|mailto:)/.test(link);

function pageFor(site: BuiltSite, path: string): string | undefined {
  const decoded = decodeURIComponent(path);
  const candidates = [join(site.dir, decoded, 'index.html'), join(site.dir, decoded)];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** Every internal link or anchor that does not resolve, as `page → link (reason)`. */
export function brokenLinks(site: BuiltSite): string[] {
  const ids = new Map([...site.pages].map(([file, html]) => [file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!))]));
  const broken: string[] = [];
  for (const [file, html] of site.pages) {
    for (const link of linksOf(html)) {
      if (external(link)) continue;
      const [pathAndQuery, hash] = link.split('#');
      const path = pathAndQuery!.split('?')[0]!;
      const target = path === '' ? file : pageFor(site, path);
      if (!target) {
        broken.push(`${site.urlOf(file)} → ${link} (no page)`);
        continue;
      }
      if (hash && !ids.get(target)?.has(decodeURIComponent(hash))) broken.push(`${site.urlOf(file)} → ${link} (no anchor)`);
    }
  }
  return broken;
}

/** Pages no chain of links from the home page reaches (the 404 page aside). */
export function unreachablePages(site: BuiltSite): string[] {
  const home = join(site.dir, 'index.html');
  const seen = new Set<string>([home]);
  const queue = [home];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const link of linksOf(site.pages.get(file) ?? '')) {
      if (external(link)) continue;
      const target = pageFor(site, link.split('#')[0]!.split('?')[0]!);
      if (target && target.endsWith('.html') && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...site.pages.keys()].filter((file) => !seen.has(file) && !file.endsWith('404.html')).map(site.urlOf);
}
