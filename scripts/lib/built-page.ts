/**
 * The one reader of built HTML. Every check, publishing step and test that looks at the built site
 * finds its files with `htmlFiles`/`builtPages` (one declared list of folders that hold no pages) and
 * reads each page once, with one parser (hast-util-from-html), into a `BuiltPage` record: ids, links,
 * canonical and alternates, JSON-LD, meta, headings and the visible text (one definition, `visibleText`).
 * It only reads: nothing here writes into the site. Modelled on withastro/docs'
 * scripts/lib/linkcheck/base/page.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { find, html as htmlSchema } from 'property-information';
import type { Locale } from '../../src/i18n/locales.ts';

export { select, selectAll };

/**
 * Top-level folders of a built site that hold no pages of ours: Astro's assets, the search scripts
 * and Pagefind's bundle (scripts/index/), and the seed texts as received (/sources/).
 */
const NOT_PAGES: ReadonlySet<string> = new Set(['_astro', '_search', 'pagefind', 'sources']);

/** What to run when a test or check finds no built site. */
const BUILD_COMMAND = 'npm run build';

/**
 * Fails, naming what to run, when `distDir` holds no built site: a check that finds nothing to check
 * must not pass (nor skip).
 */
export function requireBuild(distDir: string, command = BUILD_COMMAND): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir}/index.html is missing: there is no built site to check. Run \`${command}\` first (\`npm test\` builds it).`);
  }
}

/** Every file the build wrote, of any kind, sorted: what a check over everything published reads. */
export function builtFiles(distDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? walk(path) : [path];
    });
  return walk(distDir).sort();
}

/**
 * The HTML pages of a built site, skipping the NOT_PAGES folders at its top, sorted by file path
 * (code-unit order: the order the sitemap lists them in).
 */
export function htmlFiles(distDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return dir === distDir && NOT_PAGES.has(entry.name) ? [] : walk(path);
      return entry.name.endsWith('.html') ? [path] : [];
    });
  return walk(distDir).sort();
}

export interface PageFile {
  /** The HTML file on disk, e.g. dist/tasks/task-list-1/60/index.html. */
  file: string;
  /** The URL path it is served at, with the deployment base: /policy-atlas/tasks/task-list-1/60/. */
  path: string;
}

