import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeContent } from '../../scripts/emit/write-content.ts';
import { loadSiteContent } from '../../scripts/build-content.ts';

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const sub of ['documents', 'translated', 'converted', 'data']) {
    for (const name of (await readdir(join(dir, sub))).sort()) files[`${sub}/${name}`] = await readFile(join(dir, sub, name), 'utf8');
  }
  return files;
}

describe('emitted content', () => {
  it('should be byte-identical when built twice from the same seeds', async () => {
    const dirs = [await mkdtemp(join(tmpdir(), 'content-a-')), await mkdtemp(join(tmpdir(), 'content-b-'))];
    try {
      let documents: Array<{ lang: string }> = [];
      for (const dir of dirs) {
        const content = await loadSiteContent('seeds');
        documents = content.model.documents;
        await writeContent(content, dir);
      }
      const [first, second] = await Promise.all(dirs.map(snapshot));
      // Each document (7 today), its translation, each Chinese document in the other script (6), and 14 data collections (12 entity collections incl. commentary, targets, timeline, instruments and citations; the glossary; side-by-side pairs).
      expect(Object.keys(first!)).toHaveLength(2 * documents.length + documents.filter((document) => document.lang !== 'en').length + 14);
      expect(second).toEqual(first);
    } finally {
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    }
  });
});
