// @ts-check
/**
 * StrykerJS over the pure modules of scripts/mutation/modules.ts. Run it through `npm run mutation`
 * (scripts/mutation/run.ts), which picks one module at a time with MUTATION_MODULE.
 * The machines are small and shared: one test runner, incremental results, fast unit tests only.
 */
import { MUTATION_MODULES, reportsDir } from './scripts/mutation/modules.ts';

const name = process.env.MUTATION_MODULE;
const selected = MUTATION_MODULES.filter((module) => !name || module.name === name);
if (selected.length === 0) throw new Error(`unknown mutation module "${name}"; known: ${MUTATION_MODULES.map((module) => module.name).join(', ')}`);
const label = name ?? 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // Only the unit tests that need no built site (vitest.mutation.config.ts says which and why).
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: selected.flatMap((module) => module.mutate),
  coverageAnalysis: 'perTest',
  concurrency: 1,
  incremental: true,
  incrementalFile: `${reportsDir}/incremental-${label}.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${reportsDir}/${label}.html` },
  jsonReporter: { fileName: `${reportsDir}/${label}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  timeoutMS: 10_000,
  thresholds: { high: 90, low: 80, break: null },
};
