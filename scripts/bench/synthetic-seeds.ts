/**
 * A synthetic corpus `factor` times the size of the seeds, for the scale benchmark: the seed files that
 * hold a task list or a local plan are copied factor − 1 times, each copy declared in the manifest with
 * its documents' ids suffixed (`task-list-1-x2`) and every reference to them renamed alike, so the copies
 * link among themselves as the originals do. Only data changes: the build runs its ordinary code paths.
 */
import { existsSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ManifestInput } from '../../src/schema/manifest.ts';
import { TranslationFileSchema } from '../../src/schema/translation.ts';
import { segmentsOf, sourceHash } from '../translate/segments.ts';
import { readTranslation, translationPath } from '../translate/translations.ts';
import { loadModel } from '../build-content.ts';

type SeedEntry = ManifestInput['seeds'][number];

/** Document kinds the issue asks to multiply: "more task lists and plans of the same shape". */
const REPLICATED_KINDS = new Set(['task-list', 'implementation-plan']);

/** Every string in `value` that is one of `ids` becomes `rename(id)`; the rest is copied as is. */
function renameIds<T>(value: T, ids: Set<string>, rename: (id: string) => string): T {
  if (typeof value === 'string') return (ids.has(value) ? rename(value) : value) as T;
  if (Array.isArray(value)) return value.map((item) => renameIds(item, ids, rename)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renameIds(item, ids, rename)])) as T;
  return value;
}

function copyOf(entry: SeedEntry, ids: Set<string>, copy: number): SeedEntry {
  const suffix = `-x${copy}`;
  const renamed = renameIds(entry, ids, (id) => `${id}${suffix}`);
  return {
    ...renamed,
    file: entry.file.replace(/\.txt$/, `${suffix}.txt`),
    // Titles are shown and indexed: say which copy a page belongs to. `heading` stays: it is matched in the text.
    documents: renamed.documents.map((document) => ({ ...document, title: `${document.title}（合成副本${copy}）`, shortTitle: `${document.shortTitle}（副本${copy}）` })),
  };
}

/** Writes the corpus into `dir` (a copy of `seedsDir` plus the replicated seeds); returns how many task lists it has. */
export async function writeSyntheticSeeds(seedsDir: string, dir: string, factor: number): Promise<{ taskLists: number }> {
  await cp(seedsDir, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(seedsDir, 'manifest.json'), 'utf8')) as ManifestInput;
  const replicated = manifest.seeds.filter((entry) => entry.documents.some((document) => REPLICATED_KINDS.has(document.kind)));
  const ids = new Set(replicated.flatMap((entry) => entry.documents.map((document) => document.id)));
  for (let copy = 2; copy <= factor; copy++) {
    for (const entry of replicated) {
      const copied = copyOf(entry, ids, copy);
      await cp(join(seedsDir, entry.file), join(dir, copied.file));
      manifest.seeds.push(copied);
      for (const [index, document] of copied.documents.entries()) await copyTranslation(seedsDir, dir, entry.documents[index]!.id, document, copy);
    }
  }
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await alignTranslations(seedsDir, dir);
  const taskLists = manifest.seeds.flatMap((entry) => entry.documents).filter((document) => document.kind === 'task-list').length;
  return { taskLists };
}

/**
 * Every document needs its translation: a copy's is the original's, with the copy's id and its titles
 * (which say which copy it is) translated alike, so no segment is stale.
 */
async function copyTranslation(seedsDir: string, dir: string, originalId: string, document: SeedEntry['documents'][number], copy: number): Promise<void> {
  for (const lang of ['en', 'zh-Hans']) {
    const from = join(seedsDir, 'translations', lang, `${originalId}.json`);
    if (!existsSync(from)) continue;
    const file = TranslationFileSchema.parse(JSON.parse(await readFile(from, 'utf8')));
    const retitled = { 'meta-title': document.title, 'meta-short-title': document.shortTitle } as Record<string, string>;
    const segments = file.segments.map((entry) =>
      retitled[entry.id] === undefined ? entry : { ...entry, source: retitled[entry.id]!, hash: sourceHash(retitled[entry.id]!), text: `${entry.text} (synthetic copy ${copy})` },
    );
    await writeFile(join(dir, 'translations', lang, `${document.id}.json`), `${JSON.stringify({ ...file, document: document.id, segments }, null, 2)}\n`);
  }
}

/**
 * The copies add relations (each original now also relates to the copies), so relation notes move
 * between segments. Each translation file is rebuilt from the corpus's own segments: an entry whose
 * source is unchanged is kept, any other text is taken from the seeds' translations of the same source
 * (a translation memory keyed by source hash). A source nobody translated stops the benchmark.
 */
async function alignTranslations(seedsDir: string, dir: string): Promise<void> {
  const original = await loadModel(seedsDir);
  const memory = new Map<string, string>();
  for (const document of original.documents) {
    for (const entry of (await readTranslation(seedsDir, document))?.file.segments ?? []) memory.set(entry.hash, entry.text);
  }
  const model = await loadModel(dir);
  for (const document of model.documents) {
    const loaded = await readTranslation(dir, document);
    if (!loaded) throw new Error(`synthetic corpus: no translation for ${document.id}`);
    const kept = new Map(loaded.file.segments.map((entry) => [entry.id, entry]));
    const segments = segmentsOf(document, model).map((segment) => {
      const hash = sourceHash(segment.text);
      const entry = kept.get(segment.id);
      if (entry && entry.hash === hash) return entry;
      const text = memory.get(hash);
      // A document awaiting translation needs only its metadata translated (scripts/translate/translations.ts).
      if (text === undefined && document.translationPending && !segment.id.startsWith('meta-')) return { id: segment.id, hash, source: segment.text, text: '' };
      if (text === undefined) throw new Error(`synthetic corpus: no translation of "${segment.text.slice(0, 30)}" (${document.id} ${segment.id})`);
      return { id: segment.id, hash, source: segment.text, text };
    });
    await writeFile(join(dir, translationPath(document)), `${JSON.stringify({ ...loaded.file, segments }, null, 2)}\n`);
  }
}
