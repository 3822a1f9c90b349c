/**
 * A build `npm test` makes of the hostile fixture (seeds whose text looks like markup and code: script
 * tags, event-handler attributes, `javascript:` links), for the browser test that searches it
 * (tests/browser/hostile-search.spec.ts). The whole-build test (tests/site/full-builds.test.ts) builds the
 * same seeds on its own and checks the pages; this one is kept so a browser can be pointed at it.
 */
export const HOSTILE_BUILD = {
  seeds: 'tests/fixtures/sites/hostile',
  /** Generated collections, kept apart from the site's content/. */
  content: '.scratch/hostile/content',
  outDir: '.scratch/hostile/dist',
} as const;
