import { CrosswalkFileSchema, type CrosswalkFile } from '../../src/schema/editorial.ts';
import type { CrosswalkLink, Measure, TaskCategory } from '../../src/schema/model.ts';
import { SeedError, SeedErrors } from '../lib/seed-error.ts';
import { readLocatedJson, type LocatedJson } from '../read/editorial-json.ts';

/** Reads and validates the editorial category → measure links, keeping where each value stands. */
export function readCrosswalk(seedsDir: string): Promise<LocatedJson<CrosswalkFile>> {
  return readLocatedJson(seedsDir, 'editorial/crosswalk.json', CrosswalkFileSchema);
}

/** The crosswalk's links as model entities; both ends must exist in the model (every problem at once, at its line). */
export function resolveCrosswalk(located: LocatedJson<CrosswalkFile>, categories: TaskCategory[], measures: Measure[]): CrosswalkLink[] {
  const { data: file, label, lineOf } = located;
  const problems: SeedError[] = [];
  const links = file.links.map((link, index) => {
    if (!categories.some((category) => category.list === file.list && category.key === link.category)) {
      problems.push(new SeedError(label, lineOf(['links', index, 'category']), `category "${link.category}" does not exist in "${file.list}"`));
    }
    const ids = link.measures.map((key) => `${file.measuresOf}-${key}`);
    ids.forEach((id, at) => {
      if (!measures.some((measure) => measure.id === id)) problems.push(new SeedError(label, lineOf(['links', index, 'measures', at]), `measure "${id}" does not exist`));
    });
    return { id: `${file.list}-${link.category}`, list: file.list, category: link.category, measures: ids, reason: link.reason, en: { reason: link.reasonEn } };
  });
  if (problems.length > 0) throw new SeedErrors(problems);
  return links;
}
