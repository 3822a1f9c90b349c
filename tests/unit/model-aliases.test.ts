/**
 * Other names of departments, places and documents (scripts/model/derived-aliases.ts and aliases.ts):
 * what the model derives from the texts and ours, merged with seeds/editorial/aliases.json, and each
 * problem of that file reported at once with its line; and the departments the texts name
 * (scripts/model/departments.ts). Small hand-made entities, so every rule is seen on its own;
 * tests/unit/editorial-names.test.ts checks the real files and the build's messages.
 */
import { describe, expect, it } from 'vitest';
import { readAliases, withEditorialAliases } from '../../scripts/model/aliases.ts';
import { buildDepartments } from '../../scripts/model/departments.ts';
import { departmentAliases, documentAliases, nameKey, placeAliases } from '../../scripts/model/derived-aliases.ts';
import type { LocatedJson } from '../../scripts/read/editorial-json.ts';
import type { AliasEntry, AliasesFile } from '../../src/schema/editorial.ts';
import type { Alias, LocalizedModel } from '../../src/schema/localized.ts';
import type { Manifest } from '../../src/schema/manifest.ts';
import type { Department, LocalTask, PlaceEntity, PolicyDocument } from '../../src/schema/model.ts';

describe('nameKey: when two names are one', () => {
  it('should ignore case, width and the spaces inside Chinese, but not those between English words', () => {
    expect(nameKey('商资发〔2024〕 314号')).toBe(nameKey('商资发〔2024〕314号'));
    expect(nameKey('ＭＯＦＣＯＭ')).toBe(nameKey('mofcom'));
    expect(nameKey('  Ministry   of Commerce ')).toBe('ministry of commerce');
    expect(nameKey('Shangzifa')).not.toBe(nameKey('Shang Zi Fa'));
    expect(nameKey('商 务 部')).toBe('商务部');
  });
});

describe('derived aliases', () => {
  const department = (variants: Department['variants']) => ({ name: '国家标准化管理委员会', variants }) as Department;

  it('should give a department its spellings from the texts, then its English acronym as ours, each once, never its own names', () => {
    const aliases = departmentAliases(
      department([
        { text: '国家标准委', lang: 'zh-Hans' },
        { text: '國家標準委', lang: 'zh-Hant' },
        { text: '国家 标准委', lang: 'zh-Hans' },
        { text: '国家标准化管理委员会', lang: 'zh-Hans' },
        { text: 'Standardization Administration', lang: 'en' },
      ]),
      { name: 'Standardization Administration', abbreviation: 'SAC' },
    );
    expect(aliases).toEqual([
      { text: '国家标准委', lang: 'zh-Hans', editorial: false },
      { text: '國家標準委', lang: 'zh-Hant', editorial: false },
      { text: 'SAC', lang: 'en', editorial: true },
    ]);
  });

  it('should leave out an acronym that is missing, empty or only spaces, and trim the others', () => {
    expect(departmentAliases(department([{ text: ' 国家标准委 ', lang: 'zh-Hans' }]), { name: 'SAC' })).toEqual([{ text: '国家标准委', lang: 'zh-Hans', editorial: false }]);
    expect(departmentAliases(department([]), { name: 'Standardization Administration', abbreviation: '  ' })).toEqual([]);
    expect(departmentAliases(department([]), { name: 'Standardization Administration', abbreviation: '' })).toEqual([]);
  });

  it('should give a place its short names, the Chinese one from the texts and the English one ours', () => {
    const place = { name: '重庆市', shortName: '重庆' } as PlaceEntity;
    expect(placeAliases(place, { name: 'Chongqing Municipality', shortName: 'Chongqing' })).toEqual([
      { text: '重庆', lang: 'zh-Hans', editorial: false },
      { text: 'Chongqing', lang: 'en', editorial: true },
    ]);
    // A short name that is the full name is no other name.
    expect(placeAliases({ name: '北京', shortName: '北京' } as PlaceEntity, { name: 'Beijing', shortName: 'Beijing' })).toEqual([]);
  });

  it('should give a document its printed heading and number (the texts\') before the short titles and translated number (ours)', () => {
    const document = { title: '关于…的通知', heading: '商务部等关于…的通知', docNumber: '商资发〔2024〕314号', lang: 'zh-Hans', shortTitle: '314号通知' } as PolicyDocument;
    const translation = { lang: 'en', title: 'Notice on …', shortTitle: 'Notice 314', docNumber: 'Shangzifa [2024] No. 314' } as const;
    expect(documentAliases(document, translation)).toEqual([
      { text: '商务部等关于…的通知', lang: 'zh-Hans', editorial: false },
      { text: '商资发〔2024〕314号', lang: 'zh-Hans', editorial: false },
      { text: '314号通知', lang: 'zh-Hans', editorial: true },
      { text: 'Shangzifa [2024] No. 314', lang: 'en', editorial: true },
      { text: 'Notice 314', lang: 'en', editorial: true },
    ]);
    // Without a number, and with a heading that is the title: nothing from the texts.
    expect(documentAliases({ ...document, heading: '关于…的通知', docNumber: undefined } as PolicyDocument, { ...translation, docNumber: undefined })).toEqual([
      { text: '314号通知', lang: 'zh-Hans', editorial: true },
      { text: 'Notice 314', lang: 'en', editorial: true },
    ]);
  });
});

