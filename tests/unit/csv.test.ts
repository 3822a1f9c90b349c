/**
 * The site's one CSV writer (src/lib/open-data/csv.ts), which the open data's tables and the task
 * explorer's download of a view both use: RFC 4180 with a UTF-8 byte order mark, as the data page says.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/open-data/csv.ts';

/** Read back with csv-parse, an independent reader: the BOM first, CRLF rows, every cell as text. */
const readBack = (text: string): string[][] => parse(text, { bom: true, record_delimiter: '\r\n' });

describe('toCsv', () => {
  it('should write a byte order mark, the header, then each row, every line ended by CRLF', () => {
    expect(toCsv(['id', 'title'], [['task-60', 'Hotline'], ['task-61', 'Elderly care']])).toBe('\uFEFFid,title\r\ntask-60,Hotline\r\ntask-61,Elderly care\r\n');
    expect(toCsv(['id', 'title'], [])).toBe('\uFEFFid,title\r\n');
  });

  it('should encode the mark as UTF-8, EF BB BF, before the first byte of the header', () => {
    expect([...Buffer.from(toCsv(['编号'], []), 'utf8').subarray(0, 6)]).toEqual([0xef, 0xbb, 0xbf, 0xe7, 0xbc, 0x96]);
  });

  it('should quote a field holding a comma', () => {
    expect(toCsv(['a'], [['Beijing, Shanghai']])).toBe('\uFEFFa\r\n"Beijing, Shanghai"\r\n');
  });

  it('should quote a field holding a quote, and double the quote', () => {
    expect(toCsv(['a'], [['the "Task List"']])).toBe('\uFEFFa\r\n"the ""Task List"""\r\n');
    expect(toCsv(['a'], [['"']])).toBe('\uFEFFa\r\n""""\r\n');
  });

  it('should quote a field holding a line break of any kind, keeping the break as it is', () => {
    expect(toCsv(['a'], [['one\ntwo']])).toBe('\uFEFFa\r\n"one\ntwo"\r\n');
    expect(toCsv(['a'], [['one\r\ntwo']])).toBe('\uFEFFa\r\n"one\r\ntwo"\r\n');
    expect(toCsv(['a'], [['one\rtwo']])).toBe('\uFEFFa\r\n"one\rtwo"\r\n');
  });

  it('should leave Chinese text unquoted, its own punctuation (，“”、；) being no CSV syntax', () => {
    expect(toCsv(['标题'], [['加快家电、家居产品，“以旧换新”；']])).toBe('\uFEFF标题\r\n加快家电、家居产品，“以旧换新”；\r\n');
  });

  it('should leave empty cells and spaces as they are, unquoted', () => {
    expect(toCsv(['a', 'b', 'c'], [['', ' x ', '']])).toBe('\uFEFFa,b,c\r\n, x ,\r\n');
  });

  it('should quote header cells by the same rule', () => {
    expect(toCsv(['名称, 中文', 'name'], [])).toBe('\uFEFF"名称, 中文",name\r\n');
  });

  it('should be read back by an independent reader as exactly the cells written', () => {
    const header = ['编号', 'title, en', 'note'];
    const rows = [
      ['任务60', '12345 hotline, "service" standard', '第一行\n第二行'],
      ['（八）', '', 'a\r\nb, "c"'],
      ['市商务局|市公安局', 'Beijing Municipality', '重庆市“渝快办”，政务服务'],
    ];
    expect(readBack(toCsv(header, rows))).toEqual([header, ...rows]);
  });
});
