/**
 * Citations on documents written for each case (scripts/model/citations.ts, instruments.ts): the sentence an
 * English or Chinese citation quotes, the measure, task and annex row a passage belongs to, names inside
 * a book title, numbers of instruments, and the instrument list's mistakes at the line of the field that
 * makes them. The fixture's instruments (tests/unit/fixtures/citations/editorial/instruments.json) are
 * the names cited; tests/unit/model-citations.test.ts covers the fixture's own documents.
 */
import { describe, expect, it } from 'vitest';
import { extractCitations, uncitedInstruments } from '../../scripts/model/citations.ts';
import { checkInstrumentSources, instrumentEntities, nameIndex, readInstruments } from '../../scripts/model/instruments.ts';
import type { LocatedJson } from '../../scripts/read/editorial-json.ts';
import { InstrumentsFileSchema, type InstrumentsFile } from '../../src/schema/editorial.ts';
import type { Citation, LocalTask, Measure, PolicyDocument, Task } from '../../src/schema/model.ts';

const FIXTURE = 'tests/unit/fixtures/citations';
const LABEL = 'seeds/editorial/instruments.json';

/** A document of one paragraph per text, printed in its own seed file. */
function document(id: string, lang: 'zh-Hans' | 'en', paragraphs: string[], more: Partial<PolicyDocument> = {}): PolicyDocument {
  return {
    id,
    lang,
    title: `${id} title`,
    shortTitle: id,
    seedFile: `${id}.txt`,
    relations: [],
    blocks: paragraphs.map((text, index) => ({ type: 'paragraph', id: `p${index + 1}`, role: 'body', text, source: { file: `seeds/${id}.txt`, line: index + 1 } })),
    ...more,
  } as PolicyDocument;
}

/** The notice with its two parts, as in the fixture: both carry the notice's number 商资发〔2024〕314号. */
const notice = (): PolicyDocument[] => [
  document('notice', 'zh-Hans', ['正文'], { title: '关于印发《示范意见》及《任务清单》的通知', docNumber: '商资发〔2024〕314号', relations: [{ type: 'contains', target: 'opinions', editorial: false }] }),
  document('opinions', 'zh-Hans', ['正文'], { title: '示范意见', shortTitle: '《意见》', docNumber: '商资发〔2024〕314号', seedFile: 'notice.txt', relations: [{ type: 'contained-in', target: 'notice', editorial: false }] }),
  document('task-list', 'zh-Hans', ['正文'], { title: '任务清单', seedFile: 'notice.txt', relations: [{ type: 'contained-in', target: 'notice', editorial: false }] }),
];

/** The fixture's instruments with more entries (made up for the test, like the fixture's own). */
async function instruments(extra: unknown[] = [], lines: Record<string, number> = {}): Promise<LocatedJson<InstrumentsFile>> {
  const { data } = await readInstruments(FIXTURE);
  const ifd = data.instruments.find((entry) => entry.id === 'ifd-agreement')!;
  const withEnglish = { ...ifd, names: [...ifd.names, { text: 'IFD Agreement', lang: 'en', reason: 'the short English name' }] };
  const all = [...data.instruments.map((entry) => (entry.id === 'ifd-agreement' ? withEnglish : entry)), ...extra];
  return { data: InstrumentsFileSchema.parse({ instruments: all }), label: LABEL, lineOf: (path) => lines[path.join('.')] };
}

const NUMBERED = { id: 'numbered', name: '某事项的通知', kind: 'agreement', kindReason: { zh: '测试', en: 'a test' }, docNumber: '国发〔2020〕5号', en: 'Notice on a Matter', enReason: { zh: '测试', en: 'a test' } };
const NONE = { measures: [], tasks: [], localTasks: [] };
/** The Opinions' English short title, as in the fixture's aliases. */
const NAMES = { opinions: [{ text: 'Opinions', lang: 'en' as const, reason: 'the English short title' }] };

async function cite(documents: PolicyDocument[], entities: { measures: Measure[]; tasks: Task[]; localTasks: LocalTask[] } = NONE, titles?: Map<string, string[]>, extra: unknown[] = [NUMBERED]) {
  const all = [...notice(), ...documents];
  return extractCitations(all, nameIndex(all, NAMES, await instruments(extra), titles), entities);
}

const passages = (citations: Citation[], id: string) => citations.filter((citation) => citation.document === id).map((citation) => [citation.anchor, citation.printed, `${citation.cites.type}:${citation.cites.id}`, citation.sentence]);

