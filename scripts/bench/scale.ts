/**
 * The scale benchmark: build synthetic corpora of k × the seeds (scripts/bench/synthetic-seeds.ts) in a
 * scratch folder, and report build time per stage, pages, output and index size, and what a first search
 * fetches at each size.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { builtPages } from '../check/built-pages.ts';
import { BUDGETS, gzipBytes, SEARCH_BUNDLE_DIR } from '../check/budgets.ts';
import { serverPort, startServer, stopServer } from '../serve.ts';
import { timeBuild, type StageTimes } from './build-stages.ts';
import { directoryBytes } from './directory-bytes.ts';
import { firstSearch, type FirstSearch } from './first-search.ts';
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
  search?: FirstSearch;
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

/** Builds the corpus `factor` × the seeds and measures it; the build is deleted afterwards (100× is large). */
export async function measureScale(browser: Browser, factor: number, query: string): Promise<ScaleRow> {
  const seeds = join(SCRATCH, `seeds-${factor}x`);
  const out = join(SCRATCH, `dist-${factor}x`);
  await rm(SCRATCH, { recursive: true, force: true });
  await mkdir(SCRATCH, { recursive: true });
  try {
    const { taskLists } = await writeSyntheticSeeds('seeds', seeds, factor);
    const { stages, previewsRendered } = await timeBuild(1, ['--seeds', seeds, '--out', out]);
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
        search,
      };
    } finally {
      await stopServer(server);
    }
  } finally {
    await rm(SCRATCH, { recursive: true, force: true });
  }
}
