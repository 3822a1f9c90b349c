/**
 * The editorial files' input-error fixtures (tests/unit/fixtures/editorial/<case>/): the JSON files to
 * put in place of the real ones in a copy of seeds/, and error.txt, the message the build must stop with.
 * Read by tests/unit/editorial-names.test.ts (which only compares) and by `npm run fixtures:update`
 * (which rewrites error.txt and asserts nothing).
 */
import { cp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSiteContent } from '../../scripts/build-content.ts';

export const EDITORIAL_FIXTURES = 'tests/unit/fixtures/editorial';

export async function editorialFixtures(): Promise<string[]> {
  return (await readdir(EDITORIAL_FIXTURES)).sort();
}

export const editorialErrorFile = (name: string) => join(EDITORIAL_FIXTURES, name, 'error.txt');

/** Builds the site's content from a copy of seeds/ (under `dir`) with the case's files in place; the error it stops with, if any. */
export async function buildEditorialFixture(name: string, dir: string): Promise<Error | undefined> {
  const seeds = join(dir, name);
  await cp('seeds', seeds, { recursive: true });
  for (const file of (await readdir(join(EDITORIAL_FIXTURES, name))).filter((entry) => entry.endsWith('.json'))) {
    await cp(join(EDITORIAL_FIXTURES, name, file), join(seeds, 'editorial', file));
  }
  return loadSiteContent(seeds).then(
    () => undefined,
    (caught: Error) => caught,
  );
}
