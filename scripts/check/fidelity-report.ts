import type { FidelityReport } from './fidelity.ts';

/** Sentences quoted in full up to this length; longer ones are shortened in the middle. */
const QUOTE = 120;

const quote = (text: string) => JSON.stringify(text.length <= QUOTE ? text : `${text.slice(0, QUOTE / 2)}…${text.slice(-QUOTE / 2)}`);
const lineList = (lines: number[]) => (lines.length <= 12 ? lines.join(', ') : `${lines.slice(0, 12).join(', ')} … (${lines.length} lines)`);

/** The fidelity report as text: coverage per document, what each rule did and cut, and every problem. */
export function formatFidelityReport(report: FidelityReport): string {
  const out: string[] = ['Fidelity: every sentence of every seed, after its declared cleaning, on its document page, in order', ''];
  for (const seed of report.seeds) {
    out.push(seed.file);
    for (const rule of seed.rules) {
      if (rule.changes === 0) continue;
      out.push(`  rule ${rule.rule}: ${rule.changes} change${rule.changes === 1 ? '' : 's'}${rule.lines.length > 0 ? ` on line${rule.lines.length === 1 ? '' : 's'} ${lineList(rule.lines)}` : ''}`);
    }
    for (const line of seed.unaccounted) out.push(`  FAIL line ${line}: text lost in cleaning without a declared rule`);
    for (const document of seed.documents) {
      const status = document.missing.length === 0 ? 'ok' : 'FAIL';
      out.push(`  ${status} ${document.document} → ${document.page}: ${document.found}/${document.sentences} sentences (${document.coverage.toFixed(1)} %)${document.pageFound ? '' : ' — the site has no such page'}`);
      for (const entry of document.collapsed) out.push(`    shown once: ${entry.what}, lines ${lineList(entry.lines)}`);
      const rules = [...new Set(document.cut.map((cut) => cut.rule))];
      for (const rule of rules) {
        const cuts = document.cut.filter((cut) => cut.rule === rule);
        out.push(`    cut by ${rule}${cuts[0]!.reason ? ` (${cuts[0]!.reason})` : ''}:`);
        for (const cut of cuts) {
          out.push(`      line ${cut.line}: ${cut.redacted ? '[redacted: personal contact data]' : quote(cut.text)}${cut.listedOnPage ? '' : '  FAIL: not listed in the page\'s source notes'}`);
        }
      }
      for (const sentence of document.missing) {
        out.push(`    missing ${sentence.file}:${sentence.line}: ${quote(sentence.text)}${sentence.outOfOrder ? ' (on the page, but out of order)' : ''}`);
      }
    }
    out.push('');
  }
  const documents = report.seeds.flatMap((seed) => seed.documents);
  const sentences = documents.reduce((sum, document) => sum + document.sentences, 0);
  const found = documents.reduce((sum, document) => sum + document.found, 0);
  out.push(`${report.ok ? 'OK' : 'FAILED'}: ${found}/${sentences} sentences in ${documents.length} documents`);
  return out.join('\n');
}
