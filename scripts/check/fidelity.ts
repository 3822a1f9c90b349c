/**
 * The fidelity check: after the cleaning each seed declares, every sentence of every seed must appear,
 * in order, in the visible text of its document's page in the document's own language. Text a rule cut
 * must be listed under that rule, on the page and in the report; a line that vanished without a rule
 * saying so is a failure.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang, SeedEntry } from '../../src/schema/manifest.ts';
import type { CleaningReport } from '../../src/schema/model.ts';
import { localeOfLang, localePath } from '../../src/i18n/locales.ts';
import { routes } from '../../src/lib/routes.ts';
import { applyCleaning } from '../clean/apply-cleaning.ts';
import type { SourceLine } from '../lib/source-line.ts';
import { splitParts, type DocumentPart } from '../parse/split-parts.ts';
import { loadManifest } from '../read/load-manifest.ts';
import { readSeed } from '../read/read-seed.ts';
import { readPageText, type PageText } from './page-text.ts';
import { normalizeText, splitSentences } from './sentences.ts';

/** One sentence of a seed, where it stands and how it is compared. */
export interface Sentence {
  file: string;
  line: number;
  text: string;
  /** The text as compared (normalizeText). */
  normalized: string;
}

export interface MissingSentence extends Sentence {
  /** It is on the page, but not in its place (before a sentence that follows it in the source). */
  outOfOrder: boolean;
}

/** A line a cleaning rule removed. */
interface CutLine {
  rule: string;
  reason?: string;
  line: number;
  /** Empty when redacted (personal data). */
  text: string;
  redacted: boolean;
  /** The page's source notes list it (its line number, and its text unless redacted). */
  listedOnPage: boolean;
}

interface DocumentFidelity {
  document: string;
  lang: Lang;
  /** The page checked, as a site path. */
  page: string;
  /** False when the build has no such page. */
  pageFound: boolean;
  sentences: number;
  found: number;
  /** found / sentences, in per cent. */
  coverage: number;
  missing: MissingSentence[];
  /** Source lines the page shows once although the source prints them repeatedly (a table header per page). */
  collapsed: Array<{ what: string; lines: number[] }>;
  cut: CutLine[];
}

interface SeedFidelity {
  file: string;
  /** What each declared rule did: how many changes, on which lines. */
  rules: Array<{ rule: string; reason?: string; changes: number; lines: number[] }>;
  /** Non-blank source lines that lost text in cleaning without a rule naming them. */
  unaccounted: number[];
  documents: DocumentFidelity[];
}

export interface FidelityReport {
  seeds: SeedFidelity[];
  ok: boolean;
}

export interface FidelityOptions {
  seedsDir: string;
  /** The built site. */
  siteDir: string;
  /** Reads a built page by its site path; defaults to `{siteDir}{path}index.html`. */
  readPage?: (path: string) => Promise<string>;
}

export async function checkFidelity(options: FidelityOptions): Promise<FidelityReport> {
  const readPage = options.readPage ?? ((path: string) => readFile(join(options.siteDir, path, 'index.html'), 'utf8'));
  const manifest = await loadManifest(options.seedsDir);
  const seeds: SeedFidelity[] = [];
  for (const seed of manifest.seeds) seeds.push(await checkSeed(seed, options.seedsDir, readPage));
  const ok = seeds.every((seed) => seed.unaccounted.length === 0 && seed.documents.every((document) => document.missing.length === 0 && document.cut.every((cut) => cut.listedOnPage)));
  return { seeds, ok };
}

