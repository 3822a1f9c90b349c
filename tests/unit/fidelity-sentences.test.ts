import { describe, expect, it } from 'vitest';
import { matchInOrder, unaccountedLines, type Sentence } from '../../scripts/check/fidelity.ts';
import { normalizeText, splitSentences } from '../../scripts/check/sentences.ts';

const lines = (...texts: string[]) => texts.map((text, index) => ({ line: index + 1, text }));
const sentence = (text: string, line = 1): Sentence => ({ file: 'f.txt', line, text, normalized: normalizeText(text) });

describe('sentences for the fidelity check', () => {
  it('should split Chinese after 。！？； and keep closing quotes with their sentence', () => {
    expect(splitSentences('坚持开放引领。突出“武汉样板”。”加快建设；推动落实!是否？其后', 'zh-Hans')).toEqual(['坚持开放引领。', '突出“武汉样板”。”', '加快建设；', '推动落实!是否？', '其后']);
    expect(splitSentences('　', 'zh-Hans')).toEqual([]);
  });

  it('should split English after . ! ? ; before a space, with closing quotes', () => {
    expect(splitSentences('"It works." Then it goes on; e.g. here! Done? "Yes"', 'en')).toEqual(['"It works."', 'Then it goes on;', 'e.g.', 'here!', 'Done?', '"Yes"']);
    expect(splitSentences('Version 2.0 of the list', 'en')).toEqual(['Version 2.0 of the list']);
  });

  it('should keep a space only between two Latin words or numbers', () => {
    expect(normalizeText('  5G 全连接工厂 \n 15 分钟 ')).toBe('5G全连接工厂15分钟');
    expect(normalizeText('11  provinces,\n and cities')).toBe('11 provinces,and cities');
    expect(normalizeText('60. 12345 政务')).toBe(normalizeText('60.12345 政务'));
  });
});

describe('matching sentences in order', () => {
  it('should find sentences in order and report one that is missing or out of order', () => {
    const text = normalizeText('一、总体要求 坚持开放。 推动落实。 附件');
    expect(matchInOrder([sentence('一、总体要求'), sentence('坚持开放。'), sentence('推动落实。')], text)).toEqual([]);
    const missing = matchInOrder([sentence('一、总体要求', 1), sentence('推动落实。', 2), sentence('坚持开放。', 3), sentence('不存在。', 4)], text);
    expect(missing.map((entry) => [entry.line, entry.outOfOrder])).toEqual([[3, true], [4, false]]);
  });
});

describe('accounting for cleaned lines', () => {
  it('should flag a line that lost text without a rule naming it, and accept joins and named changes', () => {
    const raw = lines('第一行继续', '接续。', '被删', '原样', '被改动');
    const cleaned = [{ line: 1, text: '第一行继续接续。' }, { line: 4, text: '原' }, { line: 5, text: '改动' }];
    const reports = [{ rule: 'broken-lines', changes: 1, lines: [2], examples: [], removed: [] }, { rule: 'page-furniture', changes: 1, lines: [3], examples: [], removed: [{ line: 3, text: '被删', redacted: false }] }];
    expect(unaccountedLines(raw, cleaned, reports)).toEqual([4, 5]);
  });
});
