/**
 * The typed model the build scripts produce from the seeds and the site renders.
 * Every entity type is declared once here; the content collections in src/content.config.ts reuse them.
 */
import { z } from 'zod';
import { DocumentKindSchema, IsoDateSchema, LangSchema, SlugSchema } from './manifest.ts';
import { CitationFormSchema, CollectiveScopeSchema, InstrumentKindSchema, PlaceKindSchema, StandardLevelSchema } from './vocabulary.ts';

/** Where a piece of text stands in its seed file (1-based line). */
const SourceRefSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
});
export type SourceRef = z.output<typeof SourceRefSchema>;

/** Text of the source as published after the declared cleaning. */
const Text = z.string();

const ParagraphRoleSchema = z.enum([
  'body',
  'lead',
  'doc-number',
  'addressee',
  'signature',
  'date',
  'label',
  'status',
  'source',
]);

const ParagraphNodeSchema = z.object({
  type: z.literal('paragraph'),
  /** Anchor id, stable across builds of the same text. */
  id: z.string(),
  role: ParagraphRoleSchema,
  text: Text,
  source: SourceRefSchema,
});
export type ParagraphNode = z.output<typeof ParagraphNodeSchema>;

const NoteNodeSchema = z.object({
  type: z.literal('note'),
  id: z.string(),
  /** The label or number of the note as printed (注：1.). */
  marker: z.string(),
  text: Text,
  source: SourceRefSchema,
});
export type NoteNode = z.output<typeof NoteNodeSchema>;

const TableRowSchema = z.object({
  id: z.string(),
  cells: z.array(Text),
  source: SourceRefSchema,
});

const TableNodeSchema = z.object({
  type: z.literal('table'),
  id: z.string(),
  columns: z.array(z.string()),
  /** How many times the header row is printed (once per page of the original). */
  headerRepeats: z.number().int().positive(),
  groups: z.array(
    z.object({
      id: z.string(),
      marker: z.string(),
      ordinal: z.number().int().positive(),
      title: Text,
      rows: z.array(TableRowSchema),
      source: SourceRefSchema,
    }),
  ),
});
export type TableNode = z.output<typeof TableNodeSchema>;

/** An outline node: 一、 (depth 1), （一） (depth 2), 1. (depth 3), (1) (depth 4). */
export interface OutlineNode {
  type: 'outline';
  id: string;
  depth: number;
  /** The marker as printed, e.g. "（十七）". */
  marker: string;
  /** Its number: 17 for （十七）. */
  ordinal: number;
  /** The heading: the whole line, or its first sentence when a body follows on the same line. */
  title: string;
  /** The rest of the line after the title sentence, if any. */
  lead?: string;
  source: z.output<typeof SourceRefSchema>;
  children: BlockNode[];
}
/** An annex (附件) with its own title, holding a table and its notes. */
export interface AnnexNode {
  type: 'annex';
  id: string;
  title: string;
  source: z.output<typeof SourceRefSchema>;
  children: BlockNode[];
}
export type BlockNode = OutlineNode | ParagraphNode | NoteNode | TableNode | AnnexNode;

const OutlineNodeSchema: z.ZodType<OutlineNode> = z.lazy(() =>
  z.object({
    type: z.literal('outline'),
    id: z.string(),
    depth: z.number().int().min(1).max(4),
    marker: z.string(),
    ordinal: z.number().int().positive(),
    title: Text,
    lead: Text.optional(),
    source: SourceRefSchema,
    children: z.array(BlockNodeSchema),
  }),
);
const AnnexNodeSchema: z.ZodType<AnnexNode> = z.lazy(() =>
  z.object({
    type: z.literal('annex'),
    id: z.string(),
    title: Text,
    source: SourceRefSchema,
    children: z.array(BlockNodeSchema),
  }),
);
const BlockNodeSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.union([OutlineNodeSchema, ParagraphNodeSchema, NoteNodeSchema, TableNodeSchema, AnnexNodeSchema]),
);

/** What one cleaning rule did to one document. */
const CleaningReportSchema = z.object({
  rule: z.string(),
  /** How many changes it made. */
  changes: z.number().int().nonnegative(),
  /** The source line of each change (a line appears once per change on it). */
  lines: z.array(z.number().int().positive()),
  /** A few before/after examples, as they appear in the source. */
  examples: z.array(z.object({ line: z.number().int().positive(), before: z.string(), after: z.string() })),
  /** Lines removed whole (page furniture), with a redaction note when personal data was involved. */
  removed: z.array(z.object({ line: z.number().int().positive(), text: z.string(), redacted: z.boolean().default(false) })).default([]),
  reason: z.string().optional(),
});
export type CleaningReport = z.output<typeof CleaningReportSchema>;

