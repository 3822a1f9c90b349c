/**
 * The second build `npm test` makes: the same site deployed under a sub-path, as on a project page of a
 * static host. The link checker and a search test run over it, so no link or asset assumes the root.
 */
export const SUBPATH_BUILD = {
  /** Beside dist/, so the root build the other tests use stays as it is. */
  outDir: 'dist-subpath',
  base: '/policy-atlas/',
} as const;
