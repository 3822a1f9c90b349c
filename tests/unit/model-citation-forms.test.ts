/**
 * The shapes of a name in a text (scripts/model/citation-forms.ts), each function on short texts: where a
 * name stands (its index is what orders a sentence's citations and what keeps a bare name inside a book
 * title from counting twice), what it says, and when two spellings of a title or a number are one.
 * What the names resolve to: tests/unit/model-citations.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { bareNames, bookTitles, docNumberKey, docNumbers, quotedNames, titleKey } from '../../scripts/model/citation-forms.ts';

const at = (found: Array<{ form: string; printed: string; index: number }>) => found.map(({ form, printed, index }) => [form, printed, index]);

describe('book titles and nested titles', () => {
  it('should place a nested title that opens its book title right after the 《', () => {
    expect(at(bookTitles('落实《〈示范意见〉实施细则》。'))).toEqual([
      ['book-title', '《〈示范意见〉实施细则》', 2],
      ['nested-title', '〈示范意见〉', 3],
    ]);
  });
});

describe('document numbers', () => {
  it('should read a number whose year and serial PDF extraction split with spaces, from the start of its Han run', () => {
    expect(docNumbers('按照商资发〔2024 〕314 号执行')).toEqual([{ form: 'doc-number', printed: '按照商资发〔2024 〕314 号', name: '按照商资发〔2024〕314号', index: 0 }]);
  });

  it('should key a number printed with any brackets or spaces as the one printed with 〔〕', () => {
    for (const printed of ['商资发[2024]314号', '商资发(2024)314号', '商资发（2024）314号', '商资发［2024］314号', '商资发【2024】314号', '商资发 〔 2024 〕 314 号']) {
      expect(docNumberKey(printed), printed).toBe('商资发〔2024〕314号');
    }
  });

  it('should leave a number not of the form 〔year〕N号 as it is, so that it matches no other number (314之1号 is not 314号)', () => {
    for (const printed of ['商资发〔二〇二四〕314号', '商资发〔2024年〕314号', '商资发〔20245〕314号', '商资发〔2024〕314之1号']) expect(docNumberKey(printed), printed).toBe(printed);
  });
});

describe('quoted English titles', () => {
  it('should give the titles in the order they stand, whatever the order of the names asked for, with brackets in a title taken literally', () => {
    const text = 'It issued the "Demonstration Task List (First Batch)" with the "Opinions".';
    expect(at(quotedNames(text, ['Opinions', 'Demonstration Task List (First Batch)']))).toEqual([
      ['quoted', '"Demonstration Task List (First Batch)"', 14],
      ['quoted', '"Opinions"', 63],
    ]);
    // Without the brackets the title is another one.
    expect(quotedNames('the "Demonstration Task List First Batch"', ['Demonstration Task List (First Batch)'])).toEqual([]);
  });
});

describe('names without marks', () => {
  const DEPA = '数字经济伙伴关系协定';

  it('should skip a name inside a span given (a book title) but find one right after it, in the order they stand', () => {
    // 《数字经济伙伴关系协定》 covers 0–12: the full name in it is the title's; DEPA starts at its end.
    const text = `《${DEPA}》DEPA与${DEPA}`;
    expect(at(bareNames(text, [DEPA, 'DEPA'], [[0, 12]]))).toEqual([
      ['name', 'DEPA', 12],
      ['name', DEPA, 17],
    ]);
  });

  it('should count a name starting where a span starts as inside it, and one before a span as outside', () => {
    expect(bareNames('RCEP', ['RCEP'], [[0, 4]])).toEqual([]);
    expect(at(bareNames('RCEP与《区域全面经济伙伴关系协定》', ['RCEP', '区域全面经济伙伴关系协定'], [[5, 19]]))).toEqual([['name', 'RCEP', 0]]);
  });

  it('should find an ASCII abbreviation only as a whole word, and a Chinese name wherever it stands, even beside Latin letters or digits', () => {
    expect(at(bareNames('RCEPS与RCEP', ['RCEP'], []))).toEqual([['name', 'RCEP', 6]]);
    expect(at(bareNames('签署中欧CAI2.0', ['中欧CAI'], []))).toEqual([['name', '中欧CAI', 2]]);
    expect(at(bareNames('推进2025G20杭州峰会公报', ['G20杭州峰会公报'], []))).toEqual([['name', 'G20杭州峰会公报', 6]]);
  });

  it('should take the brackets of a Chinese name literally', () => {
    expect(at(bareNames('参照东盟(10+3)合作机制', ['东盟(10+3)合作机制'], []))).toEqual([['name', '东盟(10+3)合作机制', 2]]);
  });
});

describe('title keys', () => {
  it('should read nested marks 〈〉 as 《》, so a title printed inside another is the same title', () => {
    expect(titleKey('商务部印发〈示范意见〉及〈任务清单〉的通知')).toBe(titleKey('商务部印发《示范意见》及《任务清单》的通知'));
    expect(titleKey('商务部印发〈示范意见〉及〈任务清单〉的通知')).toBe('商务部印发《示范意见》及《任务清单》的通知');
  });

  it('should drop the marks only of a title wholly inside 《》', () => {
    expect(titleKey('《意见》')).toBe('意见');
    expect(titleKey('〈意见〉')).toBe('意见');
    expect(titleKey('落实《意见》')).toBe('落实《意见》');
    expect(titleKey('《意见》实施细则')).toBe('《意见》实施细则');
  });
});
