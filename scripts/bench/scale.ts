/**
 * The scale benchmark: build synthetic corpora of k × the seeds (scripts/bench/synthetic-seeds.ts) in a
 * scratch folder, and report build time per stage, pages, output and index size, and what a first search
 * fetches at each size.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { builtPages } from '../check/built-pages.ts';
import { BUDGETS, gzipBytes, SEARCH_BUNDLE_DIR } from '../check/budgets.ts';
import { serverPort, startServer, stopServer } from '../serve.ts';
import { timeBuild, type StageTimes } from './build-stages.ts';
import { directoryBytes } from './directory-bytes.ts';
import { firstSearch, type SearchMedian } from './first-search.ts';
import type { Bytes } from './page-weight.ts';
import { CLIENT_DIR } from '../index/client-bundle.ts';
import { VOCABULARY_FILE } from '../index/vocabulary.ts';
import { TABLE_FILE } from '../../src/search/table.ts';
import { writeSyntheticSeeds } from './synthetic-seeds.ts';

export interface ScaleRow {
  label: string;
  factor: number;
  taskLists: number;
  pages: number;
  stages: StageTimes;
  /** Preview images rendered in this build; the others came from the cache earlier builds filled. */
  previewsRendered: number;
  outputBytes: number;
  indexBytes: number;
  /** The heaviest page, gzipped: pages that list "all tasks of X" grow with the corpus. */
  largestPage: { path: string; gzip: number };
  /** Pages whose HTML is over the any-page budget (scripts/check/budgets.ts): where paging is due. */
  overBudget: string[];
  /** What the search ships, per file as served (raw / gzipped). */
  shipped: Shipped;
  search?: SearchMedian & { query: string };
}

interface Shipped {
  /** `_search/table.json`: fetched whole when a search box is focused. */
  table: Bytes;
  /** `_search/words.en.json`: the index's English words, fetched only when a query finds nothing (spelling). */
  words: Bytes;
  /** Every script under `_search/` (the header box, the search page, the highlighter and their shared chunks). */
  scripts: Bytes;
  /** Pagefind's bundle on disk (`pagefind/`), its index chunks (`pagefind/index/`, how many) and its metadata, which every first search loads. */
  pagefind: { total: number; index: number; chunks: number; meta: number };
}

/** A row of an earlier report's scale table, kept when this run did not build that corpus (100× takes long). */
export interface CarriedScaleRow {
  label: string;
  /** When that row was measured. */
  date: string;
  /** Its cells by the column names of that report's table. */
  cells: Record<string, string>;
}

const SCRATCH = '.scratch/bench-scale';

async function heaviestPages(dir: string): Promise<Pick<ScaleRow, 'largestPage' | 'overBudget'>> {
  let largest = { path: '', gzip: 0 };
  const overBudget: string[] = [];
  for (const page of builtPages(dir)) {
    const gzip = gzipBytes(await readFile(page.file));
    if (gzip > largest.gzip) largest = { path: page.path, gzip };
    if (gzip > BUDGETS.anyPageHtmlGzip) overBudget.push(page.path);
  }
  return { largestPage: largest, overBudget };
}

const sized = (content: Buffer): Bytes => ({ raw: content.length, gzip: gzipBytes(content) });
const sum = (sizes: Bytes[]): Bytes => sizes.reduce((total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip }), { raw: 0, gzip: 0 });

