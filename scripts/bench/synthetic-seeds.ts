/**
 * A synthetic corpus `factor` times the size of the seeds, for the scale benchmark: the seed files that
 * hold a task list or a local plan are copied factor − 1 times, each copy declared in the manifest with
 * its documents' ids suffixed (`task-list-1-x2`) and every reference to them renamed alike, so the copies
 * link among themselves as the originals do. Only data changes: the build runs its ordinary code paths.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ManifestInput } from '../../src/schema/manifest.ts';

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
    }
  }
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const taskLists = manifest.seeds.flatMap((entry) => entry.documents).filter((document) => document.kind === 'task-list').length;
  return { taskLists };
}
