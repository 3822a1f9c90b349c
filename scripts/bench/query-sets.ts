/**
 * The search query sets (tests/search/): each query with the one page a reader wants. Read by the
 * quality gate (tests/browser/search-quality.spec.ts) and by `npm run bench:search`, which reports
 * each set apart: every set has been tuned on or looked at since its first run, which alone measured how search generalises (tests/search/README.md).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const QuerySchema = z.object({
  q: z.string().min(1),
  expect: z.string().regex(/^\/.*\/$/),
  lang: z.enum(['zh-Hans', 'zh-Hant', 'en', 'mixed']),
  kind: z.string(),
  why: z.string().optional(),
  /** The anchor of the part of the page the reader means (a section of a document): among the result's section links. */
  section: z.string().regex(/^[\w-]+$/).optional(),
});
export type Query = z.output<typeof QuerySchema>;

export const QUERY_SETS = {
  /** The set the ranking was tuned on. */
  tuned: 'tests/search/queries.json',
  /** Readers' queries, written before they were run (2026-12-05); tuned on since its first run. */
  readers: 'tests/search/readers.json',
  /** A second held-out set, written blind after the readers' set was tuned on; its misses were looked at since. */
  blind: 'tests/search/blind.json',
  /** The third, written blind (2026-12-05) before the spelling and place rules; looked at since (2026-12-06). */
  heldout: 'tests/search/heldout.json',
  /** The fourth, written blind (2026-12-06) after the held-out set's misses had been looked at; looked at since its first run. */
  fresh: 'tests/search/fresh.json',
  /** The fifth, written blind (2026-12-06) after the fresh set's misses had been looked at. */
  untried: 'tests/search/untried.json',
} as const;
export type QuerySet = keyof typeof QUERY_SETS;

export function readQueries(set: QuerySet): Query[] {
  return z.object({ queries: z.array(QuerySchema) }).parse(JSON.parse(readFileSync(QUERY_SETS[set], 'utf8'))).queries;
}
