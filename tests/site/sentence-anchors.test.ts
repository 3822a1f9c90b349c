/**
 * Sentence anchors on the built document pages (scripts/check/sentence-anchors.ts): every sentence
 * anchored, each anchor once, and the same paragraphs named in both editions. The text itself is the
 * fidelity test's (tests/site/fidelity.test.ts): wrapping sentences must leave it as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SENTENCE_ANCHOR } from '../../src/lib/share/sentence-anchor.ts';
import type { SearchTable } from '../../src/search/table.ts';
import { checkSentenceAnchors } from '../../scripts/check/sentence-anchors.ts';
import { parsePage } from '../../scripts/lib/built-page.ts';
import { DIST, builtSite, pageAt } from './built-site.ts';

const DOCUMENT_PAGE = /^(?:\/en)?\/documents\/[^/]+\/(?:simplified\/|traditional\/)?$/;

describe('sentence anchors on document pages', () => {
  const pages = builtSite().filter((page) => DOCUMENT_PAGE.test(page.sitePath) && !page.refresh);
  const reports = new Map(pages.map((page) => [page.sitePath, checkSentenceAnchors(page)]));

  it('should anchor every sentence of every paragraph and note, each anchor once on its page', () => {
    // 7 documents, each in two editions and (the Chinese ones) in the other script, in two editions.
    expect(pages.length).toBeGreaterThanOrEqual(14);
    expect([...reports.values()].flatMap((report) => report.problems)).toEqual([]);
  });

  it('should fail a paragraph with text outside its sentences, a gap in the count or an anchor used twice', () => {
    const page = parsePage(
      '<!doctype html><html><body><div class="doc-text"><div class="para" id="p1"><a class="permalink" href="#p1">¶</a><p><span id="p1-1">一。</span>二。</p></div>' +
        '<div class="para" id="p2"><p><span id="s1-p1-1">一。</span><span id="s1-p1-3">三。</span></p></div><p class="note" id="note-1"><span class="marker">注：</span><span id="p1-1">重。</span></p></div></body></html>',
      { file: 'x.html', path: '/documents/x/' },
    );
    expect(checkSentenceAnchors(page).problems).toEqual([
      '/documents/x/#p1: text outside a sentence: "二。"',
      '/documents/x/#p2: sentence 2 is #s1-p1-3, expected #s1-p1-2',
      '/documents/x/#note-1: #p1-1 is on the page twice',
      '/documents/x/: #p1-1 is the id of 2 elements',
    ]);
  });

  it('should fail sentences that lost their paragraph’s <p>, or the space between two English sentences', () => {
    const page = parsePage('<!doctype html><html><body><div class="doc-text" lang="en"><div class="para" id="p1"><span id="p1-1">One.</span><span id="p1-2">Two.</span></div><div class="para" id="p2"><p><span id="p2-1">One.</span><span id="p2-2">Two.</span></p></div></div></body></html>', { file: 'x.html', path: '/en/documents/x/' });
    expect(checkSentenceAnchors(page).problems).toEqual([
      '/en/documents/x/#p1-1: a sentence outside the text of a paragraph or note',
      '/en/documents/x/#p1-2: a sentence outside the text of a paragraph or note',
      '/en/documents/x/#p2: no space before #p2-2',
    ]);
  });

  it('should count the Opinions’ sentences as a reader does', () => {
    // Measure (一)'s line after its heading: three sentences, each ending in 。 (seed 000, the Opinions).
    const opinions = pageAt('/documents/opinions-2024-314/');
    expect(['m1-lead-1', 'm1-lead-2', 'm1-lead-3'].every((id) => opinions.ids.has(id))).toBe(true);
    expect(opinions.ids.has('m1-lead-4')).toBe(false);
    // Its 46 sentences of paragraphs and notes are all found in their paragraphs, in both editions.
    expect(reports.get('/documents/opinions-2024-314/')!.sentences).toBe(46);
    expect(reports.get('/en/documents/opinions-2024-314/')!.sentences).toBe(46);
  });

  it('should name the same paragraphs in both editions of a document, so a sentence link switches edition', () => {
    for (const page of pages.filter((page) => page.edition === 'zh')) {
      expect(reports.get(`/en${page.sitePath}`)?.bases, page.sitePath).toEqual(reports.get(page.sitePath)!.bases);
    }
  });
});

describe('sentence anchors and the search index', () => {
  it('should leave the Opinions’ search sections its paragraphs and sections, not its sentences', () => {
    const table = JSON.parse(readFileSync(join(DIST, '_search', 'table.json'), 'utf8')) as SearchTable;
    const row = table.rows.find((entry) => entry.key === '/documents/opinions-2024-314/')!;
    for (const edition of ['zh', 'en'] as const) {
      const fragment = gunzipSync(readFileSync(join(DIST, 'pagefind', 'fragment', `${row[edition]!.id}.pf_fragment`))).toString('utf8');
      const anchors = (JSON.parse(fragment.slice(fragment.indexOf('{'))) as { anchors: Array<{ id: string }> }).anchors.map((anchor) => anchor.id);
      expect(anchors).toContain('m5-lead');
      expect(anchors.filter((id) => SENTENCE_ANCHOR.test(id) || !/^(?:p\d+|s\d+(?:-\d+)*|m\d+(?:-lead)?|s[\d-]+-lead)$/.test(id))).toEqual([]);
    }
  });
});
