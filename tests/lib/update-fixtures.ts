/**
 * `npm run fixtures:update`: rewrites the outline parser's expectations from what it parses now, for a
 * deliberate change of the parser. It asserts nothing; review the change (git diff tests/unit/fixtures/)
 * before committing. The test only compares and never writes.
 */
import { rmSync, writeFileSync } from 'node:fs';
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
