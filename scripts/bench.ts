/**
 * `npm run bench`: the performance benchmark (not a test: nothing here passes or fails on a timing).
 * Writes BENCHMARK.md: machine, build time per stage, per-template page weight and requests, first
 * search cold with a slowed CPU, Lighthouse on the home, task, document and search pages, and — with
 * --scale — synthetic corpora k × the seeds (the committed report: --scale 1,10,100 --runs 2, about 12
 * minutes once the 100× corpus's preview images are in their cache).
 *
 *   node scripts/bench.ts [--scale 1,10,100] [--runs 3] [--search-runs 3] [--skip-lighthouse] [--skip-starlight]
 *
 * --runs is the number of builds timed; --search-runs the cold runs of each first search beside
 * Starlight (the report gives their median; the search page's own section runs once). Scale rows of the previous report for corpora not built in this run are kept.
 *
 * Unless skipped, it also builds a stock Astro Starlight site holding the same texts (installed from npm
 * into .scratch/, never committed) and compares the two (scripts/bench/starlight.ts).
 *
 * It rebuilds dist/ and content/ (the scale corpora first, the real site last), so do not run it while
 * tests are running in the same checkout.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { keepSearchSection } from './bench/search-section.ts';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { builtPages } from './check/built-pages.ts';
import { htmlCssGzip } from './check/budgets.ts';
import { TASK_PAGE, TEMPLATES } from './check/templates.ts';
import { CHROMIUM_ARGS, findBrowser } from './lib/find-browser.ts';
import { timed } from './lib/timed.ts';
import { serveForBench } from './bench/nginx-server.ts';
import { timeBuild } from './bench/build-stages.ts';
import { firstSearch } from './bench/first-search.ts';
import { lighthouse, type LighthouseRun } from './bench/lighthouse.ts';
import { describeMachine } from './bench/machine.ts';
import { weighPage } from './bench/page-weight.ts';
import { renderReport } from './bench/report.ts';
import { carriedScaleRows, measureScale, previousScaleSection, type ScaleRow } from './bench/scale.ts';
import { compareWithStarlight, type StarlightComparison } from './bench/starlight.ts';

const REPORT = 'BENCHMARK.md';
/** A rare exact title, a common policy phrase, and a single very common word (many results). */
const QUERIES = ['陶瓷行业转型金融', '以旧换新', '标准'];
/** The pages issue 8 asks Lighthouse about: home, task, document, search. */
const LIGHTHOUSE_PAGES = ['[...lang]/index.astro', '[...lang]/tasks/[list]/[number].astro', '[...lang]/documents/[id]/index.astro', '[...lang]/search.astro'].map((source) => TEMPLATES.find((template) => template.source === source)!.sample);

const { values } = parseArgs({ options: { scale: { type: 'string' }, runs: { type: 'string', default: '3' }, 'search-runs': { type: 'string', default: '3' }, 'skip-lighthouse': { type: 'boolean', default: false }, 'skip-starlight': { type: 'boolean', default: false } } });
const factors = values.scale ? values.scale.split(',').map(Number) : [];
const runs = Number(values.runs);
const searchRuns = Number(values['search-runs']);

const previous = await readFile(REPORT, 'utf8').catch(() => '');
const { executablePath } = await findBrowser();
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const machine = describeMachine(`Chromium ${browser.version()}`);

  const scale: ScaleRow[] = [];
  for (const factor of factors) scale.push(await timed(`scale ${factor}×`, () => measureScale(browser, factor, QUERIES[1]!)));

  // Last, so dist/ and content/ are the real site again when the benchmark ends.
  const { stages } = await timed('build', () => timeBuild(runs));
  const taskPageHtmlCssGzip = Math.max(...builtPages('dist').filter((page) => TASK_PAGE.pattern.test(page.path)).map((page) => htmlCssGzip('dist', '/', page)));

  const server = await serveForBench('dist');
  try {
    const root = server.origin;
    const pages = await timed('page weight', async () => {
      const weights = [];
      // Short aliases redirect at once: their weight is their target's.
      for (const template of TEMPLATES.filter((entry) => !entry.redirects)) weights.push({ template: template.source, path: template.sample, weight: await weighPage(browser, root + template.sample) });
      return weights;
    });
    const searches = await timed('first search', async () => {
      const results = [];
      for (const query of QUERIES) results.push(await firstSearch(browser, `${root}/search/`, query));
      return results;
    });
    const audits: LighthouseRun[] = [];
    if (!values['skip-lighthouse']) {
      await timed('lighthouse', async () => {
        for (const path of LIGHTHOUSE_PAGES) audits.push(await lighthouse(root, path, executablePath));
      });
    }
    const starlight: StarlightComparison | undefined = values['skip-starlight']
      ? undefined
      : await timed('starlight', () => compareWithStarlight(browser, { ourBuildMs: stages.total!, lighthouse: !values['skip-lighthouse'], chromePath: executablePath, searchRuns }));
    await writeFile(REPORT, keepSearchSection(renderReport({ machine, buildRuns: runs, stages, pages, taskPageHtmlCssGzip, searches, lighthouse: audits, scale, carriedScale: scale.length > 0 ? carriedScaleRows(previous, scale.map((row) => row.label)) : [], previousScale: previousScaleSection(previous), starlight, server: server.server }), previous));
    console.log(`wrote ${REPORT}`);
  } finally {
    await server.stop();
  }
} finally {
  await browser.close();
}
