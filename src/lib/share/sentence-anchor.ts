/**
 * The anchor of a sentence on a document page: `{base}-{n}`, the n-th sentence (from 1) of a paragraph
 * or note, where the base names the paragraph by its place in the document's structure
 * (scripts/text/sentence-anchors.ts says how, and why not by its ¶ anchor `p12`):
 *
 *   m5-lead-2     the lead paragraph of measure (五), its second sentence
 *   s2-p3-1       the third paragraph directly in section s2, its first sentence
 *   annex-note2-1 the second note of the annex
 *   p1-2          a paragraph before the first section (the preamble)
 *   end-p1-1      a closing line after the last section (signature, date)
 *
 * The emitter writes these ids, the search index leaves them out, and the page script finds the
 * paragraph of a sentence the other edition does not have (the same base, another count).
 */
export function sentenceAnchor(base: string, n: number): string {
  return `${base}-${n}`;
}

/** Every sentence anchor, and no other anchor of a document page (`p12`, `s3-5`, `task-60`, `row-3`, `note-2`, `cite-gbt-label`). */
export const SENTENCE_ANCHOR = /^(?:[a-z0-9-]+-)?(?:p\d+|note\d+|lead)-\d+$/;

/** The paragraph part of a sentence anchor (`s2-p3` of `s2-p3-4`): the same paragraph in both editions. */
export function sentenceBase(anchor: string): string | undefined {
  return SENTENCE_ANCHOR.test(anchor) ? anchor.slice(0, anchor.lastIndexOf('-')) : undefined;
}
