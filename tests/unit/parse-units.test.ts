/**
 * The parser's small parts, each with the inputs that decide its behaviour: outline markers, Chinese
 * numerals, titles broken across lines, anchors, paragraph roles, notes, and the cleaning report each
 * document of a multi-document seed shows.
 */
import { describe, expect, it } from 'vitest';
import { asciiDigits, chineseNumeralToInt } from '../../scripts/text/chinese-numerals.ts';
import { readMarker, startsWithMarker } from '../../scripts/text/markers.ts';
import { IdAllocator, parseOutline } from '../../scripts/parse/outline.ts';
import { parseSeed } from '../../scripts/parse/parse-seed.ts';
import { findHeading } from '../../scripts/parse/split-parts.ts';
import { SeedEntrySchema } from '../../src/schema/manifest.ts';
import type { BlockNode } from '../../src/schema/model.ts';

const lines = (...texts: string[]) => texts.map((text, index) => ({ line: index + 1, text }));
const outline = (lang: 'zh-Hans' | 'en', ...texts: string[]) => parseOutline(lines(...texts), { file: 'f.txt', lang, ids: new IdAllocator() });
/** Blocks as [id, role or marker, text] for a compact comparison. */
function flat(blocks: BlockNode[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'paragraph') return [`${block.id} ${block.role} ${block.text}`];
    if (block.type === 'note') return [`${block.id} ${block.marker} ${block.text}`];
    if (block.type === 'outline') return [`${block.id} ${block.marker} ${block.title}${block.lead ? ` | ${block.lead}` : ''}`, ...flat(block.children).map((line) => `  ${line}`)];
    return [block.type];
  });
}

describe('Chinese numerals', () => {
  it('should read the numbers official documents print', () => {
    expect(['一', '十', '十七', '二十', '二十五', '两', '百', '一百零四', '三百一十二', '〇'].map(chineseNumeralToInt)).toEqual([1, 10, 17, 20, 25, 2, 100, 104, 312, 0]);
  });

  it('should refuse anything else', () => {
    expect(chineseNumeralToInt('第一')).toBeUndefined();
    expect(chineseNumeralToInt('1')).toBeUndefined();
    expect(chineseNumeralToInt('一a')).toBeUndefined();
  });

  it('should read full-width digits as ASCII and leave the rest', () => {
    expect(asciiDigits('第１０４项（９）')).toBe('第104项（9）');
  });
});

describe('outline markers', () => {
  it('should read the four depths, full- or half-width', () => {
    expect(readMarker('一、总体要求')).toEqual({ depth: 1, text: '一、', ordinal: 1, rest: '总体要求' });
    expect(readMarker('十七、保障')).toMatchObject({ depth: 1, ordinal: 17 });
    expect(readMarker('（三）对接规则')).toEqual({ depth: 2, text: '（三）', ordinal: 3, rest: '对接规则' });
    expect(readMarker('(十二)对接')).toMatchObject({ depth: 2, text: '(十二)', ordinal: 12 });
    expect(readMarker('60.12345热线')).toEqual({ depth: 3, text: '60.', ordinal: 60, rest: '12345热线' });
    expect(readMarker('６０．规范')).toMatchObject({ depth: 3, text: '６０．', ordinal: 60 });
    expect(readMarker('5、规范')).toMatchObject({ depth: 3, ordinal: 5 });
    expect(readMarker('（12）细项')).toEqual({ depth: 4, text: '（12）', ordinal: 12, rest: '细项' });
    expect(readMarker('(３)细项')).toMatchObject({ depth: 4, ordinal: 3 });
  });

  it('should trim the line and the text after the marker', () => {
    expect(readMarker('  二、  推进开放  ')).toEqual({ depth: 1, text: '二、', ordinal: 2, rest: '推进开放' });
  });

  it('should not take a section number like 2.5.1 or a number zero for a marker', () => {
    expect(readMarker('2.5.1节')).toBeUndefined();
    expect(readMarker('0.目录')).toBeUndefined();
    expect(readMarker('（0）细项')).toBeUndefined();
    expect(readMarker('2024年')).toBeUndefined();
    expect(readMarker('正文一、二')).toBeUndefined();
    expect(readMarker('（一')).toBeUndefined();
  });

  it('should say whether a line starts with a marker', () => {
    expect(startsWithMarker('（一）标题')).toBe(true);
    expect(startsWithMarker('标题')).toBe(false);
  });
});

