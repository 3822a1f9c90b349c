/**
 * Edges of the parser that the fixtures do not reach: blank and padded lines, tables that end at the end
 * of the file, markers in the middle of a line, notes with other markers, paragraphs that only look
 * like a signature, label or status, and documents with no lines of their own.
 */
import { describe, expect, it } from 'vitest';
import { readMarker } from '../../scripts/text/markers.ts';
import { IdAllocator, parseOutline } from '../../scripts/parse/outline.ts';
import { parseSeed } from '../../scripts/parse/parse-seed.ts';
import { findHeading } from '../../scripts/parse/split-parts.ts';
import { SeedEntrySchema } from '../../src/schema/manifest.ts';
import type { BlockNode } from '../../src/schema/model.ts';

const lines = (...texts: string[]) => texts.map((text, index) => ({ line: index + 1, text }));
const outline = (lang: 'zh-Hans' | 'en', ...texts: string[]) => parseOutline(lines(...texts), { file: 'f.txt', lang, ids: new IdAllocator() });
function flat(blocks: BlockNode[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'paragraph') return [`${block.id} ${block.role} ${block.text}`];
    if (block.type === 'note') return [`${block.id} ${block.marker} ${block.text}`];
    if (block.type === 'outline') return [`${block.id} ${block.marker} ${block.title}`, ...flat(block.children).map((line) => `  ${line}`)];
    if (block.type === 'table') return [`table ${block.groups.map((group) => `${group.title}: ${group.rows.map((row) => row.cells[0]).join(',')}`).join('; ')}`];
    if (block.type === 'annex') return [`annex ${block.title}`, ...flat(block.children).map((line) => `  ${line}`)];
    return [];
  });
}

const TABLE = {
  columns: ['序号', '内容'],
  roles: { number: '序号', content: '内容', assignment: '内容', lead: '内容', responsible: '内容' },
  adopts: 'tasks',
};
const seedOf = (documents: unknown[]) => SeedEntrySchema.parse({ file: 's.txt', lang: 'zh-Hans', provenance: 'test', cleaning: [{ rule: 'extraction-spaces' }], documents });
const parse = (documents: unknown[], ...texts: string[]) => parseSeed({ label: 'seeds/s.txt', lines: lines(...texts), repairs: [] }, seedOf(documents));
const withAnnex = [{ id: 'plan', heading: '方案', title: '方案', shortTitle: '方案', kind: 'implementation-plan', annex: { heading: '附件表', table: TABLE } }];

describe('markers in the middle of a line', () => {
  it('should read a marker only at the start of the line', () => {
    expect(readMarker('见（三）')).toBeUndefined();
    expect(readMarker('见（3）')).toBeUndefined();
    expect(readMarker('2.15.3节')).toBeUndefined();
  });
});

describe('outline lines', () => {
  it('should skip blank lines and trim padded ones', () => {
    expect(flat(outline('zh-Hans', '一、甲', '', '  正文。  ', '   '))).toEqual(['s1 一、 甲', '  p1 body 正文。']);
  });

  it('should read a text that starts with an item as items, not notes', () => {
    expect(flat(outline('zh-Hans', '1.甲', '2.乙'))).toEqual(['s1 1. 甲', 's2 2. 乙']);
  });

  it('should end the notes at the first other line for good', () => {
    expect(flat(outline('zh-Hans', '一、说明', '注：甲。', '正文。', '1.第一项'))).toEqual(['s1 一、 说明', '  note-1 注： 甲。', '  p1 body 正文。', '  s1-1 1. 第一项']);
  });

  it('should keep the marker of a note label tight and leave other markers in its text', () => {
    expect(flat(outline('zh-Hans', '一、说明', '注：  1.甲。', '注：（1）细则。'))).toEqual(['s1 一、 说明', '  note-1 注：1. 甲。', '  note-2 注： （1）细则。']);
  });

  it('should take 注： only at the start of a line', () => {
    expect(flat(outline('zh-Hans', '一、说明', '详见注：甲。'))).toEqual(['s1 一、 说明', '  p1 body 详见注：甲。']);
  });

  it('should refuse an item and a sub-section of the same number under one section', () => {
    expect(() => outline('zh-Hans', '一、甲', '1.项', '（一）子')).toThrow('f.txt:3: this line would be a second #s1-1 in the document');
  });

  it('should take a quoted line with a version number as a heading, but not a line that only starts with a quotation', () => {
    expect(flat(outline('en', '"Standards 2.0"', '"Hello world" he said.', 'She said "hello world"'))).toEqual(['s1  "Standards 2.0"', '  p1 body "Hello world" he said.', '  p2 body She said "hello world"']);
  });
});

