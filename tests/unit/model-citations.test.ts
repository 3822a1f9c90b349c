/**
 * Citations found in the texts (scripts/model/citations.ts, citation-forms.ts, instruments.ts), on the
 * small documents of tests/unit/fixtures/citations: every form a citation takes, nested titles, a document
 * number in each bracket form, one instrument named two ways, and the reviewed list's mistakes as
 * `file:line: problem`. Counts are per document of the fixture. The seeds' citations:
 * tests/unit/seeds-citations.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../scripts/model/citations.ts';
import { checkInstrumentSources, nameIndex, readInstruments } from '../../scripts/model/instruments.ts';
import { readLocatedJson } from '../../scripts/read/editorial-json.ts';
import { InstrumentsFileSchema, type AliasesFile } from '../../src/schema/editorial.ts';
import type { BlockNode, Citation, PolicyDocument } from '../../src/schema/model.ts';

const FIXTURE = 'tests/unit/fixtures/citations';

interface FixtureDocument extends Pick<PolicyDocument, 'id' | 'lang' | 'title' | 'shortTitle' | 'relations'> {
  docNumber?: string;
  paragraphs: string[];
  aliases?: AliasesFile['documents'][string];
}

async function fixture() {
  const { documents: raw } = JSON.parse(await readFile(`${FIXTURE}/documents.json`, 'utf8')) as { documents: FixtureDocument[] };
  const documents = raw.map(
    ({ paragraphs, aliases: _aliases, ...document }) =>
      ({
        ...document,
        blocks: paragraphs.map((text, index): BlockNode => ({ type: 'paragraph', id: `p${index + 1}`, role: 'body', text, source: { file: `seeds/${document.id}.txt`, line: index + 1 } })),
      }) as PolicyDocument,
  );
  const names = Object.fromEntries(raw.filter((document) => document.aliases).map((document) => [document.id, document.aliases!]));
  return { documents, names };
}

async function citations(): Promise<Citation[]> {
  const { documents, names } = await fixture();
  return extractCitations(documents, nameIndex(documents, names, await readInstruments(FIXTURE)), { measures: [], tasks: [], localTasks: [] });
}

const of = (all: Citation[], document: string) => all.filter((citation) => citation.document === document).map((citation) => [citation.anchor, citation.form, citation.printed, `${citation.cites.type}:${citation.cites.id}`]);

describe('citations found in the texts', () => {
  it('should find book titles, agreement names and abbreviations, each as the instrument the list names', async () => {
    expect(of(await citations(), 'opinions')).toEqual([
      ['p1', 'book-title', '《全面与进步跨太平洋伙伴关系协定》', 'instrument:cptpp'],
      ['p1', 'book-title', '《数字经济伙伴关系协定》', 'instrument:depa'],
      ['p1', 'name', 'RCEP', 'instrument:rcep'],
    ]);
  });

  it('should quote the sentence that names the instrument, not the whole paragraph', async () => {
    const rcep = (await citations()).filter((citation) => citation.document === 'opinions' && citation.cites.id === 'rcep');
    // RCEP and its full name stand in one sentence: one passage, by the first name printed.
    expect(rcep.map((citation) => citation.sentence)).toEqual(['践行RCEP中方承诺，深化区域全面经济伙伴关系协定框架下合作。']);
  });

  it('should link a title with nested titles to the document it names, and each nested title to its own', async () => {
    const plan = of(await citations(), 'plan');
    expect(plan.filter(([anchor]) => anchor === 'p1')).toEqual([
      ['p1', 'book-title', '《商务部印发〈示范意见〉及〈任务清单〉的通知》', 'document:notice'],
      ['p1', 'nested-title', '〈示范意见〉', 'document:opinions'],
      ['p1', 'nested-title', '〈任务清单〉', 'document:task-list'],
      ['p1', 'book-title', '《意见》', 'document:opinions'],
    ]);
  });

  it('should link a short title (《意见》) to the document whose short title it is', async () => {
    const plan = (await citations()).filter((citation) => citation.document === 'plan' && citation.printed === '《意见》');
    expect(plan.map((citation) => [citation.sentence, citation.cites])).toEqual([['落实《意见》。', { type: 'document', id: 'opinions' }]]);
  });

  it('should read a document number in every bracket form as the document that holds the others', async () => {
    const numbers = (await citations()).filter((citation) => citation.document === 'plan' && citation.form === 'doc-number');
    expect(numbers.map((citation) => [citation.anchor, citation.printed, citation.cites.id])).toEqual([
      ['p2', '商资发〔2024〕314号', 'notice'],
      ['p3', '商资发[2024]314号', 'notice'],
      ['p3', '商资发(2024)314号', 'notice'],
      ['p3', '商资发（2024）314号', 'notice'],
    ]);
  });

  it('should make one instrument of two names the reviewed list merges', async () => {
    const plan = (await citations()).filter((citation) => citation.document === 'plan' && citation.cites.id === 'ifd-agreement');
    expect(plan.map((citation) => [citation.anchor, citation.printed])).toEqual([
      ['p4', '《投资便利化协定》'],
      ['p5', '《促进发展的投资便利化协定》'],
    ]);
  });

  it('should not count a text naming itself, nor letters that only contain an abbreviation', async () => {
    const all = await citations();
    expect(of(all, 'notice')).toEqual([['p2', 'book-title', '《示范意见》', 'document:opinions']]);
    expect(all.filter((citation) => citation.document === 'opinions' && citation.anchor === 'p2')).toEqual([]);
  });

  it('should find known titles quoted in an English text and abbreviations, but no other quoted words', async () => {
    expect(of(await citations(), 'reading')).toEqual([
      ['p1', 'quoted', '"Opinions"', 'document:opinions'],
      ['p1', 'quoted', '"Investment Facilitation for Development Agreement"', 'instrument:ifd-agreement'],
      ['p1', 'name', 'RCEP', 'instrument:rcep'],
    ]);
  });

  it('should find a document quoted by its title in its translation, and only then', async () => {
    const { documents, names } = await fixture();
    const titles = new Map([['task-list', ['Demonstration Task List (First Batch)', 'Task List']]]);
    const withTitles = extractCitations(documents, nameIndex(documents, names, await readInstruments(FIXTURE), titles), { measures: [], tasks: [], localTasks: [] });
    // One passage per cited text and sentence: the full title, printed first, stands for the short one after it.
    expect(of(withTitles, 'reading').filter(([anchor]) => anchor === 'p2')).toEqual([['p2', 'quoted', '"Demonstration Task List (First Batch)"', 'document:task-list']]);
    expect(of(await citations(), 'reading').filter(([anchor]) => anchor === 'p2')).toEqual([]);
  });

  it('should give each citation an id unique within its document and the passage to link to', async () => {
    const plan = (await citations()).filter((citation) => citation.document === 'plan');
    expect(new Set(plan.map((citation) => citation.id)).size).toBe(plan.length);
    expect(plan.find((citation) => citation.printed === '商资发〔2024〕314号')).toMatchObject({ id: 'plan-p2-1', anchor: 'p2', segment: 'p2', sentence: '按照（商资发〔2024〕314号）原文执行。', source: { file: 'seeds/plan.txt', line: 2 } });
  });
});

describe('a grown corpus holding a copy of a document', () => {
  /** The fixture's notice and Opinions printed again in another file, with a plan implementing the copy. */
  async function grown(extra: PolicyDocument[]) {
    const { documents, names } = await fixture();
    const inFile = (document: PolicyDocument, seedFile: string, id = document.id, relations = document.relations): PolicyDocument => ({ ...document, id, seedFile, relations });
    const [notice, opinions] = [documents.find((entry) => entry.id === 'notice')!, documents.find((entry) => entry.id === 'opinions')!];
    const corpus = [
      inFile(notice, 'a.txt'),
      inFile(opinions, 'a.txt'),
      inFile(notice, 'b.txt', 'notice-copy', [{ type: 'contains', target: 'opinions-copy', editorial: false }]),
      inFile(opinions, 'b.txt', 'opinions-copy', [{ type: 'contained-in', target: 'notice-copy', editorial: false }]),
      ...extra,
    ];
    return extractCitations(corpus, nameIndex(corpus, names, await readInstruments(FIXTURE)), { measures: [], tasks: [], localTasks: [] });
  }
  const plan = (id: string, relations: PolicyDocument['relations']): PolicyDocument =>
    ({ id, lang: 'zh-Hans', title: id, shortTitle: id, seedFile: `${id}.txt`, relations, blocks: [{ type: 'paragraph', id: 'p1', role: 'body', text: '按照（商资发〔2024〕314号）原文，落实《示范意见》。', source: { file: `seeds/${id}.txt`, line: 3 } }] }) as PolicyDocument;

  it('should read a shared title or number as the copy the citing document is related to, or printed beside', async () => {
    const citations = await grown([plan('plan-copy', [{ type: 'implements', target: 'notice-copy', editorial: false }])]);
    expect(of(citations, 'plan-copy')).toEqual([
      ['p1', 'doc-number', '商资发〔2024〕314号', 'document:notice-copy'],
      ['p1', 'book-title', '《示范意见》', 'document:opinions-copy'],
    ]);
  });

  it('should stop at the line of a shared title that nothing relates to one copy', async () => {
    await expect(grown([plan('stray', [])])).rejects.toThrow(/seeds\/stray\.txt:3: the document number 商资发〔2024〕314号 names more than one document or instrument\n.*seeds\/stray\.txt:3: 《示范意见》 names more than one/u);
  });
});

