import type { SourceLine } from '../lib/source-line.ts';
import { ReportBuilder, type CleaningResult } from './report.ts';

/**
 * A text published as one run, its paragraphs and outline markers separated by single spaces, is split
 * into one line per paragraph. Only spaces between two non-space Han/punctuation runs split; the pieces
 * keep the line number of the run they come from.
 */
const SEPARATOR = / +(?=\S)/u;

export function splitRunInParagraphs(lines: SourceLine[]): CleaningResult {
  const builder = new ReportBuilder('run-in-paragraphs', 'The source prints the whole notice as one line; its paragraphs are separated by spaces and are shown as paragraphs here.');
  const out: SourceLine[] = [];
  for (const entry of lines) {
    const pieces = entry.text.trim().split(SEPARATOR).filter((piece) => piece !== '');
    if (pieces.length > 1) {
      for (let index = 0; index + 1 < pieces.length; index++) {
        const left = pieces[index]!.slice(-10);
        const right = pieces[index + 1]!.slice(0, 10);
        builder.change(entry.line, `${left} ${right}`, `${left}¶${right}`);
      }
    }
    for (const piece of pieces) out.push({ line: entry.line, text: piece });
    if (pieces.length === 0) out.push(entry);
  }
  return { lines: out, report: builder.report };
}
