import { loadManifest } from '../../scripts/read/load-manifest.ts';
import { readSeed } from '../../scripts/read/read-seed.ts';
import { parseSeed, type ParsedDocument } from '../../scripts/parse/parse-seed.ts';
import { buildModel } from '../../scripts/model/build-model.ts';
import type { Model } from '../../src/schema/model.ts';

/** The model built from a seeds folder, the way the build does it (without writing content). */
export async function modelFrom(seedsDir: string): Promise<{ model: Model; parsed: ParsedDocument[] }> {
  const manifest = await loadManifest(seedsDir);
  const parsed: ParsedDocument[] = [];
  for (const seed of manifest.seeds) parsed.push(...parseSeed(await readSeed(`${seedsDir}/${seed.file}`, `seeds/${seed.file}`), seed));
  return { model: buildModel(parsed, manifest), parsed };
}
