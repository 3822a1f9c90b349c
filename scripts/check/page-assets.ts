/**
 * What a built page makes the browser fetch or run, read from the page's tree (scripts/lib/built-page.ts):
 * linked stylesheets and scripts (and which of them block rendering), inline CSS and scripts, and every
 * URL an attribute points at. The budget checks and the benchmark read pages through this.
 */
import type { Element, Root } from 'hast';
import { parseHtml, selectAll } from '../lib/built-page.ts';

export interface PageAssets {
  stylesheets: string[];
  scripts: Array<{ src: string; blocking: boolean }>;
  inlineCss: string;
  inlineScripts: string[];
  /** Values of every attribute that holds a URL or a path (href, src, data-*): where a page can lead a fetch. */
  urls: string[];
}

/** The text of a <style> or <script>, which the parser keeps as raw text children. */
const textOf = (element: Element) => element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

const prop = (element: Element, name: string): string | undefined => {
  const value = element.properties[name];
  return value === undefined || value === null || value === false ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
};

/**
 * A classic <script src> without async or defer stops the parser until it has been fetched and run;
 * module scripts are deferred by definition.
 */
const blocks = (script: Element) => prop(script, 'type') !== 'module' && prop(script, 'async') === undefined && prop(script, 'defer') === undefined;

/** A page's assets, from its tree (a BuiltPage's) or from its HTML. */
export function pageAssets(page: Root | string): PageAssets {
  const tree = typeof page === 'string' ? parseHtml(page) : page;
  const scripts = selectAll('script', tree);
  return {
    stylesheets: selectAll('link[rel~="stylesheet"]', tree).map((link) => prop(link, 'href')!),
    scripts: scripts.filter((script) => prop(script, 'src')).map((script) => ({ src: prop(script, 'src')!, blocking: blocks(script) })),
    inlineCss: selectAll('style', tree).map(textOf).join('\n'),
    inlineScripts: scripts.filter((script) => !prop(script, 'src')).map(textOf),
    urls: selectAll('*', tree).flatMap((element) =>
      Object.entries(element.properties)
        .filter(([name, value]) => typeof value === 'string' && (/^(href|src|srcSet|action|poster|data[A-Z]\w*)$/.test(name)) && /[/.]/.test(value))
        .map(([, value]) => value as string),
    ),
  };
}