export const DocumentSchema = z.object({
  id: SlugSchema,
  title: z.string(),
  /** True when the title is ours: the source prints no title for this part. */
  titleEditorial: z.boolean(),
  /** The title as the source prints it (the manifest's `heading`), when it prints one; it may carry more than `title` (a status such as （征求意见稿）). */
  heading: z.string().optional(),
  shortTitle: z.string(),
  kind: DocumentKindSchema,
  lang: LangSchema,
  issuers: z.array(z.string()),
  docNumber: z.string().optional(),
  date: IsoDateSchema.optional(),
  dateNote: z.string().optional(),
  status: z.string().optional(),
  batch: z.string().optional(),
  provenance: z.string(),
  seedFile: z.string(),
  /** Position among all documents, for stable ordering. */
  order: z.number().int().nonnegative(),
  truncated: z.boolean(),
  /** Declared awaiting translation (manifest `translationPending`): the other edition shows the original. */
  translationPending: z.boolean(),
  relations: z.array(
    z.object({
      type: z.enum(['contains', 'implements', 'interprets', 'related', 'contained-in', 'implemented-by', 'interpreted-by']),
      target: SlugSchema,
      note: z.string().optional(),
      editorial: z.boolean(),
    }),
  ),
  cleaning: z.array(CleaningReportSchema),
  /** The document tree. */
  blocks: z.array(BlockNodeSchema),
});
export type PolicyDocument = z.output<typeof DocumentSchema>;

/** A task's assignment: the words as printed, and what they resolve to. */
const AssignmentSchema = z.object({
  /** As printed inside the parentheses. */
  raw: z.string(),
  /** Places named one by one. */
  places: z.array(SlugSchema),
  /** A collective phrase (各试点示范省市 …), kept verbatim. */
  collective: z
    .object({
      phrase: z.string(),
      scope: CollectiveScopeSchema,
      mentions: z.array(SlugSchema),
      explanation: z.string(),
    })
    .optional(),
});
export type Assignment = z.output<typeof AssignmentSchema>;

export const TaskCategorySchema = z.object({
  /** `${list}-${key}`. */
  id: z.string(),
  /** `${part}-${sub}`, e.g. "3-1" for 三（一）; `${part}` for a part without sub-categories. */
  key: z.string().regex(/^\d+(?:-\d+)?$/),
  list: SlugSchema,
  part: z.number().int().positive(),
  partTitle: z.string(),
  level: StandardLevelSchema,
  sub: z.number().int().positive().optional(),
  /** The sub-category title, when there is one. */
  title: z.string().optional(),
  /** Anchor in the task-list document. */
  anchor: z.string(),
  /** Task numbers in it. */
  tasks: z.array(z.number().int().positive()),
});
export type TaskCategory = z.output<typeof TaskCategorySchema>;

/** A task of a national task list. */
export const TaskSchema = z.object({
  /** `${list}-${number}`. */
  id: z.string(),
  list: SlugSchema,
  number: z.number().int().positive(),
  title: z.string(),
  level: StandardLevelSchema,
  category: z.string(),
  assignment: AssignmentSchema,
  /** Anchor of the task's line in the task-list document. */
  anchor: z.string(),
  source: SourceRefSchema,
  /** Local tasks that adopt this task. */
  adoptedBy: z.array(z.string()),
});
export type Task = z.output<typeof TaskSchema>;

/** A row of a local plan's task table (e.g. Wuhan's annex). */
export const LocalTaskSchema = z.object({
  /** `${document}-${number}`. */
  id: z.string(),
  document: SlugSchema,
  number: z.number().int().positive(),
  content: z.string(),
  /** The group (一、…) of the table it sits in. */
  group: z.object({ ordinal: z.number().int().positive(), title: z.string() }),
  assignment: z.string(),
  lead: z.array(z.string()),
  leadRaw: z.string(),
  responsible: z.array(z.string()),
  responsibleRaw: z.string(),
  /** The national task it adopts (matched by text). */
  adopts: z.string(),
  anchor: z.string(),
  /** Notes under the table that speak about this row. */
  notes: z.array(z.string()),
  source: SourceRefSchema,
});
export type LocalTask = z.output<typeof LocalTaskSchema>;

/** A responsibility bracket 〔…牵头，…按职责分工负责〕 and the sentences it covers. */
const ResponsibilitySchema = z.object({
  /** The sentences before the bracket that it covers. */
  covers: z.string(),
  raw: z.string(),
  lead: z.array(z.string()),
  coResponsible: z.array(z.string()),
  /** Collective phrases such as 各有关部门, kept verbatim. */
  others: z.array(z.string()),
});
export type Responsibility = z.output<typeof ResponsibilitySchema>;

