/**
 * Short aliases for sharing in chat apps, each a static HTML page that redirects to the canonical
 * URL (meta refresh + rel=canonical; no server needed). In both editions (/en/t/60/ too):
 *   /t/{number}/         a task of the first national task list  → /tasks/task-list-1/{number}/
 *   /m/{doc}/{key}/      a measure                               → /measures/{document}/{key}/
 *   /d/{doc}/            a document                              → /documents/{document}/
 * {doc} is the document id without its trailing number groups: opinions-2024-314 → opinions,
 * action-plan-2024-2025 → action-plan, wuhan-plan → wuhan-plan. Aliases are permanent like every
 * URL: the first document in the manifest's order keeps a short id, and a later one whose short id is
 * taken (a second task list, task-list-2) uses its whole id, so adding a document never moves an alias.
 */
import { routes } from '../routes.ts';

export interface Alias {
  /** The alias path (without edition prefix). */
  path: string;
  /** The canonical path it redirects to. */
  target: string;
}

export interface AliasInput {
  documents: Array<{ id: string; data: { kind: string; order: number } }>;
  tasks: Array<{ list: string; number: number }>;
  measures: Array<{ document: string; key: string }>;
}

/** opinions-2024-314 → opinions; a document id without trailing groups of digits. */
export const shortDocumentId = (id: string) => id.replace(/(-\d+)+$/, '');

/** The task list /t/{number}/ points into: the first one in the manifest's order (the first batch). */
export function primaryTaskList(documents: AliasInput['documents']): string | undefined {
  return [...documents].sort((a, b) => a.data.order - b.data.order).find((document) => document.data.kind === 'task-list')?.id;
}

/** Each document's alias id: its short id, or its whole id when an earlier document has the short one. */
export function aliasIds(documents: AliasInput['documents']): Map<string, string> {
  const taken = new Set<string>();
  const ids = new Map<string, string>();
  for (const document of [...documents].sort((a, b) => a.data.order - b.data.order)) {
    const short = shortDocumentId(document.id);
    const id = taken.has(short) ? document.id : short;
    taken.add(id);
    ids.set(document.id, id);
  }
  return ids;
}

export function aliasesOf(data: AliasInput): Alias[] {
  const ids = aliasIds(data.documents);
  const primary = primaryTaskList(data.documents);
  return [
    ...data.tasks.filter((task) => task.list === primary).map((task) => ({ path: routes.shortTask(task.number), target: routes.task(task.list, task.number) })),
    ...data.measures.map((measure) => ({ path: routes.shortMeasure(ids.get(measure.document)!, measure.key), target: routes.measure(measure.document, measure.key) })),
    ...data.documents.map((document) => ({ path: routes.shortDocument(ids.get(document.id)!), target: routes.document(document.id) })),
  ];
}

/** The alias of a page, if it has one. */
export function aliasOf(aliases: Alias[], target: string): string | undefined {
  return aliases.find((alias) => alias.target === target)?.path;
}