describe('titles broken across lines', () => {
  const text = lines('前言', '关于印发《若干', '', '措施》的通知', '关于印发《若干措施》的通知');
  it('should join lines until they spell the title, ignoring spaces', () => {
    expect(findHeading(lines('x', '关于 印发', '通知'), 0, '关于印发通知')).toEqual({ start: 1, end: 3 });
    expect(findHeading(text, 0, '关于印发《若干措施》的通知')).toEqual({ start: 1, end: 4 });
  });

  it('should start looking at the given line and skip a start that does not complete', () => {
    expect(findHeading(text, 2, '关于印发《若干措施》的通知')).toEqual({ start: 4, end: 5 });
    expect(findHeading(lines('关于印发', '别的', '关于印发通知'), 0, '关于印发通知')).toEqual({ start: 2, end: 3 });
    expect(findHeading(lines('关于印发通知和更多'), 0, '关于印发通知')).toBeUndefined();
    expect(findHeading(lines('关于', '印发'), 0, '关于印发通知')).toBeUndefined();
  });
});

describe('anchors', () => {
  it('should count each prefix on its own', () => {
    const ids = new IdAllocator();
    expect([ids.next('p'), ids.next('note-'), ids.next('p'), ids.next('note-')]).toEqual(['p1', 'note-1', 'p2', 'note-2']);
  });

  it('should refuse an anchor taken twice: an input error with a line, a bug without one', () => {
    const ids = new IdAllocator();
    ids.claim('row-3');
    expect(() => ids.claim('row-3', { file: 'seeds/a.txt', line: 9 })).toThrow('seeds/a.txt:9: this line would be a second #row-3 in the document');
    expect(() => ids.claim('row-3')).toThrow('anchor id "row-3" is used twice in one document');
    ids.claim('p1');
    expect(() => ids.next('p')).toThrow('anchor id "p1" is used twice');
  });
});

