/**
 * Broken seeds must stop the parser with a message naming the file, the line and the problem. Each
 * case is a small seed and its manifest entry; the messages are what a person editing seeds reads.
 */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../scripts/parse/parse-seed.ts';
import { SeedEntrySchema } from '../../src/schema/manifest.ts';

const TABLE = {
  columns: ['序号', '内容', '地区', '牵头', '责任'],
  roles: { number: '序号', content: '内容', assignment: '地区', lead: '牵头', responsible: '责任' },
  adopts: 'tasks',
};
const header = TABLE.columns.map((column) => `\t${column}`);
const row = (number: string) => [`\t${number}`, '\t内容', '\t武汉', '\t市商务局', '\t-'];

function parse(texts: string[], documents: unknown[] = [{ id: 'plan', heading: '方案', title: '方案', shortTitle: '方案', kind: 'implementation-plan', annex: { heading: '附件清单', table: TABLE } }]) {
  const seed = SeedEntrySchema.parse({ file: 'plan.txt', lang: 'zh-Hans', provenance: 'test', documents });
  return parseSeed({ label: 'seeds/plan.txt', lines: texts.map((text, index) => ({ line: index + 1, text })), repairs: [] }, seed);
}
/** 方案 / 一、任务 / 附件清单, then the table lines given (line 4 on). */
const plan = (...table: string[][]) => parse(['方案', '一、任务', '附件清单', ...table.flatMap((chunk) => [...chunk, ''])]);

describe('parser input errors', () => {
  it('should name the line from which a declared title was looked for', () => {
    expect(() => parse(['前言', '正文'], [{ id: 'a', heading: '不存在的标题', title: 'a', shortTitle: 'a', kind: 'notice' }])).toThrow(
      'seeds/plan.txt:1: the title of document "a" declared in seeds/manifest.json ("不存在的标题") was not found from this line on',
    );
    expect(() => parse(['第一部分', '正文', '第二部分'], [
      { id: 'a', heading: '第二部分', title: 'a', shortTitle: 'a', kind: 'notice' },
      { id: 'b', heading: '第一部分', title: 'b', shortTitle: 'b', kind: 'notice' },
    ])).toThrow('seeds/plan.txt: the title of document "b" declared in seeds/manifest.json ("第一部分") was not found from this line on');
  });

  it('should require a heading for every document after the first', () => {
    expect(() => parse(['一', '二'], [
      { id: 'a', title: 'a', shortTitle: 'a', kind: 'notice' },
      { id: 'b', title: 'b', shortTitle: 'b', kind: 'notice' },
    ])).toThrow('seeds/manifest.json: document "b" in seeds/plan.txt needs a "heading": only the first document of a file may start without a printed title');
  });

  it('should name the missing annex title', () => {
    expect(() => parse(['方案', '一、任务', '正文。'])).toThrow('seeds/plan.txt:2: the annex title of "plan" ("附件清单") was not found in the document');
  });

  it('should refuse an annex without its table', () => {
    expect(() => parse(['方案', '一、任务', '附件清单', '没有表格'])).toThrow('seeds/plan.txt:4: the annex table declared in seeds/manifest.json is missing');
  });

  it('should refuse a table that does not start with its header row', () => {
    expect(() => plan(['\t一、服务'], header)).toThrow('seeds/plan.txt:4: the table must start with its header row (序号 · 内容 · 地区 · 牵头 · 责任)');
  });

  it('should refuse a row with a cell missing, naming the row and the columns', () => {
    expect(() => plan(header, ['\t一、服务'], row('1').slice(0, 4))).toThrow('seeds/plan.txt:12: a table row has 4 cells; expected 5 (序号 · 内容 · 地区 · 牵头 · 责任) — is a cell missing or split across lines?');
  });

  it('should refuse a row before the first group heading', () => {
    expect(() => plan(header, row('1'))).toThrow('seeds/plan.txt:10: a table row stands before the first group heading (一、…)');
  });

  it('should refuse groups numbered with a gap or a repeat', () => {
    expect(() => plan(header, ['\t二、服务'])).toThrow('seeds/plan.txt:10: table group 二、 follows group 0; groups must be numbered without gaps or repeats');
    expect(() => plan(header, ['\t一、服务'], ['\t一、又一组'])).toThrow('seeds/plan.txt:12: table group 一、 follows group 1');
  });

  it('should refuse row numbers that are not numbers, repeat or skip', () => {
    expect(() => plan(header, ['\t一、服务'], row('一'))).toThrow('seeds/plan.txt:12: the row number "一" is not a number');
    // A row whose number cell reads as the next group's marker is still a row (a group heading is a row of one cell): never a group that drops the row's cells.
    expect(() => plan(header, ['\t一、服务'], row('二、'))).toThrow('seeds/plan.txt:12: the row number "二、" is not a number');
    expect(() => plan(header, ['\t一、服务'], row('1'), row('1'))).toThrow('seeds/plan.txt:18: duplicate row number 1');
    expect(() => plan(header, ['\t一、服务'], row('1'), row('3'))).toThrow('seeds/plan.txt:18: row number 3 follows 1; rows must be numbered without gaps');
    expect(() => plan(header, ['\t一、服务'], row('2'))).toThrow('seeds/plan.txt:12: row number 2 follows 0');
  });

  it('should name a line that interrupts the table and where its cells go on', () => {
    expect(() => parse(['方案', '一、任务', '附件清单', ...header, '', '\t一、服务', '页脚文字', ...row('1')])).toThrow(
      'seeds/plan.txt:11: this line interrupts the annex table: table cells (tab-indented lines) continue at line 12',
    );
  });

  it('should refuse a section numbered back to one inside the same part of a document', () => {
    expect(() => parse(['方案', '一、任务', '二、任务', '一、重复'], [{ id: 'a', heading: '方案', title: 'a', shortTitle: 'a', kind: 'notice' }])).toThrow(
      'seeds/plan.txt:4: outline numbering jumps to 一、; expected number 3 here',
    );
  });
});
