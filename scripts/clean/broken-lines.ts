import { startsWithMarker } from '../text/markers.ts';
import type { SourceLine } from '../lib/source-line.ts';
import { ReportBuilder, type CleaningResult } from './report.ts';

/** Punctuation a complete line of running text ends with. */
const LINE_END = /[。；;：:！!？?）)」』”"》〕]$/u;
/** Running text, as opposed to a heading or a title line: it has sentence punctuation inside. */
const RUNNING_TEXT = /[。，,；;]/u;

/**
 * Joins a line of running text that stops mid-sentence with the line that continues it
 * ("……试点示范省市积极" + "配合各业务主管部门工作，……"). Headings and title lines are never joined.
 */
export function joinBrokenLines(lines: SourceLine[]): CleaningResult {
  const builder = new ReportBuilder('broken-lines', 'A paragraph broken across two lines in the source is shown as one paragraph.');
  const out: SourceLine[] = [];
  for (const entry of lines) {
    const previous = out.at(-1);
    const text = entry.text.trim();
    if (
      previous &&
      text !== '' &&
      RUNNING_TEXT.test(previous.text) &&
      !LINE_END.test(previous.text.trim()) &&
      !startsWithMarker(text)
    ) {
      builder.change(entry.line, `${previous.text.slice(-8)}⏎${text.slice(0, 8)}`, `${previous.text.slice(-8)}${text.slice(0, 8)}`);
      out[out.length - 1] = { line: previous.line, text: previous.text.trimEnd() + text };
      continue;
    }
    out.push(entry);
  }
  return { lines: out, report: builder.report };
}
