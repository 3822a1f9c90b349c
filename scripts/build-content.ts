/**
 * Stage 1–3 of the build: read the seeds, parse them into the typed model, emit content/.
 * Usage: node scripts/build-content.ts [--seeds seeds] [--content content]
 * Input errors are printed as `file:line: problem` and exit with status 1; nothing is written.
 */
import { parseArgs } from 'node:util';
import { buildModel } from './model/build-model.ts';
import { readCrosswalk } from './model/crosswalk.ts';
import { parseSeed, type ParsedDocument } from './parse/parse-seed.ts';
import { loadManifest } from './read/load-manifest.ts';
import { readSeed } from './read/read-seed.ts';
import { writeContent } from './emit/write-content.ts';
import { isInputError } from './lib/seed-error.ts';
import { timed } from './lib/timed.ts';
import type { Model } from '../src/schema/model.ts';

/** Reads a seeds folder (manifest, texts, editorial data) and builds the validated model. */
export async function loadModel(seedsDir: string): Promise<Model> {
  const manifest = await loadManifest(seedsDir);
  const parsed: ParsedDocument[] = [];
  for (const seed of manifest.seeds) {
    const read = await readSeed(`${seedsDir}/${seed.file}`, `seeds/${seed.file}`);
    parsed.push(...parseSeed(read, seed));
  }
  return buildModel(parsed, manifest, await readCrosswalk(`${seedsDir}/editorial/crosswalk.json`));
}

export async function buildContent(seedsDir: string, contentDir: string): Promise<Model> {
  const model = await timed('parse', () => loadModel(seedsDir));
  await timed('emit', () => writeContent(model, contentDir));
  return model;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { seeds: { type: 'string', default: 'seeds' }, content: { type: 'string', default: 'content' } } });
  try {
    const model = await buildContent(values.seeds, values.content);
    console.log(`content: ${model.documents.length} documents, ${model.tasks.length} tasks, ${model.localTasks.length} local tasks, ${model.measures.length} measures, ${model.places.length} places, ${model.departments.length} departments`);
  } catch (error) {
    if (isInputError(error)) {
      console.error(`build stopped: the input has a problem\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