async function checkSeed(seed: SeedEntry, seedsDir: string, readPage: (path: string) => Promise<string>): Promise<SeedFidelity> {
  const read = await readSeed(join(seedsDir, seed.file), `seeds/${seed.file}`);
  const { lines, reports } = applyCleaning(read.lines, seed.cleaning, read.label);
  const parts = splitParts(lines, seed, read.label);
  const documents: DocumentFidelity[] = [];
  for (const part of parts) {
    const page = originalPage(part.entry.id, seed.lang);
    const html = await readPage(page).catch((error: NodeJS.ErrnoException) => {
      // A document without a page is the worst loss of all: every sentence is reported missing.
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    documents.push({ ...checkDocument(part, seed, read.label, reports, page, readPageText(html ?? '')), pageFound: html !== undefined });
  }
  return {
    file: read.label,
    rules: reports.map((report) => ({ rule: report.rule, ...(report.reason ? { reason: report.reason } : {}), changes: report.changes, lines: [...new Set(report.lines)] })),
    unaccounted: unaccountedLines(read.lines, lines, reports),
    documents,
  };
}

/** The page that shows a document in its own language: Chinese at the root, English under /en/. */
function originalPage(document: string, lang: Lang): string {
  return localePath(localeOfLang(lang), routes.document(document));
}

function checkDocument(part: DocumentPart, seed: SeedEntry, file: string, reports: CleaningReport[], page: string, text: PageText): Omit<DocumentFidelity, 'pageFound'> {
  const collapsed = repeatedHeaderRows(part);
  const collapsedLines = new Set(collapsed.flatMap((entry) => entry.lines));
  const sentencesOf = (lines: SourceLine[]) => lines.filter((line) => !collapsedLines.has(line.line)).flatMap((line) => toSentences(line, seed.lang, file));
  const heading = sentencesOf(part.headingLines);
  const body = sentencesOf([...part.front, ...part.body, ...(part.annex ? [...part.annex.headingLines, ...part.annex.body] : [])]);
  const missing = [...matchInOrder(heading, normalizeText(text.heading)), ...matchInOrder(body, normalizeText(text.body))];
  const total = heading.length + body.length;
  const notes = normalizeText(text.sourceNotes);
  const cut = reports.flatMap((report) =>
    report.removed.map((entry): CutLine => ({
      rule: report.rule,
      ...(report.reason ? { reason: report.reason } : {}),
      line: entry.line,
      text: entry.text,
      redacted: entry.redacted,
      listedOnPage: new RegExp(`(?<!\\d)${entry.line}(?!\\d)`).test(notes) && (entry.redacted || notes.includes(normalizeText(entry.text))),
    })),
  );
  return {
    document: part.entry.id,
    lang: seed.lang,
    page,
    sentences: total,
    found: total - missing.length,
    coverage: total === 0 ? 100 : (100 * (total - missing.length)) / total,
    missing,
    collapsed: collapsed.map((entry) => ({ what: entry.what, lines: entry.lines })),
    cut,
  };
}

function toSentences(line: SourceLine, lang: Lang, file: string): Sentence[] {
  return splitSentences(line.text, lang)
    .map((text) => ({ file, line: line.line, text, normalized: normalizeText(text) }))
    .filter((sentence) => sentence.normalized !== '');
}

/**
 * Finds each sentence in the text after the one before it. A sentence that is not there (or only
 * earlier, out of order) is missing; the search goes on from where the last one was found.
 */
export function matchInOrder(sentences: Sentence[], text: string): MissingSentence[] {
  const missing: MissingSentence[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const at = text.indexOf(sentence.normalized, cursor);
    if (at < 0) {
      missing.push({ ...sentence, outOfOrder: text.includes(sentence.normalized) });
      continue;
    }
    cursor = at + sentence.normalized.length;
  }
  return missing;
}

/**
 * An annex table's header row, printed again at each page break of the source, is shown once: its
 * repeats are listed, not searched. The header is the one the manifest declares (annex.table.columns).
 */
function repeatedHeaderRows(part: DocumentPart): Array<{ what: string; lines: number[] }> {
  const columns = part.entry.annex?.table.columns;
  if (!columns || !part.annex) return [];
  const lines = part.annex.body;
  const repeats: number[][] = [];
  let seen = 0;
  for (let index = 0; index + columns.length <= lines.length; index++) {
    const run = lines.slice(index, index + columns.length);
    if (!run.every((line, offset) => line.text.trim() === columns[offset])) continue;
    if (seen++ > 0) repeats.push(run.map((line) => line.line));
    index += columns.length - 1;
  }
  return repeats.map((run) => ({ what: `table header row (${columns.join(' · ')}), repeated in the source at a page break`, lines: run }));
}

/**
 * Source lines that lost text without a rule saying so: a line no rule names (removed or changed) must
 * reach the cleaned text whole, under its own number — as itself, or as the start of the line a broken
 * line was joined into.
 */
export function unaccountedLines(raw: SourceLine[], cleaned: SourceLine[], reports: CleaningReport[]): number[] {
  const compact = (text: string) => text.replace(/\s+/gu, '');
  const named = new Set<number>(reports.flatMap((report) => [...report.lines, ...report.removed.map((entry) => entry.line)]));
  const cleanedText = new Map<number, string>();
  for (const line of cleaned) cleanedText.set(line.line, (cleanedText.get(line.line) ?? '') + compact(line.text));
  return raw
    .filter((line) => line.text.trim() !== '' && !named.has(line.line) && !(cleanedText.get(line.line) ?? '').includes(compact(line.text)))
    .map((line) => line.line);
}
