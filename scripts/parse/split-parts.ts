import type { DocumentEntry, SeedEntry } from '../../src/schema/manifest.ts';
import { SeedError } from '../lib/seed-error.ts';
import type { SourceLine } from '../lib/source-line.ts';

/** One document's share of a seed file's lines. */
export interface DocumentPart {
  entry: DocumentEntry;
  /** The lines printing the part's title (joined to match the manifest's heading). */
  headingLines: SourceLine[];
  /** Lines before the first title of the file (a repost's notice title, a source line). */
  front: SourceLine[];
  body: SourceLine[];
  annex?: { headingLines: SourceLine[]; body: SourceLine[] };
}

const compact = (text: string) => text.replace(/\s+/gu, '');

/**
 * Splits a seed's cleaned lines into its documents at the titles the manifest declares. A title broken
 * across lines is found by joining lines until they spell it; a missing title is an error.
 */
export function splitParts(lines: SourceLine[], seed: SeedEntry, file: string): DocumentPart[] {
  const spans: Array<{ start: number; end: number }> = [];
  let cursor = 0;
  for (const [index, entry] of seed.documents.entries()) {
    if (!entry.heading) {
      if (index > 0) throw new SeedError('seeds/manifest.json', undefined, `document "${entry.id}" in ${file} needs a "heading": only the first document of a file may start without a printed title`);
      spans.push({ start: 0, end: 0 });
      continue;
    }
    const found = findHeading(lines, cursor, entry.heading);
    if (!found) {
      throw new SeedError(file, lines[cursor]?.line, `the title of document "${entry.id}" declared in seeds/manifest.json ("${entry.heading}") was not found from this line on`);
    }
    spans.push(found);
    cursor = found.end;
  }
  const parts = seed.documents.map((entry, index): DocumentPart => ({
    entry,
    headingLines: lines.slice(spans[index]!.start, spans[index]!.end),
    front: index === 0 ? lines.slice(0, spans[0]!.start) : [],
    body: lines.slice(spans[index]!.end, spans[index + 1]?.start ?? lines.length),
  }));
  for (const part of parts) splitAnnex(part, file);
  return parts;
}

function splitAnnex(part: DocumentPart, file: string): void {
  const annex = part.entry.annex;
  if (!annex) return;
  const found = findHeading(part.body, 0, annex.heading);
  if (!found) throw new SeedError(file, part.body[0]?.line, `the annex title of "${part.entry.id}" ("${annex.heading}") was not found in the document`);
  part.annex = { headingLines: part.body.slice(found.start, found.end), body: part.body.slice(found.end) };
  part.body = part.body.slice(0, found.start);
}

export function findHeading(lines: SourceLine[], from: number, heading: string): { start: number; end: number } | undefined {
  const target = compact(heading);
  for (let start = from; start < lines.length; start++) {
    const first = compact(lines[start]!.text);
    if (first === '' || !target.startsWith(first)) continue;
    let joined = first;
    let end = start + 1;
    while (joined.length < target.length && end < lines.length && target.startsWith(joined)) {
      joined += compact(lines[end]!.text);
      end++;
    }
    if (joined === target) return { start, end };
  }
  return undefined;
}
