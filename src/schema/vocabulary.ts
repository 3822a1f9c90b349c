/**
 * The closed vocabularies of the site, each declared once: the manifest, the model, the open-data
 * tables and the pages all take their values (and zod schemas) from here.
 */
import { z } from 'zod';

/** The level of standard a task asks for (the task list's parts: 一、国家标准 …). */
export const STANDARD_LEVELS = ['national', 'industry', 'local', 'group', 'other'] as const;
export const StandardLevelSchema = z.enum(STANDARD_LEVELS);
export type StandardLevel = z.output<typeof StandardLevelSchema>;

/** What kind of place a pilot or city is. */
const PLACE_KINDS = ['municipality', 'province', 'city'] as const;
export const PlaceKindSchema = z.enum(PLACE_KINDS);
type PlaceKind = z.output<typeof PlaceKindSchema>;

/** Whom a collective phrase (各试点示范省市 …) addresses: every pilot, those willing, those the task concerns. */
export const COLLECTIVE_SCOPES = ['all', 'willing', 'relevant'] as const;
export const CollectiveScopeSchema = z.enum(COLLECTIVE_SCOPES);
type CollectiveScope = z.output<typeof CollectiveScopeSchema>;

/** The kinds of entity a link of the open data (/data/links.csv) joins. */
const LINKED_ENTITY_TYPES = ['document', 'task', 'local-task', 'category', 'measure', 'city', 'department'] as const;
export const LinkedEntityTypeSchema = z.enum(LINKED_ENTITY_TYPES);
export type LinkedEntityType = z.output<typeof LinkedEntityTypeSchema>;

/** What an instrument a text cites is (editorial: our reading, labelled on its page). */
export const INSTRUMENT_KINDS = ['law', 'plan', 'agreement', 'standard', 'notice', 'guide'] as const;
export const InstrumentKindSchema = z.enum(INSTRUMENT_KINDS);
export type InstrumentKind = z.output<typeof InstrumentKindSchema>;

/**
 * How a text names what it cites: a book title 《…》, a title nested in one 〈…〉, a document number
 * (商资发〔2024〕314号), an agreement's name or abbreviation without marks (RCEP), or a quoted title in an
 * English text ("Opinions").
 */
const CITATION_FORMS = ['book-title', 'nested-title', 'doc-number', 'name', 'quoted'] as const;
export const CitationFormSchema = z.enum(CITATION_FORMS);
export type CitationForm = z.output<typeof CitationFormSchema>;

/**
 * The Word files of a document: its original text, its translation, and the two side by side (a
 * two-column table of the aligned segments). A document awaiting translation has the first only.
 */
const DOWNLOAD_VARIANTS = ['original', 'translation', 'side-by-side'] as const;
export const DownloadVariantSchema = z.enum(DOWNLOAD_VARIANTS);
export type DownloadVariant = z.output<typeof DownloadVariantSchema>;
