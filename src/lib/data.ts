/** Typed access to the content collections, with the lookups pages need. */
import { getCollection, type CollectionEntry } from 'astro:content';

/** A document as its content collection holds it (its manifest declaration is src/schema/manifest.ts `DocumentEntry`). */
export type DocumentCollectionEntry = CollectionEntry<'documents'>;

export async function loadAll() {
  const [documents, translations, converted, tasks, categories, localTasks, measures, places, departments, crosswalk, glossary, parallel, commentary, targets, timeline, instruments, citations, downloads] = await Promise.all([
    getCollection('documents'),
    getCollection('translations'),
    getCollection('converted'),
    getCollection('tasks'),
    getCollection('categories'),
    getCollection('localTasks'),
    getCollection('measures'),
    getCollection('places'),
    getCollection('departments'),
    getCollection('crosswalk'),
    getCollection('glossary'),
    getCollection('parallel'),
    getCollection('commentary'),
    getCollection('targets'),
    getCollection('timeline'),
    getCollection('instruments'),
    getCollection('citations'),
    getCollection('downloads'),
  ]);
  const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;
  const orderOf = (id: string) => documents.find((document) => document.id === id)?.data.order ?? Number.MAX_SAFE_INTEGER;
  return {
    documents: documents.sort(byOrder),
    /** Each document in its other language, by document id. */
    translations: new Map(translations.map((entry) => [entry.data.id, entry])),
    /** Chinese documents in the other script (Simplified ↔ Traditional), by document id. */
    converted: new Map(converted.map((entry) => [entry.data.id, entry])),
    tasks: tasks.map((entry) => entry.data).sort((a, b) => a.list.localeCompare(b.list) || a.number - b.number),
    categories: categories.map((entry) => entry.data),
    localTasks: localTasks.map((entry) => entry.data).sort((a, b) => a.number - b.number),
    measures: measures.map((entry) => entry.data),
    places: places.map((entry) => entry.data),
    departments: departments.map((entry) => entry.data),
    crosswalk: crosswalk.map((entry) => entry.data),
    glossary: glossary.map((entry) => entry.data),
    commentary: commentary.map((entry) => entry.data),
    /** Aligned original/translation pairs, by document id. */
    parallel: new Map(parallel.map((entry) => [entry.data.id, entry.data])),
    /** In the order of the texts. */
    targets: targets.map((entry) => entry.data).sort((a, b) => a.document.localeCompare(b.document) || a.source.line - b.source.line || a.id.localeCompare(b.id, 'en', { numeric: true })),
    /** In date order; items without a date (lengths of time) last. */
    timeline: timeline.map((entry) => entry.data).sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id)),
    /** Each document's Word files as written, with their sizes, by file name (src/lib/downloads.ts). */
    downloads: new Map(downloads.map((entry) => [entry.data.id, entry.data])),
    /** In the order of the reviewed list. */
    instruments: instruments.map((entry) => entry.data),
    /** In the order of the texts: document by document (the manifest's order), then line by line. */
    citations: citations
      .map((entry) => entry.data)
      .sort((a, b) => orderOf(a.document) - orderOf(b.document) || a.source.line - b.source.line || a.id.localeCompare(b.id, 'en', { numeric: true })),
  };
}

export type SiteData = Awaited<ReturnType<typeof loadAll>>;

/** Finds an entity by id or throws, so a broken link fails the build instead of rendering. */
export function must<T extends { id: string }>(items: T[], id: string, what: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`unknown ${what}: ${id}`);
  return found;
}
