/**
 * The pages of a built site, discovered from its output directory rather than listed by hand, so every
 * gate (links, validity, accessibility, budgets) covers pages added later — such as the English edition
 * under /en/ — without being told about them.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
  /** The HTML file on disk, e.g. dist/tasks/task-list-1/60/index.html. */
  file: string;
  /** The URL path it is served at, with the deployment base: /policy-atlas/tasks/task-list-1/60/. */
  path: string;
}

/** Pagefind's bundle holds no pages of ours, only its own assets. */
const NOT_PAGES = new Set(['pagefind']);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return NOT_PAGES.has(entry.name) ? [] : htmlFiles(path);
      return entry.name.endsWith('.html') ? [path] : [];
    });
}

/** Every HTML page under `distDir`, with the URL path it has when the site is deployed at `base`. */
export function builtPages(distDir: string, base = '/'): BuiltPage[] {
  return htmlFiles(distDir).map((file) => {
    const rel = relative(distDir, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
    return { file, path: `${base}${rel}` };
  });
}

/**
 * The built file a URL path is served from when the site is deployed at `base` (a directory's
 * index.html, or the file itself), or undefined when nothing is — including a path outside the base.
 */
export function fileForPath(distDir: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rel = decodeURIComponent(pathname.slice(base.length));
  return [join(distDir, rel, 'index.html'), join(distDir, rel)].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** The built file a page's link or asset URL (relative or absolute) resolves to, the way a browser resolves it. */
export function linkedFile(distDir: string, base: string, pagePath: string, url: string): string {
  const file = fileForPath(distDir, base, new URL(url, `http://site.invalid${pagePath}`).pathname);
  if (!file) throw new Error(`${pagePath} links ${url}, which is not in ${distDir}/`);
  return file;
}
