/**
 * Every built page is valid HTML by html-validate (config: .htmlvalidate.mjs), so markup errors in a
 * template or a component show up once per page type, named by page, line and rule.
 */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, requireBuild } from '../../scripts/lib/built-page.ts';

const DIST = 'dist';

describe('built HTML', () => {
  requireBuild(DIST);
  it('should have no html-validate errors on any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const { file, path } of builtPages(DIST)) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) errors.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  }, 600_000); // ~1000 pages validated, 20–400 ms each depending on the load (at 30 s and at 180 s it timed out on a machine shared by six sessions): a limit, not a timing assertion
});