export const MeasureSchema = z.object({
  /** `${document}-${key}`. */
  id: z.string(),
  document: SlugSchema,
  /** The number alone for continuously numbered measures, else `${section}-${number}`. */
  key: z.string(),
  marker: z.string(),
  number: z.number().int().positive(),
  title: z.string(),
  /** Body paragraphs after the title sentence, each with its anchor (segment id) in the document. */
  body: z.array(z.object({ anchor: z.string(), text: z.string() })),
  /** Sub-items (e.g. Wuhan's stage items) as printed. */
  items: z.array(
    z.object({
      marker: z.string(),
      title: z.string(),
      text: z.string(),
      anchor: z.string(),
      /** Anchors of the pieces `text` joins (the item's lead and paragraphs), for translations. */
      parts: z.array(z.string()),
      /** A numeric target the item sets ("力争新增参与制修订国家标准100项以上" → at least 100 项). */
      target: z.object({ atLeast: z.number().int().positive(), unit: z.string(), clause: z.string() }).optional(),
    }),
  ),
  /** The section (aspect) it belongs to. */
  section: z.object({ ordinal: z.number().int().positive(), marker: z.string(), title: z.string(), anchor: z.string() }),
  /** The sub-section it belongs to, for depth-3 measures. */
  parent: z.object({ marker: z.string(), title: z.string(), anchor: z.string() }).optional(),
  label: z.string(),
  anchor: z.string(),
  /** Deadline printed with it, e.g. 完成时限：2025年4月 → 2025-04. */
  deadline: z.string().regex(/^\d{4}-\d{2}$/).optional(),
  responsibilities: z.array(ResponsibilitySchema),
  /** The source text stops inside this measure. */
  truncated: z.boolean(),
  source: SourceRefSchema,
});
export type Measure = z.output<typeof MeasureSchema>;

export const PlaceEntitySchema = z.object({
  id: SlugSchema,
  name: z.string(),
  shortName: z.string(),
  kind: PlaceKindSchema,
  province: SlugSchema.optional(),
  pilot: z.boolean(),
  cities: z.array(SlugSchema),
  /** Tasks assigned by name to this place. */
  namedTasks: z.array(z.string()),
  /** Tasks assigned by name to its cities (for a province). */
  cityTasks: z.array(z.string()),
  /** Tasks for all pilots (for a pilot) or phrased collectively and mentioning it. */
  collectiveTasks: z.array(z.string()),
  /** Tasks for willing or relevant pilots: open to it without naming it. */
  openTasks: z.array(z.string()),
  /** Local plans issued for it. */
  plans: z.array(SlugSchema),
});
export type PlaceEntity = z.output<typeof PlaceEntitySchema>;

const DepartmentRoleSchema = z.object({
  role: z.enum(['issuer', 'addressee', 'lead', 'co-responsible', 'responsible']),
  document: SlugSchema,
  /** The measure or local task where the role is given. */
  entity: z.string().optional(),
  /** The anchor in the document. */
  anchor: z.string().optional(),
});

export const DepartmentSchema = z.object({
  id: SlugSchema,
  name: z.string(),
  /** Other spellings found in the texts, each in the script of the text it was found in. */
  variants: z.array(z.object({ text: z.string(), lang: LangSchema })),
  /** central (national) or local (a city's bureau). */
  level: z.enum(['central', 'local']),
  roles: z.array(DepartmentRoleSchema),
});
export type Department = z.output<typeof DepartmentSchema>;

/** An editorial link from a task category to the measures it carries out, with the reason. */
export const CrosswalkLinkSchema = z.object({
  id: z.string(),
  list: SlugSchema,
  category: z.string(),
  measures: z.array(z.string()).min(1),
  reason: z.string(),
  en: z.object({ reason: z.string() }),
});
export type CrosswalkLink = z.output<typeof CrosswalkLinkSchema>;

/** An editorial link from a passage of the official interpretation to the measures it discusses. */
export const CommentarySchema = z.object({
  id: z.string(),
  /** The interpretation document and the paragraph anchor. */
  document: SlugSchema,
  anchor: z.string(),
  /** The interpretation's words, as published. */
  quote: z.string(),
  measures: z.array(z.string()).min(1),
  reason: z.string(),
  en: z.object({ reason: z.string() }),
});
export type Commentary = z.output<typeof CommentarySchema>;

