/**
 * The built site as the tests in tests/site/ read it: through the project's one page reader
 * (scripts/lib/built-page.ts). A missing build is a failure that says what to run, never a skip.
 */
import { fileForPath, readPage, readSite, requireBuild, type BuiltPage } from '../../scripts/lib/built-page.ts';

export const DIST = 'dist';

/** The built file for a URL path (site at the domain root), if there is one. */
export const fileFor = (path: string, dist = DIST): string | undefined => fileForPath(dist, '/', path);

const sites = new Map<string, BuiltPage[]>();

/** Every page of a build, each read once per test file; fails naming `npm run build` when there is none. */
export function builtSite(dist = DIST, base = '/'): BuiltPage[] {
  const key = `${dist}\u0000${base}`;
  if (!sites.has(key)) {
    requireBuild(dist);
    sites.set(key, readSite(dist, base));
  }
  return sites.get(key)!;
}

/** One page of the root build, by URL path; fails when the build has no such page. */
export function pageAt(path: string, dist = DIST): BuiltPage {
  requireBuild(dist);
  const cached = sites.get(`${dist}\u0000/`)?.find((page) => page.path === path);
  if (cached) return cached;
  const file = fileFor(path, dist);
  if (!file) throw new Error(`${dist} has no page at ${path}`);
  return readPage(file, path);
}
