/**
 * Page-weight budgets (issue 8), in one place: tests/site/budgets.test.ts enforces them on the built
 * files and scripts/bench.ts reports against them. Bytes are "as sent": gzip at zlib's default level 6,
 * what a static host's on-the-fly compression typically uses. 1 kB = 1000 bytes.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { linkedFile, type PageFile } from '../lib/built-page.ts';
import { pageAssets, type PageAssets } from './page-assets.ts';

export const BUDGETS = {
  /** A task page's HTML plus every stylesheet it loads (inline or linked), gzipped. */
  taskPageHtmlCssGzip: 15_000,
  /** Scripts a task page may load that block rendering: it must read without JavaScript. */
  taskPageBlockingScripts: 0,
  /**
   * Any page's HTML, gzipped. Pages that list everything of a kind (the task explorer, a city's tasks,
   * the glossary) grow with the corpus; past this they want paging (BENCHMARK.md, "Scale").
   */
  anyPageHtmlGzip: 50_000,
  /**
   * What a first search may fetch, from the keystroke to the excerpts shown: the search scripts, the
   * search table, Pagefind's script, worker, WebAssembly and metadata, the index chunks and fragments
   * it reads. Pagefind's fixed part is about 90 kB of it; BENCHMARK.md sets the figures beside Starlight's.
   */
  firstSearchGzip: 160_000,
  /**
   * Each Word file of a document, as stored (a .docx is a zip already; it is sent as it is). The text
   * is a few tens of kB; past this the file carries something it should not (an embedded font, images).
   */
  wordFileBytes: 100_000,
} as const;

/** Font files a web font would be served as; none should be in the build. */
export const FONT_FILE = /\.(woff2?|ttf|otf|eot)$/i;

/** The search bundle's directory name under the site's base (Pagefind writes it; see scripts/index/). */
export const SEARCH_BUNDLE_DIR = 'pagefind';

export function gzipBytes(content: string | Buffer): number {
  return gzipSync(content).length;
}

/** A page's HTML and every stylesheet it links, each gzipped as sent: what the task-page budget counts. */
export function htmlCssGzip(distDir: string, base: string, page: PageFile, html = readFileSync(page.file, 'utf8'), assets: PageAssets = pageAssets(html)): number {
  return assets.stylesheets.reduce((sum, href) => sum + gzipBytes(readFileSync(linkedFile(distDir, base, page.path, href))), gzipBytes(html));
}

/** "what: 12345 B, 2345 B over the 10000 B budget", or undefined within it: failures say by how much. */
export function overBudget(what: string, actual: number, budget: number, unit = 'B'): string | undefined {
  if (actual <= budget) return undefined;
  const share = budget > 0 ? ` (${Math.round(((actual - budget) / budget) * 100)}%)` : '';
  return `${what}: ${actual} ${unit}, ${actual - budget} ${unit}${share} over the budget of ${budget} ${unit}`;
}
