/**
 * Link check over a built site: every internal link and #anchor (canonical and alternate URLs included)
 * resolves to a built page, and every page is reachable from the home page. The site may be deployed
 * under a sub-path (`base`), in which case a link that escapes the base is broken too — that is what a
 * project page of a static host would serve.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, fileForPath, type BuiltPage } from './built-pages.ts';

export interface LinkReport {
  pages: BuiltPage[];
  /** "page → link (reason)" for every link that does not resolve. */
  broken: string[];
  /** URL paths of pages no chain of links from the home page reaches (404.html is exempt). */
  unreachable: string[];
}

/** For a page without a canonical URL: any origin lets URL() resolve relative links as a browser would. */
const ORIGIN = 'http://site.invalid';

/**
 * The page's canonical URL says which origin the site is published at: absolute links to that origin
 * (the canonical itself, language alternates) are internal and must resolve like relative ones.
 */
const originOf = (html: string) => {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  return canonical ? new URL(canonical).origin : ORIGIN;
};

const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
const linksOf = (html: string) => [...html.matchAll(/\shref="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));

export function checkLinks(distDir: string, base = '/'): LinkReport {
  const pages = builtPages(distDir, base);
  const html = new Map(pages.map((page) => [page.file, readFileSync(page.file, 'utf8')]));
  const ids = new Map([...html].map(([file, text]) => [file, idsOf(text)]));

  const broken: string[] = [];
  const edges = new Map<string, string[]>();
  for (const page of pages) {
    const targets: string[] = [];
    const text = html.get(page.file)!;
    const origin = originOf(text);
    for (const link of linksOf(text)) {
      const url = new URL(link, origin + page.path);
      if (url.origin !== origin) continue; // external: not ours to check
      const target = fileForPath(distDir, base, url.pathname);
      if (!target) {
        broken.push(`${page.path} → ${link} (${url.pathname.startsWith(base) ? 'no page' : `outside the base ${base}`})`);
        continue;
      }
      targets.push(target);
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && !ids.get(target)?.has(hash)) broken.push(`${page.path} → ${link} (no anchor)`);
    }
    edges.set(page.file, targets);
  }

  const home = join(distDir, 'index.html');
  const seen = new Set([home]);
  const queue = [home];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const target of edges.get(file) ?? []) {
      if (target.endsWith('.html') && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  const unreachable = pages.filter((page) => !seen.has(page.file) && !page.file.endsWith('404.html')).map((page) => page.path);

  return { pages, broken, unreachable };
}
