/**
 * The build of the hostile fixture (seeds whose text looks like markup and code: script tags,
 * event-handler attributes, `javascript:` links). The whole-build test (tests/site/full-builds.test.ts)
 * builds it here and checks its pages; the browser test that searches it (tests/browser/hostile-search.spec.ts)
 * serves what that left, so `npm test` (unit tests before browser tests) builds the fixture once.
 */
export const HOSTILE_BUILD = {
  seeds: 'tests/fixtures/sites/hostile',
  /** tests/lib/build-site.ts writes the generated collections (`content/`, kept apart from the site's) and the site (`dist/`) inside it. */
  workDir: '.scratch/hostile',
  outDir: '.scratch/hostile/dist',
} as const;
