/**
 * Sentence anchors on the built document pages (scripts/check/sentence-anchors.ts): every sentence
 * anchored, each anchor once, and the same paragraphs named in both editions. The text itself is the
 * fidelity test's (tests/site/fidelity.test.ts): wrapping sentences must leave it as it was.
 */
import { describe, expect, it } from 'vitest';
import { checkSentenceAnchors } from '../../scripts/check/sentence-anchors.ts';
import { parsePage } from '../../scripts/lib/built-page.ts';
import { builtSite, pageAt } from './built-site.ts';

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

  it('should count the Opinions’ sentences as a reader does', () => {
    // Measure (一)'s line after its heading: three sentences, each ending in 。 (seed 000, the Opinions).
    const opinions = pageAt('/documents/opinions-2024-314/');
    expect(['m1-lead-1', 'm1-lead-2', 'm1-lead-3'].every((id) => opinions.ids.has(id))).toBe(true);
    expect(opinions.ids.has('m1-lead-4')).toBe(false);
  });

  it('should name the same paragraphs in both editions of a document, so a sentence link switches edition', () => {
    for (const page of pages.filter((page) => page.edition === 'zh')) {
      expect(reports.get(`/en${page.sitePath}`)?.bases, page.sitePath).toEqual(reports.get(page.sitePath)!.bases);
    }
  });
});
