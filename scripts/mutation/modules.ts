/**
 * The pure modules mutation testing covers, one line each. `npm run mutation` runs Stryker over them one
 * at a time (each has its own incremental file and JSON report), and MUTATION.md has one row per line.
 */
export interface MutationModule {
  /** Short name: `npm run mutation -- <name>`, reports/mutation/<name>.json. */
  name: string;
  /** Files Stryker mutates (globs; `!` excludes). */
  mutate: string[];
}

export const MUTATION_MODULES: MutationModule[] = [
  { name: 'parse', mutate: ['scripts/parse/**/*.ts'] },
  { name: 'clean', mutate: ['scripts/clean/**/*.ts'] },
  { name: 'model', mutate: ['scripts/model/**/*.ts'] },
  { name: 'cite', mutate: ['src/lib/cite/**/*.ts'] },
  // src/search is being rewritten; once it lands, its ranking and terms are one more line here, e.g.
  // { name: 'search', mutate: ['src/search/ranking.ts', 'src/search/terms.ts'] },
];

/** Where Stryker writes a module's reports (kept out of git). */
export const reportsDir = 'reports/mutation';
