/**
 * The fidelity check over the built site (npm test builds it first): every sentence of every seed,
 * after its declared cleaning, on its document's page in its own language, in order; cut text listed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild } from '../../scripts/lib/built-page.ts';
import { checkFidelity, type FidelityReport } from '../../scripts/check/fidelity.ts';
import { formatFidelityReport } from '../../scripts/check/fidelity-report.ts';
import { loadManifest } from '../../scripts/read/load-manifest.ts';
import type { Manifest } from '../../src/schema/manifest.ts';

const DIST = 'dist';
const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
/** The built site with one page changed, as the check reads it. */
const tampered = (target: string, change: (html: string) => string) => async (path: string) => (path === target ? change(page(path)) : page(path));
const documentOf = (report: FidelityReport, id: string) => report.seeds.flatMap((seed) => seed.documents).find((document) => document.document === id)!;

describe('fidelity of the built site to the seeds', () => {
  let report: FidelityReport;
  let manifest: Manifest;
  beforeAll(async () => {
    requireBuild(DIST);
    manifest = await loadManifest('seeds');
    report = await checkFidelity({ seedsDir: 'seeds', siteDir: DIST });
  });

  it('should show every sentence of every seed on its document page, in order (100 % per document)', () => {
    const coverage = Object.fromEntries(report.seeds.flatMap((seed) => seed.documents).map((document) => [document.document, document.coverage]));
    // Every document of every seed of seeds/manifest.json (seven in five today); the English 003 is checked on /en/.
    expect(Object.keys(coverage).sort()).toEqual(manifest.seeds.flatMap((seed) => seed.documents.map((document) => document.id)).sort());
    expect(report.ok, formatFidelityReport(report)).toBe(true);
    expect(Object.values(coverage).every((value) => value === 100)).toBe(true);
    expect(documentOf(report, 'interpretation-2025-01').page).toBe('/en/documents/interpretation-2025-01/');
  });

  it('should list the lines 003\'s footer rule cut, phone and e-mail redacted, and find them in the source notes', () => {
    const cut = documentOf(report, 'interpretation-2025-01').cut;
    expect(cut.map((entry) => [entry.rule, entry.line, entry.redacted])).toEqual([
      ['page-furniture', 13, false], ['page-furniture', 14, true], ['page-furniture', 15, true], ['page-furniture', 16, false], ['page-furniture', 17, false], ['page-furniture', 18, false],
    ]);
    expect(cut.filter((entry) => entry.redacted).map((entry) => entry.text)).toEqual(['', '']);
    expect(cut.every((entry) => entry.listedOnPage)).toBe(true);
    expect(formatFidelityReport(report)).toMatch(/cut by page-furniture[^\n]*\n\s+line 13: "来源:四川商务"\n\s+line 14: \[redacted: personal contact data\]/);
  });

  it("should list 004's repost header under the rule that cut it", () => {
    expect(documentOf(report, 'action-plan-2024-2025').cut.map((entry) => entry.text)).toEqual(['- 2024-05-09 12:54:00', '- transfarzl 转贴', '- 1634']);
  });

  it("should show Wuhan's repeated table header once and the printed title with its （征求意见稿）", () => {
    const wuhan = documentOf(report, 'wuhan-plan');
    expect(wuhan.collapsed.map((entry) => entry.lines.length)).toEqual([5, 5]);
    expect(wuhan.missing).toEqual([]);
  });

  it('should account for every source line: none lost text without a declared rule', () => {
    expect(report.seeds.map((seed) => seed.unaccounted)).toEqual(manifest.seeds.map(() => []));
  });

  it('should fail, naming file and line, when a page drops a sentence', async () => {
    const broken = await checkFidelity({ seedsDir: 'seeds', siteDir: DIST, readPage: tampered('/documents/task-list-1/', (html) => html.replace('政务服务便民热线服务与管理规范', '')) });
    expect(broken.ok).toBe(false);
    const list = documentOf(broken, 'task-list-1');
    expect(list.coverage).toBeLessThan(100);
    expect(list.missing.map((entry) => `${entry.file}:${entry.line}`)).toEqual(['seeds/000_8c31acff08a708a5.txt:108']);
    expect(formatFidelityReport(broken)).toContain('FAIL task-list-1');
  });

  it('should fail when a page shows two paragraphs in the wrong order', async () => {
    const swap = (html: string) => html.replace(/(<div class="para[^>]*id="p2"[\s\S]*?<\/div>)([\s\S]*?)(<div class="para[^>]*id="p3"[\s\S]*?<\/div>)/, '$3$2$1');
    const broken = await checkFidelity({ seedsDir: 'seeds', siteDir: DIST, readPage: tampered('/documents/action-plan-2024-2025/', swap) });
    expect(documentOf(broken, 'action-plan-2024-2025').missing.some((entry) => entry.outOfOrder)).toBe(true);
  });

  it('should fail when typographic quotes replace the straight quotes of the English source', async () => {
    const broken = await checkFidelity({ seedsDir: 'seeds', siteDir: DIST, readPage: tampered('/en/documents/interpretation-2025-01/', (html) => html.replaceAll('&quot;', '“').replace(/"Opinions"/g, '“Opinions”')) });
    expect(documentOf(broken, 'interpretation-2025-01').missing.length).toBeGreaterThan(0);
  });

  it('should report a document whose page the site lacks, every sentence missing', async () => {
    const lacking = async (path: string) => {
      if (path === '/documents/wuhan-plan/') throw Object.assign(new Error('no such page'), { code: 'ENOENT' });
      return page(path);
    };
    const broken = await checkFidelity({ seedsDir: 'seeds', siteDir: DIST, readPage: lacking });
    const wuhan = documentOf(broken, 'wuhan-plan');
    expect([wuhan.pageFound, wuhan.found, broken.ok]).toEqual([false, 0, false]);
    expect(formatFidelityReport(broken)).toContain('wuhan-plan → /documents/wuhan-plan/: 0/');
  });

  it('should fail when the source notes do not list a cut line', async () => {
    const broken = await checkFidelity({ seedsDir: 'seeds', siteDir: DIST, readPage: tampered('/en/documents/interpretation-2025-01/', (html) => html.replace(/<section id="source-notes"[\s\S]*?<\/section>/, '')) });
    expect(broken.ok).toBe(false);
    expect(documentOf(broken, 'interpretation-2025-01').cut.every((entry) => !entry.listedOnPage)).toBe(true);
  });
});
