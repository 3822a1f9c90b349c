/**
 * seeds/ is a copy of the shared seeds the project receives (../shared/seeds, beside the checkout in CI
 * and on the team's machines). Without that folder the copy cannot be checked: that is a failure that
 * says what is missing, never a skip that passes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const shared = '../shared/seeds';

describe('seed copies', () => {
  it('should keep seeds/ byte-identical to ../shared/seeds', () => {
    if (!existsSync(shared)) {
      throw new Error(`${resolve(shared)} is missing: the shared seeds must sit beside this checkout (as in CI) to check that seeds/ is an exact copy of them`);
    }
    const files = readdirSync(shared).filter((name) => name.endsWith('.txt')).sort();
    // Five seed files: the documents of seeds/manifest.json.
    expect(files).toHaveLength(5);
    for (const file of files) expect(readFileSync(`seeds/${file}`).equals(readFileSync(`${shared}/${file}`)), file).toBe(true);
  });
});
