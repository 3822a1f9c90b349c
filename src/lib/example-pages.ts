/**
 * The about and data pages illustrate the URL scheme with pages of the published documents. A site
 * built from other seeds (a test fixture, a future set of documents) may not have those pages, so an
 * example is a link only where the site has its page.
 */
import { routes } from './routes.ts';
import { aliasesOf } from './share/aliases.ts';
import type { SiteData } from './data.ts';

/** Paths of pages that exist only when their entity does: documents, tasks, measures, places, departments, short links. */
const ENTITY_PAGE = /^\/(documents|tasks|measures|cities|departments|t|m|d)\//;

/** Whether the site has the page at `path` (a page path, or the `.json` beside it). */
export function pageExists(data: SiteData): (path: string) => boolean {
  const pages = new Set([
    ...data.documents.flatMap((document) => [routes.document(document.id), ...(data.parallel.has(document.id) ? [routes.parallel(document.id)] : []), routes.script(document.id, document.data.lang === 'zh-Hant' ? 'simplified' : 'traditional')]),
    ...data.tasks.map((task) => routes.task(task.list, task.number)),
    ...data.localTasks.map((task) => routes.task(task.document, task.number)),
    ...data.categories.map((category) => routes.category(category.list, category.key)),
    ...data.measures.map((measure) => routes.measure(measure.document, measure.key)),
    ...data.places.map((place) => routes.place(place.id)),
    ...data.departments.map((department) => routes.department(department.id)),
    ...aliasesOf(data).map((alias) => alias.path),
  ]);
  return (path) => {
    const page = path.split('?')[0]!.replace(/\.json$/, '/');
    return !ENTITY_PAGE.test(page) || pages.has(page);
  };
}
