/**
 * Reads the translation files, checks them against the model (every segment translated, none stale,
 * none left over), and writes skeleton entries for new segments (`npm run translations`).
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { TranslationFileSchema, type TranslationFile } from '../../src/schema/translation.ts';
import type { Lang } from '../../src/schema/manifest.ts';
import type { Model, PolicyDocument } from '../../src/schema/model.ts';
import { SeedError, SeedErrors } from '../lib/seed-error.ts';
import { segmentsOf, sourceHash, type Segment } from './segments.ts';
import { jsonLines } from '../read/json-lines.ts';

/** Chinese documents are translated into English, English ones into Simplified Chinese. */
function targetLang(document: Pick<PolicyDocument, 'lang'>): Lang {
  return document.lang === 'en' ? 'zh-Hans' : 'en';
}

export function translationPath(document: Pick<PolicyDocument, 'id' | 'lang'>): string {
  return `translations/${targetLang(document)}/${document.id}.json`;
}

export interface LoadedTranslation {
  file: TranslationFile;
  /** Path as shown in messages, relative to the project. */
  label: string;
  raw: string;
}

export async function readTranslation(seedsDir: string, document: Pick<PolicyDocument, 'id' | 'lang'>): Promise<LoadedTranslation | undefined> {
  const path = `${seedsDir}/${translationPath(document)}`;
  const label = `seeds/${translationPath(document)}`;
  if (!existsSync(path)) return undefined;
  const raw = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    throw new SeedError(label, undefined, `not valid JSON (${(cause as Error).message})`, { cause });
  }
  const parsed = TranslationFileSchema.safeParse(json);
  if (!parsed.success) throw new SeedError(label, undefined, parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  if (parsed.data.document !== document.id) throw new SeedError(label, undefined, `is for document "${parsed.data.document}", expected "${document.id}"`);
  return { file: parsed.data, label, raw };
}

/** The translation files of the documents, by document id (undefined where a document has none yet), each read once per build. */
export type ReadTranslations = Map<string, LoadedTranslation | undefined>;

export async function readTranslations(seedsDir: string, documents: Array<Pick<PolicyDocument, 'id' | 'lang'>>): Promise<ReadTranslations> {
  const read: ReadTranslations = new Map();
  for (const document of documents) read.set(document.id, await readTranslation(seedsDir, document));
  return read;
}

/**
 * Each document's title and short title as its translation gives them (segments `meta-title`,
 * `meta-short-title`), taken before the model is built: a text in the other language cites the document
 * by them (the interpretation quotes the Opinions' English title), so they are names citations resolve by.
 */
export function translatedTitles(read: ReadTranslations): Map<string, string[]> {
  return new Map(
    [...read].map(([id, loaded]) => [
      id,
      (loaded?.file.segments ?? [])
        .filter((segment) => segment.id === 'meta-title' || segment.id === 'meta-short-title')
        .map((segment) => segment.text.replace(/^the /iu, ''))
        .filter((text) => text !== ''),
    ]),
  );
}

/** The 1-based line of a segment's entry in the file, for messages (a missing segment has none). */
function lineOf(loaded: LoadedTranslation | undefined, id: string): number | undefined {
  const index = loaded?.file.segments.findIndex((entry) => entry.id === id) ?? -1;
  return loaded && index >= 0 ? jsonLines(loaded.raw)(['segments', index, 'id']) : undefined;
}

export interface TranslationStatus {
  document: string;
  lang: Lang;
  total: number;
  translated: number;
  missing: Segment[];
  stale: Segment[];
  orphans: string[];
}

export function statusOf(document: PolicyDocument, model: Model, loaded: LoadedTranslation | undefined): TranslationStatus {
  const segments = segmentsOf(document, model);
  const entries = new Map((loaded?.file.segments ?? []).map((entry) => [entry.id, entry]));
  const missing: Segment[] = [];
  const stale: Segment[] = [];
  for (const segment of segments) {
    const entry = entries.get(segment.id);
    if (!entry || entry.text.trim() === '') missing.push(segment);
    else if (entry.hash !== sourceHash(segment.text)) stale.push(segment);
  }
  const ids = new Set(segments.map((segment) => segment.id));
  const orphans = [...entries.keys()].filter((id) => !ids.has(id));
  return { document: document.id, lang: targetLang(document), total: segments.length, translated: segments.length - missing.length - stale.length, missing, stale, orphans };
}

