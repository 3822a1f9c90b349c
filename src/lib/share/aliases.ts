/**
 * Short aliases for sharing in chat apps, each a static HTML page that redirects to the canonical
 * URL (meta refresh + rel=canonical; no server needed). In both editions (/en/t/60/ too):
 *   /t/{number}/         a task of the first national task list  → /tasks/task-list-1/{number}/
 *   /m/{doc}/{key}/      a measure                               → /measures/{document}/{key}/
 *   /d/{doc}/            a document                              → /documents/{document}/
 * {doc} is the document id without its trailing number groups: opinions-2024-314 → opinions,
 * action-plan-2024-2025 → action-plan, wuhan-plan → wuhan-plan. Aliases are permanent like every
 * URL: if a new document's short id would take one that exists, the build stops instead of moving it.
 */
import { routes } from '../routes.ts';

export interface Alias {
  /** The alias path (without edition prefix). */
  path: string;
  /** The canonical path it redirects to. */
  target: string;
}

interface AliasInput {
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

export function aliasesOf(data: AliasInput): Alias[] {
  const shortIds = new Map<string, string>();
  for (const document of data.documents) {
    const short = shortDocumentId(document.id);
    const taken = shortIds.get(short);
    if (taken) throw new Error(`documents "${taken}" and "${document.id}" would share the short alias /d/${short}/: aliases must stay unique and permanent (see src/lib/share/aliases.ts)`);
    shortIds.set(short, document.id);
  }
  const primary = primaryTaskList(data.documents);
  return [
    ...data.tasks.filter((task) => task.list === primary).map((task) => ({ path: routes.shortTask(task.number), target: routes.task(task.list, task.number) })),
    ...data.measures.map((measure) => ({ path: routes.shortMeasure(shortDocumentId(measure.document), measure.key), target: routes.measure(measure.document, measure.key) })),
    ...data.documents.map((document) => ({ path: routes.shortDocument(shortDocumentId(document.id)), target: routes.document(document.id) })),
  ];
}

/** The alias of a page, if it has one. */
export function aliasOf(aliases: Alias[], target: string): string | undefined {
  return aliases.find((alias) => alias.target === target)?.path;
}
