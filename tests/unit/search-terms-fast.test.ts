/**
 * `spaceWords(text, 'char')` cuts text into code points without ICU where ICU could not cut it
 * differently (src/search/terms.ts `CUT_BY_CHARACTER`), so that a query never waits for ICU's
 * dictionaries to load. The oracle here is the way the index was cut before: ICU's words, Chinese
 * characters one by one. The two must agree on every text, or a query would not find the words the
 * index holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spaceWords } from '../../src/search/terms.ts';

const HAN = /\p{Script=Han}/u;
const CJK_CHAR = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2014\u2026]/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Spaces as `spaceWords` put them when every text went through ICU. */
function byIcu(text: string): string {
  let out = '';
  let previous = '';
  for (const { segment: word } of segmenter.segment(text)) {
    for (const segment of HAN.test(word) ? [...word] : [word]) {
      if (previous && !/\s$/.test(previous) && !/^\s/.test(segment) && (HAN.test(previous) || HAN.test(segment) || CJK_CHAR.test(previous) || CJK_CHAR.test(segment))) out += ' ';
      out += segment;
      previous = segment;
    }
  }
  return out;
}

/** Every line of the seeds and their translations. */
function seedLines(): string[] {
  const files = [...readdirSync('seeds').filter((name) => name.endsWith('.txt')).map((name) => join('seeds', name)), ...readdirSync('seeds/translations', { recursive: true, encoding: 'utf8' }).filter((name) => /\.(md|txt|json)$/.test(name)).map((name) => join('seeds/translations', name))];
  return files.flatMap((file) => readFileSync(file, 'utf8').split('\n')).filter((line) => line.trim());
}

/** A small deterministic generator (mulberry32), so a failure repeats. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => String.fromCodePoint(from + index));
/** Characters a query or a page may mix: every CJK punctuation and full-width form, the joinable ones too. */
const POOL = [
  ...'以旧换新標準电池々〇',
  ...'ab Z09-.,:;\'’‘“”_ ',
  ...'éüß·\u00ad',
  ...range(0x3000, 0x303f),
  ...range(0xff01, 0xffef),
  ...'—…\u0301\u200d\u2060テスト한',
];

describe('search words: cutting by character without ICU', () => {
  it('should cut every line of the seeds and translations as ICU did', () => {
    const lines = seedLines();
    expect(lines.length).toBeGreaterThan(1000);
    const differing = lines.filter((line) => spaceWords(line, 'char') !== byIcu(line));
    expect(differing.slice(0, 5)).toEqual([]);
  });

  it('should cut generated mixtures of Chinese, Latin, punctuation and full-width forms as ICU does', () => {
    const next = random(13);
    const differing: string[] = [];
    for (let count = 0; count < 20_000; count++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 10) }, () => POOL[Math.floor(next() * POOL.length)]!).join('');
      if (spaceWords(text, 'char') !== byIcu(text)) differing.push(text);
    }
    expect(differing.slice(0, 5)).toEqual([]);
  });

  it('should keep what ICU joins whole: an apostrophe between letters, a full-width comma between digits', () => {
    expect(spaceWords('China’s标准', 'char')).toBe('China’s 标 准');
    expect(spaceWords('1，000元', 'char')).toBe('1，000 元');
    expect(spaceWords('以旧换新 trade-in（试行）', 'char')).toBe('以 旧 换 新 trade-in （ 试 行 ）');
  });
});
