/**
 * Links that open a quoted passage in its document (instrument pages, Cites / Cited by, the targets
 * and the timeline): the element the link goes to holds the quote, and is the smallest the page marks —
 * a sentence's span wherever one sentence holds it.
 */
import { expect } from 'vitest';
import { select, selectAll, textContent } from '../../scripts/lib/built-page.ts';
import { SENTENCE_ANCHOR } from '../../src/lib/share/sentence-anchor.ts';
import { pageAt } from './built-site.ts';

const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Checks one link from page `from` (its href as written) quoting `quote`; says whether it goes to a sentence. */
export function expectQuoteLink(from: string, href: string, quote: string): 'sentence' | 'passage' {
  const target = new URL(href, `http://site${from}`);
  const id = decodeURIComponent(target.hash.slice(1));
  const where = `${from} → ${target.pathname}#${id}`;
  const element = select(`[id="${id}"]`, pageAt(target.pathname).tree);
  expect(element, where).toBeDefined();
  const wanted = squash(quote);
  expect(squash(textContent(element!)), where).toContain(wanted);
  // A whole paragraph is linked only when the quote is more than one of its marked sentences.
  const sentences = selectAll('span[id]', element!).filter((span) => span !== element);
  expect(sentences.some((span) => squash(textContent(span)).includes(wanted)), `${where}: a sentence of it holds the quote`).toBe(false);
  return SENTENCE_ANCHOR.test(id) ? 'sentence' : 'passage';
}