/** Errors for every untranslated, stale or left-over segment, naming file and line. */
export function translationErrors(status: TranslationStatus, loaded: LoadedTranslation | undefined, label: string): SeedError[] {
  return [
    ...status.missing.map((segment) => new SeedError(label, lineOf(loaded, segment.id), `segment "${segment.id}" has no translation (source: ${JSON.stringify(segment.text.slice(0, 40))})`)),
    ...status.stale.map((segment) => new SeedError(label, lineOf(loaded, segment.id), `segment "${segment.id}" is stale: its source text changed since it was translated (now: ${JSON.stringify(segment.text.slice(0, 40))})`)),
    ...status.orphans.map((id) => new SeedError(label, lineOf(loaded, id), `segment "${id}" no longer exists in the document; remove it`)),
  ];
}

/** Checks the translations read (readTranslations) against the model; throws one SeedErrors listing every problem. */
export function checkTranslations(model: Model, read: ReadTranslations): Map<string, TranslationFile> {
  const files = new Map<string, TranslationFile>();
  const errors: SeedError[] = [];
  for (const document of model.documents) {
    const loaded = read.get(document.id);
    const label = `seeds/${translationPath(document)}`;
    // Declared pending: only its metadata (title, short title, provenance …: how other pages name it) must be
    // translated and current; the rest of its file is work in progress and is not shown (a stale entry never passes as current).
    if (document.translationPending) {
      const status = statusOf(document, model, loaded);
      const isMeta = (segment: Segment) => segment.id.startsWith(META_SEGMENT);
      const metaStatus = { ...status, missing: status.missing.filter(isMeta), stale: status.stale.filter(isMeta), orphans: [] };
      if (!loaded && metaStatus.missing.length > 0) {
        errors.push(new SeedError(label, undefined, `missing: a document awaiting translation still needs its metadata (${metaStatus.missing.map((segment) => segment.id).join(', ')}) translated (run \`npm run translations\` to create a skeleton)`));
        continue;
      }
      const problems = translationErrors(metaStatus, loaded, label);
      errors.push(...problems);
      if (problems.length === 0) files.set(document.id, untranslated(document, model, loaded!.file));
      continue;
    }
    if (!loaded) {
      errors.push(new SeedError(label, undefined, `missing: every document needs a translation into ${targetLang(document)} (run \`npm run translations\` to create a skeleton)`));
      continue;
    }
    errors.push(...translationErrors(statusOf(document, model, loaded), loaded, label));
    files.set(document.id, loaded.file);
  }
  if (errors.length > 0) throw new SeedErrors(errors);
  return files;
}

/** Segments of a document's metadata (meta-title, meta-short-title, meta-issuer-1 …). */
const META_SEGMENT = 'meta-';

/**
 * What the other edition shows of a document awaiting translation: its metadata translated (checked
 * current), every other segment in the original language (pages mark it so; see `translationPending`).
 */
function untranslated(document: PolicyDocument, model: Model, file: TranslationFile): TranslationFile {
  const meta = new Map(file.segments.filter((entry) => entry.id.startsWith(META_SEGMENT)).map((entry) => [entry.id, entry]));
  return {
    ...file,
    segments: segmentsOf(document, model).map((segment) => meta.get(segment.id) ?? { id: segment.id, hash: sourceHash(segment.text), source: segment.text, text: segment.text }),
  };
}

/**
 * Brings each translation file in line with the model: keeps every existing translation (stale ones
 * keep their old hash, so the check still reports them), adds empty entries for new segments, and
 * orders entries as the document reads.
 */
export async function updateSkeletons(seedsDir: string, model: Model, translator: string): Promise<TranslationStatus[]> {
  const statuses: TranslationStatus[] = [];
  for (const document of model.documents) {
    const loaded = await readTranslation(seedsDir, document);
    const existing = new Map((loaded?.file.segments ?? []).map((entry) => [entry.id, entry]));
    const segments = segmentsOf(document, model);
    const file: TranslationFile = {
      $comment: loaded?.file.$comment ?? `Unofficial translation (editorial) of "${document.title}" into ${targetLang(document)}. Keyed by segment id; hash = first 16 hex digits of SHA-256 of the source text. Fill "text"; \`npm test\` fails on missing or stale entries.`,
      document: document.id,
      from: document.lang,
      to: targetLang(document),
      translator: loaded?.file.translator ?? translator,
      segments: [
        ...segments.map((segment) => {
          const entry = existing.get(segment.id);
          return entry ? { ...entry, source: entry.hash === sourceHash(segment.text) ? segment.text : entry.source } : { id: segment.id, hash: sourceHash(segment.text), source: segment.text, text: '' };
        }),
        ...[...existing.values()].filter((entry) => !segments.some((segment) => segment.id === entry.id)),
      ],
    };
    const path = `${seedsDir}/${translationPath(document)}`;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(file, null, 2)}\n`);
    statuses.push(statusOf(document, model, { file, label: path, raw: '' }));
  }
  return statuses;
}
