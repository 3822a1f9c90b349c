import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/site/**/*.test.ts'],
    testTimeout: 30_000,
    // Workers: Vitest's default (one per core but one, so one on the 2-core CI machine). Two were tried
    // (December 2026): the whole-build test's builds and the other files then only slowed each other down.
  },
});
