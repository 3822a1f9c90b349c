/**
 * Where a link to a quoted passage goes on an edition's page of its document: the page's sentence that
 * holds the quote (scripts/text/passage-anchor.ts, with the page's own splitter), so a citation, a
 * target or a date opens at its sentence. The page of the original shows the text as printed; the
 * translation's page shows the segment's translation, or the original while a translation is pending.
 */
import type { Model } from '../../src/schema/model.ts';
import type { TranslationFile } from '../../src/schema/translation.ts';
import { textAt } from '../model/texts.ts';
import { passageAnchors } from '../text/passage-anchor.ts';

/** Which page of the document the link goes to: the one showing the original, or its translation. */
export type PageText = 'original' | 'translation';

export function sentenceLinks(model: Model, translations: Map<string, TranslationFile>) {
  const anchorsOf = new Map<string, ReturnType<typeof passageAnchors>>();
  /**
   * The anchor for `anchor` (whose translation is `segment`) on that page: of the sentence holding the
   * first of `quotes` found in the page's text there, else `anchor` itself (a heading, a task line, a
   * table cell, a quote across sentences, a quote that is not the page's own words).
   */
  return (documentId: string, anchor: string, segment: string, quotes: string[], page: PageText): string => {
    const document = model.documents.find((entry) => entry.id === documentId)!;
    const original = page === 'original' || document.translationPending;
    const file = translations.get(documentId);
    const text = original ? textAt(document, anchor) : file?.segments.find((entry) => entry.id === segment)?.text;
    if (text === undefined) return anchor;
    if (!anchorsOf.has(documentId)) anchorsOf.set(documentId, passageAnchors(document.blocks));
    const lang = original ? document.lang : file!.to;
    for (const quote of quotes.map((entry) => entry.trim()).filter((entry) => entry !== '')) {
      const start = text.indexOf(quote);
      if (start >= 0) return anchorsOf.get(documentId)!(anchor, text, lang, start, start + quote.length);
    }
    return anchor;
  };
}
