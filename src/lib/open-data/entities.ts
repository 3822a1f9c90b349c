/**
 * Every entity that has a page of its own, with its page path: the one list the open data (a JSON file
 * beside each page) and the preview images are made from, so neither can miss a page or invent one.
 */
import type { LocalizedModel } from '../../schema/localized.ts';
import type { EntityKind } from '../../schema/open-data.ts';
import { routes } from '../routes.ts';

export interface EntityPage<K extends EntityKind = EntityKind> {
  kind: K;
  id: string;
  /** The page path without edition prefix or deployment base. */
  path: string;
  entity: LocalizedModel[EntityCollection<K>][number];
}

/** Which model collection holds each kind. */
const COLLECTION_OF = {
  document: 'documents',
  task: 'tasks',
  'local-task': 'localTasks',
  measure: 'measures',
  city: 'places',
  department: 'departments',
  instrument: 'instruments',
} as const satisfies Record<EntityKind, keyof LocalizedModel>;
type EntityCollection<K extends EntityKind> = (typeof COLLECTION_OF)[K];

export function entityPages(model: LocalizedModel): EntityPage[] {
  return [
    ...model.documents.map((entity) => ({ kind: 'document' as const, id: entity.id, path: routes.document(entity.id), entity })),
    ...model.tasks.map((entity) => ({ kind: 'task' as const, id: entity.id, path: routes.task(entity.list, entity.number), entity })),
    ...model.localTasks.map((entity) => ({ kind: 'local-task' as const, id: entity.id, path: routes.task(entity.document, entity.number), entity })),
    ...model.measures.map((entity) => ({ kind: 'measure' as const, id: entity.id, path: routes.measure(entity.document, entity.key), entity })),
    ...model.places.map((entity) => ({ kind: 'city' as const, id: entity.id, path: routes.place(entity.id), entity })),
    ...model.departments.map((entity) => ({ kind: 'department' as const, id: entity.id, path: routes.department(entity.id), entity })),
    ...model.instruments.map((entity) => ({ kind: 'instrument' as const, id: entity.id, path: routes.instrument(entity.id), entity })),
  ];
}
