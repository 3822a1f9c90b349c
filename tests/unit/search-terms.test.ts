import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../scripts/build-content.ts';
import { buildFoldMap } from '../../scripts/index/fold-map.ts';
import type { LocalizedDocument } from '../../src/schema/localized.ts';
import type { SiteContent } from '../../scripts/emit/write-content.ts';
import { foldScript, indexText, queryPhrases, queryText, queryWords, spaceWords, unspace, type CharMap } from '../../src/search/terms.ts';

let model: SiteContent['model'];
let map: CharMap;
beforeAll(async () => {
  ({ model } = await loadSiteContent('seeds'));
  map = buildFoldMap(model.documents);
});

/** Every text of a document's tree (titles, paragraphs, cells). */
function textsOf(document: LocalizedDocument): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) if ((key === 'text' || key === 'title') && typeof child === 'string') out.push(child);
      else walk(child);
    }
  };
  walk(document.blocks);
  return out;
}

/** The words a processed text is cut into, as Pagefind splits it (on spaces). */
const wordsOf = (text: string) => new Set(queryWords(text).map((word) => word.toLowerCase()));

describe('search words: index and query are cut the same way', () => {
  it('should fold every Traditional character of the pilot notice (001) and leave Simplified documents unchanged', () => {
    const traditional = model.documents.filter((document) => document.lang === 'zh-Hant').flatMap(textsOf).join('');
    expect(traditional.length).toBeGreaterThan(1000);
    expect(foldScript(traditional, map)).not.toBe(traditional);
    // 著, 乾, 后 are Simplified characters too: folding may never change a Simplified-script text.
    for (const document of model.documents.filter((entry) => entry.lang === 'zh-Hans')) {
      for (const text of textsOf(document)) expect(foldScript(text, map)).toBe(text);
    }
  });

  it('should keep the map to the characters this corpus needs, one for one: it is compiled into every search script', () => {
    expect(map['電']).toBe('电');
    // A few hundred characters, not OpenCC's thousands.
    expect(Object.keys(map).length).toBeLessThan(1000);
    for (const [from, to] of Object.entries(map)) expect([[...from].length, [...to].length], from).toEqual([1, 1]);
  });

  it('should find a Traditional query among the words of the Simplified text, and the reverse', () => {
    const indexed = wordsOf(indexText('电池护照行业网络安全与数据合规标准', map, 'char'));
    for (const word of wordsOf(queryText('電池護照', map, 'char'))) expect(indexed).toContain(word);
    const traditionalPage = wordsOf(indexText('完善標準體係,優化標準供給。', map, 'char'));
    for (const word of wordsOf(queryText('优化标准供给', map, 'char'))) expect(traditionalPage).toContain(word);
  });

  it('should find 家电 in 废旧家电回收, which dictionary words would cut as 旧家|电', () => {
    // Why the index holds characters, not words: ICU cuts the text and the query differently here.
    const textWords = spaceWords('废旧家电回收', 'word').split(' ');
    const queryWordsByDictionary = spaceWords('家电', 'word').split(' ');
    expect(queryWordsByDictionary.every((word) => textWords.some((indexed) => indexed.startsWith(word)))).toBe(false);
    const indexed = indexText('废旧家电回收服务规范', map, 'char');
    for (const word of wordsOf(queryText('家电', map, 'char'))) expect(wordsOf(indexed)).toContain(word);
  });

  it('should find any four characters of a task title, typed as a query, among the words the title holds in the index', () => {
    for (const task of model.tasks) {
      const indexed = wordsOf(indexText(task.title, map, 'char'));
      const chars = [...task.title.replace(/[^\p{Script=Han}]/gu, '')];
      for (let start = 0; start < chars.length; start += 3) {
        const query = chars.slice(start, start + 4).join('');
        for (const word of wordsOf(queryText(query, map, 'char'))) expect(indexed, `${query} in ${task.title}`).toContain(word);
      }
    }
  });

  it('should keep the reader\'s runs whole for ranking and highlighting', () => {
    expect(queryPhrases('ESG评价标准 北京', map)).toEqual(['esg', '评价标准', '北京']);
    expect(queryPhrases('電池護照', map)).toEqual(['电池护照']);
    expect(queryPhrases('商资发〔2024〕314号', map)).toEqual(['商资发', '2024', '314', '号']);
  });

  it('should give back the text as printed when the index spaces are removed (excerpts show the source)', () => {
    const samples = [
      ...model.tasks.map((task) => task.title),
      ...model.measures.filter((measure) => measure.document !== 'pilot-notice-2024').flatMap((measure) => [measure.title, ...measure.body.map((part) => part.text)]),
      'standards for the battery passport industry 电池护照行业',
      '5G 全连接工厂评估指南',
      '商资发〔2024〕314号',
    ];
    for (const text of samples) for (const unit of ['char', 'word'] as const) expect(unspace(indexText(text, map, unit))).toBe(text);
  });

  it('should keep the <mark> elements of an excerpt while removing the index spaces', () => {
    expect(unspace(indexText('推动废旧家电回收', {}, 'char').replace('家 电', '<mark>家</mark> <mark>电</mark>'))).toBe('推动废旧<mark>家</mark><mark>电</mark>回收');
  });
});
