/**
 * The source notes (seeds/editorial/source-notes.json) are reviewed editorial data: each names a form the
 * source prints, on the seed line it names, with a standard form that differs, and the document as
 * published still prints it (a note, never a silent fix).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../scripts/build-content.ts';
import { occurrences, sourceNotes } from '../../src/lib/source-notes.ts';
import type { Model } from '../../src/schema/model.ts';

let model: Model;
beforeAll(async () => {
  model = await loadModel('seeds');
});

/** The anchored passages of a document's text tree, as the side-by-side pairs give them to the page. */
interface Node { id?: string; title?: string; lead?: string; text?: string; children?: Node[] }
function passages(blocks: Node[]): Array<{ anchor: string; original: string }> {
  return blocks.flatMap((block) => [
    ...[block.title, block.lead, block.text].filter((text): text is string => !!text && !!block.id).map((original) => ({ anchor: block.id!, original })),
    ...passages(block.children ?? []),
  ]);
}

/** A seed line as the site reads it for this check: the pinyin glosses "(guan) " the repost adds removed. */
function seedLine(source: string): string {
  const [, prefix, line] = /^(\d{3}) line (\d+)$/.exec(source)!;
  const file = readdirSync('seeds').find((name) => name.startsWith(`${prefix}_`))!;
  return readFileSync(`seeds/${file}`, 'utf8').split('\n')[Number(line) - 1]!.replace(/\([a-z]+\)\s?/g, '');
}

describe('source notes', () => {
  it('should note the conversion errors readers reported (機製, 體係) on the pilot notice', () => {
    const printed = sourceNotes().filter((note) => note.document === 'pilot-notice-2024').map((note) => note.printed);
    expect(printed).toEqual(expect.arrayContaining(['機製', '體係']));
  });

  it('should name, for each note, a document of the model, a seed line that prints the form, and a different standard form', () => {
    const seen = new Set<string>();
    for (const note of sourceNotes()) {
      const document = model.documents.find((entry) => entry.id === note.document);
      expect(document, note.printed).toBeDefined();
      expect(seedLine(note.source), `${note.printed} on ${note.source}`).toContain(note.printed);
      expect(note.standard).not.toBe(note.printed);
      expect(seen.has(`${note.document} ${note.printed}`), `${note.printed} noted twice`).toBe(false);
      seen.add(`${note.document} ${note.printed}`);
    }
  });

  it('should find each printed form in the published text, where the notes link to it', () => {
    for (const note of sourceNotes()) {
      const document = model.documents.find((entry) => entry.id === note.document)!;
      const found = occurrences(passages(document.blocks as Node[]), note.printed);
      expect(found.length, note.printed).toBeGreaterThan(0);
      // 機製: nine times in the notice as printed (counted in seeds/001 with the glosses removed).
      if (note.printed === '機製') expect(found.reduce((sum, entry) => sum + entry.count, 0)).toBe(9);
    }
  });
});
