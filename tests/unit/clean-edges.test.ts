/**
 * Edges of the cleaning rules found by surviving mutants: padded and blank lines, a file that is all
 * furniture, a padded line of personal data, and the reason each rule gives for its changes.
 */
import { describe, expect, it } from 'vitest';
import { joinBrokenLines } from '../../scripts/clean/broken-lines.ts';
import { joinExtractionSpaces } from '../../scripts/clean/extraction-spaces.ts';
import { cutPageFurniture } from '../../scripts/clean/page-furniture.ts';
import { splitRunInParagraphs } from '../../scripts/clean/run-in-paragraphs.ts';

const lines = (...texts: string[]) => texts.map((text, index) => ({ line: index + 1, text }));
const texts = (result: { lines: Array<{ text: string }> }) => result.lines.map((entry) => entry.text);

describe('reasons given on the document page', () => {
  it('should say why each rule changes the text', () => {
    expect(joinBrokenLines([]).report.reason).toBe('A paragraph broken across two lines in the source is shown as one paragraph.');
    expect(joinExtractionSpaces([], []).report.reason).toBe('Spaces inside Chinese words and numbers are artifacts of PDF text extraction.');
    expect(splitRunInParagraphs([]).report.reason).toMatch(/^The source prints the whole notice as one line/u);
  });
});

describe('padded and blank lines', () => {
  it('should keep spaces at the ends of a line before or after punctuation, and show only changed lines', () => {
    const { lines: out, report } = joinExtractionSpaces(lines('  （一）标题', '正文。  ', '市场 监管'), []);
    expect(texts({ lines: out })).toEqual(['  （一）标题', '正文。  ', '市场监管']);
    expect(report.examples.map((example) => example.line)).toEqual([3]);
  });

  it('should join a padded continuation line without its padding, and never a blank one', () => {
    expect(texts(joinBrokenLines(lines('正文，未完', '  续。', '正文，未完', '   ')))).toEqual(['正文，未完续。', '正文，未完', '   ']);
  });

  it('should keep a line of spaces as it is when splitting run-in paragraphs', () => {
    expect(splitRunInParagraphs(lines('   ')).lines).toEqual([{ line: 1, text: '   ' }]);
  });
});

describe('page furniture edges', () => {
  const footer = { patterns: ['^来源', '^电话'], where: 'tail' as const, reason: '页脚' };

  it('should cut every line of a file that is all furniture, and skip lines of spaces between', () => {
    expect(texts(cutPageFurniture(lines('来源：甲', '   ', '来源：乙'), footer, 'x.txt'))).toEqual(['   ']);
  });

  it('should redact a padded line of personal data', () => {
    const { report } = cutPageFurniture(lines('正文。', '  电话：123  '), { ...footer, redact: ['^电话'] }, 'x.txt');
    expect(report.removed).toEqual([{ line: 2, text: '', redacted: true }]);
  });
});
