/**
 * `npm run fixtures:update`: rewrites the outline parser's expectations from what it parses now, and the
 * editorial files' expected errors from what the build says now, for a deliberate change of either. It
 * asserts nothing; review the change (git diff tests/unit/fixtures/) before committing. The tests only
 * compare and never write.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEditorialFixture, editorialErrorFile, editorialFixtures, EDITORIAL_FIXTURES } from './editorial-fixtures.ts';
import { outlineFixtures, parseOutlineFixture } from './outline-fixtures.ts';

const fixtures = outlineFixtures();
for (const fixture of fixtures) {
  const { tree, error } = parseOutlineFixture(fixture);
  // A fixture expects either a tree or an error: the other file goes, so it cannot take precedence.
  if (error) {
    writeFileSync(fixture.errorFile, `${error.message}\n`);
    rmSync(fixture.expectedFile, { force: true });
  } else {
    writeFileSync(fixture.expectedFile, `${JSON.stringify(tree, null, 2)}\n`);
    rmSync(fixture.errorFile, { force: true });
  }
}
console.log(`fixtures:update: ${fixtures.length} outline fixtures rewritten in tests/unit/fixtures/outline/; review them with git diff`);

const editorial = await editorialFixtures();
const dir = await mkdtemp(join(tmpdir(), 'seeds-names-'));
try {
  for (const name of editorial) {
    const error = await buildEditorialFixture(name, dir);
    // A case the build accepts keeps its old expectation; the test then fails, saying so.
    if (error) await writeFile(editorialErrorFile(name), `${error.message}\n`);
    else console.error(`${EDITORIAL_FIXTURES}/${name}: the build accepts these files; error.txt left as it was`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
console.log(`fixtures:update: ${editorial.length} editorial fixtures rewritten in ${EDITORIAL_FIXTURES}/; review them with git diff`);
