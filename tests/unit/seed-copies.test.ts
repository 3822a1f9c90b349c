import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const shared = '../shared/seeds';

describe('seed copies', () => {
  it.skipIf(!existsSync(shared))('should keep seeds/ byte-identical to ../shared/seeds', () => {
    const files = readdirSync(shared).filter((name) => name.endsWith('.txt')).sort();
    expect(files).toHaveLength(5);
    for (const file of files) expect(readFileSync(`seeds/${file}`).equals(readFileSync(`${shared}/${file}`)), file).toBe(true);
  });
});
