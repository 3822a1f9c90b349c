import { SeedError } from '../lib/seed-error.ts';
import { englishSentences } from '../model/texts.ts';

/** A number as a whole token: 50 in "50%" or "50 pilots", not in "150" or "5.0". */
const numberToken = (token: string) => new RegExp(`(?<![\\d.])${token.replace('.', '\\.')}(?![\\d]|\\.\\d)`, 'u');

/**
 * The sentence of a translated segment that carries the same numbers as the quoted clause: a target
 * ("700 items") or a date ("25 October 2024") is quoted in English by the sentence that states it.
 * The translation must keep the numbers in figures; if no sentence holds them all, that is an error in
 * the translation file, named with its segment.
 */
export function sentenceWithNumbers(text: string, numbers: string[], where: { file: string; segment: string }): string {
  const found = englishSentences(text).find((sentence) => numbers.every((token) => numberToken(token).test(sentence)));
  if (found === undefined) {
    throw new SeedError(where.file, undefined, `segment "${where.segment}": no sentence of the translation states ${numbers.join(' and ')} (targets and dates are quoted by the sentence that states them; keep numbers in figures)`);
  }
  return found.trim();
}
