/**
 * Each cleaning rule: what it changes, what it must leave alone, and the report a document page shows
 * ("source notes": the count, the lines, before/after examples, the lines cut and which were redacted).
 */
import { describe, expect, it } from 'vitest';
import { applyCleaning } from '../../scripts/clean/apply-cleaning.ts';
import { joinBrokenLines } from '../../scripts/clean/broken-lines.ts';
import { joinExtractionSpaces } from '../../scripts/clean/extraction-spaces.ts';
import { cutPageFurniture } from '../../scripts/clean/page-furniture.ts';
import { removePinyinGlosses } from '../../scripts/clean/pinyin-gloss.ts';
import { ReportBuilder } from '../../scripts/clean/report.ts';
import { splitRunInParagraphs } from '../../scripts/clean/run-in-paragraphs.ts';
import { SeedError } from '../../scripts/lib/seed-error.ts';

const lines = (...texts: string[]) => texts.map((text, index) => ({ line: index + 1, text }));
const texts = (result: { lines: Array<{ text: string }> }) => result.lines.map((entry) => entry.text);

describe('running the declared rules', () => {
  it('should run each declared rule once, in the declared order, and report each', () => {
    const result = applyCleaning(
      lines('關(guan) 於 試點 一、總體要求', '市场 监管', '页脚'),
      [{ rule: 'pinyin-gloss' }, { rule: 'run-in-paragraphs' }, { rule: 'extraction-spaces', keep: [] }, { rule: 'broken-lines' }, { rule: 'page-furniture', patterns: ['^页脚$'], where: 'tail', reason: '页脚', redact: [] }],
      'x.txt',
    );
    expect(result.reports.map((report) => [report.rule, report.changes])).toEqual([['pinyin-gloss', 1], ['run-in-paragraphs', 3], ['extraction-spaces', 0], ['broken-lines', 0], ['page-furniture', 1]]);
    expect(result.lines).toEqual([{ line: 1, text: '關於' }, { line: 1, text: '試點' }, { line: 1, text: '一、總體要求' }, { line: 2, text: '市场' }, { line: 2, text: '监管' }]);
  });

  it('should change nothing when no rule is declared', () => {
    const input = lines('市场 监管');
    expect(applyCleaning(input, [], 'x.txt')).toEqual({ lines: input, reports: [] });
  });

  it('should join extraction spaces only when that rule is declared, keeping its phrases', () => {
    expect(texts(applyCleaning(lines('市场 监管 总局'), [{ rule: 'extraction-spaces', keep: ['监管 总局'] }], 'x.txt'))).toEqual(['市场监管 总局']);
  });
});

describe('pinyin glosses', () => {
  it('should remove a gloss after a Han character with the space after it, and show before and after', () => {
    const { lines: out, report } = removePinyinGlosses(lines('第二批關(guan) 於開展', '無注音'));
    expect(texts({ lines: out })).toEqual(['第二批關於開展', '無注音']);
    expect(report).toMatchObject({ rule: 'pinyin-gloss', changes: 1, lines: [1], examples: [{ line: 1, before: '批關(guan) 於開', after: '批關於開' }] });
    expect(report.reason).toMatch(/^Pinyin glosses/u);
  });

  it('should show a gloss at the start of a line with what follows', () => {
    expect(removePinyinGlosses(lines('關(guan) 於開展')).report.examples).toEqual([{ line: 1, before: '關(guan) 於開', after: '關於開' }]);
  });

  it('should keep parentheses that are not a gloss: capitals, more than six letters, nothing before, digits', () => {
    const kept = ['治理(ESG)评价', '標準(standard)化', '(guan)於', '第(1)項', 'a(guan) b'];
    expect(texts(removePinyinGlosses(lines(...kept)))).toEqual(kept);
  });

  it('should remove glosses of one to six letters, without a following space too', () => {
    expect(texts(removePinyinGlosses(lines('業(ye)務(zhuang)化(a)行')))).toEqual(['業務化行']);
  });
});

