import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/site/**/*.test.ts'],
    testTimeout: 30_000,
    // At least two files at a time. Vitest's default is one worker per core but one, which is a single
    // worker on the 2-core CI machine; the whole-build tests (tests/site/full-builds.test.ts) spend most of
    // their time waiting for the builds they spawn, and the other files can run meanwhile.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
