/**
 * Translations are data keyed by segment ids with source hashes: complete, current, consistent with
 * the glossary — and the build names the file and line of any segment that is missing or stale.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, loadSiteContent } from '../../scripts/build-content.ts';
import { inconsistencies, renderingsOf } from '../../scripts/translate/consistency.ts';
import { segmentsOf, sourceHash } from '../../scripts/translate/segments.ts';
import { readTranslation, statusOf } from '../../scripts/translate/translations.ts';
import { GlossaryFileSchema, NamesFileSchema, TranslationFileSchema } from '../../src/schema/translation.ts';
import type { Model } from '../../src/schema/model.ts';

let model: Model;
beforeAll(async () => {
  model = await loadModel('seeds');
});

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});
async function seedsCopy(): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'seeds-'));
  await cp('seeds', dir, { recursive: true });
  return dir;
}
async function editTranslation(path: string, change: (file: ReturnType<typeof TranslationFileSchema.parse>) => void) {
  const file = TranslationFileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  change(file);
  await writeFile(path, `${JSON.stringify(file, null, 2)}\n`);
}

describe('translation coverage', () => {
  it('should translate every segment of every document, none stale (100 %)', async () => {
    for (const document of model.documents) {
      const status = statusOf(document, model, await readTranslation('seeds', document));
      expect({ document: document.id, missing: status.missing.map((segment) => segment.id), stale: status.stale.map((segment) => segment.id), orphans: status.orphans }).toEqual({ document: document.id, missing: [], stale: [], orphans: [] });
      expect(status.translated).toBe(status.total);
    }
  });

  it('should give every block, table cell and metadata field a segment with a unique id', () => {
    const wuhan = segmentsOf(model.documents.find((document) => document.id === 'wuhan-plan')!, model);
    expect(new Set(wuhan.map((segment) => segment.id)).size).toBe(wuhan.length);
    // 17 rows of 5 cells, 5 column headers, the title and the notes.
    expect(wuhan.filter((segment) => /^row-\d+-c\d$/.test(segment.id))).toHaveLength(85);
    const list = segmentsOf(model.documents.find((document) => document.id === 'task-list-1')!, model);
    expect(list.filter((segment) => /^task-\d+$/.test(segment.id))).toHaveLength(104);
    expect(list.filter((segment) => /^task-\d+-assignment$/.test(segment.id))).toHaveLength(104);
    expect(list.map((segment) => segment.id)).toContain('meta-title');
  });

  it('should name the file and line of a segment whose source changed since it was translated', async () => {
    const seeds = await seedsCopy();
    await editTranslation(join(seeds, 'translations/en/task-list-1.json'), (file) => {
      const entry = file.segments.find((segment) => segment.id === 'task-60')!;
      entry.hash = sourceHash('an older wording');
    });
    await expect(loadSiteContent(seeds)).rejects.toThrow(/seeds\/translations\/en\/task-list-1\.json:\d+: segment "task-60" is stale/);
  });

  it('should name a segment without translation, and one left over', async () => {
    const seeds = await seedsCopy();
    await editTranslation(join(seeds, 'translations/en/opinions-2024-314.json'), (file) => {
      file.segments.find((segment) => segment.id === 'm8')!.text = '';
      file.segments.push({ id: 'm99', hash: sourceHash('x'), source: 'x', text: 'x' });
    });
    const error = await loadSiteContent(seeds).then(() => undefined, (caught: Error) => caught);
    expect(error?.message).toMatch(/opinions-2024-314\.json:\d+: segment "m8" has no translation/);
    expect(error?.message).toMatch(/opinions-2024-314\.json:\d+: segment "m99" no longer exists/);
  });

  it('should refuse a document without a translation file', async () => {
    const seeds = await seedsCopy();
    await rm(join(seeds, 'translations/en/notice-2024-314.json'));
    await expect(loadSiteContent(seeds)).rejects.toThrow(/seeds\/translations\/en\/notice-2024-314\.json: missing/);
  });
});

describe('glossary', () => {
  const read = async () => ({
    glossary: GlossaryFileSchema.parse(JSON.parse(await readFile('seeds/editorial/glossary.json', 'utf8'))),
    names: NamesFileSchema.parse(JSON.parse(await readFile('seeds/translations/en/names.json', 'utf8'))),
  });

  it('should hold at least 40 terms, including the ones readers ask about', async () => {
    const { glossary } = await read();
    expect(glossary.terms.length).toBeGreaterThanOrEqual(40);
    const terms = glossary.terms.map((term) => term.zh);
    for (const term of ['试点示范', '两业融合', '揭榜挂帅', '四个一批', '以旧换新', '团体标准', '1+2+N', '牵头单位', '责任单位', '征求意见稿']) expect(terms).toContain(term);
  });

  it('should render each term, department and place the same way in every translation', async () => {
    const { glossary, names } = await read();
    const renderings = renderingsOf(glossary, names, new Map(model.places.map((place) => [place.id, [place.name, place.shortName]])));
    const found = [];
    for (const document of model.documents) found.push(...inconsistencies((await readTranslation('seeds', document))!.file, renderings));
    expect(found).toEqual([]);
  });

  it('should catch a translation that renders a term another way', async () => {
    const { glossary, names } = await read();
    const renderings = renderingsOf(glossary, names, new Map());
    const file = TranslationFileSchema.parse({
      document: 'notice-2024-314', from: 'zh-Hans', to: 'en', translator: 'test',
      segments: [{ id: 'p1', hash: sourceHash('推进以旧换新'), source: '推进以旧换新', text: 'promote old-for-new exchanges' }],
    });
    expect(inconsistencies(file, renderings).map((entry) => entry.segment)).toEqual(['p1']);
  });
});

describe('localized model', () => {
  it('should give every entity its English text', async () => {
    const { model: localized } = await loadSiteContent('seeds');
    const task60 = localized.tasks.find((task) => task.id === 'task-list-1-60')!;
    expect(task60.en.title).toMatch(/12345/);
    expect(task60.en.assignment).toBe('Chongqing');
    expect(localized.places.find((place) => place.id === 'chongqing')!.en.name).toMatch(/Chongqing/);
    expect(localized.departments.find((department) => department.name === '商务部')!.en.name).toBe('Ministry of Commerce');
    const opinions8 = localized.measures.find((measure) => measure.id === 'opinions-2024-314-8')!;
    expect(opinions8.en.title).toMatch(/foreign-invested enterprises/i);
    expect(opinions8.en.body).toHaveLength(opinions8.body.length);
    expect(localized.documents.find((document) => document.id === 'interpretation-2025-01')!.translation.lang).toBe('zh-Hans');
  });
});