describe('citations the reviewed list cannot resolve', () => {
  it('should stop at the line of a book title that names nothing known', async () => {
    const { documents, names } = await fixture();
    const index = nameIndex(documents, names, { data: { instruments: [] }, label: 'seeds/editorial/instruments.json', lineOf: () => undefined });
    expect(() => extractCitations(documents, index, { measures: [], tasks: [], localTasks: [] })).toThrow(/seeds\/opinions\.txt:1: 《全面与进步跨太平洋伙伴关系协定》 is cited here but is no document of the corpus/u);
  });

  it('should refuse an instrument without a reason for its English name', () => {
    const entry = { id: 'x', name: '某协定', kind: 'agreement', kindReason: { zh: '协定', en: 'an agreement' }, en: 'An Agreement' };
    expect(InstrumentsFileSchema.safeParse({ instruments: [entry] }).error?.issues.map((issue) => issue.message)).toEqual(['needs an "enSource" (the interpretation\'s line giving the English name) or an "enReason"']);
  });

  it('should name the file, line and field of an instrument entry of the wrong shape', async () => {
    await expect(readLocatedJson(FIXTURE, 'editorial/bad-shape.json', InstrumentsFileSchema)).rejects.toThrow(/seeds\/editorial\/bad-shape\.json:4: instruments\.0\.kind: Invalid option/u);
  });

  it('should refuse one name given to two instruments, at the line of the second', async () => {
    const { documents, names } = await fixture();
    const located = await readLocatedJson(FIXTURE, 'editorial/bad-clash.json', InstrumentsFileSchema);
    expect(() => nameIndex(documents, names, located)).toThrow(/bad-clash\.json:6: "区域全面经济伙伴关系协定" already names instrument "rcep"/u);
  });
});

describe('the seed lines the instrument list cites', () => {
  it('should refuse a name whose seed line does not write it, at its line', async () => {
    const located = await readLocatedJson(FIXTURE, 'editorial/bad-source.json', InstrumentsFileSchema);
    const seeds = new Map([['004', [{ line: 7, text: '为扎实推动《国家标准化发展纲要》(以下简称纲要)深入实施' }]]]);
    expect(() => checkInstrumentSources(located, seeds)).toThrow(/bad-source\.json:6: "标准化纲要": seed 004 line 7 does not write it so/u);
    const good = { ...located, data: { instruments: [{ ...located.data.instruments[0]!, names: [{ text: '纲要', lang: 'zh-Hans' as const, source: '004 line 7' }] }] } };
    expect(() => checkInstrumentSources(good, seeds)).not.toThrow();
  });
});
