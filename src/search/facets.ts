/**
 * What the search knows about a page beyond its text: the entity it shows and the facets a reader can
 * narrow by. Pages declare it (the `search` prop of src/layouts/Base.astro), Base writes it as Pagefind
 * filters and metadata, the search page offers the facets, and its URL carries them
 * (`/search/?q=电池&type=task&city=chongqing`).
 */
import type { StandardLevel } from '../schema/vocabulary.ts';

/** The kinds of pages search finds, in the order the type facet lists them. */
export const ENTITY_TYPES = ['task', 'measure', 'document', 'category', 'city', 'department', 'instrument', 'page'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
/**
 * What a result can be: an entity, or two places side by side (src/search/compare.ts). The type facet
 * does not offer the second: those pages are not indexed, and a query finds one only by naming both places.
 */
export type ResultType = EntityType | 'compare';

/** The facets, in the order the search page shows them; each is a Pagefind filter and a URL parameter. */
export const FACETS = ['type', 'document', 'city', 'level', 'category', 'lang'] as const;
export type Facet = (typeof FACETS)[number];

/** A page's entry in the search index. */
export interface SearchEntry {
  type: EntityType;
  /** The document the entity belongs to (a task's list, a measure's document, the document itself). */
  document?: string;
  /** Places the entity concerns (a task's cities, a city itself): place ids. */
  cities?: string[];
  level?: StandardLevel;
  /** A task category: `${list}/${key}`. */
  category?: string;
  /** How results name the entity besides its title: 任务60, Task 60, 《意见》·措施(八). */
  label?: string;
  /** Who carries a task out, as the page says it (重庆 / 各试点示范省市). */
  assignees?: string;
  /** For a local task that repeats a national task word for word: that task's path (/tasks/task-list-1/3/). */
  adopts?: string;
  /** A task's or measure's number in its document, for queries such as "task 47" or 措施十一. */
  number?: number;
  /** Other names of the entity (a department's short name, MOFCOM, 重庆市 …): found by search, not indexed as page text. */
  aliases?: ReadonlyArray<{ text: string; lang: string }>;
}

/** Pagefind filter values of a page: facet → values. */
export function filterValues(entry: SearchEntry, edition: string): Array<[Facet, string]> {
  return [
    ['type', entry.type],
    ['lang', edition],
    ...(entry.document ? [['document', entry.document] as [Facet, string]] : []),
    ...(entry.cities ?? []).map((city): [Facet, string] => ['city', city]),
    ...(entry.level ? [['level', entry.level] as [Facet, string]] : []),
    ...(entry.category ? [['category', entry.category] as [Facet, string]] : []),
  ];
}
