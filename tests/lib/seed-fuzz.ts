/**
 * A seeded fuzzer of the real seeds: each case changes one seed file the way careless editing, a bad
 * export or hostile text would (insert code-like snippets, delete/duplicate/swap lines, renumber,
 * full-width digits, BOM/CRLF, truncate), then runs the content stage on a copy of the seeds folder.
 * The same seed always gives the same cases, so a failure is replayed with FUZZ_SEED.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadModel, loadSiteContent } from '../../scripts/build-content.ts';
import { isInputError } from '../../scripts/lib/seed-error.ts';
import { readMarker } from '../../scripts/text/markers.ts';
import { segmentsOf, sourceHash } from '../../scripts/translate/segments.ts';
import { translationPath } from '../../scripts/translate/translations.ts';
import type { Model } from '../../src/schema/model.ts';
import type { TranslationFile } from '../../src/schema/translation.ts';

/** The seed used unless FUZZ_SEED says otherwise; fixed, so that `npm test` is reproducible. */
const DEFAULT_SEED = 20250114;

export function fuzzSeed(): number {
  const value = process.env.FUZZ_SEED;
  return value === undefined || value === '' ? DEFAULT_SEED : Number(value);
}

/** mulberry32: a small, well-mixed 32-bit generator; enough to pick mutations reproducibly. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text that MDX, HTML or Markdown would read as code or markup if the emitter let it through. */
const HOSTILE_SNIPPETS = [
  '<script>alert(1)</script>', '{alert(1)}', '{', '}', '{/* c */}', 'import x from "y"', 'export const a = 1',
  '</h1>', '<h1>x</h1>', '<!--', '-->', '`', '```js', '&amp;', '&lt;b&gt;', '&#123;', '<img src=x onerror=alert(1)>',
  '[a](javascript:alert(1))', '*em*', '__b__', '~~s~~', 'www.example.com', '<https://example.com>', '\\', '$x$',
  '# h', '> q', '- li', '---', '<Para id="x">', '</Para>', '<b>', '<>', '| a | b |', '\u00a0',
] as const;

type MutationKind = 'insert-snippet' | 'insert-into-note' | 'insert-line' | 'delete-line' | 'duplicate-line' | 'swap-lines' | 'renumber' | 'full-width-marker' | 'bom-crlf' | 'truncate';
/**
 * Notes (注：…) are emitted by their own component, so they get hostile text of their own: the seeds
 * hold few note lines, and a random line would almost never be one.
 */
const KINDS: MutationKind[] = ['insert-snippet', 'insert-snippet', 'insert-snippet', 'insert-into-note', 'insert-into-note', 'insert-line', 'insert-line', 'delete-line', 'duplicate-line', 'swap-lines', 'renumber', 'full-width-marker', 'bom-crlf', 'truncate'];
/** A note line as the seeds print one: 注：… (the parser keeps it as a note). */
const NOTE_LINE = /^\s*注[:：]/u;

