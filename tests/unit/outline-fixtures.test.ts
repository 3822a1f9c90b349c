/**
 * Fixture folders for the outline parser (tests/lib/outline-fixtures.ts): each input parses to its
 * recorded tree or stops with its recorded error. This test only compares; to record a deliberate
 * change of the parser, run `npm run fixtures:update` and review the diff.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outlineFixtures, parseOutlineFixture } from '../lib/outline-fixtures.ts';

describe('outline parser fixtures', () => {
  for (const fixture of outlineFixtures()) {
    it(`should parse ${fixture.name} as recorded`, () => {
      const { tree, error } = parseOutlineFixture(fixture);
      if (existsSync(fixture.errorFile)) {
        expect(error?.message).toBe(readFileSync(fixture.errorFile, 'utf8').trim());
      } else {
        expect(existsSync(fixture.expectedFile), `${fixture.expectedFile} is missing: run npm run fixtures:update and review it`).toBe(true);
        expect(error).toBeUndefined();
        expect(tree).toEqual(JSON.parse(readFileSync(fixture.expectedFile, 'utf8')));
      }
    });
  }
});
