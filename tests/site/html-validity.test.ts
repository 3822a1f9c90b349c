/**
 * Every built page is valid HTML by html-validate (config: .htmlvalidate.mjs), so markup errors in a
 * template or a component show up once per page type, named by page, line and rule.
 */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, requireBuild } from '../../scripts/lib/built-page.ts';
import { GROWN_BUILD } from '../../scripts/lib/grown-build.ts';

const DIST = 'dist';

/** A page of the grown corpus whose bytes equal the site's page at the same path validates the same: only the others are read again. */
const differsFromSite = (site: Map<string, string>, file: string, path: string) => {
  const same = site.get(path);
  return !same || !readFileSync(same).equals(readFileSync(file));
};

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
  }, 600_000);

  it('should have no html-validate errors on any page of the grown corpus that differs from the site', async () => {
    requireBuild(GROWN_BUILD.outDir, 'npm run build:grown');
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    const site = new Map(builtPages(DIST).map((page) => [page.path, page.file]));
    const changed = builtPages(GROWN_BUILD.outDir).filter((page) => differsFromSite(site, page.file, page.path));
    for (const { file, path } of changed) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) errors.push(`${GROWN_BUILD.outDir}${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
    // What the grown corpus adds is read at least: the second list's task pages are new.
    expect(changed.map((page) => page.path)).toContain('/tasks/task-list-2/1/');
  }, 600_000); // ~1000 pages validated, 20–400 ms each depending on the load (at 30 s and at 180 s it timed out on a machine shared by six sessions): a limit, not a timing assertion
});
