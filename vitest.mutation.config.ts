/**
 * The tests Stryker runs against mutants: the unit tests of the module being mutated
 * (MUTATION_MODULE, set by scripts/mutation/run.ts; all modules' tests without it). They need no built
 * site and no copy of the seeds per test. Left out on purpose: tests/site (they read dist/), the
 * whole-corpus tests (seed-fuzz, determinism, synthetic-seeds, starlight-site, input-errors: seconds
 * each, and each covers every mutant) and tests that load the model in a beforeAll hook (seeds-model,
 * explore-*, translations): Stryker counts what a hook runs as covered by every test, so each mutant
 * would run the whole set. `npm run test:unit` runs all of them as before.
 */
import { defineConfig } from 'vitest/config';
import { MUTATION_MODULES } from './scripts/mutation/modules.ts';

const name = process.env.MUTATION_MODULE;

export default defineConfig({
  test: {
    include: MUTATION_MODULES.filter((module) => !name || module.name === name).flatMap((module) => module.tests),
    testTimeout: 30_000,
    isolate: false,
  },
});