describe('the sentence an English citation quotes', () => {
  it('should end a sentence at . ; ! ? with its closing quote, before a capital, across any run of spaces', async () => {
    const reading = document('reading', 'en', [
      'It follows the "Opinions" (as in RCEP.) It names DEPA.',
      'It quotes "the RCEP rules." DEPA is next.',
      'RCEP applies;  DEPA too. CPTPP last.',
    ]);
    expect(passages(await cite([reading]), 'reading')).toEqual([
      // ".)" is no end: the bracket closes a remark inside the sentence.
      ['p1', '"Opinions"', 'document:opinions', 'It follows the "Opinions" (as in RCEP.) It names DEPA.'],
      ['p1', 'RCEP', 'instrument:rcep', 'It follows the "Opinions" (as in RCEP.) It names DEPA.'],
      ['p1', 'DEPA', 'instrument:depa', 'It follows the "Opinions" (as in RCEP.) It names DEPA.'],
      ['p2', 'RCEP', 'instrument:rcep', 'It quotes "the RCEP rules."'],
      ['p2', 'DEPA', 'instrument:depa', 'DEPA is next.'],
      ['p3', 'RCEP', 'instrument:rcep', 'RCEP applies;'],
      ['p3', 'DEPA', 'instrument:depa', 'DEPA too.'],
      ['p3', 'CPTPP', 'instrument:cptpp', 'CPTPP last.'],
    ]);
  });

  it('should list an abbreviation before a quoted title it precedes, and not count one inside a quoted title', async () => {
    const reading = document('reading', 'en', ['RCEP and the "Opinions" apply.', 'It issued the "Task List for DEPA Pilots".']);
    const titles = new Map([['task-list', ['Task List for DEPA Pilots']]]);
    expect(passages(await cite([reading], NONE, titles), 'reading').map((passage) => passage.slice(0, 3))).toEqual([
      ['p1', 'RCEP', 'instrument:rcep'],
      ['p1', '"Opinions"', 'document:opinions'],
      ['p2', '"Task List for DEPA Pilots"', 'document:task-list'],
    ]);
  });

  it('should find an instrument by its other English names, and by no Chinese name an English text writes', async () => {
    const reading = document('reading', 'en', [
      'It joined the "IFD Agreement".',
      'It cites 数字经济伙伴关系协定, "投资便利化协定", "关于印发《示范意见》及《任务清单》的通知", "任务清单（第一批）", G20杭州峰会公报 and 东盟10+3 in Chinese.',
    ]);
    const withAlias = [...notice(), reading];
    const names = { notice: [{ text: '商务部印发〈示范意见〉的通知', lang: 'zh-Hans' as const, reason: 'a Chinese alias' }] };
    // Chinese names that start or end with Latin letters or digits (made up, like the fixture's).
    const mixed = [
      { ...NUMBERED, id: 'g20', name: 'G20杭州峰会公报', en: 'G20 Hangzhou Communique', docNumber: undefined },
      { ...NUMBERED, id: 'asean', name: '东盟10+3', en: 'ASEAN Plus Three', docNumber: undefined },
    ];
    const titles = new Map([['task-list', ['任务清单（第一批）']]]);
    const citations = extractCitations(withAlias, nameIndex(withAlias, names, await instruments(mixed), titles), NONE);
    expect(passages(citations, 'reading').map((passage) => passage.slice(0, 3))).toEqual([['p1', '"IFD Agreement"', 'instrument:ifd-agreement']]);
    const quotingAlias = document('reading', 'en', ['It cites "商务部印发〈示范意见〉的通知".']);
    const all = [...notice(), quotingAlias];
    expect(extractCitations(all, nameIndex(all, names, await instruments()), NONE)).toEqual([]);
  });
});

