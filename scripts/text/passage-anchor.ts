/**
 * Where a link to a passage goes on a document page: the anchor of the page's sentence that holds a
 * given place of the passage's text (`{base}-{n}`, ./sentence-anchors.ts), found with the splitter the
 * page itself is emitted with (./sentences.ts), so the anchor is on the page by construction. A passage
 * the page does not split into sentences (a heading, a task line, a table cell) keeps its own anchor.
 */
import type { Lang } from '../../src/schema/manifest.ts';
import type { BlockNode } from '../../src/schema/model.ts';
import { sentenceAnchor } from '../../src/lib/share/sentence-anchor.ts';
import { sentenceBases } from './sentence-anchors.ts';
import { sentenceRanges } from './sentences.ts';

/** The sentence anchors of one document's page: `at(anchor, text, lang, start, end)` for each passage asked about. */
export function passageAnchors(blocks: BlockNode[]) {
  const bases = sentenceBases(blocks);
  /**
   * The sentence of `text` (the page's text at `anchor`, in `lang`) that holds the characters from
   * `start` to `end` (one character when no end is given), else — the span crosses sentences, or the
   * page does not split the passage — the passage's own anchor. A place between two sentences (the
   * space after a stop) counts as the next one's.
   */
  return (anchor: string, text: string, lang: Lang, start: number, end = start + 1): string => {
    const base = bases.get(anchor);
    if (base === undefined || start < 0 || end > text.length || end <= start) return anchor;
    const ranges = sentenceRanges(text, lang);
    const first = ranges.findIndex((range) => start < range.end);
    const last = ranges.findIndex((range) => end <= range.end);
    return first < 0 || first !== last ? anchor : sentenceAnchor(base, first + 1);
  };
}
