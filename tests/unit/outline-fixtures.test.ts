/**
 * Fixture folders for the outline parser: tests/unit/fixtures/outline/<case>/input.txt with either
 * expected.json (the tree, summarised) or error.txt (the message the build must give).
 * Run with UPDATE_FIXTURES=1 to rewrite expectations deliberately.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IdAllocator, parseOutline } from '../../scripts/parse/outline.ts';
import type { BlockNode } from '../../src/schema/model.ts';

const root = 'tests/unit/fixtures/outline';
const update = process.env.UPDATE_FIXTURES === '1';

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

function parseFixture(folder: string): BlockNode[] {
  const text = readFileSync(join(folder, 'input.txt'), 'utf8');
  const lines = text.replace(/\n$/, '').split('\n').map((value, index) => ({ line: index + 1, text: value }));
  return parseOutline(lines, { file: 'input.txt', lang: 'zh-Hans', ids: new IdAllocator() });
}

describe('outline parser fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const folder = join(root, name);
    const errorFile = join(folder, 'error.txt');
    const expectedFile = join(folder, 'expected.json');
    it(`should parse ${name} as recorded`, () => {
      let error: Error | undefined;
      let tree: unknown[] = [];
      try {
        tree = summarise(parseFixture(folder));
      } catch (caught) {
        error = caught as Error;
      }
      if (update) {
        if (error) writeFileSync(errorFile, `${error.message}\n`);
        else writeFileSync(expectedFile, `${JSON.stringify(tree, null, 2)}\n`);
      }
      if (existsSync(errorFile)) {
        expect(error?.message).toBe(readFileSync(errorFile, 'utf8').trim());
      } else {
        expect(error).toBeUndefined();
        expect(tree).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
      }
    });
  }
});
