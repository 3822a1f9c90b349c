import * as pagefind from 'pagefind';

/** Indexes the built site with Pagefind's Node API (its extended binary segments Chinese). */
export async function buildSearchIndex(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: undefined });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    console.log(`[index] ${added.page_count} pages indexed`);
    return added.page_count;
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
