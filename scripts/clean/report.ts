import type { CleaningReport } from '../../src/schema/model.ts';
import type { SourceLine } from '../lib/source-line.ts';

/** Examples kept while cleaning; each document later shows only the first few of its own. */
const MAX_EXAMPLES = 200;

export interface CleaningResult {
  lines: SourceLine[];
  report: CleaningReport;
}

/** Collects the changes one rule makes. */
export class ReportBuilder {
  readonly report: CleaningReport;

  constructor(rule: string, reason?: string) {
    this.report = { rule, changes: 0, lines: [], examples: [], removed: [], ...(reason ? { reason } : {}) };
  }

  change(line: number, before: string, after: string, count = 1): void {
    this.report.changes += count;
    for (let index = 0; index < count; index++) this.report.lines.push(line);
    if (this.report.examples.length < MAX_EXAMPLES) this.report.examples.push({ line, before, after });
  }

  /** Records a removed line; a redacted line's text is not kept anywhere. */
  remove(line: number, text: string, redacted = false): void {
    this.report.changes += 1;
    this.report.lines.push(line);
    this.report.removed.push({ line, text: redacted ? '' : text, redacted });
  }
}
