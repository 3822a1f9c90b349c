/**
 * The source notes (seeds/editorial/source-notes.json, schema in src/schema/editorial.ts), read when the
 * site is built, and where on a document page each printed form occurs. The build runs from the project
 * folder (npm run build), so the file is found there; a fixture site without notes for its documents
 * simply shows none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceNotesFileSchema, type SourceNote } from '../schema/editorial.ts';

export const SOURCE_NOTES_PATH = 'seeds/editorial/source-notes.json';

let cached: SourceNote[] | undefined;

/** Every note, validated; a problem stops the build naming the file and the field. */
export function sourceNotes(root = process.cwd()): SourceNote[] {
  if (cached) return cached;
  const parsed = SourceNotesFileSchema.safeParse(JSON.parse(readFileSync(join(root, SOURCE_NOTES_PATH), 'utf8')));
  if (!parsed.success) throw new Error(`${SOURCE_NOTES_PATH}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  cached = parsed.data.notes;
  return cached;
}

/** A block of a document's text tree: what counting needs of it. */
interface Block {
  id?: string;
  text?: string;
  title?: string;
  /** An outline item's run-in text after its title (三、 (二)試點企業。具有…). */
  lead?: string;
  children?: Block[];
}

/** The anchors of the blocks whose text (or heading) holds `printed`, in document order, each with how often. */
export function occurrences(blocks: Block[], printed: string): Array<{ anchor: string; count: number }> {
  const found: Array<{ anchor: string; count: number }> = [];
  const visit = (block: Block) => {
    const count = [block.title, block.lead, block.text].map((text) => (text ?? '').split(printed).length - 1).reduce((sum, n) => sum + n, 0);
    if (count > 0 && block.id) found.push({ anchor: block.id, count });
    for (const child of block.children ?? []) visit(child);
  };
  for (const block of blocks) visit(block);
  return found;
}
