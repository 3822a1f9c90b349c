/**
 * The model with its other-language texts attached: every entity carries `en` (its English texts —
 * the original where the source is English, else the editorial translation), and every document
 * carries `translation` (its metadata in the other language). Pages in either language read these;
 * they are filled from seeds/translations/ by scripts/translate/localize.ts.
 */
import { z } from 'zod';
import { LangSchema } from './manifest.ts';
import { DownloadVariantSchema } from './vocabulary.ts';
import {
  CitationSchema,
  DepartmentSchema,
  DocumentSchema,
  LocalTaskSchema,
  MeasureSchema,
  ModelSchema,
  PlaceEntitySchema,
  TargetSchema,
  TaskCategorySchema,
  TaskSchema,
  TimelineItemSchema,
} from './model.ts';

/**
 * Another name readers may know an entity by: a spelling in the texts, a short or full form, the other
 * script, an English acronym. Pages show them ("又作 …"); the search indexes them. Never the page's own name.
 */
const AliasSchema = z.object({
  text: z.string().min(1),
  /** Language and script of the name. */
  lang: LangSchema,
  /** True when no text writes it so (seeds/editorial/aliases.json with a reason, an English name or acronym): shown labelled editorial. */
  editorial: z.boolean(),
});
export type Alias = z.output<typeof AliasSchema>;
/** Other names, the model's and the editorial ones merged (scripts/model/aliases.ts), without duplicates. */
const Aliases = z.array(AliasSchema);

const DocumentTranslationSchema = z.object({
  /** The language of this translation (English for Chinese documents, Simplified Chinese for English ones). */
  lang: LangSchema,
  /** Who made it, as the translation file says; shown with the unofficial label. */
  translator: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  issuers: z.array(z.string()),
  docNumber: z.string().optional(),
  dateNote: z.string().optional(),
  status: z.string().optional(),
  batch: z.string().optional(),
  provenance: z.string(),
  /** Notes of `relations`, index for index (null where a relation has no note). */
  relationNotes: z.array(z.string().nullable()),
  /** Not translated yet (manifest `translationPending`): the texts above are the original's, in `lang`. */
  pending: z.boolean(),
});

export const LocalizedDocumentSchema = DocumentSchema.extend({
  translation: DocumentTranslationSchema,
  /** The issuers' English names (seeds/translations/en/names.json), the same on every English page. */
  en: z.object({ issuers: z.array(z.string()) }),
  aliases: Aliases,
});
export type LocalizedDocument = z.output<typeof LocalizedDocumentSchema>;

export const LocalizedTaskSchema = TaskSchema.extend({
  en: z.object({ title: z.string(), assignment: z.string(), collective: z.object({ phrase: z.string(), explanation: z.string() }).optional() }),
});
export type LocalizedTask = z.output<typeof LocalizedTaskSchema>;

export const LocalizedCategorySchema = TaskCategorySchema.extend({
  en: z.object({ partTitle: z.string(), title: z.string().optional() }),
});
export type LocalizedCategory = z.output<typeof LocalizedCategorySchema>;

export const LocalizedLocalTaskSchema = LocalTaskSchema.extend({
  en: z.object({ content: z.string(), group: z.string(), assignment: z.string(), leadRaw: z.string(), responsibleRaw: z.string(), notes: z.array(z.string()) }),
});
export type LocalizedLocalTask = z.output<typeof LocalizedLocalTaskSchema>;

export const LocalizedMeasureSchema = MeasureSchema.extend({
  en: z.object({
    title: z.string(),
    body: z.array(z.string()),
    items: z.array(z.object({ title: z.string(), text: z.string() })),
    section: z.string(),
    parent: z.string().optional(),
  }),
});
export type LocalizedMeasure = z.output<typeof LocalizedMeasureSchema>;

export const LocalizedPlaceSchema = PlaceEntitySchema.extend({ en: z.object({ name: z.string(), shortName: z.string() }), aliases: Aliases });
export type LocalizedPlace = z.output<typeof LocalizedPlaceSchema>;