export interface FuzzCase {
  index: number;
  kind: MutationKind;
  /** Seed file name (inside seeds/). */
  file: string;
  /** What was done, for the test name and the failure message. */
  description: string;
  bytes: Uint8Array;
  /** The snippet inserted, and the 1-based line it now stands on, when the case inserts one. */
  snippet?: string;
  line?: number;
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The cases of one seed: `count` mutations of the given seed files. */
export function fuzzCases(seed: number, count: number, originals: Map<string, Uint8Array>): FuzzCase[] {
  const next = random(seed);
  const files = [...originals.keys()].sort();
  return Array.from({ length: count }, (_, index) => mutate(index, pick(next, KINDS), files, originals, next));
}

function mutate(index: number, kind: MutationKind, files: string[], originals: Map<string, Uint8Array>, next: () => number): FuzzCase {
  const chooseFile = (candidates = files) => pick(next, candidates);
  const linesOf = (file: string) => decoder.decode(originals.get(file)!).split('\n');
  const done = (file: string, lines: string[], description: string, inserted?: { snippet: string; line: number }): FuzzCase => ({ index, kind, file, description, bytes: encoder.encode(lines.join('\n')), ...inserted });
  const lineIndex = (lines: string[]) => Math.floor(next() * Math.max(1, lines.length - 1));

  switch (kind) {
    case 'insert-snippet': {
      const file = chooseFile();
      const lines = linesOf(file);
      const at = lineIndex(lines);
      const chars = Array.from(lines[at]!);
      const position = Math.floor(next() * (chars.length + 1));
      const snippet = pick(next, HOSTILE_SNIPPETS);
      chars.splice(position, 0, snippet);
      lines[at] = chars.join('');
      return done(file, lines, `insert ${JSON.stringify(snippet)} into line ${at + 1} at character ${position}`, { snippet, line: at + 1 });
    }
    case 'insert-into-note': {
      const notes = files.flatMap((file) => linesOf(file).flatMap((line, at) => (NOTE_LINE.test(line) ? [{ file, at }] : [])));
      const { file, at } = pick(next, notes);
      const lines = linesOf(file);
      const chars = Array.from(lines[at]!);
      const start = NOTE_LINE.exec(lines[at]!)![0].length;
      const position = start + Math.floor(next() * (chars.length - start + 1));
      const snippet = pick(next, HOSTILE_SNIPPETS);
      chars.splice(position, 0, snippet);
      lines[at] = chars.join('');
      return done(file, lines, `insert ${JSON.stringify(snippet)} into the note on line ${at + 1} at character ${position}`, { snippet, line: at + 1 });
    }
    case 'insert-line': {
      const file = chooseFile();
      const lines = linesOf(file);
      const at = lineIndex(lines);
      const snippet = pick(next, HOSTILE_SNIPPETS);
      lines.splice(at, 0, snippet);
      return done(file, lines, `insert the line ${JSON.stringify(snippet)} before line ${at + 1}`, { snippet, line: at + 1 });
    }
    case 'delete-line': {
      const file = chooseFile();
      const lines = linesOf(file);
      const at = lineIndex(lines);
      lines.splice(at, 1);
      return done(file, lines, `delete line ${at + 1}`);
    }
    case 'duplicate-line': {
      const file = chooseFile();
      const lines = linesOf(file);
      const at = lineIndex(lines);
      lines.splice(at, 0, lines[at]!);
      return done(file, lines, `duplicate line ${at + 1}`);
    }
    case 'swap-lines': {
      const file = chooseFile();
      const lines = linesOf(file);
      const at = Math.min(lineIndex(lines), Math.max(0, lines.length - 2));
      [lines[at], lines[at + 1]] = [lines[at + 1]!, lines[at]!];
      return done(file, lines, `swap lines ${at + 1} and ${at + 2}`);
    }
    case 'renumber': {
      const { file, lines, at } = markerLine(files, linesOf, next, () => true);
      const marker = readMarker(lines[at]!)!;
      const ordinal = Math.max(1, marker.ordinal + pick(next, [-1, 1, 2, 7]));
      lines[at] = lines[at]!.replace(marker.text, renumbered(marker.text, marker.ordinal, ordinal));
      return done(file, lines, `renumber ${marker.text} on line ${at + 1} as ${ordinal}`);
    }
    case 'full-width-marker': {
      const { file, lines, at } = markerLine(files, linesOf, next, (depth) => depth >= 3);
      const marker = readMarker(lines[at]!)!;
      const wide = marker.text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)).replace('.', '．');
      lines[at] = lines[at]!.replace(marker.text, wide);
      return done(file, lines, `write the number ${marker.text} on line ${at + 1} in full-width digits (${wide})`);
    }
    case 'bom-crlf': {
      const file = chooseFile();
      const variant = pick(next, ['bom', 'crlf', 'bom+crlf'] as const);
      const text = decoder.decode(originals.get(file)!);
      const changed = `${variant.includes('bom') ? '\uFEFF' : ''}${variant.includes('crlf') ? text.replace(/\n/g, '\r\n') : text}`;
      return { index, kind, file, description: `add ${variant}`, bytes: encoder.encode(changed) };
    }
    case 'truncate': {
      const file = chooseFile();
      const bytes = originals.get(file)!;
      const length = 1 + Math.floor(next() * (bytes.length - 1));
      return { index, kind, file, description: `truncate to ${length} of ${bytes.length} bytes`, bytes: bytes.slice(0, length) };
    }
  }
}

