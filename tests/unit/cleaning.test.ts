import { describe, expect, it } from 'vitest';
import { joinBrokenLines } from '../../scripts/clean/broken-lines.ts';
import { joinExtractionSpaces } from '../../scripts/clean/extraction-spaces.ts';
import { cutPageFurniture } from '../../scripts/clean/page-furniture.ts';
import { removePinyinGlosses } from '../../scripts/clean/pinyin-gloss.ts';
import { splitRunInParagraphs } from '../../scripts/clean/run-in-paragraphs.ts';

const lines = (...texts: string[]) => texts.map((text, index) => ({ line: index + 1, text }));

describe('cleaning rules', () => {
  it('should remove pinyin glosses and count them', () => {
    const { lines: out, report } = removePinyinGlosses(lines('關(guan) 於(yu) 開展第二批國家級服務業(ye) 標準化'));
    expect(out[0]!.text).toBe('關於開展第二批國家級服務業標準化');
    expect(report.changes).toBe(3);
  });

  it('should leave Latin words in parentheses alone', () => {
    const { lines: out } = removePinyinGlosses(lines('环境、社会和治理(ESG)评价'));
    expect(out[0]!.text).toBe('环境、社会和治理(ESG)评价');
  });

  it('should join extraction spaces but keep mixed-script spacing and declared phrases', () => {
    const { lines: out } = joinExtractionSpaces(lines('市场监 管总局', '推动形成比率达到 5 0%以上', '28. 5G 全连接工厂评估指南', '商务部 市场监管总局', '( 2024—2025年)'), ['商务部 市场监管总局']);
    expect(out.map((entry) => entry.text)).toEqual(['市场监管总局', '推动形成比率达到50%以上', '28.5G 全连接工厂评估指南', '商务部 市场监管总局', '(2024—2025年)']);
  });

  it('should join a line broken mid-sentence but not a heading', () => {
    const { lines: out, report } = joinBrokenLines(lines('(十七)强化地方与部门工作联动。试点示范省市积极', '配合各业务主管部门工作。', '一、总体要求', '全面贯彻。'));
    expect(out.map((entry) => entry.text)).toEqual(['(十七)强化地方与部门工作联动。试点示范省市积极配合各业务主管部门工作。', '一、总体要求', '全面贯彻。']);
    expect(report.changes).toBe(1);
  });

  it('should split a run-in text at its paragraph spaces, keeping the line number', () => {
    const { lines: out } = splitRunInParagraphs(lines('一、總體要求 以習近平新時代 (一)試點城市。 1.建立工作機製。'));
    expect(out).toEqual([
      { line: 1, text: '一、總體要求' },
      { line: 1, text: '以習近平新時代' },
      { line: 1, text: '(一)試點城市。' },
      { line: 1, text: '1.建立工作機製。' },
    ]);
  });

  it('should cut footer furniture only at the declared end, and say what it cut', () => {
    const input = lines('Body text.', '来源:四川商务', 'E-mail:someone@example.com', '抖音');
    const { lines: out, report } = cutPageFurniture(input, { patterns: ['^来源[:：]', '^E-mail:', '^抖音$'], where: 'tail', reason: 'footer' }, 'x.txt');
    expect(out.map((entry) => entry.text)).toEqual(['Body text.']);
    expect(report.removed.map((entry) => entry.line)).toEqual([2, 3, 4]);
  });

  it('should refuse declared furniture that is not there', () => {
    expect(() => cutPageFurniture(lines('Body.'), { patterns: ['^抖音$'], where: 'tail', reason: 'footer' }, 'x.txt')).toThrow(/x\.txt: declared page furniture/);
  });
});

describe('redaction', () => {
  it('should refuse a line marked for redaction that is not cut, naming its line', () => {
    const input = lines('Body text.', 'Phone:123', 'Inserted text stops the cut.', '抖音');
    expect(() => cutPageFurniture(input, { patterns: ['^Phone:', '^抖音$'], redact: ['^Phone:'], where: 'tail', reason: 'footer' }, 'x.txt')).toThrow(/^x\.txt:2: this line holds personal data/);
  });
});
