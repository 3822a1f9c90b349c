/**
 * Translations are editorial data kept beside the seeds: one file per document and target language,
 * keyed by the stable segment ids of the model. Each entry carries the hash of the source text it
 * translates, so a change in the source shows up as a stale translation instead of a silent mismatch.
 */
import { z } from 'zod';
import { LangSchema, SlugSchema } from './manifest.ts';

export const TranslationEntrySchema = z.object({
  /** Segment id within the document: a block anchor (`p3`, `m8`, `task-60`), or a derived id (`row-3-c2`, `meta-title`). */
  id: z.string().min(1),
  /** First 16 hex digits of the SHA-256 of the source text. */
  hash: z.string().regex(/^[0-9a-f]{16}$/),
  /** The source text, kept so that a reviewer reads both sides in one place. */
  source: z.string(),
  /** The translation; empty means not yet translated. */
  text: z.string(),
});
export type TranslationEntry = z.output<typeof TranslationEntrySchema>;

export const TranslationFileSchema = z.object({
  $comment: z.string().optional(),
  document: SlugSchema,
  from: LangSchema,
  to: LangSchema,
  /** Who or what made it, shown on the pages. */
  translator: z.string().min(1),
  segments: z.array(TranslationEntrySchema),
});
export type TranslationFile = z.output<typeof TranslationFileSchema>;

/** English names of the entities that are not text of one document: places, departments, collective phrases. */
export const NamesFileSchema = z.object({
  $comment: z.string().optional(),
  places: z.record(SlugSchema, z.object({ name: z.string().min(1), shortName: z.string().min(1) })),
  /** Keyed by the Chinese name as the model has it. */
  departments: z.record(z.string(), z.object({ name: z.string().min(1), abbreviation: z.string().optional() })),
  /** Keyed by the collective phrase; the phrase in English and the explanation in English. */
  collectivePhrases: z.record(z.string(), z.object({ phrase: z.string().min(1), explanation: z.string().min(1) })),
});
export type NamesFile = z.output<typeof NamesFileSchema>;

/** A term of the bilingual glossary of policy terms (editorial). */
export const GlossaryTermSchema = z.object({
  id: SlugSchema,
  zh: z.string().min(1),
  /** Other Chinese spellings counted as the same term (Traditional script, short forms). */
  zhVariants: z.array(z.string()).default([]),
  /** The rendering every English text must use where the Chinese term occurs. */
  en: z.string().min(1),
  /** Inflected forms accepted as the same rendering (plural, capitalised in a title). */
  enForms: z.array(z.string()).default([]),
  /** Where the rendering comes from: the official interpretation (003) or editorial. */
  enSource: z.enum(['official', 'editorial']),
  definition: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
});
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;

/** A glossary term with the places it occurs in the texts (found at build time). */
export const GlossaryEntrySchema = GlossaryTermSchema.extend({
  occurrences: z.array(
    z.object({
      document: SlugSchema,
      /** Element ids on the document page of the texts that hold the term, in reading order. */
      anchors: z.array(z.string()).min(1),
    }),
  ),
});
export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;

export const GlossaryFileSchema = z.object({
  $comment: z.string().optional(),
  terms: z.array(GlossaryTermSchema).min(40),
});
export type GlossaryFile = z.output<typeof GlossaryFileSchema>;
