/**
 * Translations are editorial data kept beside the seeds: one file per document and target language,
 * keyed by the stable segment ids of the model. Each entry carries the hash of the source text it
 * translates, so a change in the source shows up as a stale translation instead of a silent mismatch.
 */
import { z } from 'zod';
import { LangSchema, SlugSchema } from './manifest.ts';

const TranslationEntrySchema = z.object({
  /** Segment id within the document: a block anchor (`p3`, `m8`, `task-60`), or a derived id (`row-3-c2`, `meta-title`). */
  id: z.string().min(1),
  /** First 16 hex digits of the SHA-256 of the source text. */
  hash: z.string().regex(/^[0-9a-f]{16}$/),
  /** The source text, kept so that a reviewer reads both sides in one place. */
  source: z.string(),
  /** The translation; empty means not yet translated. */
  text: z.string(),
  /** An editor's reason for this rendering where it was chosen over another after review (not shown on pages). */
  note: z.string().min(1).optional(),
  /**
   * Why this segment is rendered differently from the same source text elsewhere: the translation-memory
   * check (scripts/translate/translation-memory.ts) accepts a differing translation only with this reason.
   */
  contextDiffers: z.string().min(1).optional(),
});
type TranslationEntry = z.output<typeof TranslationEntrySchema>;

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
const GlossaryTermSchema = z.object({
  id: SlugSchema,
  zh: z.string().min(1),
  /** Other Chinese spellings counted as the same term (Traditional script, short forms). */
  zhVariants: z.array(z.string()).default([]),
  /** Longer strings in which the term's characters do not form the term (共建国家标准信息平台 is 共建国家 + 标准…). */
  zhNotTerm: z.array(z.string()).default([]),
  /** The rendering every English text must use where the Chinese term occurs (the primary rendering). */
  en: z.string().min(1),
  /**
   * Other forms accepted as a rendering of the term: inflections of `en` (plural, hyphenation, a verb for a
   * noun) and other renderings that mean the term. Each must mean the term, never a neighbouring word that
   * happens to share its characters; the consistency check reports every use of a form that is not `en`
   * or an inflection of it, with its segment id.
   */
  enForms: z.array(z.string()).default([]),
  /** Where the primary rendering comes from: the official interpretation (003) or editorial. */
  enSource: z.enum(['official', 'editorial']),
  /** The official interpretation's rendering of the term where it differs from the (then editorial) primary one. */
  official: z.string().min(1).optional(),
  /** Why the primary rendering departs from the official interpretation's, when `official` is given (shown on the glossary page). */
  officialNote: z.object({ zh: z.string().min(1), en: z.string().min(1) }).optional(),
  /**
   * For an official title: the renderings of other terms that this title uses as published and that are not
   * their primary rendering (the Task List's title says "Standard Revision" for 制修订). Declared here, in one
   * place; the consistency check accepts them inside this title only.
   */
  titleUses: z.array(z.object({ term: SlugSchema, form: z.string().min(1) })).default([]),
  definition: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
});
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;

/** A glossary term with the places it occurs in the texts (found at build time). */
export const GlossaryEntrySchema = GlossaryTermSchema.extend({
  /** The accepted English forms (`enForms`) that the official English interpretation itself uses (found at build time); the others are editorial. */
  officialForms: z.array(z.string()),
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
