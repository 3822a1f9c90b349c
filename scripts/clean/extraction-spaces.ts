import type { SourceLine } from '../lib/source-line.ts';
import { ReportBuilder, type CleaningResult } from './report.ts';

const LATIN = /[A-Za-z]/;
const WORDLIKE = /[\p{Script=Han}A-Za-z0-9]/u;

/**
 * Spaces left inside words and numbers by PDF extraction ("市场监 管总局", "5 0%", "( 2024—2025年)") are
 * removed. A space between a Latin word and a Han or Latin word ("5G 全连接工厂", "IPv6 and") is ordinary
 * mixed-script spacing and stays, as do the runs the manifest lists in `keep`.
 */
export function joinExtractionSpaces(lines: SourceLine[], keep: string[]): CleaningResult {
  const builder = new ReportBuilder('extraction-spaces', 'Spaces inside Chinese words and numbers are artifacts of PDF text extraction.');
  const cleaned = lines.map((entry) => {
    const text = entry.text;
    const protectedRanges = keep.flatMap((phrase) => rangesOf(text, phrase));
    let result = '';
    let removed = 0;
    let firstIndex = -1;
    for (let index = 0; index < text.length; index++) {
      const char = text[index]!;
      if (char !== ' ' && char !== '\u3000') {
        result += char;
        continue;
      }
      let end = index;
      while (end < text.length && (text[end] === ' ' || text[end] === '\u3000')) end++;
      const before = text[index - 1];
      const after = text[end];
      const inside = before !== undefined && after !== undefined;
      const meant = protectedRanges.some(([start, stop]) => index >= start && index < stop);
      if (!inside || meant || isMixedScriptSpace(before, after)) {
        result += text.slice(index, end);
      } else {
        removed += 1;
        if (firstIndex < 0) firstIndex = index;
      }
      index = end - 1;
    }
    const trimmed = result.trim();
    if (removed > 0) {
      builder.change(entry.line, text.slice(Math.max(0, firstIndex - 6), firstIndex + 7), excerptAfter(text, firstIndex), removed);
    }
    return { line: entry.line, text: removed > 0 ? trimmed : text };
  });
  return { lines: cleaned, report: builder.report };
}

function isMixedScriptSpace(before: string, after: string): boolean {
  const latinBefore = LATIN.test(before) && WORDLIKE.test(after);
  const latinAfter = LATIN.test(after) && WORDLIKE.test(before);
  return latinBefore || latinAfter;
}

function rangesOf(text: string, phrase: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let index = text.indexOf(phrase); index >= 0; index = text.indexOf(phrase, index + 1)) {
    ranges.push([index, index + phrase.length]);
  }
  return ranges;
}

function excerptAfter(text: string, index: number): string {
  return (text.slice(Math.max(0, index - 6), index) + text.slice(index, index + 7).replace(/[ \u3000]+/g, ''));
}