/** A model with just what the merge reads: ids, own names and the model's aliases. */
function model(): LocalizedModel {
  const alias = (text: string, lang: Alias['lang'] = 'zh-Hans', editorial = false): Alias => ({ text, lang, editorial });
  return {
    departments: [
      { id: 'shang-wu-bu', name: '商务部', en: { name: 'Ministry of Commerce' }, aliases: [] },
      { id: 'guo-jia-biao-zhun-hua-guan-li-wei-yuan-hui', name: '国家标准化管理委员会', en: { name: 'Standardization Administration' }, aliases: [alias('国家标准委'), alias('SAC', 'en', true)] },
    ],
    places: [
      { id: 'chongqing', name: '重庆市', en: { name: 'Chongqing Municipality' }, aliases: [alias('重庆')] },
      { id: 'chengdu', name: '成都市', en: { name: 'Chengdu' }, aliases: [] },
    ],
    documents: [{ id: 'notice', title: '关于…的通知', translation: { title: 'Notice on …' }, aliases: [alias('商资发〔2024〕314号')] }],
    tasks: [],
  } as unknown as LocalizedModel;
}

/** The file as read: every entry on its own line, numbered as the JSON would put them. */
function located(file: Partial<AliasesFile>): LocatedJson<AliasesFile> {
  const data: AliasesFile = { departments: {}, places: {}, documents: {}, ...file };
  const lines = new Map<string, number>();
  let line = 2;
  for (const kind of ['departments', 'places', 'documents'] as const) {
    for (const [id, entries] of Object.entries(data[kind])) {
      lines.set(`${kind}/${id}`, line++);
      entries.forEach((_, index) => lines.set(`${kind}/${id}/${index}`, line++));
    }
  }
  return { data, label: 'seeds/editorial/aliases.json', lineOf: (path) => lines.get(path.join('/')) };
}

/** Seed 004's lines, for aliases that cite one. */
const SEEDS = new Map([['004', [{ line: 1, text: '国家标准委　关(guan)于 印发的通知' }, { line: 2, text: '国标委 SAC' }]]]);

const entry = (text: string, lang: AliasEntry['lang'], source?: string): AliasEntry => (source ? { text, lang, source } : { text, lang, reason: 'readers use it' }) as AliasEntry;
const merged = (result: LocalizedModel, kind: 'departments' | 'places' | 'documents', id: string) => (result[kind] as Array<{ id: string; aliases: Alias[] }>).find((entity) => entity.id === id)!.aliases;

