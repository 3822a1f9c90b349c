/**
 * The pure modules mutation testing covers, one line each. `npm run mutation` runs Stryker over them one
 * at a time (each has its own incremental file and JSON report), and MUTATION.md has one row per line.
 */
export interface MutationModule {
  /** Short name: `npm run mutation -- <name>`, reports/mutation/<name>.json. */
  name: string;
  /** Files Stryker mutates (globs; `!` excludes). */
  mutate: string[];
  /**
   * The unit tests run against its mutants (vitest.mutation.config.ts). Only the module's own: a
   * mutant of a module-level constant is "static" and runs every test listed here.
   */
  tests: string[];
}

export const MUTATION_MODULES: MutationModule[] = [
  { name: 'parse', mutate: ['scripts/parse/**/*.ts', 'scripts/text/**/*.ts'], tests: ['tests/unit/parse-*.test.ts', 'tests/unit/outline-fixtures.test.ts'] },
  { name: 'clean', mutate: ['scripts/clean/**/*.ts'], tests: ['tests/unit/clean-*.test.ts', 'tests/unit/cleaning.test.ts'] },
  { name: 'model', mutate: ['scripts/model/**/*.ts'], tests: ['tests/unit/model-*.test.ts'] },
  { name: 'cite', mutate: ['src/lib/cite/**/*.ts'], tests: ['tests/unit/cite-*.test.ts', 'tests/unit/share.test.ts'] },
  // src/search is being rewritten; once it lands, its ranking and terms are one more line here, e.g.
  // { name: 'search', mutate: ['src/search/ranking.ts', 'src/search/terms.ts'], tests: ['tests/unit/search-terms.test.ts'] },
];

/** Where Stryker writes a module's reports (kept out of git). */
export const reportsDir = 'reports/mutation';