describe('Chinese passages', () => {
  const guide = () => document('guide', 'zh-Hans', ['指南'], { title: '区域全面经济伙伴关系协定实施指南', heading: '区域全面经济伙伴关系协定实施指南' });
  const citing = () =>
    document('cn', 'zh-Hans', [
      '按照《区域全面经济伙伴关系协定实施指南》执行。',
      '深化区域全面经济伙伴关系协定框架下合作。',
      '第一句。 参照商资发〔2024〕314号。',
      '依据国发〔2020〕5号文件。',
    ]);

  it('should read a book title as the document it names, not as the instrument whose name it holds, and find a name, a number and an instrument number outside titles', async () => {
    expect(passages(await cite([guide(), citing()]), 'cn')).toEqual([
      ['p1', '《区域全面经济伙伴关系协定实施指南》', 'document:guide', '按照《区域全面经济伙伴关系协定实施指南》执行。'],
      ['p2', '区域全面经济伙伴关系协定', 'instrument:rcep', '深化区域全面经济伙伴关系协定框架下合作。'],
      // The space after the first sentence's 。 is not the next sentence's.
      ['p3', '商资发〔2024〕314号', 'document:notice', '参照商资发〔2024〕314号。'],
      // Only the issuer code is printed, not the words before it.
      ['p4', '国发〔2020〕5号', 'instrument:numbered', '依据国发〔2020〕5号文件。'],
    ]);
  });

  it('should give a passage the measure, task and annex row of its paragraph', async () => {
    const measures = [{ id: 'cn-m1', document: 'cn', anchor: 'p2', body: [], items: [] }] as unknown as Measure[];
    const tasks = [
      { id: 'plan-1', list: 'plan', anchor: 'p3' },
      { id: 'cn-2', list: 'cn', anchor: 'p2' },
      { id: 'cn-3', list: 'cn', anchor: 'p3' },
    ] as Task[];
    const localTasks = [
      { id: 'plan-1', document: 'plan', anchor: 'p4' },
      { id: 'cn-1', document: 'cn', anchor: 'p1' },
      { id: 'cn-4', document: 'cn', anchor: 'p4' },
    ] as LocalTask[];
    const citations = (await cite([guide(), citing()], { measures, tasks, localTasks })).filter((citation) => citation.document === 'cn');
    const keys = ['anchor', 'measure', 'task', 'localTask'];
    expect(citations.map((citation) => Object.fromEntries(Object.entries(citation).filter(([key]) => keys.includes(key))))).toStrictEqual([
      { anchor: 'p1', localTask: 'cn-1' },
      { anchor: 'p2', measure: 'cn-m1', task: 'cn-2' },
      { anchor: 'p3', task: 'cn-3' },
      { anchor: 'p4', localTask: 'cn-4' },
    ]);
  });

  it('should keep a citation of an instrument by a document that has the same id', async () => {
    const rcep = document('rcep', 'zh-Hans', ['落实RCEP。'], { title: '实施要点', shortTitle: '要点' });
    expect(passages(await cite([rcep]), 'rcep').map((passage) => passage.slice(0, 3))).toEqual([['p1', 'RCEP', 'instrument:rcep']]);
  });

  it('should stop at the line of a number that names nothing known', async () => {
    await expect(cite([document('cn', 'zh-Hans', ['按照（国发〔2019〕1号）执行。'])])).rejects.toThrow('seeds/cn.txt:1: the document number 国发〔2019〕1号 is cited here but is no document of the corpus');
  });

  it('should name the number without a word of the sentence run into it', async () => {
    await expect(cite([document('cn', 'zh-Hans', ['依据国发[2019]1号执行。'])])).rejects.toThrow('seeds/cn.txt:1: the document number 国发[2019]1号 is cited here but is no document of the corpus');
  });

  it('should stop at the line of a number shared by a document and an instrument', async () => {
    const shared = { ...NUMBERED, id: 'shared', name: '另一事项的通知', en: 'Another Notice', docNumber: '商资发〔2024〕314号' };
    await expect(cite([document('cn', 'zh-Hans', ['按照（商资发〔2024〕314号）执行。'])], NONE, undefined, [shared])).rejects.toThrow('seeds/cn.txt:1: the document number 商资发〔2024〕314号 names more than one document or instrument');
  });
});

