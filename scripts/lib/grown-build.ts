/**
 * The grown corpus `npm test` builds beside the real site: the real seeds plus what
 * tests/fixtures/sites/grown/ adds (a second task-list batch and a second city's plan, both written for
 * the tests and titled 测试文本). It shows whether every page stays true when the library grows; the
 * fixture is never mixed into the real site, it is composed into a seeds folder of its own.
 */
export const GROWN_BUILD = {
  /** What the fixture adds: seed texts, a manifest of additions, translations and English names. */
  fixture: 'tests/fixtures/sites/grown',
  /** The composed seeds folder (the real seeds with the fixture's additions). */
  seeds: '.scratch/grown/seeds',
  /** Generated collections, kept apart from the site's content/. */
  content: '.scratch/grown/content',
  outDir: '.scratch/grown/dist',
} as const;
