import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentenceRanges, sentences } from '../../scripts/text/sentences.ts';

interface Fixture { cases: Array<{ why: string; text: string; sentences: string[] }> }
const fixture = (lang: string): Fixture => JSON.parse(readFileSync(new URL(`./fixtures/sentences/${lang}.json`, import.meta.url), 'utf8')) as Fixture;

describe('sentence splitting', () => {
  for (const [lang, file] of [['zh-Hans', 'zh'], ['en', 'en']] as const) {
    for (const example of fixture(file).cases) {
      it(`${lang}: ${example.why}`, () => {
        expect(sentences(example.text, lang)).toEqual(example.sentences);
      });
    }
  }

  it('should cover the text: only space lies between or around the sentences', () => {
    for (const [lang, file] of [['zh-Hans', 'zh'], ['en', 'en']] as const) {
      for (const { text } of fixture(file).cases) {
        const ranges = sentenceRanges(` ${text} `, lang);
        const gaps = ranges.map((range, index) => ` ${text} `.slice(index === 0 ? 0 : ranges[index - 1]!.end, range.start));
        expect(gaps.every((gap) => gap.trim() === '')).toBe(true);
        expect(ranges.at(-1)!.end).toBe(text.length + 1);
      }
    }
  });

  it('should give an empty or blank text no sentence', () => {
    expect(sentenceRanges('', 'zh-Hans')).toEqual([]);
    expect(sentenceRanges('  ', 'en')).toEqual([]);
  });
});