describe('run-in paragraphs', () => {
  it('should split at runs of spaces, trimming the ends, and show where it split', () => {
    const { lines: out, report } = splitRunInParagraphs(lines('  一、總體要求一二三四五六七八九十   (一)試點城市和地區的標準。  ', '', '單獨一行 又一段'));
    expect(out).toEqual([{ line: 1, text: '一、總體要求一二三四五六七八九十' }, { line: 1, text: '(一)試點城市和地區的標準。' }, { line: 2, text: '' }, { line: 3, text: '單獨一行' }, { line: 3, text: '又一段' }]);
    expect(report).toMatchObject({
      rule: 'run-in-paragraphs',
      changes: 2,
      lines: [1, 3],
      examples: [
        { line: 1, before: '一二三四五六七八九十 (一)試點城市和地區', after: '一二三四五六七八九十¶(一)試點城市和地區' },
        { line: 3, before: '單獨一行 又一段', after: '單獨一行¶又一段' },
      ],
    });
  });
});

describe('extraction spaces', () => {
  it('should remove spaces inside Chinese words and numbers, ideographic ones too, and count each run', () => {
    const { lines: out, report } = joinExtractionSpaces(lines('市场监 管总局和服务业标准　 化建设', '比率达到 5 0%以上'), []);
    expect(texts({ lines: out })).toEqual(['市场监管总局和服务业标准化建设', '比率达到50%以上']);
    expect(report).toMatchObject({ rule: 'extraction-spaces', changes: 4, lines: [1, 1, 2, 2] });
    expect(report.examples).toEqual([
      { line: 1, before: '市场监 管总局和服务', after: '市场监管总局和服务' },
      { line: 2, before: '比率达到 5 0%以上', after: '比率达到50%以上' },
    ]);
  });

  it('should keep mixed-script spacing on either side of a Latin word', () => {
    const kept = ['5G 全连接工厂', '支持 IPv6', 'IPv6 and 5G', '甲 a'];
    expect(texts(joinExtractionSpaces(lines(...kept), []))).toEqual(kept);
  });

  it('should keep leading and trailing spaces of an untouched line, and trim a changed one', () => {
    expect(texts(joinExtractionSpaces(lines('  正文  ', '  市场 监管  ', '( 2024'), []))).toEqual(['  正文  ', '市场监管', '(2024']);
  });

  it('should keep every declared phrase wherever it occurs, and only its own spaces', () => {
    expect(texts(joinExtractionSpaces(lines('商务部 市场监管总局、商务部 市场监管总局和 市', '商务部 市场监管总局 和', '第 号'), ['商务部 市场监管总局', ' 号']))).toEqual([
      '商务部 市场监管总局、商务部 市场监管总局和市',
      '商务部 市场监管总局和',
      '第 号',
    ]);
  });

  it('should remove a space between a Latin word and punctuation', () => {
    expect(texts(joinExtractionSpaces(lines('治理ESG ，评价', '评价， ESG'), []))).toEqual(['治理ESG，评价', '评价，ESG']);
  });
});

describe('broken lines', () => {
  it('should join a line of running text that stops mid-sentence with the next, and show the join', () => {
    const { lines: out, report } = joinBrokenLines(lines('试点示范省市，积极  ', '配合各业务主管部门工作。', '下一段。'));
    expect(out).toEqual([{ line: 1, text: '试点示范省市，积极配合各业务主管部门工作。' }, { line: 3, text: '下一段。' }]);
    expect(report).toMatchObject({ rule: 'broken-lines', changes: 1, lines: [2], examples: [{ line: 2, before: '范省市，积极  ⏎配合各业务主管部', after: '范省市，积极  配合各业务主管部' }] });
  });

  it('should not join after a complete line, a title, or before a heading or a blank line', () => {
    const ends = ['。', '；', ';', '：', ':', '！', '!', '？', '?', '）', ')', '」', '』', '”', '"', '》', '〕'].map((mark) => `甲，乙${mark}`);
    const kept = [...ends.flatMap((line) => [line, '续']), '甲，乙。  ', '续', '没有标点的标题', '续', '正文，未完', '（一）标题', '正文，未完', '', '续'];
    expect(texts(joinBrokenLines(lines(...kept)))).toEqual(kept);
  });

  it('should join after running text with any sentence punctuation inside', () => {
    expect(texts(joinBrokenLines(lines('甲。乙', '丙', '', '甲,乙', '丙', '', '甲；乙', '丙', '', '甲;乙', '丙')))).toEqual(['甲。乙丙', '', '甲,乙丙', '', '甲；乙丙', '', '甲;乙丙']);
  });
});