/** The sizes of what the search ships in a built site. */
async function shippedSearch(dir: string): Promise<Shipped> {
  const client = join(dir, CLIENT_DIR);
  const bundle = join(dir, SEARCH_BUNDLE_DIR);
  const scripts = (await readdir(client)).filter((name) => name.endsWith('.js'));
  const top = await readdir(bundle, { withFileTypes: true });
  const metas = top.filter((entry) => entry.isFile() && entry.name.endsWith('.pf_meta'));
  return {
    table: sized(await readFile(join(client, TABLE_FILE))),
    words: sized(await readFile(join(client, VOCABULARY_FILE))),
    scripts: sum(await Promise.all(scripts.map(async (name) => sized(await readFile(join(client, name)))))),
    pagefind: {
      total: await directoryBytes(bundle),
      index: await directoryBytes(join(bundle, 'index')),
      chunks: (await readdir(join(bundle, 'index'))).length,
      meta: (await Promise.all(metas.map(async (entry) => (await readFile(join(bundle, entry.name))).length))).reduce((a, b) => a + b, 0),
    },
  };
}

/** The previous report's scale section, with a line saying it was not re-run, for a run without `--scale`. */
export function previousScaleSection(previous: string): string | undefined {
  const section = /^## Scale\n[\s\S]*?(?=^## |(?![\s\S]))/m.exec(previous)?.[0]?.trimEnd();
  if (!section) return undefined;
  const date = /on (\d{4}-\d{2}-\d{2})T/.exec(previous)?.[1] ?? 'an earlier run';
  const note = '_Not re-run by this run of the benchmark (no `--scale`): kept as the run of ';
  return section.includes(note) ? section : section.replace(/^## Scale\n/, `## Scale\n\n${note}${date} measured it, with the site and search of that date._\n`);
}

/**
 * The rows of `previous` (an earlier BENCHMARK.md) whose corpus this run did not build, so that a run with
 * `--scale 1,10` keeps the last measured 100× row rather than dropping it; each says when it was measured.
 */
export function carriedScaleRows(previous: string, measured: string[]): CarriedScaleRow[] {
  const section = /^## Scale\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(previous)?.[1] ?? '';
  const lines = section.split('\n').filter((line) => line.startsWith('|'));
  if (lines.length < 3) return [];
  const cellsOf = (line: string) => line.slice(1, -1).split(' | ').map((cell) => cell.trim());
  const head = cellsOf(lines[0]!);
  const reportDate = /on (\d{4}-\d{2}-\d{2})T/.exec(previous)?.[1] ?? 'an earlier run';
  return lines.slice(2).flatMap((line) => {
    const cells = cellsOf(line);
    const label = /^\d+×/.exec(cells[0] ?? '')?.[0];
    if (!label || measured.includes(label)) return [];
    const date = /measured (\d{4}-\d{2}-\d{2})/.exec(cells[0]!)?.[1] ?? reportDate;
    return [{ label, date, cells: Object.fromEntries(head.map((name, index) => [name, cells[index] ?? '–'])) }];
  });
}

/** Builds the corpus `factor` × the seeds and measures it; the build is deleted afterwards (100× is large). */
export async function measureScale(browser: Browser, factor: number, query: string): Promise<ScaleRow> {
  const seeds = join(SCRATCH, `seeds-${factor}x`);
  const out = join(SCRATCH, `dist-${factor}x`);
  await rm(SCRATCH, { recursive: true, force: true });
  await mkdir(SCRATCH, { recursive: true });
  try {
    const { taskLists } = await writeSyntheticSeeds('seeds', seeds, factor);
    const { stages, previewsRendered } = await timeBuild(1, ['--seeds', seeds, '--out', out]);
    const shipped = await shippedSearch(out);
    const server = await startServer({ dir: out, port: 0, host: 'localhost' });
    try {
      const search = await firstSearch(browser, `http://localhost:${serverPort(server)}/search/`, query);
      return {
        label: `${factor}×`,
        factor,
        taskLists,
        pages: builtPages(out).length,
        stages,
        previewsRendered,
        outputBytes: await directoryBytes(out),
        indexBytes: await directoryBytes(join(out, SEARCH_BUNDLE_DIR)),
        ...(await heaviestPages(out)),
        shipped,
        search,
      };
    } finally {
      await stopServer(server);
    }
  } finally {
    await rm(SCRATCH, { recursive: true, force: true });
  }
}
