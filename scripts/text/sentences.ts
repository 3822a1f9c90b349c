/**
 * Where the sentences of a paragraph begin and end, for the sentence anchors of the document pages
 * (scripts/text/sentence-anchors.ts). Ranges, not strings: the page shows the text unchanged, each
 * sentence wrapped, and whatever lies between two sentences (an English space) left between them.
 *
 * Chinese ends a sentence at 。！？ (and at a half-width ! ? before Chinese text), not at ；: in these texts
 * a semicolon joins the parallel clauses of one sentence (有助于……；有助于……；有助于……。, the items of
 * a list), and the translations keep such a sentence as one sentence with "; " — so a sentence of a
 * paragraph and of its translation are mostly counted alike (README "URL scheme" gives the figures).
 * English ends a sentence at . ! ? followed by a space and the start of another sentence (a capital,
 * a digit, an opening quote or bracket), except after an abbreviation ("No. 314", "e.g. The").
 * In both, closing quotes and brackets right after the stop belong to the sentence they close.
 * (The fidelity check splits otherwise, at ；too, to find short runs of text: scripts/check/sentences.ts.)
 */
import type { Lang } from '../../src/schema/manifest.ts';

/** A sentence: `text.slice(start, end)`, without the space around it. */
export interface SentenceRange {
  start: number;
  end: number;
}

const CLOSING = `”’」』）)〕】》〉"'\\]`;
/** A half-width ! or ? ends a Chinese sentence only before Chinese, a space or the end: not in code-like text ("<!--"). */
const CHINESE_STOP = new RegExp(`(?:[。！？]+[!?]*|[!?]+(?=[${CLOSING}]*(?:[\\p{Script=Han}\\s“‘「『（(]|$)))[${CLOSING}]*`, 'gu');
/** A stop, its closing marks, the space after it, and what may start the next sentence. */
const ENGLISH_STOP = new RegExp(`[.!?]+[${CLOSING}]*(?=\\s+[A-Z0-9"“‘'(\\[])`, 'gu');
/**
 * Words written with a full stop that do not end a sentence. Initials (a single capital: "U.S.", "J.")
 * are abbreviations too. "etc." is not listed: before a capital it ends the sentence it closes.
 */
const ABBREVIATIONS = new Set(['no', 'nos', 'art', 'arts', 'para', 'paras', 'sec', 'ch', 'vol', 'pp', 'fig', 'e.g', 'i.e', 'cf', 'vs', 'approx', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

function isAbbreviation(text: string, stop: number): boolean {
  const word = /([A-Za-z.]+)$/.exec(text.slice(0, stop))?.[1] ?? '';
  return /^[A-Z]$/.test(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentences of a paragraph, in order. Text after the last stop is a sentence of its own; a text without one is one sentence. */
export function sentenceRanges(text: string, lang: Lang): SentenceRange[] {
  const ends: number[] = [];
  for (const match of text.matchAll(lang === 'en' ? ENGLISH_STOP : CHINESE_STOP)) {
    if (lang === 'en' && match[0].startsWith('.') && isAbbreviation(text, match.index)) continue;
    ends.push(match.index + match[0].length);
  }
  const ranges: SentenceRange[] = [];
  let from = 0;
  for (const end of [...ends, text.length]) {
    const piece = text.slice(from, end);
    const start = from + (piece.length - piece.trimStart().length);
    const stop = end - (piece.length - piece.trimEnd().length);
    if (stop > start) ranges.push({ start, end: stop });
    from = end;
  }
  return ranges;
}

/** The sentences as strings (for tests and for reading). */
export function sentences(text: string, lang: Lang): string[] {
  return sentenceRanges(text, lang).map(({ start, end }) => text.slice(start, end));
}