describe('outline trees', () => {
  it('should split the first sentence of a （一） or 1. line off as its title, but never a 一、 heading', () => {
    expect(flat(outline('zh-Hans', '一、总体要求。全面贯彻。', '（一）标题。 正文继续。', '1.只有一句。', '2.没有句号'))).toEqual([
      's1 一、 总体要求。全面贯彻。',
      '  s1-1 （一） 标题。 | 正文继续。',
      '    s1-1-1 1. 只有一句。',
      '    s1-1-2 2. 没有句号',
    ]);
  });

  it('should not cut a title at a stray 。 straight after the marker: the heading is never "。" alone', () => {
    expect(flat(outline('zh-Hans', '一、任务', '（一）。完善标准体系。推进实施。'))).toEqual(['s1 一、 任务', '  s1-1 （一） 。完善标准体系。推进实施。']);
  });

  it('should keep notes as notes until a line that is not a numbered note', () => {
    expect(flat(outline('zh-Hans', '一、说明', '注:不编号的注。', '2.第二条。', '（1）细项', '正文。'))).toEqual([
      's1 一、 说明',
      '  note-1 注: 不编号的注。',
      '  note-2 2. 第二条。',
      '  s1-1 （1） 细项',
      '    p1 body 正文。',
    ]);
  });

  it('should start a new note at a second 注： line right after a note (it was read as body text)', () => {
    expect(flat(outline('zh-Hans', '一、说明', '注：第1条另有安排。', '注：第2条另有安排。'))).toEqual(['s1 一、 说明', '  note-1 注： 第1条另有安排。', '  note-2 注： 第2条另有安排。']);
  });

  it('should lift the signature, date and annex label out of the last section, and only those', () => {
    expect(flat(outline('zh-Hans', '一、任务', '（一）子项', '正文。', '商务部', '2024年1月2日', '附件2'))).toEqual([
      's1 一、 任务',
      '  s1-1 （一） 子项',
      '    p1 body 正文。',
      'p2 signature 商务部',
      'p3 date 2024年1月2日',
      'p4 label 附件2',
    ]);
    expect(flat(outline('zh-Hans', '一、任务', '2024年1月2日', '（一）子项'))).toEqual(['s1 一、 任务', '  p1 date 2024年1月2日', '  s1-1 （一） 子项']);
    expect(flat(outline('zh-Hans', '正文。', '2024年1月2日'))).toEqual(['p1 body 正文。', 'p2 date 2024年1月2日']);
  });

  it('should give paragraphs their roles: number, date, label, status, addressee, signature', () => {
    expect(
      flat(outline('zh-Hans', '商资发〔2024〕314号', '商资发〔2024〕314号文件', '(征求意见稿)', '（草案）', '（试用）', '附件', '各省、各市：', '各省、各市：请。', '各省：', '这是一个很长的句子，不是签名', '商务部 市场监管总局', '2024年12月31日', '2024年12月31日起', 'A商资发〔2024〕314号', '截至2024年12月31日')),
    ).toEqual([
      'p1 doc-number 商资发〔2024〕314号',
      'p2 body 商资发〔2024〕314号文件',
      'p3 status (征求意见稿)',
      'p4 status （草案）',
      'p5 body （试用）',
      'p6 label 附件',
      'p7 addressee 各省、各市：',
      'p8 body 各省、各市：请。',
      'p9 body 各省：',
      'p10 body 这是一个很长的句子，不是签名',
      'p11 signature 商务部 市场监管总局',
      'p12 date 2024年12月31日',
      'p13 body 2024年12月31日起',
      'p14 body A商资发〔2024〕314号',
      'p15 body 截至2024年12月31日',
    ]);
  });

  it('should make quoted lines of an English text its sections, within limits of length', () => {
    expect(flat(outline('en', '"Short"', '"Four"', '"A stop ends it."', `"${'x'.repeat(160)}"`, `"${'y'.repeat(161)}"`, 'Text.'))).toEqual([
      's1  "Short"',
      '  p1 body "Four"',
      '  p2 body "A stop ends it."',
      `s2  "${'x'.repeat(160)}"`,
      `  p3 body "${'y'.repeat(161)}"`,
      '  p4 body Text.',
    ]);
  });

  it('should let a section continue the numbering of the previous part, or start at one', () => {
    expect(flat(outline('zh-Hans', '一、甲', '（一）a', '（二）b', '二、乙', '（三）c', '三、丙', '（一）d'))).toEqual([
      's1 一、 甲', '  s1-1 （一） a', '  s1-2 （二） b', 's2 二、 乙', '  s2-3 （三） c', 's3 三、 丙', '  s3-1 （一） d',
    ]);
    expect(() => outline('zh-Hans', '一、甲', '（一）a', '（二）b', '二、乙', '（二）c')).toThrow('f.txt:5: outline numbering jumps to （二）; expected number 1 or 3 here');
    expect(() => outline('zh-Hans', '一、甲', '（二）a')).toThrow('f.txt:2: outline numbering jumps to （二）; expected number 1 here');
    expect(() => outline('zh-Hans', '一、甲', '（一）a', '（一）b')).toThrow('f.txt:3: duplicate outline number （一） (the previous item has the same number)');
  });
});

describe('what only stands at the start or fills the whole line', () => {
  it('should read a marker only at the start of a line, and not 1. before a section number such as 1.23.4', () => {
    expect(readMarker('推进（一）项')).toBeUndefined();
    expect(readMarker('见(1)项')).toBeUndefined();
    expect(readMarker('1.23.4 节')).toBeUndefined();
    expect(readMarker('1.是第一项')?.ordinal).toBe(1);
  });

  it('should take a role from a line only when the pattern is the whole line, and give roles to paragraphs only', () => {
    expect(flat(outline('zh-Hans', '转载来源：某网站', '附件 2', '附件2 说明', '关于附件', '关于（试行）', '（试行）办法'))).toEqual([
      'p1 body 转载来源：某网站',
      'p2 label 附件 2',
      'p3 body 附件2 说明',
      'p4 body 关于附件',
      'p5 body 关于（试行）',
      'p6 body （试行）办法',
    ]);
    expect(flat(outline('zh-Hans', '一、说明', '注：见附件1、附件2：'))).toEqual(['s1 一、 说明', '  note-1 注： 见附件1、附件2：']);
  });

  it('should give roles to paragraphs only: a note that reads like an addressee line, a date or an annex label stays a plain note', () => {
    // Only paragraphs carry a role: the date, signature and addressee readers of the model rely on it.
    const section = outline('zh-Hans', '一、说明', '注：见附件1、附件2：', '注：2024年1月2日', '注：附件2')[0]!;
    const notes = section.type === 'outline' ? section.children : [];
    expect(notes.map((note) => note.type)).toEqual(['note', 'note', 'note']);
    for (const note of notes) expect(note, JSON.stringify(note)).not.toHaveProperty('role');
  });

  it('should read as signature only the body lines right before the date, stopping at any other role', () => {
    expect(flat(outline('zh-Hans', '附件', '商务部', '2024年1月2日'))).toEqual(['p1 label 附件', 'p2 signature 商务部', 'p3 date 2024年1月2日']);
    expect(flat(outline('zh-Hans', '正文，有标点。', '商务部', '2024年1月2日'))).toEqual(['p1 body 正文，有标点。', 'p2 signature 商务部', 'p3 date 2024年1月2日']);
  });

  it('should start a note and an English section only at a whole line', () => {
    expect(flat(outline('zh-Hans', '一、说明', '详见注：附件。'))).toEqual(['s1 一、 说明', '  p1 body 详见注：附件。']);
    expect(flat(outline('en', 'As the notice says "standards for services"', '"Why the Opinions were issued" and more'))).toEqual([
      'p1 body As the notice says "standards for services"',
      'p2 body "Why the Opinions were issued" and more',
    ]);
  });
});

