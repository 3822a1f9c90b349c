/**
 * The editorial names: seeds/editorial/aliases.json (other names of departments, places, documents)
 * and seeds/editorial/synonyms.json (English near-synonyms for the search). Broken files stop the build
 * naming file, line and every problem at once (fixtures in tests/unit/fixtures/editorial/<case>/: the
 * file to put in place of the real one, and error.txt, the message expected, one problem a line;
 * `npm run fixtures:update` rewrites error.txt deliberately, the test only compares);
 * the real files are checked for coverage and against the translations.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../scripts/build-content.ts';
import { nameKey } from '../../scripts/model/derived-aliases.ts';
import { jsonLines } from '../../scripts/read/json-lines.ts';
import { buildEditorialFixture, editorialErrorFile, editorialFixtures } from '../lib/editorial-fixtures.ts';
import { loadSynonyms, termKey } from '../../scripts/read/synonyms.ts';
import { AliasesFileSchema } from '../../src/schema/editorial.ts';
import type { LocalizedModel } from '../../src/schema/localized.ts';
import { NamesFileSchema, TranslationFileSchema } from '../../src/schema/translation.ts';


describe('editorial names: input errors', async () => {
  const cases = await editorialFixtures();
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seeds-names-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(cases)('should stop on %s, naming the file, the line and every problem', async (name) => {
    const error = await buildEditorialFixture(name, dir);
    expect(error, 'the build should refuse the file').toBeDefined();
    expect(error!.message).toBe((await readFile(editorialErrorFile(name), 'utf8')).trimEnd());
  });
});

describe('editorial names: the real files', async () => {
  const { model, synonyms } = await loadSiteContent('seeds');
  const file = AliasesFileSchema.parse(JSON.parse(await readFile('seeds/editorial/aliases.json', 'utf8')));
  const names = NamesFileSchema.parse(JSON.parse(await readFile('seeds/translations/en/names.json', 'utf8')));
  const kinds = ['departments', 'places', 'documents'] as const;
  const ownNames = (kind: (typeof kinds)[number], entity: LocalizedModel[typeof kind][number]) =>
    'translation' in entity ? [entity.title, entity.translation.title] : [entity.name, entity.en.name];

  it('should list editorial names for every department and document, and every place whose names differ in the other script or in English', () => {
    expect(Object.keys(file.departments).sort()).toEqual(model.departments.map((entity) => entity.id).sort());
    expect(Object.keys(file.documents).sort()).toEqual(model.documents.map((entity) => entity.id).sort());
    expect(Object.keys(file.places).sort()).toEqual(model.places.map((entity) => entity.id).sort());
  });

  it('should give every central department with an English acronym that acronym', () => {
    for (const department of model.departments.filter((entity) => entity.level === 'central')) {
      const acronym = names.departments[department.name]?.abbreviation;
      if (acronym) expect(department.aliases.map((alias) => alias.text), department.name).toContain(acronym);
    }
  });

  it('should give every place its short and full names in both languages', () => {
    for (const place of model.places) {
      const all = [place.name, place.en.name, ...place.aliases.map((alias) => alias.text)];
      expect(all, place.id).toEqual(expect.arrayContaining([place.name, place.shortName, place.en.name, place.en.shortName]));
    }
    expect(model.places.find((place) => place.id === 'chongqing')!.aliases.map((alias) => alias.text)).toEqual(expect.arrayContaining(['重庆', 'Chongqing', '重慶市']));
  });

  it('should merge the model\'s spellings with the editorial ones, each once, never the page\'s own name', () => {
    for (const kind of kinds) {
      for (const entity of model[kind]) {
        const keys = entity.aliases.map((alias) => nameKey(alias.text));
        expect(new Set(keys).size, `${kind} ${entity.id}`).toBe(keys.length);
        for (const own of ownNames(kind, entity)) expect(keys, `${kind} ${entity.id}`).not.toContain(nameKey(own));
      }
    }
    const samr = model.departments.find((entity) => entity.name === '市场监管总局')!;
    // 市場監管總局 is found in 001 (the model's variant); SAMR is editorial (names.json and aliases.json agree).
    expect(samr.aliases).toEqual(expect.arrayContaining([{ text: '市場監管總局', lang: 'zh-Hant', editorial: false }, { text: 'SAMR', lang: 'en', editorial: true }]));
    const sac = model.departments.find((entity) => entity.name === '国家标准化管理委员会')!;
    // 国家标准委 is written so in 004 (a cited source): the texts' own, not editorial.
    expect(sac.aliases).toEqual(expect.arrayContaining([{ text: '国家标准委', lang: 'zh-Hans', editorial: false }, { text: '国标委', lang: 'zh-Hans', editorial: true }]));
    const notice = model.documents.find((entity) => entity.id === 'notice-2024-314')!;
    expect(notice.aliases.map((alias) => alias.text)).toEqual(expect.arrayContaining(['商资发〔2024〕314号', '314号文', '商资发[2024]314号']));
  });

  it('should have, in every synonym group, a term the English translations use', async () => {
    const folder = 'seeds/translations/en';
    const texts: string[] = [];
    for (const name of (await readdir(folder)).filter((entry) => entry !== 'names.json')) {
      texts.push(...TranslationFileSchema.parse(JSON.parse(await readFile(join(folder, name), 'utf8'))).segments.map((segment) => segment.text));
    }
    const corpus = termKey(texts.join('\n'));
    const occurs = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${termKey(term).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(corpus);
    const unused = synonyms.filter((group) => !group.terms.some(occurs)).map((group) => group.terms.join(' / '));
    expect(unused).toEqual([]);
    // About 40–100 groups: enough for the vocabulary readers meet, few enough to review one by one.
    expect(synonyms.length).toBeGreaterThanOrEqual(40);
    expect(synonyms.length).toBeLessThanOrEqual(100);
  });

  it('should expose the synonyms through loadSynonyms, as the build validated them', async () => {
    expect(await loadSynonyms('seeds')).toEqual(synonyms);
  });
});

describe('jsonLines', () => {
  it('should find the line of a value by its path, and fall back to the parent for a missing key', () => {
    const at = jsonLines('{\n  "a": [\n    { "t": "x\\"y" },\n    {\n      "t": 2\n    }\n  ],\n  "b": {}\n}\n');
    expect([at(['a']), at(['a', 0, 't']), at(['a', 1]), at(['a', 1, 't']), at(['b', 'missing'])]).toEqual([2, 3, 4, 5, 8]);
  });
});
