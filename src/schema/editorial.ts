/** Editorial data: reviewed links and names that are our reading of the texts, not statements in them. */
import { z } from 'zod';
import { LangSchema, SlugSchema } from './manifest.ts';
import { InstrumentKindSchema } from './vocabulary.ts';

export const CrosswalkFileSchema = z.object({
  $comment: z.string().optional(),
  /** The task list whose categories are linked. */
  list: SlugSchema,
  /** The document whose measures they carry out. */
  measuresOf: SlugSchema,
  links: z.array(
    z.object({
      /** Category key: "2-1" for 二（一）, "5" for a part without sub-categories. */
      category: z.string().regex(/^\d+(?:-\d+)?$/),
      /** Measure keys in `measuresOf`. */
      measures: z.array(z.string()).min(1),
      /** One line: why the link holds. */
      reason: z.string().min(1),
      /** The same reason in English. */
      reasonEn: z.string().min(1),
    }),
  ),
});
export type CrosswalkFile = z.output<typeof CrosswalkFileSchema>;

/**
 * Which paragraphs of the official interpretation discuss which measures: our reading, kept as reviewed
 * data. `quote` is the interpretation's own sentence (checked to occur word for word in the paragraph).
 */
export const CommentaryFileSchema = z.object({
  $comment: z.string().optional(),
  /** The interpretation document. */
  interpretation: SlugSchema,
  /** The document whose measures it discusses. */
  measuresOf: SlugSchema,
  links: z.array(
    z.object({
      paragraph: z.string().min(1),
      quote: z.string().min(1),
      measures: z.array(z.string()).min(1),
      reason: z.string().min(1),
      reasonEn: z.string().min(1),
    }),
  ),
});
export type CommentaryFile = z.output<typeof CommentaryFileSchema>;

/** Where an alias is written in a seed: the seed file's three-digit number and the line, "002 line 162". */
const AliasSourceSchema = z.string().regex(/^\d{3} line [1-9]\d*$/, 'must read "NNN line N": the seed file\'s number and a line of it');

/**
 * One other name of a department, place or document: a spelling found in a text (`source`, checked to
 * be on that line) or one readers use that the texts do not (`reason`, shown labelled as editorial).
 */
const AliasEntrySchema = z
  .object({
    /** The name as readers write it. */
    text: z.string().trim().min(1),
    /** Its language and script. */
    lang: LangSchema,
    /** The seed line that writes it so; an alias with a source is shown as the texts' own. */
    source: AliasSourceSchema.optional(),
    /** Why readers use it, when no text writes it (an English acronym, a full official name). */
    reason: z.string().min(1).optional(),
  })
  .refine((entry) => entry.source !== undefined || entry.reason !== undefined, { message: 'needs a "source" (where a text writes it) or a "reason"' });
export type AliasEntry = z.output<typeof AliasEntrySchema>;

/** Other names of entities, by kind and then by the entity's id in the model (a department's pinyin slug). */
export const AliasesFileSchema = z.object({
  $comment: z.string().optional(),
  departments: z.record(SlugSchema, z.array(AliasEntrySchema).min(1)),
  places: z.record(SlugSchema, z.array(AliasEntrySchema).min(1)),
  documents: z.record(SlugSchema, z.array(AliasEntrySchema).min(1)),
});
export type AliasesFile = z.output<typeof AliasesFileSchema>;
type AliasesFileInput = z.input<typeof AliasesFileSchema>;

/** A group of English words readers use for one thing ("SME", "small and medium-sized enterprises"). */
const SynonymGroupSchema = z.object({
  /** Two or more terms, each a word or phrase of its own. */
  terms: z.array(z.string().trim().min(1)).min(2),
  /** Why they mean the same here. */
  reason: z.string().min(1),
});
export type SynonymGroup = z.output<typeof SynonymGroupSchema>;

/** English near-synonyms and abbreviations for words of the translations: shipped to the search. */
export const SynonymsFileSchema = z.object({
  $comment: z.string().optional(),
  groups: z.array(SynonymGroupSchema).min(1),
});
type SynonymsFile = z.output<typeof SynonymsFileSchema>;
type SynonymsFileInput = z.input<typeof SynonymsFileSchema>;

/**
 * Source notes: a form the source prints that is an error of the source itself (the pilot notice's
 * Simplified → Traditional conversion wrote 機製 for 機制). The text is published as printed; the note
 * says so on the document's page, labelled editorial, with the form the script's standard uses.
 */
export const SourceNotesFileSchema = z.object({
  $comment: z.string().optional(),
  notes: z.array(
    z.object({
      /** The document whose source prints it. */
      document: SlugSchema,
      /** The form as printed (checked to occur in the seed on the line `source` names). */
      printed: z.string().min(1),
      /** The form the document's script writes as standard. */
      standard: z.string().min(1),
      /** Where it is printed first: "001 line 2" (seed file prefix, line). */
      source: z.string().regex(/^\d{3} line \d+$/),
      /** One line: why it is an error of the source, in Chinese. */
      reason: z.string().min(1),
      /** The same reason in English. */
      reasonEn: z.string().min(1),
    }),
  ),
});
type SourceNotesFile = z.output<typeof SourceNotesFileSchema>;
export type SourceNote = SourceNotesFile['notes'][number];

/** A reason shown on both editions' pages. */
const BilingualReasonSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });

/**
 * Instruments the texts cite that are not documents of the corpus (seeds/editorial/instruments.json):
 * agreements, plans, guides. Everything here is our reading and shown labelled editorial; the build
 * checks that every instrument is cited by some text and every citation resolves to a document or an
 * instrument.
 */
const InstrumentEntrySchema = z
  .object({
    /** The page's id: /instruments/{id}/. */
    id: SlugSchema,
    /** Its Chinese name as the texts print it inside 《》. */
    name: z.string().trim().min(1),
    /** What it is. */
    kind: InstrumentKindSchema,
    /** One line: why it is of that kind, in Chinese and English. */
    kindReason: BilingualReasonSchema,
    /** Its abbreviation (RCEP); found in texts as a name of its own. */
    abbreviation: z.string().trim().min(1).optional(),
    /** Its document number, when it has one (a 文号 in any bracket form resolves to it). */
    docNumber: z.string().trim().min(1).optional(),
    /** Its English name. */
    en: z.string().trim().min(1),
    /** Where the official interpretation gives that English name ("003 line 4"); else `enReason`. */
    enSource: AliasSourceSchema.optional(),
    /** Why this English name, when the interpretation gives none (an editorial translation), in Chinese and English. */
    enReason: BilingualReasonSchema.optional(),
    /** Other names of the same instrument: each one a merge, with its reason (or the seed line that writes it). */
    names: z.array(AliasEntrySchema).default([]),
  })
  .refine((entry) => entry.enSource !== undefined || entry.enReason !== undefined, { message: 'needs an "enSource" (the interpretation\'s line giving the English name) or an "enReason"' });
type InstrumentEntry = z.output<typeof InstrumentEntrySchema>;

export const InstrumentsFileSchema = z.object({
  $comment: z.string().optional(),
  instruments: z.array(InstrumentEntrySchema),
});
export type InstrumentsFile = z.output<typeof InstrumentsFileSchema>;
type InstrumentsFileInput = z.input<typeof InstrumentsFileSchema>;
