import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeContent } from '../../scripts/emit/write-content.ts';
import { loadSiteContent } from '../../scripts/build-content.ts';
import { writeDownloads } from '../../scripts/emit/write-downloads.ts';
import { downloadsOf } from '../../src/lib/downloads.ts';
import type { LocalizedDocument } from '../../src/schema/localized.ts';

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const sub of ['documents', 'translated', 'converted', 'data', 'downloads']) {
    // The Word files are zip files: compared byte for byte (base64), the rest as text.
    for (const name of (await readdir(join(dir, sub))).sort()) files[`${sub}/${name}`] = await readFile(join(dir, sub, name), sub === 'downloads' ? 'base64' : 'utf8');
  }
  return files;
}

describe('emitted content', () => {
  it('should be byte-identical when built twice from the same seeds', async () => {
    const dirs = [await mkdtemp(join(tmpdir(), 'content-a-')), await mkdtemp(join(tmpdir(), 'content-b-'))];
    try {
      let documents: LocalizedDocument[] = [];
      for (const dir of dirs) {
        const content = await loadSiteContent('seeds');
        documents = content.model.documents;
        await writeContent(content, dir);
        await writeDownloads(content, dir);
      }
      const [first, second] = await Promise.all(dirs.map(snapshot));
      // Each document (7 today), its translation, each Chinese document in the other script (6), 15 data collections (12 entity collections incl. commentary, targets, timeline, instruments and citations; the glossary; side-by-side pairs; the Word files' sizes), and each document's Word files (3 each today).
      expect(Object.keys(first!)).toHaveLength(2 * documents.length + documents.filter((document) => document.lang !== 'en').length + 15 + documents.flatMap(downloadsOf).length);
      expect(second).toEqual(first);
    } finally {
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    }
  });
});
