/**
 * The source notes (seeds/editorial/source-notes.json, schema in src/schema/editorial.ts), read when the
 * site is built, and where on a document page each printed form occurs. The build runs from the project
 * folder (npm run build), so the file is found there; a fixture site without notes for its documents
 * simply shows none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceNotesFileSchema, type SourceNote } from '../schema/editorial.ts';

const SOURCE_NOTES_PATH = 'seeds/editorial/source-notes.json';

let cached: SourceNote[] | undefined;

/** Every note, validated; a problem stops the build naming the file and the field. */
export function sourceNotes(root = process.cwd()): SourceNote[] {
  if (cached) return cached;
  const parsed = SourceNotesFileSchema.safeParse(JSON.parse(readFileSync(join(root, SOURCE_NOTES_PATH), 'utf8')));
  if (!parsed.success) throw new Error(`${SOURCE_NOTES_PATH}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  cached = parsed.data.notes;
  return cached;
}

/** A passage of a document as printed, with its anchor (the side-by-side pairs: every anchored piece of text). */
export interface Passage {
  anchor: string;
  original: string;
}

/** The anchors of the passages that hold `printed`, in document order, each with how often. */
export function occurrences(passages: Passage[], printed: string): Array<{ anchor: string; count: number }> {
  return passages
    .map((passage) => ({ anchor: passage.anchor, count: passage.original.split(printed).length - 1 }))
    .filter((entry) => entry.count > 0);
}