describe('page furniture', () => {
  const footer = { patterns: ['^来源', '^电话'], where: 'tail' as const, reason: '网站页脚' };

  it('should cut the run of matching lines at the end, blank lines included, and only that run', () => {
    const { lines: out, report } = cutPageFurniture(lines('来源：正文里的来源', '正文。', '来源：网站', '', '  电话：123  ', ''), footer, 'x.txt');
    expect(out).toEqual([{ line: 1, text: '来源：正文里的来源' }, { line: 2, text: '正文。' }, { line: 4, text: '' }, { line: 6, text: '' }]);
    expect(report).toMatchObject({ rule: 'page-furniture', reason: '网站页脚', changes: 2, lines: [3, 5], removed: [{ line: 3, text: '来源：网站', redacted: false }, { line: 5, text: '电话：123', redacted: false }] });
  });

  it('should cut a header anywhere in the first twelve lines, not later', () => {
    const input = lines('标题', '来源：网站', ...Array.from({ length: 9 }, () => '正文。'), '来源：第十二行', '来源：第十三行');
    const { lines: out } = cutPageFurniture(input, { ...footer, where: 'head' }, 'x.txt');
    expect(out.map((entry) => entry.line)).toEqual([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13]);
  });

  it('should redact personal data: the line is cut and its text kept nowhere', () => {
    const { report } = cutPageFurniture(lines('正文。', '来源：网站', '电话：123'), { ...footer, redact: ['^电话'] }, 'x.txt');
    expect(report.removed).toEqual([{ line: 2, text: '来源：网站', redacted: false }, { line: 3, text: '', redacted: true }]);
    expect(JSON.stringify(report)).not.toContain('123');
  });

  it('should stop the build when a line to redact is not cut', () => {
    expect(() => cutPageFurniture(lines('  电话：123', '正文。', '来源：网站'), { ...footer, redact: ['^电话'] }, 'x.txt')).toThrow(
      'x.txt:1: this line holds personal data (it matches a "redact" pattern in seeds/manifest.json) but is not cut as page furniture: only a run of furniture lines at the tail of the file is cut',
    );
  });

  it('should name the manifest for a pattern that is not a regular expression, keeping the cause', () => {
    const error = (() => {
      try {
        cutPageFurniture(lines('正文'), { ...footer, patterns: ['(来源'] }, 'x.txt');
      } catch (caught) {
        return caught as SeedError;
      }
    })();
    expect(error?.message).toBe('seeds/manifest.json: page-furniture pattern for x.txt is not a valid regular expression: (来源');
    expect(error?.cause).toBeInstanceOf(SyntaxError);
    expect(() => cutPageFurniture(lines('来源'), { ...footer, redact: ['[电话'] }, 'x.txt')).toThrow('not a valid regular expression: [电话');
  });

  it('should refuse furniture that is not there, at either end', () => {
    expect(() => cutPageFurniture(lines('正文。', ''), footer, 'x.txt')).toThrow('x.txt: declared page furniture (tail) was not found; check the patterns in seeds/manifest.json');
    expect(() => cutPageFurniture(lines('正文。'), { ...footer, where: 'head' }, 'x.txt')).toThrow('declared page furniture (head) was not found');
  });

  it('should match patterns as Unicode expressions against the trimmed line', () => {
    expect(texts(cutPageFurniture(lines('正文。', ' 😀 '), { ...footer, patterns: ['^.$'] }, 'x.txt'))).toEqual(['正文。']);
  });
});

describe('cleaning reports', () => {
  it('should count every change but keep at most 200 examples', () => {
    const builder = new ReportBuilder('rule');
    for (let line = 1; line <= 201; line++) builder.change(line, 'a', 'b');
    builder.change(202, 'a', 'b', 3);
    expect(builder.report.changes).toBe(204);
    expect(builder.report.lines).toHaveLength(204);
    expect(builder.report.lines.slice(-3)).toEqual([202, 202, 202]);
    expect(builder.report.examples).toHaveLength(200);
    expect(builder.report).not.toHaveProperty('reason');
  });

  it('should record a removed line with its text unless redacted', () => {
    const builder = new ReportBuilder('page-furniture', 'why');
    builder.remove(4, '来源');
    builder.remove(5, '电话', true);
    expect(builder.report).toEqual({ rule: 'page-furniture', reason: 'why', changes: 2, lines: [4, 5], examples: [], removed: [{ line: 4, text: '来源', redacted: false }, { line: 5, text: '', redacted: true }] });
  });
});
