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
  { name: 'parse', mutate: ['scripts/parse/**/*.ts', 'scripts/text/**/*.ts'], tests: ['tests/unit/parse-*.test.ts', 'tests/unit/outline-fixtures.test.ts', 'tests/unit/sentences.test.ts', 'tests/unit/sentence-anchors.test.ts', 'tests/unit/passage-anchor.test.ts'] },
  { name: 'clean', mutate: ['scripts/clean/**/*.ts'], tests: ['tests/unit/clean-*.test.ts', 'tests/unit/cleaning.test.ts'] },
  // Every file of scripts/model: its unit tests build the model of a small corpus (model-build) and each rule on
  // hand-made input (model-text-rules, model-aliases); the whole-corpus tests are left out (vitest.mutation.config.ts).
  { name: 'model', mutate: ['scripts/model/**/*.ts'], tests: ['tests/unit/model-*.test.ts'] },
  { name: 'cite', mutate: ['src/lib/cite/**/*.ts'], tests: ['tests/unit/cite-*.test.ts', 'tests/unit/share.test.ts'] },
  // The search's pure modules, which ship to the browser: ranking, words, the query forms, the table, facets, sections.
  // Not client/ (the DOM) nor entries.ts (page context); not search-terms.test.ts, which loads the whole site
  // in a hook (Stryker would run it for every mutant): search-words.test.ts checks terms.ts on small texts.
  {
    name: 'search',
    mutate: ['src/search/rank.ts', 'src/search/terms.ts', 'src/search/forms.ts', 'src/search/table.ts', 'src/search/facets.ts', 'src/search/sections.ts', 'src/search/compare.ts'],
    tests: ['tests/unit/search-compare.test.ts', 'tests/unit/search-forms.test.ts', 'tests/unit/search-rank.test.ts', 'tests/unit/search-words.test.ts', 'tests/unit/search-terms-fast.test.ts', 'tests/unit/search-facets.test.ts', 'tests/unit/search-sections.test.ts'],
  },
];

/** Where Stryker writes a module's reports (kept out of git). */
export const reportsDir = 'reports/mutation';
