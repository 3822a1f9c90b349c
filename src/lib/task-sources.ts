/**
 * The documents that hold tasks — each task list (batch) and each local plan — with their own counts.
 * Pages speak of tasks per document, naming it by its short title: the corpus grows by batches and
 * plans, and a count for all of them together would describe no document ("首批任务清单122项任务").
 */
import type { PageContext } from '../i18n/context.ts';
import type { DocumentCollectionEntry, SiteData } from './data.ts';

export interface TaskSource {
  document: DocumentCollectionEntry;
  /** A national task list (tasks) or a local plan (its annex's local tasks). */
  kind: 'list' | 'plan';
  count: number;
}

/** Task lists first, then local plans, each in the manifest's order; documents without tasks are left out. */
export function taskSources(data: SiteData): TaskSource[] {
  const lists = data.documents.map((document): TaskSource => ({ document, kind: 'list', count: data.tasks.filter((task) => task.list === document.id).length }));
  const plans = data.documents.map((document): TaskSource => ({ document, kind: 'plan', count: data.localTasks.filter((task) => task.document === document.id).length }));
  return [...lists, ...plans].filter((source) => source.count > 0);
}

/** "《任务清单》（首批）104项任务、武汉市实施方案17项任务" / "104 tasks of “Work Task List” (First Batch), 17 tasks of Wuhan Implementation Plan". */
export function describeTaskSources(sources: TaskSource[], context: PageContext): string {
  return sources
    .map(({ document, count }) => context.t.tasksOf(count, context.docShortTitle(document.data)))
    .join(context.t.sep);
}
