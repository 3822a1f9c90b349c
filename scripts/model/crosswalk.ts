import { readFile } from 'node:fs/promises';
import { CrosswalkFileSchema } from '../../src/schema/editorial.ts';
import type { CrosswalkLink, Measure, TaskCategory } from '../../src/schema/model.ts';
import { SeedError } from '../lib/seed-error.ts';

const LABEL = 'seeds/editorial/crosswalk.json';

/** Reads the editorial category → measure links and checks that both ends exist in the model. */
export async function loadCrosswalk(path: string, categories: TaskCategory[], measures: Measure[]): Promise<CrosswalkLink[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (cause) {
    throw new SeedError(LABEL, undefined, `cannot read the editorial crosswalk (${(cause as Error).message})`, { cause });
  }
  const parsed = CrosswalkFileSchema.safeParse(json);
  if (!parsed.success) throw new SeedError(LABEL, undefined, parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  const file = parsed.data;
  return file.links.map((link) => {
    if (!categories.some((category) => category.list === file.list && category.key === link.category)) {
      throw new SeedError(LABEL, undefined, `category "${link.category}" does not exist in "${file.list}"`);
    }
    const ids = link.measures.map((key) => `${file.measuresOf}-${key}`);
    const missing = ids.find((id) => !measures.some((measure) => measure.id === id));
    if (missing) throw new SeedError(LABEL, undefined, `measure "${missing}" does not exist`);
    return { id: `${file.list}-${link.category}`, list: file.list, category: link.category, measures: ids, reason: link.reason };
  });
}
