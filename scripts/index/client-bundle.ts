/**
 * Builds the search scripts (src/search/client/) into dist/_search/ with esbuild: one self-contained
 * module per entry — header.js (the box on every page, loaded on focus), page.js (the search page,
 * its header box included), highlight.js (loaded on arrival from a result). No shared chunks: a page
 * loads one of header.js and page.js, and a chunk would be a second request, made only once the
 * entry has arrived and been parsed, on the way to the first result (issue 13). The fold map is compiled
 * in, as the characters it changes and what each becomes (src/search/client/fold.ts): a Traditional
 * query is folded at once, with no file to fetch first.
 */
import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import type { CharMap } from '../../src/search/terms.ts';
import type { SearchDesign } from './designs.ts';

/**
 * The client module each design the benchmark measures bundles in place of src/search/client/design.ts
 * (the site's own, `full`): the shipped engine holds the one design it is.
 */
const CLIENT_DESIGNS: Record<SearchDesign, string | undefined> = {
  full: undefined,
  pagefind: 'scripts/bench/designs/raw-query.ts',
  'one-index': 'scripts/bench/designs/raw-query.ts',
  'words-only': 'scripts/bench/designs/word-query.ts',
  words: 'scripts/bench/designs/word-query.ts',
};

function swapDesign(file: string): Plugin {
  return { name: 'search-design', setup: (bundler) => bundler.onResolve({ filter: /^\.\/design\.ts$/ }, () => ({ path: resolve(file) })) };
}

export const CLIENT_DIR = '_search';

export async function bundleClient(siteDir: string, map: CharMap, design: SearchDesign): Promise<void> {
  const result = await build({
    entryPoints: { header: 'src/search/client/header.ts', page: 'src/search/client/page.ts', highlight: 'src/search/client/highlight.ts' },
    outdir: `${siteDir}/${CLIENT_DIR}`,
    bundle: true,
    splitting: false,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    // The fold map's characters as they are (3 bytes each in UTF-8, not 6 as \uXXXX); the scripts are served as UTF-8.
    charset: 'utf8',
    define: { __FOLDABLE__: JSON.stringify(Object.keys(map).join('')), __FOLDED__: JSON.stringify(Object.values(map).join('')) },
    plugins: CLIENT_DESIGNS[design] ? [swapDesign(CLIENT_DESIGNS[design])] : [],
    logLevel: 'silent',
  });
  if (result.errors.length > 0) throw new Error(`search scripts: ${result.errors.map((error) => error.text).join('; ')}`);
}