export const LocalizedDepartmentSchema = DepartmentSchema.extend({ en: z.object({ name: z.string(), abbreviation: z.string().optional() }), aliases: Aliases });
export type LocalizedDepartment = z.output<typeof LocalizedDepartmentSchema>;

/** A quote in the other language than the document's original: English for a Chinese text, and the reverse. */
const OtherLanguageQuoteSchema = z.object({ lang: LangSchema, text: z.string() });

export const LocalizedTargetSchema = TargetSchema.extend({
  /** The anchor of the page's sentence that states it, on the original's page (scripts/translate/sentence-links.ts). */
  sentenceAnchor: z.string(),
  /** The English sentence that states the target (from the translation of the same segment), and its anchor on the English page. */
  en: z.object({ sentence: z.string(), anchor: z.string() }),
});
type LocalizedTarget = z.output<typeof LocalizedTargetSchema>;

export const LocalizedTimelineItemSchema = TimelineItemSchema.extend({
  /** The anchor of the page's sentence that gives the date, on the original's page; absent with `anchor`. */
  sentenceAnchor: z.string().optional(),
  /** The clause in the document's other language: the translated sentence that states the date (with its anchor on that page), or the translated date note. */
  translation: OtherLanguageQuoteSchema.extend({ anchor: z.string().optional() }),
});
export type LocalizedTimelineItem = z.output<typeof LocalizedTimelineItemSchema>;

export const LocalizedCitationSchema = CitationSchema.extend({
  /**
   * Where a link to the passage goes on the page of the original text: the anchor of the sentence that
   * names the cited text (`s2-p3-1`, src/lib/share/sentence-anchor.ts), or `anchor` where the page does
   * not split the passage (a heading, a task line, a table cell).
   */
  sentenceAnchor: z.string(),
  /**
   * The passage in the document's other language: the sentence of the segment's translation that names
   * the cited text, else the whole segment; `anchor` is the same sentence's on that edition's page (the
   * passage's own when the whole segment is quoted).
   */
  translation: OtherLanguageQuoteSchema.extend({ anchor: z.string() }),
});
export type LocalizedCitation = z.output<typeof LocalizedCitationSchema>;

/** The model with every entity's other-language texts; the editorial links are bilingual already. */
export const LocalizedModelSchema = ModelSchema.extend({
  documents: z.array(LocalizedDocumentSchema),
  tasks: z.array(LocalizedTaskSchema),
  categories: z.array(LocalizedCategorySchema),
  localTasks: z.array(LocalizedLocalTaskSchema),
  measures: z.array(LocalizedMeasureSchema),
  places: z.array(LocalizedPlaceSchema),
  departments: z.array(LocalizedDepartmentSchema),
  targets: z.array(LocalizedTargetSchema),
  timeline: z.array(LocalizedTimelineItemSchema),
  citations: z.array(LocalizedCitationSchema),
});
export type LocalizedModel = z.output<typeof LocalizedModelSchema>;

/** One aligned pair of the side-by-side view: a heading, paragraph, task line, note or table row. */
const ParallelPairSchema = z.object({
  /** The anchor the document page uses for the same text. */
  anchor: z.string(),
  kind: z.enum(['heading', 'text', 'task', 'note', 'row']),
  depth: z.number().optional(),
  marker: z.string().optional(),
  original: z.string(),
  translation: z.string(),
});
export type ParallelPair = z.output<typeof ParallelPairSchema>;

export const ParallelDocumentSchema = z.object({ id: z.string(), lang: LangSchema, pairs: z.array(ParallelPairSchema) });

/** A document's Word file as the build wrote it (scripts/emit/write-downloads.ts): the page prints its size. */
export const DownloadFileSchema = z.object({
  /** The file name (src/lib/downloads.ts). */
  id: z.string(),
  document: z.string(),
  variant: DownloadVariantSchema,
  langs: z.array(LangSchema),
  bytes: z.number().int().positive(),
});
export type DownloadFile = z.output<typeof DownloadFileSchema>;
