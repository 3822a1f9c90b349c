/**
 * The search stage: one Pagefind index for both editions and both scripts, and the scripts that use it.
 *
 * Pagefind would build one index per `<html lang>` and segment Chinese with jieba while the browser
 * splits the query with Intl.Segmenter; the two disagree, and a query never crosses editions or
 * scripts (README "Search" has the numbers). So every page is indexed as `index-view.ts` renders it —
 * Chinese words already spaced and Traditional characters folded, by the same code the browser runs
 * on the query — under one forced language (`en`: Pagefind then only splits on spaces, and English
 * words still get stemmed). Editions are told apart by the `lang` filter.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { htmlFiles, urlPathOf } from '../lib/built-page.ts';
import * as pagefind from 'pagefind';
import type { LocalizedDocument } from '../../src/schema/localized.ts';
import type { SynonymGroup } from '../../src/schema/editorial.ts';
import { bundleClient, CLIENT_DIR } from './client-bundle.ts';
import { buildFoldMap } from './fold-map.ts';
import { indexView } from './index-view.ts';
import { buildTable, pagefindIds, type IndexedPage } from './search-table.ts';
import { TABLE_FILE } from '../../src/search/table.ts';
import { englishVocabulary, VOCABULARY_FILE } from './vocabulary.ts';
import { searchDesign, type SearchDesign } from './designs.ts';

/**
 * Words per index chunk (Pagefind's default is 20,000). A query fetches the chunk of each of its words,
 * and a Chinese query has a word per character, each in its own chunk: smaller chunks cut what a
 * first search fetches (BENCHMARK.md "First search") for a few more files in the index.
 */
const INDEX_CHUNK_SIZE = 2_000;

/** Indexes the built site into dist/pagefind/ and writes the search table and scripts (the fold map compiled in) into dist/_search/. */
export async function buildSearchIndex(siteDir: string, documents: LocalizedDocument[], synonyms: readonly SynonymGroup[], design: SearchDesign = searchDesign()): Promise<number> {
  const map = buildFoldMap(documents);
  const prepared = design !== 'pagefind' && design !== 'one-index';
  // Pagefind reads this setting from its environment only (pagefind/src/options.rs), when its service starts.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: prepared ? 'en' : design === 'one-index' ? 'zh' : undefined });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const pages: IndexedPage[] = [];
    for (const file of htmlFiles(siteDir)) {
      const html = await readFile(file, 'utf8');
      // Only pages that declare a search entry (src/layouts/Base.astro) are indexed: lists and
      // side-by-side views would repeat what the entity pages hold.
      if (!html.includes('data-pagefind-body')) continue;
      // The URL Pagefind reports for the page: its path from the site root, without index.html.
      const url = urlPathOf(siteDir, file);
      const view = prepared ? indexView(html, map, design === 'full' ? 'char' : 'word') : html;
      const added = await index.addHTMLFile({ url, content: view });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
      pages.push({ url, html });
    }
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    await mkdir(`${siteDir}/${CLIENT_DIR}`, { recursive: true });
    await writeFile(`${siteDir}/${CLIENT_DIR}/design.txt`, `${design}\n`);
    const table = buildTable(pages, await pagefindIds(`${siteDir}/pagefind`), map, documents, synonyms);
    await writeFile(`${siteDir}/${CLIENT_DIR}/${TABLE_FILE}`, JSON.stringify(table));
    await writeFile(`${siteDir}/${CLIENT_DIR}/${VOCABULARY_FILE}`, JSON.stringify({ generated: 'by scripts/index/vocabulary.ts — do not edit', words: englishVocabulary(pages) }));
    await bundleClient(siteDir, map, design);
    console.log(`[index] ${pages.length} pages indexed (design: ${design}), ${Object.keys(map).length} Traditional characters folded`);
    return pages.length;
  } catch (error) {
    throw new Error('search index failed', { cause: error });
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
