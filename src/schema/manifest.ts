/**
 * The seed manifest: what each seed file is, how it is cleaned and which parts of it play which role.
 * Declared once here; `seeds/manifest.json` is validated against it by the build.
 */
import { z } from 'zod';
import { CollectiveScopeSchema, PlaceKindSchema, StandardLevelSchema } from './vocabulary.ts';

/** Script and language of a text, as BCP 47 tags. */
export const LangSchema = z.enum(['zh-Hans', 'zh-Hant', 'en']);
export type Lang = z.output<typeof LangSchema>;

/** What kind of official document a part is. */
export const DocumentKindSchema = z.enum([
  'notice',
  'opinions',
  'task-list',
  'implementation-plan',
  'interpretation',
  'action-plan',
]);
export type DocumentKind = z.output<typeof DocumentKindSchema>;

/** A stable, URL-safe identifier: lower-case ASCII words joined by hyphens. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII words joined by hyphens');

/** An ISO calendar date (YYYY-MM-DD). */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD');

/** A named cleaning rule and where it applies; rules never run unless declared here. */
const CleaningRuleSchema = z.discriminatedUnion('rule', [
  z.object({
    /** Remove pinyin glosses after characters: "關(guan) 於(yu)" → "關於". */
    rule: z.literal('pinyin-gloss'),
  }),
  z.object({
    /** Split a text published as one run into lines at the spaces that separate its paragraphs. */
    rule: z.literal('run-in-paragraphs'),
  }),
  z.object({
    /** Remove PDF-extraction spaces inside words and numbers: "市场监 管总局" → "市场监管总局", "5 0%" → "50%". */
    rule: z.literal('extraction-spaces'),
    /** Spaced runs the source means (e.g. "5G 全连接工厂"): kept as they are. */
    keep: z.array(z.string()).default([]),
  }),
  z.object({
    /** Join a line that stops mid-sentence with the line that continues it. */
    rule: z.literal('broken-lines'),
  }),
  z.object({
    /** Cut lines of the reposting site's page furniture (headers, footers, contact data). */
    rule: z.literal('page-furniture'),
    /** Regular expressions (JavaScript syntax) matched against whole trimmed lines. */
    patterns: z.array(z.string()).min(1),
    /** Where such lines may stand: before the first heading or after the last paragraph. */
    where: z.enum(['head', 'tail']),
    /** Why these lines are not part of the document. */
    reason: z.string(),
    /**
     * Patterns among `patterns` whose lines hold personal data (a phone number, an e-mail address):
     * such lines are removed and redacted everywhere — the source notes and the published raw text
     * say that a line was redacted, never what it said.
     */
    redact: z.array(z.string()).default([]),
  }),
]);
export type CleaningRule = z.output<typeof CleaningRuleSchema>;

/** A relation from one document to another. */
const RelationSchema = z.object({
  /** contains: a part of the same publication; implements/interprets: acts on the target; related: shares themes. */
  type: z.enum(['contains', 'implements', 'interprets', 'related']),
  /** Target document id. */
  target: SlugSchema,
  /** Why the relation holds, for readers; editorial where the text does not say it. */
  note: z.string().optional(),
  /** True when the relation is our reading rather than stated in the text. */
  editorial: z.boolean().default(false),
});

/** Which outline nodes of a document are its measures (policy measures, tasks of a plan). */
const MeasureSelectionSchema = z.object({
  /** Sections (by their 一、二、… ordinal) whose nodes are measures; all sections when omitted. */
  sections: z.array(z.number().int().positive()).optional(),
  /** Outline depth of the measure nodes: 2 for （一）, 3 for 1. */
  depth: z.number().int().min(2).max(3),
  /** continuous: numbered across sections, so the number alone identifies it; per-section: section-number. */
  numbering: z.enum(['continuous', 'per-section']),
  /** How the document names these nodes (措施, 主要任务, …), shown on pages. */
  label: z.string(),
  /** Measures end with responsibility brackets 〔…牵头，…按职责分工负责〕 naming departments. */
  responsibilityBrackets: z.boolean().default(false),
});

/** A task list written as numbered lines ending in an assignment in parentheses. */
const TaskListSchema = z.object({
  /** Outline depth of the task lines (3 for "1."). */
  depth: z.literal(3),
  /** Standard level of each top-level part, by the part's ordinal (1 = 一、). */
  levels: z.record(z.string().regex(/^\d+$/), StandardLevelSchema),
});

/** A table written one cell per line (tab-indented), with a repeated header row. */
export const AnnexTableSchema = z.object({
  /** Header cells, in order, exactly as written. */
  columns: z.array(z.string()).min(2),
  /** What each column holds, by header text. */
  roles: z.object({
    number: z.string(),
    content: z.string(),
    assignment: z.string(),
    lead: z.string(),
    responsible: z.string(),
  }),
  /**
   * The task list(s) whose tasks these rows adopt, matched by text: one id, or a list when the plan
   * takes tasks from several batches (a row matching tasks of two lists is an input error).
   */
  adopts: z.union([SlugSchema, z.array(SlugSchema).min(1)]).transform((value) => (Array.isArray(value) ? value : [value])),
  /** The cell text that means "none". */
  empty: z.string().default('-'),
});

