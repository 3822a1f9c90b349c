import type { PolicyDocument } from '../../src/schema/model.ts';
import type { GlossaryEntry, GlossaryTerm } from '../../src/schema/translation.ts';
import { anchoredTexts } from '../model/texts.ts';
import { contains } from './consistency.ts';

/**
 * Where each glossary term occurs in the documents' original texts: per document, the anchors of the
 * texts that hold it (a Chinese spelling in a Chinese text, the English rendering in an English one),
 * in reading order. Matching is the one the consistency check uses.
 */
export function withOccurrences(terms: GlossaryTerm[], documents: PolicyDocument[]): GlossaryEntry[] {
  const texts = documents.map((document) => ({ document, texts: [...anchoredTexts(document)] }));
  // The English originals are the official interpretation: a form found there is an official rendering.
  const official = texts.filter(({ document }) => document.lang === 'en').flatMap(({ texts: pieces }) => pieces.map((piece) => piece.text));
  return terms.map((term) => ({
    ...term,
    officialForms: term.enForms.filter((form) => official.some((text) => contains(text, form, true))),
    occurrences: texts
      .map(({ document, texts: pieces }) => {
        const english = document.lang === 'en';
        const spellings = english ? [term.en, ...term.enForms, ...(term.official ? [term.official] : [])] : [term.zh, ...term.zhVariants];
        const anchors = pieces.filter((piece) => spellings.some((spelling) => contains(piece.text, spelling, english))).map((piece) => piece.anchor);
        return { document: document.id, anchors: [...new Set(anchors)] };
      })
      .filter((entry) => entry.anchors.length > 0),
  }));
}
