import type { SourceLine } from '../lib/source-line.ts';
import { ReportBuilder, type CleaningResult } from './report.ts';

/** A pinyin gloss right after a Han character, with the space that follows it: 關(guan) 於 → 關於. */
const GLOSS = /(?<=\p{Script=Han})\([a-z]{1,6}\) ?/gu;

export function removePinyinGlosses(lines: SourceLine[]): CleaningResult {
  const builder = new ReportBuilder('pinyin-gloss', 'Pinyin glosses after characters, such as "(guan)", are reading aids added by the reposting site, not part of the text.');
  const cleaned = lines.map((entry) => {
    const matches = [...entry.text.matchAll(GLOSS)];
    for (const match of matches) {
      const start = Math.max(0, match.index - 2);
      const end = match.index + match[0].length;
      builder.change(entry.line, entry.text.slice(start, end + 2), entry.text.slice(start, match.index) + entry.text.slice(end, end + 2));
    }
    return matches.length === 0 ? entry : { line: entry.line, text: entry.text.replace(GLOSS, '') };
  });
  return { lines: cleaned, report: builder.report };
}