/** One document inside a seed file: a whole file, or a part starting at its declared title. */
const DocumentEntrySchema = z.object({
  /** Stable id; also the URL segment of the document. */
  id: SlugSchema,
  /**
   * The title as printed at the start of the part (line breaks and spaces in the source are ignored when
   * matching). The part starts at these lines; without it the part starts where the previous one ends.
   */
  heading: z.string().min(1).optional(),
  /** Display title; when no heading is printed it is an editorial title, and pages say so. */
  title: z.string().min(1),
  /** Short name readers use. */
  shortTitle: z.string().min(1),
  kind: DocumentKindSchema,
  /** Issuing bodies as named in the text. */
  issuers: z.array(z.string()).default([]),
  /** Document number (文号), e.g. 商资发〔2024〕314号. */
  docNumber: z.string().optional(),
  /** Date of issue; omitted when the text gives none. */
  date: IsoDateSchema.optional(),
  /** How the date is known, when it is not printed on the document itself. */
  dateNote: z.string().optional(),
  /** Status such as 征求意见稿; omitted for a final text. */
  status: z.string().optional(),
  /** Part of a document series, e.g. 首批 (first batch). */
  batch: z.string().optional(),
  relations: z.array(RelationSchema).default([]),
  measures: MeasureSelectionSchema.optional(),
  taskList: TaskListSchema.optional(),
  /** An annex table inside this part, starting at its declared title. */
  annex: z
    .object({
      /** The annex title as printed (line breaks ignored); the table follows it. */
      heading: z.string(),
      table: AnnexTableSchema,
    })
    .optional(),
  /** The place a local plan is for (e.g. wuhan). */
  place: SlugSchema.optional(),
  /**
   * Department names as this document prints them → the department meant, where the name alone does
   * not say: a city plan's 市商务局 is its own city's bureau (`{"市商务局": "杭州市商务局"}`). Read before
   * the manifest-wide `departmentAliases`.
   */
  departmentNames: z.record(z.string(), z.string()).default({}),
  /** The source stops mid-text; readers are told where. */
  truncated: z.boolean().default(false),
  /**
   * The translation is not done yet: the document is published the day it appears, and the other
   * edition shows the original text under a "not yet translated" notice until the flag is removed.
   */
  translationPending: z.boolean().default(false),
});
export type DocumentEntry = z.output<typeof DocumentEntrySchema>;

/** One seed file and the documents in it. */
export const SeedEntrySchema = z.object({
  /** File name inside seeds/. */
  file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name'),
  lang: LangSchema,
  /** Where the text comes from, as the text itself states it (repost header, 来源 line). */
  provenance: z.string(),
  cleaning: z.array(CleaningRuleSchema).default([]),
  /** Documents in reading order; each starts at its title. */
  documents: z.array(DocumentEntrySchema).min(1),
});
export type SeedEntry = z.output<typeof SeedEntrySchema>;

/** A phrase that assigns a task to a group of places rather than one by name. */
const CollectivePhraseSchema = z.object({
  phrase: z.string(),
  /** all: every pilot; willing: pilots that choose to; relevant: those the task concerns. */
  scope: CollectiveScopeSchema,
  /** Places the phrase names while also addressing a group (e.g. 广州 in 广州及其他有意愿的…). */
  mentions: z.array(SlugSchema).default([]),
  /** Plain-language explanation for readers. */
  explanation: z.string(),
});

/** A place: a pilot province/municipality or a city inside one. */
const PlaceSchema = z.object({
  id: SlugSchema,
  /** Full official name, e.g. 江苏省. */
  name: z.string(),
  /** Short names used in the texts, e.g. 江苏, 南京. */
  shortNames: z.array(z.string()).min(1),
  kind: PlaceKindSchema,
  /** For a city: the province it belongs to. */
  province: SlugSchema.optional(),
  /** One of the pilot provinces/municipalities of the programme. */
  pilot: z.boolean().default(false),
});
type Place = z.output<typeof PlaceSchema>;

export const ManifestSchema = z.object({
  /** Free-text note for people editing the file. */
  $comment: z.string().optional(),
  /** Seed files in reading order. */
  seeds: z.array(SeedEntrySchema).min(1),
  places: z.array(PlaceSchema).min(1),
  collectivePhrases: z.array(CollectivePhraseSchema).default([]),
  /** Department names written differently for the same body: variant → canonical name. */
  departmentAliases: z.record(z.string(), z.string()).default({}),
});
export type Manifest = z.output<typeof ManifestSchema>;
export type ManifestInput = z.input<typeof ManifestSchema>;