describe('editorial aliases merged into the model', () => {
  it('should add the file\'s names after the model\'s, a cited one as the texts\' own, and leave entities the file does not name as they were', () => {
    const result = withEditorialAliases(
      model(),
      located({
        departments: { 'shang-wu-bu': [entry('MOFCOM', 'en'), entry('商務部', 'zh-Hant')] },
        documents: { notice: [entry('314号文', 'zh-Hans')] },
        places: { chongqing: [entry('重庆', 'zh-Hans', '004 line 2'), entry('渝', 'zh-Hans')] },
      }),
      new Map([['004', [{ line: 2, text: '重 庆 市' }]]]),
    );
    expect(merged(result, 'departments', 'shang-wu-bu')).toEqual([
      { text: 'MOFCOM', lang: 'en', editorial: true },
      { text: '商務部', lang: 'zh-Hant', editorial: true },
    ]);
    // 重庆 is the model's already (from the texts): kept once, still the texts' own.
    expect(merged(result, 'places', 'chongqing')).toEqual([
      { text: '重庆', lang: 'zh-Hans', editorial: false },
      { text: '渝', lang: 'zh-Hans', editorial: true },
    ]);
    expect(merged(result, 'documents', 'notice')).toEqual([
      { text: '商资发〔2024〕314号', lang: 'zh-Hans', editorial: false },
      { text: '314号文', lang: 'zh-Hans', editorial: true },
    ]);
    expect(merged(result, 'departments', 'guo-jia-biao-zhun-hua-guan-li-wei-yuan-hui')).toEqual(model().departments[1]!.aliases);
    expect(merged(result, 'places', 'chengdu')).toEqual([]);
    expect(result.tasks).toEqual([]);
  });

  it('should make an editorial name of the model the texts\' own when the file cites a line that writes it', () => {
    const result = withEditorialAliases(
      model(),
      located({ departments: { 'guo-jia-biao-zhun-hua-guan-li-wei-yuan-hui': [entry('SAC', 'en', '004 line 2'), entry('国标委', 'zh-Hans', '004 line 2')] } }),
      SEEDS,
    );
    expect(merged(result, 'departments', 'guo-jia-biao-zhun-hua-guan-li-wei-yuan-hui')).toEqual([
      { text: '国家标准委', lang: 'zh-Hans', editorial: false },
      { text: 'SAC', lang: 'en', editorial: false },
      { text: '国标委', lang: 'zh-Hans', editorial: false },
    ]);
  });

  it('should accept a cited name the line writes with a pinyin gloss or spaces inside', () => {
    const result = withEditorialAliases(model(), located({ departments: { 'shang-wu-bu': [entry('国家标准委关于印发', 'zh-Hans', '004 line 1')] } }), SEEDS);
    expect(merged(result, 'departments', 'shang-wu-bu')).toEqual([{ text: '国家标准委关于印发', lang: 'zh-Hans', editorial: false }]);
  });

  it('should report every problem of the file at once, each with its line', () => {
    const file = located({
      departments: {
        'shang-wu-bu': [entry('MOFCOM', 'en'), entry('mofcom', 'en'), entry('ministry of  commerce', 'en'), entry('国家标准委', 'zh-Hans'), entry('商務部', 'en'), entry('Shangwubu', 'zh-Hans')],
        'no-such-bureau': [entry('NSB', 'en')],
      },
      places: { chongqing: [entry('成都市', 'zh-Hans')] },
      documents: {
        notice: [entry('314号文', 'zh-Hans', '009 line 1'), entry('通知', 'zh-Hans', '004 line 9'), entry('国家标准委通知', 'zh-Hans', '004 line 1')],
      },
    });
    const problems = () => {
      try {
        withEditorialAliases(model(), file, SEEDS);
      } catch (error) {
        return (error as Error).message.split('\n');
      }
      return [];
    };
    expect(problems()).toEqual([
      'seeds/editorial/aliases.json:4: department "shang-wu-bu", alias "mofcom": listed twice',
      'seeds/editorial/aliases.json:5: department "shang-wu-bu", alias "ministry of  commerce": this is the page\'s own name; remove it',
      'seeds/editorial/aliases.json:6: department "shang-wu-bu", alias "国家标准委": already a name of department "guo-jia-biao-zhun-hua-guan-li-wei-yuan-hui"; one name cannot lead to two departments',
      'seeds/editorial/aliases.json:7: department "shang-wu-bu", alias "商務部": has Chinese characters but "lang" is "en"',
      'seeds/editorial/aliases.json:8: department "shang-wu-bu", alias "Shangwubu": has no Chinese characters but "lang" is "zh-Hans"',
      'seeds/editorial/aliases.json:9: department "no-such-bureau" does not exist in the model (known: shang-wu-bu, guo-jia-biao-zhun-hua-guan-li-wei-yuan-hui…)',
      'seeds/editorial/aliases.json:12: place "chongqing", alias "成都市": already a name of place "chengdu"; one name cannot lead to two places',
      'seeds/editorial/aliases.json:14: document "notice", alias "314号文": the source names seed 009, which is not in the manifest',
      'seeds/editorial/aliases.json:15: document "notice", alias "通知": the source names line 9 of seed 004, which has 2 lines',
      'seeds/editorial/aliases.json:16: document "notice", alias "国家标准委通知": seed 004 line 1 does not write it so',
    ]);
  });

  it('should check a cited line of any number, refuse a document\'s own title, and name six known ids at most', () => {
    const seeds = new Map([['004', Array.from({ length: 12 }, (_, index) => ({ line: index + 1, text: index === 11 ? '国标委' : '' }))]]);
    const cited = withEditorialAliases(model(), located({ departments: { 'shang-wu-bu': [entry('国标委', 'zh-Hans', '004 line 12')] } }), seeds);
    expect(merged(cited, 'departments', 'shang-wu-bu')).toEqual([{ text: '国标委', lang: 'zh-Hans', editorial: false }]);
    expect(() => withEditorialAliases(model(), located({ documents: { notice: [entry('Notice on …', 'en')] } }), SEEDS)).toThrow('alias "Notice on …": this is the page\'s own name; remove it');
    const many = model();
    many.departments = Array.from({ length: 7 }, (_, index) => ({ ...many.departments[0]!, id: `d${index + 1}`, name: `部${index + 1}`, en: { ...many.departments[0]!.en, name: `D${index + 1}` } }));
    expect(() => withEditorialAliases(many, located({ departments: { nope: [entry('N', 'en')] } }), SEEDS)).toThrow('department "nope" does not exist in the model (known: d1, d2, d3, d4, d5, d6…)');
  });

  it('should let one entity of a kind claim a name first, so a second entity listing it is refused', () => {
    const file = located({ places: { chongqing: [entry('山城', 'zh-Hans')], chengdu: [entry('山城', 'zh-Hans')] } });
    expect(() => withEditorialAliases(model(), file, SEEDS)).toThrow('seeds/editorial/aliases.json:5: place "chengdu", alias "山城": already a name of place "chongqing"; one name cannot lead to two places');
    // Different kinds may share a name: 重庆 the place and a document called so are not confused.
    expect(() => withEditorialAliases(model(), located({ documents: { notice: [entry('重庆', 'zh-Hans')] } }), SEEDS)).not.toThrow();
  });
});