/** A numeric target stated in a text ("制修订农业领域标准700项"), quoted with the place it comes from. */
export const TargetSchema = z.object({
  /** `${document}-${anchor}-${index}`: the index counts targets within one anchored text. */
  id: z.string(),
  document: SlugSchema,
  /** The element id on the document page of the text that states it. */
  anchor: z.string(),
  /** The measure whose text states it, when there is one. */
  measure: z.string().optional(),
  /** The number as printed. */
  value: z.number().positive(),
  /** The unit printed after the number: 项 (items), 个 (units), % (per cent). */
  unit: z.enum(['项', '个', '%']),
  /** The text says 以上 ("or more") after the number. */
  atLeast: z.boolean(),
  /** The clause holding the number, as printed. */
  clause: z.string(),
  /** The whole sentence, as printed (without a responsibility bracket that closes the sentence before). */
  sentence: z.string(),
  source: SourceRefSchema,
});
export type Target = z.output<typeof TargetSchema>;

/** A dated (or datable) item of a text: an issue date, a deadline, a stage, a period. */
export const TimelineItemSchema = z.object({
  id: z.string(),
  kind: z.enum(['issued', 'deadline', 'stage', 'period', 'duration']),
  /** YYYY-MM-DD, YYYY-MM or YYYY; absent for a duration whose start the text does not give. */
  date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/).optional(),
  /** The last year of a period (2024–2025). */
  end: z.string().regex(/^\d{4}$/).optional(),
  document: SlugSchema,
  /** The element id on the document page; absent when the date is not printed in the text. */
  anchor: z.string().optional(),
  /** The measure (a plan's stage) it belongs to. */
  measure: z.string().optional(),
  /** The words that give the date or length, as printed; for an issue date not printed, the date note. */
  clause: z.string(),
  /** The date is our reading (derived or inferred), not printed as such: shown labelled as editorial. */
  editorial: z.boolean(),
});
export type TimelineItem = z.output<typeof TimelineItemSchema>;

/** What a citation points to: a document of the corpus or an instrument outside it. */
const CitedSchema = z.object({ type: z.enum(['document', 'instrument']), id: SlugSchema });
export type Cited = z.output<typeof CitedSchema>;

/** A passage that names a document or an instrument (scripts/model/citations.ts). */
export const CitationSchema = z.object({
  /** `${document}-${anchor}-${index}`: the index counts citations within one anchored text. */
  id: z.string(),
  /** The citing document and the element id on its page of the text that holds the passage. */
  document: SlugSchema,
  anchor: z.string(),
  /** The translation segment of that text (a table cell's is `${row}-c${n}`). */
  segment: z.string(),
  /** The measure, task or local task whose text holds it, when one does. */
  measure: z.string().optional(),
  task: z.string().optional(),
  localTask: z.string().optional(),
  form: CitationFormSchema,
  /** The name as printed (《数字经济伙伴关系协定》, 商资发〔2024〕314号). */
  printed: z.string(),
  /** The sentence that holds it, as printed. */
  sentence: z.string(),
  cites: CitedSchema,
  source: SourceRefSchema,
});
export type Citation = z.output<typeof CitationSchema>;

/** An instrument the texts cite that is not a document of the corpus; its kind and English name are editorial. */
export const InstrumentSchema = z.object({
  id: SlugSchema,
  name: z.string(),
  kind: InstrumentKindSchema,
  kindReason: z.object({ zh: z.string(), en: z.string() }),
  abbreviation: z.string().optional(),
  docNumber: z.string().optional(),
  en: z.object({
    name: z.string(),
    /** The official interpretation's line that gives the name, when it gives one. */
    source: z.string().optional(),
    /** Why this name, when it is our translation. */
    reason: z.object({ zh: z.string(), en: z.string() }).optional(),
  }),
  /** Other names merged into this instrument, each with its reason or seed line. */
  names: z.array(z.object({ text: z.string(), lang: LangSchema, reason: z.string().optional(), source: z.string().optional() })),
});
export type Instrument = z.output<typeof InstrumentSchema>;

export const ModelSchema = z.object({
  documents: z.array(DocumentSchema),
  tasks: z.array(TaskSchema),
  categories: z.array(TaskCategorySchema),
  localTasks: z.array(LocalTaskSchema),
  measures: z.array(MeasureSchema),
  places: z.array(PlaceEntitySchema),
  departments: z.array(DepartmentSchema),
  crosswalk: z.array(CrosswalkLinkSchema),
  commentary: z.array(CommentarySchema),
  targets: z.array(TargetSchema),
  timeline: z.array(TimelineItemSchema),
  instruments: z.array(InstrumentSchema),
  citations: z.array(CitationSchema),
});
export type Model = z.output<typeof ModelSchema>;
