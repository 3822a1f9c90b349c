/**
 * The tests Stryker runs for each mutant: unit tests of the pure modules that need no built site and
 * no copy of the seeds per test. Left out: tests/site (they read dist/), the whole-corpus tests
 * (seed-fuzz, determinism, synthetic-seeds, starlight-site, input-errors: seconds each, and they
 * cover every mutant at once) and tests that load the model in a beforeAll hook (seeds-model,
 * explore-*, translations) — Stryker counts what a hook runs as covered by every test, so each
 * mutant would run the whole set.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/{parse,clean,model,cite}-*.test.ts',
      'tests/unit/cleaning.test.ts',
      'tests/unit/outline-fixtures.test.ts',
      'tests/unit/share.test.ts',
    ],
    testTimeout: 30_000,
  },
});
