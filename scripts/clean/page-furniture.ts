import { SeedError } from '../lib/seed-error.ts';
import type { SourceLine } from '../lib/source-line.ts';
import { ReportBuilder, type CleaningResult } from './report.ts';

/**
 * Cuts the reposting site's header or footer lines. Only lines at the declared end of the file are cut,
 * and only while they keep matching: furniture in the middle of the text is never removed silently.
 */
export function cutPageFurniture(
  lines: SourceLine[],
  options: { patterns: string[]; where: 'head' | 'tail'; reason: string; redact?: string[] },
  file: string,
): CleaningResult {
  const builder = new ReportBuilder('page-furniture', options.reason);
  const compile = (pattern: string) => {
    try {
      return new RegExp(pattern, 'u');
    } catch (cause) {
      throw new SeedError('seeds/manifest.json', undefined, `page-furniture pattern for ${file} is not a valid regular expression: ${pattern}`, { cause });
    }
  };
  const patterns = options.patterns.map(compile);
  const redact = (options.redact ?? []).map(compile);
  const matches = (entry: SourceLine) => patterns.some((pattern) => pattern.test(entry.text.trim()));
  const cut = new Set<SourceLine>();
  if (options.where === 'tail') {
    for (let index = lines.length - 1; index >= 0; index--) {
      const entry = lines[index]!;
      if (entry.text.trim() === '') continue;
      if (!matches(entry)) break;
      cut.add(entry);
    }
  } else {
    // The header may sit among the first lines (after a title line), so look at the leading block.
    const head = lines.slice(0, 12);
    for (const entry of head) if (matches(entry)) cut.add(entry);
  }
  if (cut.size === 0) {
    throw new SeedError(file, undefined, `declared page furniture (${options.where}) was not found; check the patterns in seeds/manifest.json`);
  }
  for (const entry of lines) {
    if (cut.has(entry)) builder.remove(entry.line, entry.text.trim(), redact.some((pattern) => pattern.test(entry.text.trim())));
  }
  // Personal data must never be published: a line the manifest marks for redaction that is not cut
  // (an edit above it stopped the cut early, or it stands inside the text) stops the build.
  const exposed = lines.find((entry) => !cut.has(entry) && redact.some((pattern) => pattern.test(entry.text.trim())));
  if (exposed) {
    throw new SeedError(file, exposed.line, `this line holds personal data (it matches a "redact" pattern in seeds/manifest.json) but is not cut as page furniture: only a run of furniture lines at the ${options.where} of the file is cut`);
  }
  return { lines: lines.filter((entry) => !cut.has(entry)), report: builder.report };
}