describe('departments from the texts', () => {
  const paragraph = (id: string, text: string, role: string) => ({ type: 'paragraph', id, role, text, source: { file: 'seeds/a.txt', line: 1 } });
  const manifest = {
    departmentAliases: { 国家标准委: '国家标准化管理委员会', 标准委: '国家标准化管理委员会', 國家標準委: '国家标准化管理委员会' },
    seeds: [{ documents: [{ id: 'notice' }, { id: 'wuhan-plan', place: 'wuhan' }] }],
    places: [{ id: 'wuhan', name: '武汉市' }],
  } as unknown as Manifest;
  const documents = [
    { id: 'notice', lang: 'zh-Hans', issuers: ['國家標準委', '标准委'], blocks: [paragraph('p1', '北京市人民政府办公厅，各省、自治区人民政府，商务部、国家标准委：', 'addressee')] },
    { id: 'wuhan-plan', lang: 'zh-Hans', issuers: [], blocks: [] },
  ] as unknown as PolicyDocument[];
  const localTasks = [
    { id: 'wuhan-plan-1', document: 'wuhan-plan', anchor: 'row-1', lead: ['武汉市商务局', '商务部'], responsible: ['武汉市市场监管局'] },
  ] as unknown as LocalTask[];

  it('should name a department as the manifest does, its printed variants sorted, each role once', () => {
    const departments = buildDepartments(manifest, documents, [], localTasks);
    const sac = departments.find((department) => department.name === '国家标准化管理委员会')!;
    expect(sac.variants).toEqual([
      { text: '国家标准委', lang: 'zh-Hans' },
      { text: '國家標準委', lang: 'zh-Hans' },
      { text: '标准委', lang: 'zh-Hans' },
    ]);
    expect(sac.roles).toEqual([{ role: 'issuer', document: 'notice' }, { role: 'addressee', document: 'notice', anchor: 'p1' }]);
  });

  it('should take a people\'s government\'s office for a department, but not the governments, and call local only who acts in local plans alone', () => {
    const departments = buildDepartments(manifest, documents, [], localTasks);
    expect(departments.map((department) => [department.name, department.level]).sort()).toEqual([
      ['北京市人民政府办公厅', 'central'],
      ['商务部', 'central'],
      ['国家标准化管理委员会', 'central'],
      ['武汉市商务局', 'local'],
      ['武汉市市场监管局', 'local'],
    ]);
  });
});

describe('reading the aliases file', () => {
  it('should read seeds/editorial/aliases.json with the lines of its values, for messages', async () => {
    const file = await readAliases('seeds');
    expect(file.label).toBe('seeds/editorial/aliases.json');
    expect(Object.keys(file.data.departments)).toContain('shang-wu-bu');
    expect(file.lineOf(['departments', 'shang-wu-bu'])).toBeGreaterThan(1);
  });
});
