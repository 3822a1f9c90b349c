/**
 * The template list the screenshots, budgets and benchmark rely on (scripts/check/templates.ts) stays
 * in step with the site: one entry per page file, every built page claimed by exactly one template,
 * and each sample a built page of its own template.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, requireBuild } from '../../scripts/lib/built-page.ts';
import { TEMPLATES } from '../../scripts/check/templates.ts';
import { GROWN_BUILD } from '../../scripts/lib/grown-build.ts';

// The site, and the grown corpus (a second task list, a second city's plan): new pages must still be claimed.
const BUILDS = [
  ['dist', 'npm run build'],
  [GROWN_BUILD.outDir, 'npm run build:grown'],
] as const;

describe('page templates', () => {
  it('should list every page file in src/pages/ exactly once', () => {
    const sources = readdirSync('src/pages', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.astro')).map((file) => file.split('\\').join('/'));
    expect(TEMPLATES.map((template) => template.source).sort()).toEqual(sources.sort());
  });

  it.each(BUILDS)('should claim every built page of %s by exactly one template, and sample a page of each', (dist, command) => {
    requireBuild(dist, command);
    const paths = builtPages(dist).map((page) => page.path);
    const claims = paths.map((path) => `${path} ← [${TEMPLATES.filter((template) => template.pattern.test(path)).map((template) => template.source).join(', ')}]`);
    expect(claims.filter((claim) => !/← \[[^,]+\]$/.test(claim)), 'pages with no template or several').toEqual([]);
    for (const template of TEMPLATES) {
      expect(paths, `${template.source}'s sample is built`).toContain(template.sample);
      expect(template.sample, template.source).toMatch(template.pattern);
    }
  });
});
