/**
 * The search table: one row per entity the index holds (a task, measure, document, category, city,
 * department or page), with what a result needs to be named and ranked — titles in both editions,
 * labels (任务60, 商资发〔2024〕314号), assignees, other names, facets — and the ids Pagefind gives its
 * pages. The build writes it beside the search scripts (scripts/index/search-table.ts); the browser
 * fetches it when a reader focuses a search box, draws a list from it on every keystroke, and ranks
 * Pagefind's results with it, so only the excerpts actually shown need Pagefind's page fragments.
 */
import type { Facet, ResultType } from './facets.ts';
import type { Locale } from '../i18n/locales.ts';

/** The site's editions (src/i18n/locales.ts): a row has a page in each it exists in. */
export type Edition = Locale;

/** One edition of an entity: its page. Short keys: the table is fetched on focus, every byte counts. */
export interface EditionRow {
  /** Pagefind's id of the page (its fragment's hash), which search results carry. */
  id: string;
  /** The title as the page prints it. */
  title: string;
  /** The title folded to Simplified script, when that changes it (a Traditional-script title). */
  folded?: string;
  label?: string;
  assignees?: string;
  /** Other names of the entity in this edition (editorial aliases and the texts' own variants). */
  aliases?: string[];
}

export interface TableRow {
  /** The page's path without the edition prefix: the same for both editions of an entity. */
  key: string;
  /** An entity's type; `compare` only in a result the search makes for two places (./compare.ts), never in the table. */
  type: ResultType;
  /** The task or measure number, for "task 47", "措施十一". */
  number?: number;
  /** Pagefind filter values (facet → values), without `type` (the row's own) and `lang` (each edition is its own page). */
  facets: Partial<Record<Exclude<Facet, 'lang' | 'type'>, string[]>>;
  /** The national task a local task repeats word for word (its key). */
  adopts?: string;
  /** Other names of the entity shared by both editions (once here rather than in each). */
  aliases?: string[];
  /** Set when any page of the entity is in Traditional script (its excerpts are folded). */
  traditional?: boolean;
  zh?: EditionRow;
  en?: EditionRow;
}

export interface SearchTable {
  generated: string;
  /** The first document of each kind in the manifest: what a bare "task 47" or "措施十一" means. */
  defaults: { taskList?: string; measures?: string };
  /** English near-synonyms and abbreviations readers use (seeds/editorial/synonyms.json): each group's terms find each other. */
  synonyms: Array<{ terms: string[] }>;
  rows: TableRow[];
}

/** The table's file under the search scripts' folder. */
export const TABLE_FILE = 'table.json';

/** An edition page's other names: its own and those the entity's editions share. */
export function aliasesOf(row: TableRow, page: EditionRow): string[] {
  return [...(page.aliases ?? []), ...(row.aliases ?? [])];
}

/** An edition's page of an entity, from the site's base: Chinese at the root, English under /en/. */
export function editionPath(key: string, edition: Edition): string {
  return edition === 'en' ? `/en${key}` : key;
}
