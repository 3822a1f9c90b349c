/**
 * Publishes the documents' Word files, written into content/downloads/ before Astro ran (the pages
 * print their sizes), at the paths src/lib/downloads.ts gives them: /downloads/{file}. A file the list
 * names but content/ lacks stops the build (copyFile throws), so no page links a file the site lacks.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LocalizedModel } from '../../src/schema/localized.ts';
import { downloadsOf } from '../../src/lib/downloads.ts';

export async function publishDownloads(model: LocalizedModel, contentDir: string, outDir: string): Promise<number> {
  let copied = 0;
  for (const download of model.documents.flatMap(downloadsOf)) {
    const target = join(outDir, download.path);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(contentDir, 'downloads', download.name), target);
    copied++;
  }
  return copied;
}