describe('the instrument list', () => {
  it('should refuse an instrument listed twice, at the line of its second id', async () => {
    const located = await instruments([NUMBERED, NUMBERED], { 'instruments.4.id': 30, 'instruments.5.id': 40 });
    expect(() => nameIndex(notice(), {}, located)).toThrow(new RegExp(`^${LABEL}:40: instrument "numbered" is listed twice$`, 'u'));
  });

  it('should refuse a name given twice at the line of the field that repeats it', async () => {
    const repeats = { ...NUMBERED, id: 'repeats', name: '区域全面经济伙伴关系协定', en: 'Digital Economy Partnership Agreement', abbreviation: 'CPTPP', names: [{ text: '投资便利化协定', lang: 'zh-Hans', reason: 'a test' }] };
    const located = await instruments([repeats], { 'instruments.4.name': 21, 'instruments.4.en': 22, 'instruments.4.abbreviation': 23, 'instruments.4.names.0.text': 24 });
    expect(() => nameIndex(notice(), {}, located)).toThrow(
      [
        `${LABEL}:21: "区域全面经济伙伴关系协定" already names instrument "rcep": one name, one instrument`,
        `${LABEL}:22: "Digital Economy Partnership Agreement" already names instrument "depa": one name, one instrument`,
        `${LABEL}:23: "CPTPP" already names instrument "cptpp": one name, one instrument`,
        `${LABEL}:24: "投资便利化协定" already names instrument "ifd-agreement": one name, one instrument`,
      ].join('\n'),
    );
  });

  it('should refuse an instrument whose name a document of the corpus has, even under the same id', async () => {
    const text = document('rcep', 'zh-Hans', ['正文'], { title: '区域全面经济伙伴关系协定', shortTitle: '协定' });
    const located = await instruments([], { 'instruments.2.name': 12 });
    expect(() => nameIndex([...notice(), text], {}, located)).toThrow(`${LABEL}:12: "区域全面经济伙伴关系协定" already names document "rcep": one name, one instrument`);
  });

  it('should index a document once under a name it has twice (title and heading)', async () => {
    const index = nameIndex([document('guide', 'zh-Hans', [], { title: '实施指南', heading: '实施指南' })], {}, await instruments());
    expect(index.titles.get('实施指南')).toEqual([{ type: 'document', id: 'guide' }]);
  });

  it('should check the English name and each other name against its seed line, at the line of its source', async () => {
    const entry = { ...NUMBERED, enReason: undefined, enSource: '004 line 7', names: [{ text: '纲要', lang: 'zh-Hans', source: '004 line 8' }] };
    const located = { data: InstrumentsFileSchema.parse({ instruments: [entry] }), label: LABEL, lineOf: (path: readonly (string | number)[]) => ({ 'instruments.0.enSource': 9, 'instruments.0.names.0.source': 14 })[path.join('.')] };
    const seeds = new Map([['004', [{ line: 7, text: '某事项' }, { line: 8, text: '标准化' }]]]);
    expect(() => checkInstrumentSources(located, seeds)).toThrow(`${LABEL}:9: "Notice on a Matter": seed 004 line 7 does not write it so\n${LABEL}:14: "纲要": seed 004 line 8 does not write it so`);
  });

  it('should make each instrument an entity with only the fields it has', () => {
    const full = { ...NUMBERED, abbreviation: 'NM', enReason: undefined, enSource: '004 line 7', names: [{ text: '某通知', lang: 'zh-Hans', reason: 'short form' }, { text: 'The Notice', lang: 'en', source: '004 line 9' }] };
    const bare = { ...NUMBERED, id: 'bare', docNumber: undefined };
    expect(instrumentEntities(InstrumentsFileSchema.parse({ instruments: [full, bare] }))).toStrictEqual([
      {
        id: 'numbered',
        name: '某事项的通知',
        kind: 'agreement',
        kindReason: { zh: '测试', en: 'a test' },
        abbreviation: 'NM',
        docNumber: '国发〔2020〕5号',
        en: { name: 'Notice on a Matter', source: '004 line 7' },
        names: [
          { text: '某通知', lang: 'zh-Hans', reason: 'short form' },
          { text: 'The Notice', lang: 'en', source: '004 line 9' },
        ],
      },
      { id: 'bare', name: '某事项的通知', kind: 'agreement', kindReason: { zh: '测试', en: 'a test' }, en: { name: 'Notice on a Matter', reason: { zh: '测试', en: 'a test' } }, names: [] },
    ]);
  });

  it('should read a seeds folder without an instrument list as a list of none, named by its path', async () => {
    const located = await readInstruments('tests/unit/fixtures/model/seeds');
    expect([located.data, located.label, located.lineOf(['instruments', 0])]).toEqual([{ instruments: [] }, LABEL, undefined]);
  });

  it('should name the instruments no text cites, and not count a document of the same id as a citation', () => {
    const citation = (type: 'document' | 'instrument', id: string) => ({ cites: { type, id } }) as Citation;
    expect(uncitedInstruments(['rcep', 'depa', 'cptpp'], [citation('instrument', 'rcep'), citation('document', 'depa')])).toEqual(['depa', 'cptpp']);
  });
});
