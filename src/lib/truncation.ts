/**
 * Where a truncated source stops. A reposted text can end mid-sentence (the action plan stops inside
 * its item (25)); the page says so and quotes the last words, so the reader sees exactly where the
 * source ends. The words come from the text itself, in the language the page shows it in.
 */
import type { LocalizedMeasure } from '../schema/localized.ts';

/** The words after the last clause break: "…，实现国际标准转化率达到" → "实现国际标准转化率达到". */
export function lastWords(text: string): string {
  const trimmed = text.trim();
  const breaks = [...trimmed.matchAll(/[，。；：、,;:]\s*/gu)];
  const last = breaks.at(-1);
  return last ? trimmed.slice(last.index + last[0].length) : trimmed;
}

/** The last words of a measure as shown: its original text, or its translation. */
export function measureEnd(measure: LocalizedMeasure, translated: boolean): string {
  const text = translated
    ? (measure.en.items.at(-1)?.text ?? measure.en.body.at(-1))
    : (measure.items.at(-1)?.text ?? measure.body.at(-1)?.text);
  return lastWords(text ?? '');
}
