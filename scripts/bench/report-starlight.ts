/** The report's comparison with a stock Starlight site holding the same texts. */
import { CPU_SLOWDOWN } from './first-search.ts';
import type { PageWeight } from './page-weight.ts';
import { bytes, n, ratio, table } from './report-format.ts';
import { PAGEFIND_UI_PAUSE_MS, type SiteFigures, type StarlightComparison } from './starlight.ts';
import { PAGE_HITS, TYPING_PAUSE_MS } from '../../src/search/tuning.ts';

const SITES = ['this site', 'Starlight'] as const;

const other = (weight: PageWeight) => {
  const rest = Object.entries(weight.byType).filter(([group]) => !['html', 'css', 'js'].includes(group));
  return rest.length === 0 ? '–' : rest.map(([group, value]) => `${group} ${bytes(value)}`).join(', ');
};

export function renderStarlight(comparison: StarlightComparison): string {
  const { ours, starlight } = comparison;
  const sites: Array<[string, SiteFigures]> = [
    [SITES[0], ours],
    [SITES[1], starlight],
  ];
  const pageRows = ours.documentPages.flatMap((page, index) =>
    sites.map(([name, site]) => {
      const { path, weight } = site.documentPages[index]!;
      return [name, path, weight.requests, bytes(weight.byType.html), bytes(weight.byType.css), bytes(weight.byType.js), other(weight), bytes(weight.total)];
    }),
  );
  const searchRows = ours.searches.flatMap((search, index) =>
    sites.map(([name, site]) => {
      const figures = site.searches[index]!;
      return [search.query, name, figures.results, `${n(figures.latencyMs)} ms`, bytes(figures.page.total), `${figures.fetched.requests}: ${bytes(figures.fetched.total)}`];
    }),
  );
  const buildRows = sites.map(([name, site]) => [name, n(site.pages), `${n(site.buildMs)} ms`, ratio(site.buildMs, site.pages), `${n(site.outputBytes)} B`, `${n(site.indexBytes)} B`]);
  const oursPage = ours.documentPages[0]!.weight;
  const theirsPage = starlight.documentPages[0]!.weight;
  const sections = [
    `## Compared with a stock Starlight site

\`@astrojs/starlight@${comparison.version}\` on Astro ${comparison.astro}, installed from npm into \`.scratch/\` by the benchmark and never committed, holding the same texts: every document as one Markdown page per edition (Chinese at the root, English under /en/), taken from the same aligned pairs as our side-by-side view, with Starlight's default theme, sidebar, table of contents and Pagefind search, and nothing configured beyond the two locales (scripts/bench/starlight-site.ts). Starlight has no model of tasks, measures, cities or departments, so it holds the sentences on ${n(starlight.pages)} pages where this site has ${n(ours.pages)}.

### The same document page

Loaded cold in a fresh context until the network is idle; raw / gzipped bytes.

${table(['site', 'page', 'requests', 'HTML', 'CSS', 'JS', 'other', 'total'], pageRows)}

For the same Chinese document a reader here fetches ${n(oursPage.total.gzip)} B gzipped in ${oursPage.requests} requests${oursPage.byType.js ? '' : ' with no JavaScript'}; on Starlight ${n(theirsPage.total.gzip)} B in ${theirsPage.requests} requests (×${ratio(theirsPage.total.gzip, oursPage.total.gzip)}), ${n(theirsPage.byType.js?.gzip ?? 0)} B of it JavaScript.`,
    `### First search

Cold, CPU slowed ${CPU_SLOWDOWN}×: here on the search page, on Starlight from the document page through its search dialog (the way each site offers search). Latency runs from the input event to the first result on screen, including each interface's wait for typing to pause (${TYPING_PAUSE_MS} ms here, Pagefind UI's ${PAGEFIND_UI_PAUSE_MS} ms there). “Results” here counts the pages listed (documents, tasks, measures, cities … up to the first page of results); on Starlight the documents Pagefind UI reports. Here the first result is drawn from the search table (titles, labels and other names of every page) before Pagefind answers; the ranked list follows, and excerpts are fetched only for the ${PAGE_HITS} hits shown; Pagefind UI shows Pagefind's own order as each fragment arrives (the quality: “Search quality” below).

${table(['query', 'site', 'results', 'latency', 'page before typing', 'search: requests, bytes'], searchRows)}`,
    `### Build

Wall time of one build: here the whole pipeline (parse, emit, Astro, open data, sitemap, preview images, Pagefind); there \`astro build\`, which runs Pagefind.

${table(['site', 'pages', 'build', 'ms per page', 'output', 'search index'], buildRows)}`,
  ];
  const audited = sites.filter(([, site]) => site.lighthouse);
  if (audited.length > 0) {
    sections.push(`### Lighthouse

Default mobile settings, as above.

${table(
  ['site', 'page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'weight'],
  audited.map(([name, site]) => {
    const run = site.lighthouse!;
    return [name, run.path, run.scores.performance!, run.scores.accessibility!, run.scores['best-practices']!, run.scores.seo!, ...Object.values(run.metrics)];
  }),
)}${audited.some(([, site]) => site.lighthouse!.failing.length > 0) ? `\n\nScored audits that did not pass: ${audited.flatMap(([name, site]) => site.lighthouse!.failing.map((audit) => `${name} ${audit}`)).join('; ')}.` : ''}`);
  }
  return sections.join('\n\n');
}
