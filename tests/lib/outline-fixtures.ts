/**
 * Fixture folders for the outline parser: tests/unit/fixtures/outline/<case>/input.txt with either
 * expected.json (the tree, summarised) or error.txt (the message the build must give). Read by the test
 * (tests/unit/outline-fixtures.test.ts), which only compares, and by `npm run fixtures:update`
 * (tests/lib/update-fixtures.ts), which only writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IdAllocator, parseOutline } from '../../scripts/parse/outline.ts';
import type { BlockNode } from '../../src/schema/model.ts';

const OUTLINE_FIXTURES = 'tests/unit/fixtures/outline';

export interface OutlineFixture {
  name: string;
  folder: string;
  errorFile: string;
  expectedFile: string;
}

export function outlineFixtures(): OutlineFixture[] {
  return readdirSync(OUTLINE_FIXTURES).sort().map((name) => {
    const folder = join(OUTLINE_FIXTURES, name);
    return { name, folder, errorFile: join(folder, 'error.txt'), expectedFile: join(folder, 'expected.json') };
  });
}

function summarise(blocks: BlockNode[]): unknown[] {
  return blocks.map((block) => {
    switch (block.type) {
      case 'outline':
        return { id: block.id, marker: block.marker, ordinal: block.ordinal, title: block.title, ...(block.lead ? { lead: block.lead } : {}), children: summarise(block.children) };
      case 'paragraph':
        return { id: block.id, role: block.role, text: block.text };
      case 'note':
        return { id: block.id, note: block.marker, text: block.text };
      default:
        return { type: block.type };
    }
  });
}

/** What the parser makes of a fixture now: the summarised tree, or the error it stops with. */
export function parseOutlineFixture(fixture: OutlineFixture): { tree: unknown[]; error?: Error } {
  const text = readFileSync(join(fixture.folder, 'input.txt'), 'utf8');
  const lines = text.replace(/\n$/, '').split('\n').map((value, index) => ({ line: index + 1, text: value }));
  try {
    return { tree: summarise(parseOutline(lines, { file: 'input.txt', lang: 'zh-Hans', ids: new IdAllocator() })) };
  } catch (caught) {
    return { tree: [], error: caught as Error };
  }
}
