import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Model } from '../../src/schema/model.ts';
import { documentToMdx, linksOf } from './document-mdx.ts';
import { GENERATED_NOTICE } from './generated.ts';

/** Collections written as one JSON file each: `{ "generated": notice, "entries": [...] }`. */
const DATA_COLLECTIONS = ['tasks', 'categories', 'localTasks', 'measures', 'places', 'departments', 'crosswalk'] as const;

/** Writes the model into content/: one MDX file per document and one JSON file per entity collection. */
export async function writeContent(model: Model, contentDir: string): Promise<string[]> {
  const documentsDir = join(contentDir, 'documents');
  const dataDir = join(contentDir, 'data');
  await rm(documentsDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(documentsDir, { recursive: true });
  await mkdir(dataDir, { recursive: true });
  const written: string[] = [];
  for (const document of model.documents) {
    const path = join(documentsDir, `${document.id}.mdx`);
    await writeFile(path, documentToMdx(document, linksOf(model, document.id)));
    written.push(path);
  }
  for (const name of DATA_COLLECTIONS) {
    const path = join(dataDir, `${name}.json`);
    await writeFile(path, `${JSON.stringify({ generated: GENERATED_NOTICE, entries: model[name] }, null, 2)}\n`);
    written.push(path);
  }
  return written;
}