/** The URL path a built file is served at (a directory's index.html at the directory's path). */
export function urlPathOf(distDir: string, file: string, base = '/'): string {
  const rel = relative(distDir, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
  return `${base}${rel}`;
}

/** Every HTML page under `distDir`, with the URL path it has when the site is deployed at `base`. */
export function builtPages(distDir: string, base = '/'): PageFile[] {
  return htmlFiles(distDir).map((file) => ({ file, path: urlPathOf(distDir, file, base) }));
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

/** The hast property that holds an HTML attribute (`data-pagefind-title` → `dataPagefindTitle`, `class` → `className`). */
export const propertyName = (name: string): string => find(htmlSchema, name).property;

/** The value of an HTML attribute by its HTML name (`data-region`, `hreflang`, `class`), as a string. */
export function attr(element: Element, name: string): string | undefined {
  const value = element.properties[propertyName(name)];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

export function classNames(element: Element): string[] {
  const value: unknown = element.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

type Node = Root | RootContent | ElementContent;

/**
 * Every element under `node` (itself included), in document order, template contents included unless
 * `templates` is false (what the page shows before a script clones a template).
 */
export function* elements(node: Node, { templates = true } = {}): Generator<Element> {
  if (node.type === 'element') {
    yield node;
    if (templates && node.tagName === 'template' && node.content) yield* elements(node.content, { templates });
  }
  if ('children' in node) for (const child of node.children) yield* elements(child, { templates });
}

/** The first element under `node` that passes `test`, in document order. */
export function findElement(node: Node, test: (element: Element) => boolean): Element | undefined {
  for (const element of elements(node)) if (element !== node && test(element)) return element;
  return undefined;
}

/** Elements whose content a reader never sees as page text. */
const UNSEEN = new Set(['head', 'script', 'style', 'template', 'noscript']);

/** Whether a reader can see the element's content: not metadata or code, and not `hidden`. */
const isSeen = (element: Element) => !UNSEEN.has(element.tagName) && !element.properties.hidden;

/**
 * The text a reader sees in a node, as the page shows it without scripts: text in document order,
 * without the head, scripts, styles, templates, noscript fallbacks, comments and `hidden` elements, or
 * any element `skip` rejects. Element boundaries become spaces; whitespace runs become one space.
 */
export function visibleText(node: Node, skip: (element: Element) => boolean = () => false): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.type === 'text') parts.push(current.value);
    else if (current.type === 'element') {
      if (!isSeen(current) || skip(current)) return;
      parts.push(' ');
      for (const child of current.children) walk(child);
      parts.push(' ');
    } else if (current.type === 'root') for (const child of current.children) walk(child);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The visible text of a node by the language it is marked as (the nearest `lang` attribute). */
export function textByLang(node: Node, inherited = ''): Map<string, string> {
  const texts = new Map<string, string>();
  const add = (lang: string, text: string) => texts.set(lang, (texts.get(lang) ?? '') + text);
  const walk = (current: Node, lang: string) => {
    if (current.type === 'text') add(lang, current.value);
    else if (current.type === 'element') {
      if (!isSeen(current)) return;
      const own = attr(current, 'lang') ?? lang;
      add(own, ' ');
      for (const child of current.children) walk(child, own);
      add(own, ' ');
    } else if (current.type === 'root') for (const child of current.children) walk(child, lang);
  };
  walk(node, inherited);
  return new Map([...texts].map(([lang, text]) => [lang, text.replace(/\s+/g, ' ').trim()]));
}

/** A link of the page: every element with an href (`<a>`, `<link>`, `<area>`). */
export interface PageLink {
  tag: string;
  /** As written, entities decoded. */
  href: string;
  /** The visible text of an `<a>`; empty for `<link>`. */
  text: string;
  hreflang?: string;
  rel?: string;
  type?: string;
  /** The language the link stands in: the nearest `lang` attribute, itself or an ancestor's. */
  lang?: string;
}

/** One JSON-LD block: its text as written (to check escaping) and its value. */
interface JsonLd {
  text: string;
  data: unknown;
}

/** One built page, read once. */
export interface BuiltPage extends PageFile {
  /** The page's own URL path without the deployment base: /en/tasks/task-list-1/60/. */
  sitePath: string;
  /** The edition, from the path: English under /en/, Chinese at the root. */
  edition: Locale;
  /** The `lang` attribute of `<html>`. */
  lang: string | undefined;
  /** The text of `<title>`. */
  title: string | undefined;
  /** The visible text of each `<h1>`, in order (a page should have exactly one). */
  h1s: string[];
  /** The first `<h1>`'s visible text. */
  h1: string | undefined;
  /** Every `id` on the page: the anchors a link may point at. */
  ids: Set<string>;
  links: PageLink[];
  /** `<link rel="canonical">`'s href. */
  canonical: string | undefined;
  /** `<link rel="alternate" hreflang>`: hreflang → href. */
  alternates: Record<string, string>;
  /** The target of `<meta http-equiv="refresh">`, for a redirect page. */
  refresh: string | undefined;
  jsonLd: JsonLd[];
  /** `<meta name|property content>`: name or property → content (the first of each). */
  meta: Record<string, string>;
  /** The visible text of the body (`visibleText`). */
  text: string;
  /** The HTML as read. */
  html: string;
  /** The parsed tree, for what the record does not hold (select, selectAll, elements). */
  tree: Root;
}

/** The edition a site path (without base) belongs to. */
const editionOf = (sitePath: string): Locale => (sitePath.startsWith('/en/') ? 'en' : 'zh');

/** All text under a node as written (whitespace kept, nothing skipped): a `<pre>`'s or a `<script>`'s content. */
export const textContent = (element: Element | Root): string => element.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textContent(child) : '')).join('');

/** The one HTML parser of the project's readers (hast-util-from-html: parse5 underneath, spec-conformant). */
export function parseHtml(html: string): Root {
  return fromHtml(html);
}

/** Reads a page from its HTML. `path` is its URL path with `base` in front (as builtPages gives it). */
export function parsePage(html: string, { file, path, base = '/' }: { file: string; path: string; base?: string }): BuiltPage {
  const tree = parseHtml(html);
  const ids = new Set<string>();
  const links: PageLink[] = [];
  const alternates: Record<string, string> = {};
  const meta: Record<string, string> = {};
  const jsonLd: JsonLd[] = [];
  const h1s: string[] = [];
  let canonical: string | undefined;
  let refresh: string | undefined;
  let title: string | undefined;
  let lang: string | undefined;
  const visit = (element: Element, inherited: string | undefined) => {
    const ownLang = attr(element, 'lang') ?? inherited;
    const id = attr(element, 'id');
    if (id !== undefined) ids.add(id);
    const href = attr(element, 'href');
    const rel = attr(element, 'rel');
    if (href !== undefined) {
      links.push({ tag: element.tagName, href, text: element.tagName === 'a' ? visibleText(element) : '', hreflang: attr(element, 'hreflang'), rel, type: attr(element, 'type'), lang: ownLang });
    }
    switch (element.tagName) {
      case 'html':
        lang = attr(element, 'lang');
        break;
      case 'title':
        title ??= textContent(element);
        break;
      case 'h1':
        h1s.push(visibleText(element));
        break;
      case 'link': {
        const rels = (rel ?? '').split(/\s+/);
        if (rels.includes('canonical')) canonical ??= href;
        const hreflang = attr(element, 'hreflang');
        if (rels.includes('alternate') && hreflang && href) alternates[hreflang] ??= href;
        break;
      }
      case 'meta': {
        const key = attr(element, 'name') ?? attr(element, 'property');
        const content = attr(element, 'content');
        if (key && content !== undefined) meta[key] ??= content;
        if (attr(element, 'http-equiv')?.toLowerCase() === 'refresh') refresh = /^\s*\d+\s*;\s*url\s*=\s*(.+)$/i.exec(content ?? '')?.[1];
        break;
      }
      case 'script':
        if (attr(element, 'type') === 'application/ld+json') {
          const text = textContent(element);
          let data: unknown;
          try {
            data = JSON.parse(text);
          } catch {
            data = undefined;
          }
          jsonLd.push({ text, data });
        }
        break;
    }
    const children = element.tagName === 'template' && element.content ? element.content.children : element.children;
    for (const child of children) if (child.type === 'element') visit(child, ownLang);
  };
  for (const child of tree.children) if (child.type === 'element') visit(child, undefined);
  const body = select('body', tree);
  const sitePath = path.startsWith(base) ? `/${path.slice(base.length)}` : path;
  return { file, path, sitePath, edition: editionOf(sitePath), lang, title, h1s, h1: h1s[0], ids, links, canonical, alternates, refresh, jsonLd, meta, text: body ? visibleText(body) : '', html, tree };
}

/** Reads one built file. */
export function readPage(file: string, path: string, base = '/'): BuiltPage {
  return parsePage(readFileSync(file, 'utf8'), { file, path, base });
}

/** What a page's `<head>` says of it: all the sitemap needs. */
export type PageHead = Pick<BuiltPage, 'file' | 'path' | 'sitePath' | 'edition' | 'lang' | 'title' | 'canonical' | 'alternates' | 'refresh' | 'jsonLd' | 'meta'>;

/**
 * Reads only a page's `<head>` (the HTML up to `</head>`, with the same parser): a build step that
 * needs no more than the head reads a site several times faster this way.
 */
export function readPageHead(file: string, path: string, base = '/'): PageHead {
  const html = readFileSync(file, 'utf8');
  const end = html.indexOf('</head>');
  const { sitePath, edition, lang, title, canonical, alternates, refresh, jsonLd, meta } = parsePage(end < 0 ? html : html.slice(0, end + '</head>'.length), { file, path, base });
  return { file, path, sitePath, edition, lang, title, canonical, alternates, refresh, jsonLd, meta };
}

/** Every page of a built site, each read once, in file order. */
export function readSite(distDir: string, base = '/'): BuiltPage[] {
  return builtPages(distDir, base).map(({ file, path }) => readPage(file, path, base));
}

/** A site's pages by URL path (with base), for looking up a link's target. */
function pagesByPath(pages: Iterable<BuiltPage>): Map<string, BuiltPage> {
  return new Map([...pages].map((page) => [page.path, page]));
}
