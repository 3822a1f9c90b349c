/**
 * Link check over a built site: every internal link and #anchor (canonical and alternate URLs included)
 * resolves to a built page, every page is reachable from the home page, and every page links within its
 * own edition (scripts/check/same-edition.ts). The site may be deployed under a sub-path (`base`), in
 * which case a link that escapes the base is broken too — that is what a project page of a static host
 * would serve. Pages are read once, by scripts/lib/built-page.ts.
 */
import { join } from 'node:path';
import { fileForPath, readSite, type BuiltPage } from '../lib/built-page.ts';
import { otherEditionLink } from './same-edition.ts';

export interface LinkReport {
  pages: BuiltPage[];
  /** "page → link (reason)" for every link that does not resolve. */
  broken: string[];
  /** URL paths of pages no chain of links from the home page reaches (404.html is exempt). */
  unreachable: string[];
  /** "page → link (reason)" for every link that leaves the page's edition without saying so. */
  otherEdition: string[];
}

/** For a page without a canonical URL: any origin lets URL() resolve relative links as a browser would. */
const ORIGIN = 'http://site.invalid';

export function checkLinks(distDir: string, base = '/', pages: BuiltPage[] = readSite(distDir, base)): LinkReport {
  const byFile = new Map(pages.map((page) => [page.file, page]));

  const broken: string[] = [];
  const otherEdition: string[] = [];
  const edges = new Map<string, string[]>();
  for (const page of pages) {
    const targets: string[] = [];
    // The canonical URL says which origin the site is published at: absolute links to that origin (the
    // canonical itself, language alternates) are internal and must resolve like relative ones.
    const origin = page.canonical ? new URL(page.canonical).origin : ORIGIN;
    for (const link of page.links) {
      const url = new URL(link.href, origin + page.path);
      if (url.origin !== origin) continue; // external: not ours to check
      const target = fileForPath(distDir, base, url.pathname);
      if (!target) {
        broken.push(`${page.path} → ${link.href} (${url.pathname.startsWith(base) ? 'no page' : `outside the base ${base}`})`);
        continue;
      }
      targets.push(target);
      const targetPage = byFile.get(target);
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && !targetPage?.ids.has(hash)) broken.push(`${page.path} → ${link.href} (no anchor)`);
      const wrongEdition = targetPage && otherEditionLink(page, link, targetPage);
      if (wrongEdition) otherEdition.push(`${page.path} → ${link.href} (${wrongEdition})`);
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

  return { pages, broken, unreachable, otherEdition };
}
