import { CrosswalkFileSchema, type CrosswalkFile } from '../../src/schema/editorial.ts';
import type { CrosswalkLink, Measure, TaskCategory } from '../../src/schema/model.ts';
import { SeedError } from '../lib/seed-error.ts';
import { readEditorialJson } from '../read/editorial-json.ts';

const LABEL = 'seeds/editorial/crosswalk.json';

/** Reads and validates the editorial category → measure links. */
export function readCrosswalk(seedsDir: string): Promise<CrosswalkFile> {
  return readEditorialJson(seedsDir, 'editorial/crosswalk.json', CrosswalkFileSchema);
}

/** The crosswalk's links as model entities; both ends must exist in the model. */
export function resolveCrosswalk(file: CrosswalkFile, categories: TaskCategory[], measures: Measure[]): CrosswalkLink[] {
  return file.links.map((link) => {
    if (!categories.some((category) => category.list === file.list && category.key === link.category)) {
      throw new SeedError(LABEL, undefined, `category "${link.category}" does not exist in "${file.list}"`);
    }
    const ids = link.measures.map((key) => `${file.measuresOf}-${key}`);
    const missing = ids.find((id) => !measures.some((measure) => measure.id === id));
    if (missing) throw new SeedError(LABEL, undefined, `measure "${missing}" does not exist`);
    return { id: `${file.list}-${link.category}`, list: file.list, category: link.category, measures: ids, reason: link.reason, en: { reason: link.reasonEn } };
  });
}
