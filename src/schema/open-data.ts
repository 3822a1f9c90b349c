/**
 * The published data files (/data/, and the JSON beside each entity page): their shape, declared once.
 * Their JSON Schemas are generated from these with z.toJSONSchema (scripts/publish/open-data.ts), so
 * the schema a reader validates against is the one the build validated with.
 */
import { z } from 'zod';
import {
  LocalizedDepartmentSchema,
  LocalizedDocumentSchema,
  LocalizedLocalTaskSchema,
  LocalizedMeasureSchema,
  LocalizedModelSchema,
  LocalizedPlaceSchema,
  LocalizedTaskSchema,
} from './localized.ts';
import { InstrumentSchema } from './model.ts';

/** What every published JSON file starts with. */
const header = {
  /** Where its JSON Schema is (absolute URL). */
  $schema: z.url(),
  /** Which build wrote it; the file is never edited by hand. */
  generated: z.string(),
  /** The licence statement in one line; the data page (`about`) gives it in full. */
  licence: z.string(),
  /** The data page: fields, formats and licence explained. */
  about: z.url(),
};

/** /data/model.json: the whole model the pages are built from. */
export const ModelFileSchema = z.object({ ...header, model: LocalizedModelSchema }).meta({
  title: 'Standards policy atlas: the full model',
  description: 'Every document (with its text tree), task, category, local task, measure, place, department, cited instrument, citation and editorial crosswalk link, in Chinese with English texts attached (`en`, `translation`).',
});
type ModelFile = z.output<typeof ModelFileSchema>;

/** The entity kinds that have a page and a JSON file beside it, with the schema of each. */
const ENTITY_SCHEMAS = {
  document: LocalizedDocumentSchema,
  task: LocalizedTaskSchema,
  'local-task': LocalizedLocalTaskSchema,
  measure: LocalizedMeasureSchema,
  city: LocalizedPlaceSchema,
  department: LocalizedDepartmentSchema,
  instrument: InstrumentSchema,
} as const;
export type EntityKind = keyof typeof ENTITY_SCHEMAS;
export const ENTITY_KINDS = Object.keys(ENTITY_SCHEMAS) as EntityKind[];

/** The JSON beside one entity page: the entity and the addresses of its two pages. */
export function entityFileSchema<K extends EntityKind>(kind: K) {
  return z
    .object({
      ...header,
      kind: z.literal(kind),
      /** The entity's page in each edition (absolute URLs). */
      pages: z.object({ zh: z.url(), en: z.url() }),
      entity: ENTITY_SCHEMAS[kind],
    })
    .meta({ title: `Standards policy atlas: one ${kind}`, description: `The data of one ${kind} page, as the page was built from it.` });
}
