/**
 * `npm run bench`: the performance benchmark (not a test: nothing here passes or fails on a timing).
 * Writes BENCHMARK.md: machine, build time per stage, per-template page weight and requests, first
 * search cold with a slowed CPU, and — with --scale — synthetic corpora of 10× and 100× the seeds.
 *
 *   node scripts/bench.ts [--scale 10,100] [--runs 3]
 *
 * It rebuilds dist/ and content/ (the scale corpora first, the real site last), so do not run it while
 * tests are running in the same checkout.
 */
import { writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { builtPages } from './check/built-pages.ts';
import { gzipBytes } from './check/budgets.ts';
import { TASK_PAGE, TEMPLATES } from './check/templates.ts';
import { CHROMIUM_ARGS, findBrowser } from './lib/find-browser.ts';
import { timed } from './lib/timed.ts';
import { serverPort, startServer } from './serve.ts';
import { timeBuild } from './bench/build-stages.ts';
import { firstSearch } from './bench/first-search.ts';
import { describeMachine } from './bench/machine.ts';
import { weighPage } from './bench/page-weight.ts';
import { renderReport } from './bench/report.ts';
import { measureScale, type ScaleRow } from './bench/scale.ts';

const REPORT = 'BENCHMARK.md';
/** A rare exact title, a common policy phrase, and a single very common word (many results). */
const QUERIES = ['陶瓷行业转型金融', '以旧换新', '标准'];

const { values } = parseArgs({ options: { scale: { type: 'string' }, runs: { type: 'string', default: '3' } } });
const factors = values.scale ? values.scale.split(',').map(Number) : [];
const runs = Number(values.runs);

const browser = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: CHROMIUM_ARGS });
try {
  const machine = describeMachine(`Chromium ${browser.version()}`);

  const scale: ScaleRow[] = [];
  for (const factor of factors) scale.push(await timed(`scale ${factor}×`, () => measureScale(browser, factor, QUERIES[1]!)));

  // Last, so dist/ and content/ are the real site again when the benchmark ends.
  const stages = await timed('build', () => timeBuild(runs));
  const taskPageHtmlCssGzip = Math.max(...builtPages('dist').filter((page) => TASK_PAGE.pattern.test(page.path)).map((page) => gzipBytes(readFileSync(page.file))));

  const server = await startServer({ dir: 'dist', port: 0, host: 'localhost' });
  try {
    const root = `http://localhost:${serverPort(server)}`;
    const pages = await timed('page weight', async () => {
      const weights = [];
      for (const template of TEMPLATES) weights.push({ template: template.source, path: template.sample, weight: await weighPage(browser, root + template.sample) });
      return weights;
    });
    const searches = await timed('first search', async () => {
      const results = [];
      for (const query of QUERIES) results.push(await firstSearch(browser, `${root}/search/`, query));
      return results;
    });
    await writeFile(REPORT, renderReport({ machine, buildRuns: runs, stages, pages, taskPageHtmlCssGzip, searches, scale: scale.length > 0 ? scale : undefined }));
    console.log(`wrote ${REPORT}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
} finally {
  await browser.close();
}
