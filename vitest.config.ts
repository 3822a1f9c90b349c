import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Workers: Vitest's default (one per core but one, so one on the 2-core CI machine). Two were tried
    // (December 2026): the whole-build test's builds and the other files then only slowed each other down.
    projects: [
      // Each file in a fresh module graph: the unit tests' modules keep state (the search's segmenter, caches).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // The built site is read and parsed once for all these files (tests/site/built-site.ts keeps it):
      // isolated, each file parsed dist/ again, more than half of their time. They only read what they share.
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], isolate: false } },
    ],
  },
});
