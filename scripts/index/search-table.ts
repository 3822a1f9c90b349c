/**
 * Writes the search table (src/search/table.ts) from the indexed pages as built — the same entry each
 * page declared for Pagefind (src/layouts/Base.astro: filters, `type`/`label`/`assignees`/`adopts`
 * metadata, its <h1>, and the `data-search-*` spans) — and Pagefind's own ids of those pages, read
 * back from the fragments it wrote, so the browser can map a search result to its row without loading
 * the fragment.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { attr, elements, parseHtml, textContent } from '../lib/built-page.ts';
import type { EntityType, Facet } from '../../src/search/facets.ts';
import { foldScript, type CharMap } from '../../src/search/terms.ts';
import type { Edition, EditionRow, SearchTable, TableRow } from '../../src/search/table.ts';
import type { SynonymGroup } from '../../src/schema/editorial.ts';

export interface IndexedPage {
  /** The page's URL as Pagefind reports it (from the site's root, without the base). */
  url: string;
  html: string;
}

/** Pagefind's fragments are gzipped JSON behind a signature; their file name is the page's id. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';
export async function pagefindIds(bundleDir: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const dir = join(bundleDir, 'fragment');
  for (const name of await readdir(dir)) {
    const raw = gunzipSync(await readFile(join(dir, name))).toString('utf8');
    const { url } = JSON.parse(raw.startsWith(FRAGMENT_SIGNATURE) ? raw.slice(FRAGMENT_SIGNATURE.length) : raw) as { url: string };
    ids.set(url, name.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

interface PageEntry {
  edition: Edition;
  key: string;
  type: EntityType;
  number?: number;
  facets: TableRow['facets'];
  adopts?: string;
  traditional: boolean;
  row: Omit<EditionRow, 'id'>;
}

/** What one built page declares for search. */
export function readEntry(page: IndexedPage, map: CharMap): PageEntry {
  const document = parseHtml(page.html);
  const meta: Record<string, string> = {};
  const facets: Partial<Record<Facet, string[]>> = {};
  const aliases: string[] = [];
  let title: string | undefined;
  let number: number | undefined;
  let titleLang: string | undefined;
  for (const element of elements(document, { templates: false })) {
    const filter = attr(element, 'data-pagefind-filter');
    if (filter) {
      const [facet, ...value] = filter.split(':');
      (facets[facet as Facet] ??= []).push(value.join(':'));
    }
    const metaName = attr(element, 'data-pagefind-meta');
    if (metaName === 'title' && title === undefined) {
      title = textContent(element).replace(/\s+/g, ' ').trim();
      titleLang = attr(element, 'lang');
    }
    else if (metaName?.endsWith('[data-value]')) meta[metaName.slice(0, -'[data-value]'.length)] = attr(element, 'data-value') ?? '';
    const declared = attr(element, 'data-search-number');
    if (declared !== undefined) number = Number(declared);
    if (attr(element, 'data-search-alias') !== undefined) aliases.push(textContent(element).trim());
  }
  // The type is the row's own; each edition is its own page.
  const { lang, type: _type, ...rest } = facets;
  const edition = lang?.[0] === 'en' ? 'en' : 'zh';
  if (!title || !meta.type) throw new Error(`search table: ${page.url} declares no title or type`);
  const key = edition === 'en' ? page.url.replace(/^\/en\//, '/') : page.url;
  const folded = foldScript(title, map);
  return {
    edition,
    key,
    type: meta.type as EntityType,
    number,
    facets: rest,
    adopts: meta.adopts,
    // A page whose own text is in Traditional script (its title says so): its excerpts are shown folded.
    // Not a page that merely names something in Traditional script (a department's variant spelling).
    traditional: titleLang === 'zh-Hant',
    row: {
      title,
      ...(folded !== title ? { folded } : {}),
      ...(meta.label ? { label: meta.label } : {}),
      ...(meta.assignees ? { assignees: meta.assignees } : {}),
      ...(aliases.length > 0 ? { aliases: [...new Set(aliases)] } : {}),
    },
  };
}

/**
 * One row per entity, both editions in it, in the order the pages were indexed. `documents` in the
 * manifest's order: the first task list, and the first document with measures, are what a bare
 * "task 47" or 措施十一 means.
 */
export function buildTable(pages: IndexedPage[], ids: Map<string, string>, map: CharMap, documents: ReadonlyArray<{ id: string; kind: string }>, synonyms: readonly SynonymGroup[]): SearchTable {
  const rows = new Map<string, TableRow>();
  for (const page of pages) {
    const entry = readEntry(page, map);
    const id = ids.get(page.url);
    if (!id) throw new Error(`search table: Pagefind wrote no fragment for ${page.url}`);
    const row = rows.get(entry.key) ?? { key: entry.key, type: entry.type, facets: entry.facets };
    if (entry.number !== undefined) row.number = entry.number;
    if (entry.adopts) row.adopts = entry.adopts;
    if (entry.traditional) row.traditional = true;
    row[entry.edition] = { id, ...entry.row };
    rows.set(entry.key, row);
  }
  const all = [...rows.values()];
  for (const row of all) {
    const [zh, en] = [row.zh?.aliases ?? [], row.en?.aliases ?? []];
    if (zh.length > 0 && zh.join('|') === en.join('|')) {
      row.aliases = zh;
      delete row.zh!.aliases;
      delete row.en!.aliases;
    }
  }
  const hasMeasures = (id: string) => all.some((row) => row.type === 'measure' && row.facets.document?.includes(id));
  const defaults = { taskList: documents.find((document) => document.kind === 'task-list')?.id, measures: documents.find((document) => hasMeasures(document.id))?.id };
  // The terms only: each group's reason is for its reviewers (seeds/editorial/synonyms.json), and every first search fetches this table.
  return { generated: 'by scripts/index/search-table.ts from the built pages and Pagefind’s fragments — do not edit', defaults, synonyms: synonyms.map(({ terms }) => ({ terms })), rows: all };
}