describe('cleaning reports per document', () => {
  const seed = SeedEntrySchema.parse({
    file: 'two.txt',
    lang: 'zh-Hans',
    provenance: 'test',
    cleaning: [
      { rule: 'extraction-spaces' },
      { rule: 'page-furniture', where: 'tail', patterns: ['^页脚$'], reason: '网站页脚' },
    ],
    documents: [
      { id: 'a', title: 'a', shortTitle: 'a', kind: 'notice' },
      { id: 'b', heading: '第二部分', title: 'b', shortTitle: 'b', kind: 'notice' },
    ],
  });
  const text = ['甲 乙。', '丙 丁。', '戊 己。', '庚 辛。', '壬 癸。', '第二部分', '子 丑。', '页脚'];
  // Parsed inside each test: Stryker counts code run while tests are collected as covered by every test.
  const parseTwo = () => parseSeed({ label: 'seeds/two.txt', lines: lines(...text), repairs: ['BOM removed'] }, seed);

  it('should count a rule\'s changes in the document where they are, showing at most four examples', () => {
    const [first, second] = parseTwo();
    expect(first!.cleaning[0]).toMatchObject({ rule: 'extraction-spaces', changes: 5, lines: [1, 2, 3, 4, 5] });
    expect(first!.cleaning[0]!.examples.map((example) => example.line)).toEqual([1, 2, 3, 4]);
    expect(second!.cleaning[0]).toMatchObject({ rule: 'extraction-spaces', changes: 1, lines: [7] });
    expect(second!.cleaning[0]!.examples.map((example) => example.line)).toEqual([7]);
  });

  it('should give cut page furniture to every document of the file, and keep the repairs', () => {
    const [first, second] = parseTwo();
    for (const document of [first!, second!]) {
      expect(document.cleaning[1]).toMatchObject({ rule: 'page-furniture', changes: 1, removed: [{ line: 8, text: '页脚', redacted: false }] });
      expect(document.repairs).toEqual(['BOM removed']);
    }
    expect(second!.blocks.map((block) => block.type === 'paragraph' && block.text)).toEqual(['子丑。']);
  });

  it('should make no empty paragraph of the blank lines before the first document\'s title', () => {
    const headed = SeedEntrySchema.parse({ ...seed, cleaning: [], documents: [{ id: 'a', heading: '标题', title: 'a', shortTitle: 'a', kind: 'notice' }] });
    const [only] = parseSeed({ label: 'x', lines: lines('来源：某网站', '', '   ', '标题', '正文。'), repairs: [] }, headed);
    expect(only!.blocks.map((block) => (block.type === 'paragraph' ? `${block.id} ${block.role} ${block.text}` : block.type))).toEqual(['p1 source 来源：某网站', 'p2 body 正文。']);
  });

  it('should keep whole reports, examples cut to four, for a document without lines', () => {
    const empty = SeedEntrySchema.parse({ ...seed, cleaning: [{ rule: 'extraction-spaces' }], documents: [{ id: 'a', heading: '标题', title: 'a', shortTitle: 'a', kind: 'notice' }] });
    const [only] = parseSeed({ label: 'x', lines: lines('甲 乙', '丙 丁', '戊 己', '庚 辛', '壬 癸', '标题'), repairs: [] }, empty);
    expect(only!.cleaning[0]).toMatchObject({ changes: 5, lines: [1, 2, 3, 4, 5] });
    expect(only!.cleaning[0]!.examples).toHaveLength(4);
  });
});