/** A line that starts with an outline marker of the wanted depth, in any file that has one. */
function markerLine(files: string[], linesOf: (file: string) => string[], next: () => number, depthOk: (depth: number) => boolean): { file: string; lines: string[]; at: number } {
  const candidates = files.flatMap((file) => linesOf(file).flatMap((line, at) => {
    const marker = readMarker(line);
    return marker && line.trimStart() === line && depthOk(marker.depth) ? [{ file, at }] : [];
  }));
  const chosen = pick(next, candidates);
  return { file: chosen.file, lines: linesOf(chosen.file), at: chosen.at };
}

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function chineseNumeral(value: number): string {
  if (value < 10) return CHINESE_DIGITS[value]!;
  const tens = Math.floor(value / 10);
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${CHINESE_DIGITS[value % 10]}`;
}

function renumbered(marker: string, from: number, to: number): string {
  if (/[0-9０-９]/.test(marker)) return marker.replace(/[0-9０-９]+/, String(to));
  return marker.replace(chineseNumeral(from), chineseNumeral(to));
}

/** The real seed files, by name. */
export async function readOriginals(seedsDir: string, files: string[]): Promise<Map<string, Uint8Array>> {
  return new Map(await Promise.all(files.map(async (file) => [file, new Uint8Array(await readFile(join(seedsDir, file)))] as const)));
}

/**
 * A copy of the seeds folder with the case's file changed. Where the changed seeds still make a model,
 * every translation segment whose source changed is "translated" with its own source text, as a
 * translator would fill it in, so that the content stage goes on to emit the injected text.
 */
export async function seedsForCase(seedsDir: string, testCase: FuzzCase): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `fuzz-${testCase.index}-`));
  await cp(seedsDir, dir, { recursive: true });
  await writeFile(join(dir, testCase.file), testCase.bytes);
  let model: Model;
  try {
    model = await loadModel(dir);
  } catch (error) {
    if (isInputError(error)) return dir;
    throw error;
  }
  await fillTranslations(dir, model);
  return dir;
}

async function fillTranslations(dir: string, model: Model): Promise<void> {
  for (const document of model.documents) {
    const path = join(dir, translationPath(document));
    const existing = JSON.parse(await readFile(path, 'utf8')) as TranslationFile;
    const kept = new Map(existing.segments.map((entry) => [entry.id, entry]));
    const segments = segmentsOf(document, model).map((segment) => {
      const entry = kept.get(segment.id);
      const hash = sourceHash(segment.text);
      return entry && entry.hash === hash ? entry : { id: segment.id, hash, source: segment.text, text: segment.text };
    });
    await writeFile(path, `${JSON.stringify({ ...existing, segments }, null, 2)}\n`);
  }
}

/** Content stage outcome: the site content, or the input error that stopped it. */
export type ContentOutcome = { ok: true; content: Awaited<ReturnType<typeof loadSiteContent>> } | { ok: false; error: Error };

/** Runs the content stage; input errors are an outcome, anything else is rethrown (a bug). */
export async function contentStage(dir: string): Promise<ContentOutcome> {
  try {
    return { ok: true, content: await loadSiteContent(dir) };
  } catch (error) {
    if (isInputError(error)) return { ok: false, error };
    throw error;
  }
}

/** An input error's message: every line says `file:line: problem` or `file: problem`. */
export const INPUT_ERROR_LINE = /^seeds\/[^\s:]+(?::\d+)?: \S.*$/u;
