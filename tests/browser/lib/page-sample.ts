/**
 * The built pages the browser's whole-page checks (axe) open: every template in every edition it is
 * built in, chosen the same way on every run. Opening all ~650 pages took a third of the browser tests'
 * time, and the pages of one template differ only in the model's data they show, which the site tests
 * read page by page against the model (tests/site/: links, lists, HTML validity of every page).
 *
 * - A template with few pages in an edition (documents and their parallel and script views, document
 *   measure lists, task lists, the one-page templates): every page. Each document's text has a shape of
 *   its own (prose, outline, annex table).
 * - A template with many (tasks, measures, categories, cities, departments), per edition and per group of
 *   pages under one parent (a task list, a document's measures): the template's own sample page
 *   (scripts/check/templates.ts), the largest page (the longest lists and most links) and the smallest
 *   (the emptiest states: a department with one role, a task no local plan adopts).
 */
import { statSync } from 'node:fs';
import { templateOf, type Template } from '../../../scripts/check/templates.ts';
import { builtPages } from '../../../scripts/lib/built-page.ts';

/** Up to this many pages of a template in an edition, all of them are opened. */
const EVERY_PAGE_UP_TO = 8;

export type Edition = 'zh' | 'en';
const editionOf = (path: string): Edition => (path === '/en/' || path.startsWith('/en/') ? 'en' : 'zh');

export interface SampledPage {
  path: string;
  template: Template;
  edition: Edition;
}

/** A template's sample page in an edition (samples are written for the Chinese edition, at the root). */
export function sampleIn(template: Template, edition: Edition): string {
  return edition === 'en' ? `/en${template.sample}` : template.sample;
}

/** The sampled pages of `distDir`, in path order; short aliases (which redirect at once) left out. */
export function samplePages(distDir = 'dist'): SampledPage[] {
  const groups = new Map<string, Array<{ path: string; size: number; template: Template; edition: Edition }>>();
  for (const { file, path } of builtPages(distDir)) {
    const template = templateOf(path);
    if (!template || template.redirects) continue;
    const key = `${template.source} ${editionOf(path)}`;
    groups.set(key, [...(groups.get(key) ?? []), { path, size: statSync(file).size, template, edition: editionOf(path) }]);
  }
  const chosen: SampledPage[] = [];
  for (const pages of groups.values()) {
    if (pages.length <= EVERY_PAGE_UP_TO) {
      chosen.push(...pages);
      continue;
    }
    const byParent = new Map<string, typeof pages>();
    for (const page of pages) {
      const parent = page.path.replace(/[^/]+\/$/u, '');
      byParent.set(parent, [...(byParent.get(parent) ?? []), page]);
    }
    for (const siblings of byParent.values()) {
      const bySize = [...siblings].sort((a, b) => a.size - b.size || a.path.localeCompare(b.path));
      const sample = siblings.find((page) => page.path === sampleIn(page.template, page.edition));
      const picks = new Set([sample, bySize[0], bySize.at(-1)].filter((page) => page !== undefined));
      chosen.push(...picks);
    }
  }
  return chosen.map(({ path, template, edition }) => ({ path, template, edition })).sort((a, b) => a.path.localeCompare(b.path));
}

/** Every template (short aliases aside) with the editions it is built in: what a sample must cover. */
export function templatesBuilt(distDir = 'dist'): string[] {
  const seen = new Set<string>();
  for (const { path } of builtPages(distDir)) {
    const template = templateOf(path);
    if (template && !template.redirects) seen.add(`${template.source} ${editionOf(path)}`);
  }
  return [...seen].sort();
}
