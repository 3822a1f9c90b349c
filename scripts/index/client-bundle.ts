/**
 * Builds the search scripts (src/search/client/) into dist/_search/ with esbuild: one module per
 * entry — header.js (the box on every page, loaded on focus), page.js (the search page),
 * highlight.js (loaded on arrival from a result) — sharing chunks. The characters the fold map
 * changes are compiled in, so a query is only sent for the map when it holds one of them.
 */
import { build } from 'esbuild';
import type { CharMap } from '../../src/search/terms.ts';
import type { SearchDesign } from './designs.ts';

export const CLIENT_DIR = '_search';

export async function bundleClient(siteDir: string, map: CharMap, design: SearchDesign): Promise<void> {
  const result = await build({
    entryPoints: { header: 'src/search/client/header.ts', page: 'src/search/client/page.ts', highlight: 'src/search/client/highlight.ts' },
    outdir: `${siteDir}/${CLIENT_DIR}`,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    chunkNames: 'chunk-[hash]',
    define: { __FOLDABLE__: JSON.stringify(Object.keys(map).join('')), __DESIGN__: JSON.stringify(design) },
    logLevel: 'silent',
  });
  if (result.errors.length > 0) throw new Error(`search scripts: ${result.errors.map((error) => error.text).join('; ')}`);
}
