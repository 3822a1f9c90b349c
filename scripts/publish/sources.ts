import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Model } from '../../src/schema/model.ts';

/** What stands in place of a line that held personal contact data. */
const REDACTED_LINE = '[已隐去：个人联系方式 / redacted: personal contact data]';

/**
 * Publishes each seed as it was received, at /sources/{file}, so readers can check the site against
 * its source. Only the lines a cleaning rule declares personal data are replaced, and the replacement
 * says so; every other byte is the seed's.
 */
export async function writeSources(model: Model, seedsDir: string, outDir: string): Promise<string[]> {
  const redactedLines = new Map<string, Set<number>>();
  for (const document of model.documents) {
    const lines = redactedLines.get(document.seedFile) ?? new Set<number>();
    for (const report of document.cleaning) for (const entry of report.removed) if (entry.redacted) lines.add(entry.line);
    redactedLines.set(document.seedFile, lines);
  }
  await mkdir(join(outDir, 'sources'), { recursive: true });
  const written: string[] = [];
  for (const [file, lines] of redactedLines) {
    const text = await readFile(join(seedsDir, file), 'utf8');
    const redacted = text
      .split('\n')
      .map((line, index) => (lines.has(index + 1) ? REDACTED_LINE + (line.endsWith('\r') ? '\r' : '') : line))
      .join('\n');
    const path = join(outDir, 'sources', file);
    await writeFile(path, redacted);
    written.push(path);
  }
  return written;
}