describe('paragraph roles', () => {
  it('should mark a source line anywhere at the top and only at its start', () => {
    expect(flat(outline('zh-Hans', '来源：商务部网站', '转载来源：网站'))).toEqual(['p1 source 来源：商务部网站', 'p2 body 转载来源：网站']);
  });

  it('should mark only whole 附件 labels and status lines', () => {
    expect(flat(outline('zh-Hans', '附件说明如下', '见附件', '附件二', '附件 3', '（试行）稿', '本（试行）'))).toEqual([
      'p1 body 附件说明如下', 'p2 body 见附件', 'p3 body 附件二', 'p4 label 附件 3', 'p5 body （试行）稿', 'p6 body 本（试行）',
    ]);
  });

  it('should take an addressee line only when it ends with its colon', () => {
    expect(flat(outline('zh-Hans', '注意：甲、乙'))).toEqual(['p1 body 注意：甲、乙']);
  });

  it('should mark every signature line before a date, and no short line before anything else', () => {
    expect(flat(outline('zh-Hans', '商务部', '市场监管总局', '2024年1月2日'))).toEqual(['p1 signature 商务部', 'p2 signature 市场监管总局', 'p3 date 2024年1月2日']);
    expect(flat(outline('zh-Hans', '商务部', '一、任务', '正文。'))).toEqual(['p1 body 商务部', 's1 一、 任务', '  p2 body 正文。']);
  });
});

describe('documents and their lines', () => {
  it('should keep the lines before the first title, trimmed, without blank ones: a source line and a lead', () => {
    const [document] = parse([{ id: 'a', heading: '标题', title: 'a', shortTitle: 'a', kind: 'notice' }], '', '  来源：网站 ', ' 转发通知', '标题', '正文。');
    expect(flat(document!.blocks)).toEqual(['p1 source 来源：网站', 'p2 lead 转发通知', 'p3 body 正文。']);
  });

  it('should find a title after a blank line, the blank line not part of it', () => {
    expect(findHeading(lines('x', '', '标题'), 0, '标题')).toEqual({ start: 2, end: 3 });
    const [document] = parse([{ id: 'a', heading: '标题', title: 'a', shortTitle: 'a', kind: 'notice' }], '', '标题', '正文。');
    expect(document!.headingLines).toEqual([{ line: 2, text: '标题' }]);
  });

  it('should give a document with no lines of its own the whole report of each rule, four examples at most', () => {
    const documents = [{ id: 'a', title: 'a', shortTitle: 'a', kind: 'notice' }, { id: 'b', heading: '标题', title: 'b', shortTitle: 'b', kind: 'notice' }];
    const [first] = parse(documents, '标题', '甲 乙', '丙 丁', '戊 己', '庚 辛', '壬 癸');
    expect(first!.blocks).toEqual([]);
    expect(first!.cleaning[0]).toMatchObject({ rule: 'extraction-spaces', changes: 5, lines: [2, 3, 4, 5, 6] });
    expect(first!.cleaning[0]!.examples.map((example) => example.line)).toEqual([2, 3, 4, 5]);
  });

  it('should name no line when the annex title is missing from an empty document', () => {
    expect(() => parse(withAnnex, '方案')).toThrow(/^seeds\/s\.txt: the annex title of "plan"/u);
  });
});

describe('annex tables', () => {
  const header = ['\t序号', '\t内容'];
  const group = ['\t一、组'];
  const row = (number: string) => [`\t${number}`, '\t内容'];

  it('should read a table that ends at the end of the file, with several blank lines and blank cells between rows', () => {
    const [document] = parse(withAnnex, '方案', '附件表', ...header, '', '', ...group, '\t', ...row('1'), '', ...row('2'));
    expect(flat(document!.blocks)).toEqual(['annex 附件表', '  table 组: 1,2']);
  });

  it('should read rows numbered past nine', () => {
    const rows = Array.from({ length: 11 }, (_, index) => ['', ...row(String(index + 1))]).flat();
    const [document] = parse(withAnnex, '方案', '附件表', ...header, '', ...group, ...rows);
    expect(flat(document!.blocks)).toEqual(['annex 附件表', '  table 组: 1,2,3,4,5,6,7,8,9,10,11']);
  });

  it('should refuse row numbers with letters before or after', () => {
    expect(() => parse(withAnnex, '方案', '附件表', ...header, '', ...group, '', ...row('1a'))).toThrow('seeds/s.txt:8: the row number "1a" is not a number');
    expect(() => parse(withAnnex, '方案', '附件表', ...header, '', ...group, '', ...row('a1'))).toThrow('seeds/s.txt:8: the row number "a1" is not a number');
  });

  it('should name no line for a table missing at the end of the file', () => {
    expect(() => parse(withAnnex, '方案', '附件表')).toThrow(/^seeds\/s\.txt: the annex table declared in seeds\/manifest\.json is missing/u);
  });
});
