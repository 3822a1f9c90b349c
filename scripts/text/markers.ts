import { asciiDigits, chineseNumeralToInt } from './chinese-numerals.ts';

/** An outline marker at the start of a line, as official documents use them. */
export interface Marker {
  /** 1: 一、 · 2: （一） · 3: 1. · 4: （1） */
  depth: 1 | 2 | 3 | 4;
  /** The marker as printed. */
  text: string;
  ordinal: number;
  /** The text after the marker. */
  rest: string;
}

const PATTERNS: Array<{ depth: Marker['depth']; pattern: RegExp; numeral: 'chinese' | 'arabic' }> = [
  { depth: 1, pattern: /^([一二三四五六七八九十百]+)、/u, numeral: 'chinese' },
  { depth: 2, pattern: /^[（(]([一二三四五六七八九十百]+)[）)]/u, numeral: 'chinese' },
  // "60.12345 …": the task number is 60 and the text starts with 12345, so no look-ahead for digits.
  { depth: 3, pattern: /^([0-9０-９]+)[.．、](?![0-9０-９]*[.．][0-9０-９])/u, numeral: 'arabic' },
  { depth: 4, pattern: /^[（(]([0-9０-９]+)[）)]/u, numeral: 'arabic' },
];

export function readMarker(line: string): Marker | undefined {
  const text = line.trimStart();
  for (const { depth, pattern, numeral } of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const ordinal = numeral === 'chinese' ? chineseNumeralToInt(match[1]!) : Number(asciiDigits(match[1]!));
    if (ordinal === undefined || !Number.isInteger(ordinal) || ordinal < 1) continue;
    return { depth, text: match[0], ordinal, rest: text.slice(match[0].length).trim() };
  }
  return undefined;
}

export function startsWithMarker(line: string): boolean {
  return readMarker(line) !== undefined;
}
