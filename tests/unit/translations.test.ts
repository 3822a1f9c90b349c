/**
 * Translations are data keyed by segment ids with source hashes: complete, current, consistent with
 * the glossary — and the build names the file and line of any segment that is missing or stale.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, loadSiteContent } from '../../scripts/build-content.ts';
import { consistencyOf, inconsistencies, isPrimary, renderingsOf } from '../../scripts/translate/consistency.ts';
import { describeConflict, tmConflicts } from '../../scripts/translate/translation-memory.ts';
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
  it('should translate every segment of every document not declared awaiting translation, none stale (100 %)', async () => {
    for (const document of model.documents.filter((entry) => !entry.translationPending)) {
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
    for (const document of model.documents.filter((entry) => !entry.translationPending)) found.push(...inconsistencies((await readTranslation('seeds', document))!.file, renderings));
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

describe('glossary forms', () => {
  const read = async () => ({
    glossary: GlossaryFileSchema.parse(JSON.parse(await readFile('seeds/editorial/glossary.json', 'utf8'))),
    names: NamesFileSchema.parse(JSON.parse(await readFile('seeds/translations/en/names.json', 'utf8'))),
  });
  const one = (id: string, source: string, text: string, document = 'action-plan-2024-2025') =>
    TranslationFileSchema.parse({ document, from: 'zh-Hans', to: 'en', translator: 'test', segments: [{ id, hash: sourceHash(source), source, text }] });
  const check = async (file: ReturnType<typeof one>) => {
    const { glossary, names } = await read();
    return consistencyOf(file, renderingsOf(glossary, names, new Map()));
  };

  it('should not accept a neighbouring word as a rendering (SAC is not a national standard)', async () => {
    const report = await check(one('m1', '推动国家标准实施', 'Promote the implementation of SAC rules'));
    expect(report.inconsistencies.map((entry) => `${entry.segment} ${entry.term}`)).toEqual(['m1 glossary term "national-standard" (国家标准)']);
  });

  it('should leave a term inside a longer term to the longer one', async () => {
    const report = await check(one('m2', '〔市场监管总局(国家标准委)牵头〕', '[Led by State Administration for Market Regulation (Standardization Administration of China)]'));
    expect(report.inconsistencies).toEqual([]);
    const iso = await check(one('m3', '国际标准化组织(ISO)', 'the International Organization for Standardization (ISO)'));
    expect(iso.inconsistencies).toEqual([]);
  });

  it('should accept a shorter rendering only inside the official title that declares it', async () => {
    const title = '国家服务业扩大开放综合试点示范省市标准制修订及相关工作任务清单';
    const titleEn = 'National Service Industry Comprehensive Pilot Demonstration Provinces and Cities Standard Revision and Related Work Task List';
    expect((await check(one('p1', `《${title}》`, `the "${titleEn}"`, 'notice-2024-314'))).inconsistencies).toEqual([]);
    const outside = await check(one('p2', `《${title}》及标准制修订`, `the "${titleEn}" and standard revision`, 'notice-2024-314'));
    expect(outside.inconsistencies.map((entry) => `${entry.segment} ${entry.expected}`)).toEqual(['p2 formulation and revision']);
  });

  it('should report each use of a non-primary form with its segment id, and not an inflection of the primary one', async () => {
    const report = await check(one('m7', '加强标准制修订和服务贸易', 'Strengthen the formulation and revision of standards and trade in services'));
    expect(report.inconsistencies).toEqual([]);
    expect(report.nonPrimary.map((use) => `${use.segment}: ${use.form} (primary ${use.primary})`)).toEqual(['m7: trade in services (primary service trade)']);
    expect(isPrimary('pilot enterprises', 'pilot enterprise')).toBe(true);
    expect(isPrimary('Opening-Up', 'opening up')).toBe(true);
    expect(isPrimary('formulate and revise', 'formulation and revision')).toBe(false);
  });

  it('should declare one rendering per Chinese term: no accepted form shared by two terms that are not nested', async () => {
    const { glossary } = await read();
    const owners = new Map<string, string[]>();
    for (const term of glossary.terms) for (const form of [term.en, ...term.enForms]) owners.set(form.toLowerCase(), [...(owners.get(form.toLowerCase()) ?? []), term.zh]);
    const shared = [...owners].filter(([, terms]) => terms.length > 1 && !terms.every((zh) => terms.some((other) => other !== zh && (other.includes(zh) || zh.includes(other)))));
    expect(shared).toEqual([]);
  });
});

describe('translation memory', () => {
  const file = (document: string, segments: Array<[string, string, string, string?]>) =>
    TranslationFileSchema.parse({
      document, from: 'zh-Hans', to: 'en', translator: 'test',
      segments: segments.map(([id, source, text, contextDiffers]) => ({ id, hash: sourceHash(source), source, text, ...(contextDiffers ? { contextDiffers } : {}) })),
    });

  it('should translate the same source the same way in every document (real data)', async () => {
    const files = [];
    for (const document of model.documents.filter((entry) => !entry.translationPending)) files.push((await readTranslation('seeds', document))!.file);
    expect(tmConflicts(files).map(describeConflict)).toEqual([]);
  });

  it('should report every pair of the same source translated differently, across and within documents', () => {
    const conflicts = tmConflicts([
      file('opinions-2024-314', [['s1', '总体要求', 'Overall Requirements'], ['p9', '各试点示范省市', 'all pilot demonstration provinces and cities']]),
      file('wuhan-plan', [['s1', '总体要求', 'General Requirements'], ['row-1-c3', '各试点示范省市', 'All pilot demonstration provinces and cities'], ['row-2-c3', '各试点示范省市', 'all pilot demonstration provinces and cities']]),
    ]);
    expect(conflicts.map((conflict) => `${conflict.a.document}#${conflict.a.segment} ${conflict.b.document}#${conflict.b.segment}`)).toEqual([
      'opinions-2024-314#s1 wuhan-plan#s1',
      'opinions-2024-314#p9 wuhan-plan#row-1-c3',
      'wuhan-plan#row-1-c3 wuhan-plan#row-2-c3',
    ]);
  });

  it('should compare sources after normalising width, punctuation and script', () => {
    const conflicts = tmConflicts([
      file('task-list-1', [['meta-date-note', '随商资发〔2024〕314号通知印发', 'Issued with Notice Shang Zi Fa [2024] No. 314']]),
      file('opinions-2024-314', [['meta-date-note', '随商资发(2024)314号通知印发。', 'Issued together with the notice Shang Zi Fa [2024] No. 314']]),
      file('pilot-notice-2024', [['s1', '總體要求', 'Overall Requirements']]),
      file('wuhan-plan', [['s1', '总体要求：', 'General Requirements'], ['col-3', '试点城市', 'Pilot cities']]),
      file('action-plan-2024-2025', [['s2-1', '試點城市。', 'Pilot cities.']]),
    ]);
    expect(conflicts.map((conflict) => conflict.b.segment)).toEqual(['meta-date-note', 's1']);
  });

  it('should accept a differing translation whose entry says why its context differs', () => {
    const conflicts = tmConflicts([
      file('opinions-2024-314', [['s1', '总体要求', 'General Requirements']]),
      file('wuhan-plan', [['s1', '总体要求', 'Overall requirements of the plan', 'The plan names its own requirements here.']]),
    ]);
    expect(conflicts).toEqual([]);
  });

  it('should not compare translations into different languages', () => {
    const english = file('opinions-2024-314', [['s1', '总体要求', 'General Requirements']]);
    const other = { ...file('wuhan-plan', [['s1', '总体要求', 'Exigences générales']]), to: 'zh-Hant' as const };
    expect(tmConflicts([english, other])).toEqual([]);
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

describe('a document declared awaiting translation (manifest translationPending)', () => {
  /** The seeds with Wuhan's plan declared pending, its translation file changed as given. */
  async function pendingWuhan(change: (file: ReturnType<typeof TranslationFileSchema.parse>) => void): Promise<string> {
    const seeds = await seedsCopy();
    const manifest = join(seeds, 'manifest.json');
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace('"id": "wuhan-plan",', '"id": "wuhan-plan",\n          "translationPending": true,'));
    await editTranslation(join(seeds, 'translations/en/wuhan-plan.json'), change);
    return seeds;
  }
  const metaOnly = (file: ReturnType<typeof TranslationFileSchema.parse>) => {
    for (const entry of file.segments) if (!entry.id.startsWith('meta-')) entry.text = '';
  };

  it('should build with only its metadata translated, showing the original for every other segment', async () => {
    const content = await loadSiteContent(await pendingWuhan(metaOnly));
    const wuhan = content.model.documents.find((document) => document.id === 'wuhan-plan')!;
    expect(wuhan.translationPending).toBe(true);
    expect(wuhan.translation.pending).toBe(true);
    const file = TranslationFileSchema.parse(JSON.parse(await readFile('seeds/translations/en/wuhan-plan.json', 'utf8')));
    expect(wuhan.translation.title).toBe(file.segments.find((entry) => entry.id === 'meta-title')!.text);
    const row = content.model.localTasks.find((task) => task.document === 'wuhan-plan' && task.number === 3)!;
    expect(row.en.content).toBe(row.content);
    // Documents not declared pending keep their translations.
    const task = content.model.tasks.find((entry) => entry.id === 'task-list-1-60')!;
    expect(task.en.title).not.toBe(task.title);
  });

  it('should never show a stale or partial translation of it as current: the original stands until the flag goes', async () => {
    const seeds = await pendingWuhan((file) => {
      const row = file.segments.find((entry) => entry.id === 'row-3-c2')!;
      row.hash = '0000000000000000';
      row.text = 'A STALE RENDERING';
    });
    const content = await loadSiteContent(seeds);
    const row = content.model.localTasks.find((task) => task.document === 'wuhan-plan' && task.number === 3)!;
    expect(row.en.content).toBe(row.content);
    expect(JSON.stringify(content.translations.get('wuhan-plan'))).not.toContain('A STALE RENDERING');
  });

  it('should still stop on its missing metadata, naming file and segment', async () => {
    const seeds = await pendingWuhan((file) => {
      for (const entry of file.segments) entry.text = '';
    });
    await expect(loadSiteContent(seeds)).rejects.toThrow(/seeds\/translations\/en\/wuhan-plan\.json:\d+: segment "meta-title" has no translation/);
  });

  it('should still stop on a missing translation of a document not declared pending', async () => {
    const seeds = await pendingWuhan(metaOnly);
    await rm(join(seeds, 'translations/en/task-list-1.json'));
    await expect(loadSiteContent(seeds)).rejects.toThrow('seeds/translations/en/task-list-1.json: missing: every document needs a translation into en');
  });
});
