import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { ManifestSchema, type Manifest } from '../../src/schema/manifest.ts';
import { SeedError, SeedErrors } from '../lib/seed-error.ts';

/** Loads and validates seeds/manifest.json, and checks it against the seed files present. */
export async function loadManifest(seedsDir: string, label = 'seeds/manifest.json'): Promise<Manifest> {
  let raw: string;
  try {
    raw = await readFile(join(seedsDir, 'manifest.json'), 'utf8');
  } catch (cause) {
    throw new SeedError(label, undefined, 'the manifest is missing', { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    throw new SeedError(label, jsonErrorLine(raw, cause), `the manifest is not valid JSON (${(cause as Error).message})`, { cause });
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) throw new SeedErrors(zodIssues(parsed.error, label, raw));
  const manifest = parsed.data;
  await checkFiles(manifest, seedsDir, label);
  checkIds(manifest, label, raw);
  return manifest;
}

async function checkFiles(manifest: Manifest, seedsDir: string, label: string): Promise<void> {
  const present = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt'));
  const listed = new Set(manifest.seeds.map((seed) => seed.file));
  const errors: SeedError[] = [];
  for (const file of listed) {
    if (!present.includes(file)) errors.push(new SeedError(label, undefined, `lists seed file "${file}", which is not in seeds/`));
  }
  for (const file of present) {
    if (!listed.has(file)) errors.push(new SeedError(`seeds/${file}`, undefined, 'this seed file is not listed in seeds/manifest.json; add an entry for it (see seeds/README.md)'));
  }
  if (errors.length > 0) throw new SeedErrors(errors);
}

function checkIds(manifest: Manifest, label: string, raw: string): void {
  const ids = manifest.seeds.flatMap((seed) => seed.documents.map((document) => document.id));
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) throw new SeedError(label, lineOf(raw, `"${duplicate}"`), `document id "${duplicate}" is used twice`);
  for (const seed of manifest.seeds) {
    for (const document of seed.documents) {
      for (const relation of document.relations) {
        if (!ids.includes(relation.target)) {
          throw new SeedError(label, lineOf(raw, `"${relation.target}"`), `document "${document.id}" relates to unknown document "${relation.target}"`);
        }
      }
      if (document.annex && !ids.includes(document.annex.table.adopts)) {
        throw new SeedError(label, lineOf(raw, `"adopts"`), `annex of "${document.id}" adopts unknown document "${document.annex.table.adopts}"`);
      }
    }
  }
}

function zodIssues(error: z.ZodError, label: string, raw: string): SeedError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const lastKey = [...issue.path].reverse().find((key) => typeof key === 'string');
    return new SeedError(label, lastKey ? lineOf(raw, `"${lastKey}"`) : undefined, `${path || '(root)'}: ${issue.message}`);
  });
}

/** The first line of the file containing the needle: good enough to point an editor at the spot. */
function lineOf(raw: string, needle: string): number | undefined {
  const index = raw.indexOf(needle);
  return index < 0 ? undefined : raw.slice(0, index).split('\n').length;
}

function jsonErrorLine(raw: string, cause: unknown): number | undefined {
  const match = /position (\d+)/.exec(String((cause as Error).message));
  return match ? raw.slice(0, Number(match[1])).split('\n').length : undefined;
}
