/**
 * The search-quality gate: both query sets run through the real search (tests/search/run-queries.ts)
 * against the built site, with floors. The tuned set must keep what it had (recall@1 ≥ 0.98, recall@5
 * = 1); the readers' set, written before it was ever run, has floors of its own, set below what it
 * first reached so that noise cannot fail it but a lost feature will (BENCHMARK.md reports the figures).
 * Named queries must always find their page first: the README's examples and every Traditional query.
 */
import { expect, test } from '@playwright/test';
import { misses, readQueries, runQueries, summarise, type QueryOutcome, type QuerySet } from '../search/run-queries.ts';

const FLOORS: Record<Exclude<QuerySet, 'blind' | 'heldout' | 'fresh' | 'untried'>, { recallAt1: number; recallAt5: number; panelAgrees: number; instantAgrees: number }> = {
  // The search issue's targets. Measured 2026-12-05: recall@1 0.985, recall@5 1, panel agrees 1, instant agrees 0.933.
  tuned: { recallAt1: 0.98, recallAt5: 1, panelAgrees: 1, instantAgrees: 0.9 },
  // First run, blind (2026-12-05): recall@1 0.694, recall@5 0.784, panel agrees 0.991, instant agrees 0.360.
  readers: { recallAt1: 0.65, recallAt5: 0.75, panelAgrees: 0.97, instantAgrees: 0.3 },
};

/** Queries that must find their page first, whatever the averages (README "Search"). */
const MUST_PASS = new Set(['商务部', '商资发〔2024〕314号', '陶瓷行業轉型金融']);

for (const set of ['tuned', 'readers'] as const) {
  test(`the ${set} query set finds what readers mean, in the search page and the header box alike`, async ({ browser }) => {
    // Hundreds of queries, each typed into the search page and a header box: minutes on a busy machine.
    test.setTimeout(1_800_000);
    const context = await browser.newContext();
    const [search, headerZh, headerEn] = await Promise.all([context.newPage(), context.newPage(), context.newPage()]);
    const queries = readQueries(set);
    const outcomes: QueryOutcome[] = await runQueries({ search, headerZh, headerEn }, queries);
    const summary = summarise(outcomes);
    console.log(`search quality, ${set} set: ${JSON.stringify(summary)}`);
    await context.close();
    const floor = FLOORS[set];
    const failed = misses(outcomes).join('\n');
    expect(summary.recallAt1, `recall@1 of ${set}; not first:\n${failed}`).toBeGreaterThanOrEqual(floor.recallAt1);
    expect(summary.recallAt5, `recall@5 of ${set}; not first:\n${failed}`).toBeGreaterThanOrEqual(floor.recallAt5);
    const disagree = outcomes.filter((outcome) => outcome.panelFirst !== outcome.got[0]).map((outcome) => `${outcome.query.q}: panel ${outcome.panelFirst}, page ${outcome.got[0]}`);
    expect(summary.panelAgrees, `header panel and search page disagree:\n${disagree.join('\n')}`).toBeGreaterThanOrEqual(floor.panelAgrees);
    expect(summary.instantAgrees, `instant list's first result is the final one`).toBeGreaterThanOrEqual(floor.instantAgrees);
    if (set === 'tuned') for (const q of MUST_PASS) expect(outcomes.some((outcome) => outcome.query.q === q), `${q} is in the tuned set`).toBe(true);
    for (const outcome of outcomes) {
      if (MUST_PASS.has(outcome.query.q) || outcome.query.lang === 'zh-Hant') expect(outcome.rank, `${outcome.query.q} → ${outcome.query.expect}; got ${outcome.got.slice(0, 3).join(', ')}`).toBe(1);
    }
  });
}
