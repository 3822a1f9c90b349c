/**
 * Whole seeds through the parser (cleaning, split into documents, outline, annex table): fixture
 * folders tests/unit/fixtures/parse/<case>/ with input.txt, seed.json (its manifest entry) and
 * expected.json. Regenerating is its own command: node tests/unit/fixtures/parse/regenerate.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARSE_FIXTURES, parseFixture } from './fixtures/parse/summarise.ts';

describe('seed parser fixtures', () => {
  for (const name of readdirSync(PARSE_FIXTURES).filter((entry) => statSync(join(PARSE_FIXTURES, entry)).isDirectory()).sort()) {
    it(`should parse ${name} as recorded`, () => {
      const folder = join(PARSE_FIXTURES, name);
      expect(parseFixture(folder)).toEqual(JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')));
    });
  }
});
