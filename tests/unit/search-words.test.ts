/**
 * How text becomes search words (src/search/terms.ts), on small texts with a hand-made fold map: what the
 * index holds for a page's text, what a reader's query becomes, the runs results are ranked and marked by,
 * and the text given back to readers without the index's spaces. tests/unit/search-terms.test.ts does the
 * same over the real documents with the real map.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { foldScript, indexText, KEPT_GAP, needsFolding, queryPhrases, queryText, queryWords, spaceWords, unspace } from '../../src/search/terms.ts';

const MAP = { 電: '电', 護: '护', 標: '标', 準: '准', 體: '体', 係: '系' };
/** The words Pagefind sees: it splits on spaces only. */
const wordsOf = (indexed: string) => indexed.split(' ').filter((word) => word !== '' && word !== KEPT_GAP.trim());

describe('Chinese text cut into words', () => {
  it('should put a space between dictionary words, around Chinese punctuation, and between characters when asked', () => {
    expect(spaceWords('支撑设备更新、以旧换新')).toBe('支撑 设备 更新 、 以 旧 换 新');
    expect(spaceWords('支撑设备更新、以旧换新', 'char')).toBe('支 撑 设 备 更 新 、 以 旧 换 新');
    expect(spaceWords('（试行）')).toBe('（ 试行 ）');
  });

  it('should leave Latin text as it is and part it from Chinese, without doubling a space already there', () => {
    expect(spaceWords('hello world, e-commerce')).toBe('hello world, e-commerce');
    expect(spaceWords('ESG评价 standards 2024年')).toBe('ESG 评价 standards 2024 年');
    expect(spaceWords('电池 护照')).toBe('电池 护照');
    expect(spaceWords('')).toBe('');
  });

  it('should part a Latin word from the Chinese text or punctuation right before it, so the word is found on its own', () => {
    for (const unit of ['word', 'char'] as const) {
      expect(wordsOf(indexText('评价ESG', MAP, unit)), unit).toContain('ESG');
      expect(wordsOf(indexText('标准，ESG', MAP, unit)), unit).toContain('ESG');
    }
    expect(spaceWords('评价ESG')).toBe('评价 ESG');
    expect(spaceWords('标准，ESG', 'char')).toBe('标 准 ， ESG');
  });

  it('should keep a word that is not Chinese whole when cutting characters, full-width letters too', () => {
    expect(spaceWords('ＥＳＧ标准', 'char')).toBe('ＥＳＧ 标 准');
  });

  it('should cut a query as the index is cut where white space carries a combining mark (as text extraction can leave)', () => {
    // ICU keeps a combining mark with the space before it; the character after is still a word of its own.
    const text = '电池 \u0301护照';
    const indexed = wordsOf(indexText(text, MAP, 'char'));
    for (const word of wordsOf(queryText(text, MAP, 'char'))) expect(indexed).toContain(word);
    expect(wordsOf(queryText(text, MAP, 'char'))).toContain('护');
  });
});

describe('Traditional script folded', () => {
  it('should fold each character the map knows and keep the others', () => {
    expect(foldScript('電池護照, 5G', MAP)).toBe('电池护照, 5G');
    expect(foldScript('', MAP)).toBe('');
  });

  it('should ask for the map only when a Chinese character of the text is one it folds', () => {
    const foldable = Object.keys(MAP).join('');
    expect(needsFolding('完善標準', foldable)).toBe(true);
    expect(needsFolding('完善标准', foldable)).toBe(false);
    expect(needsFolding('ESG', 'ESG')).toBe(false);
    expect(needsFolding('', foldable)).toBe(false);
  });
});

describe('the index and the query', () => {
  it('should index full-width letters and digits as ASCII, Traditional as Simplified, and mark the text\'s own spaces next to Chinese', () => {
    expect(indexText('ＥＳＧ評價 電池 標準 and text', MAP)).toBe(`ESG 評價${KEPT_GAP}电池${KEPT_GAP}标准${KEPT_GAP}and text`);
    expect(indexText('完善標準體係。', MAP, 'char')).toBe('完 善 标 准 体 系 。');
    // Between Latin words a space is only a space, whatever stands further along the run on either side.
    expect(indexText('battery  passport', MAP)).toBe('battery  passport');
    expect(indexText('电池ESG passport', MAP)).toBe('电池 ESG passport');
    expect(indexText('battery ESG电池', MAP)).toBe('battery ESG 电池');
    // A run of spaces next to Chinese is one space of the text: one marker, however wide the run.
    expect(indexText('电池  护照', MAP)).toBe(`电池 ${KEPT_GAP}护照`);
    // Every Chinese run is cut, not only the first: ESG, then the text's space, then 完善标准 in characters.
    expect(indexText('ESG 完善标准 体系', MAP, 'char')).toBe(`ESG${KEPT_GAP}完 善 标 准${KEPT_GAP}体 系`);
    expect(indexText('', MAP)).toBe('');
  });

  it('should cut a query as the index is cut, so its words are among the page\'s', () => {
    expect(queryText('  電池   護照 ＥＳＧ ', MAP)).toBe('电池 护照 ESG');
    expect(queryText('标准体系', MAP, 'char')).toBe('标 准 体 系');
    const page = wordsOf(indexText('完善標準體係，優化標準供給', MAP, 'char'));
    for (const word of queryText('标准体系', MAP, 'char').split(' ')) expect(page).toContain(word);
  });

  it('should keep the reader\'s runs whole and lower-cased for ranking and marking: Chinese runs, Latin words (a hyphenated one whole), numbers', () => {
    expect(queryPhrases('ＥＳＧ評價標準 北京, E-Commerce', MAP)).toEqual(['esg', '評價标准', '北京', 'e-commerce']);
    // A hyphenated word is one phrase: "trade-in" marks no "in"; other punctuation parts words.
    expect(queryPhrases('Trade-in, e-commerce 1+2+N -x- y-', MAP)).toEqual(['trade-in', 'e-commerce', '1', '2', 'n', 'x', 'y']);
    expect(queryPhrases('以旧换新-trade-in', MAP)).toEqual(['以旧换新', 'trade-in']);
    expect(queryPhrases('COVID-19 6G-ready', MAP)).toEqual(['covid-19', '6g-ready']);
    expect(queryPhrases('商资发〔2024〕314号', MAP)).toEqual(['商资发', '2024', '314', '号']);
    expect(queryPhrases('  ', MAP)).toEqual([]);
  });

  it('should give the words of a processed query without the punctuation at their edges', () => {
    expect(queryWords('、 电池 ，(esg) -- e-commerce')).toEqual(['电池', 'esg', 'e-commerce']);
    // Several marks at an end (Latin text is not cut at punctuation): the word is still marked on the page.
    expect(queryWords(queryText('(ESG). 电池', MAP))).toEqual(['ESG', '电池']);
    expect(queryWords('')).toEqual([]);
  });
});

describe('indexed text shown to readers', () => {
  it('should give back the text as printed, its own spaces kept, whatever the unit', () => {
    const samples = ['standards for 电池护照 5G 全连接', '商资发〔2024〕314号', '重庆 成都', '重庆  成都', '电池  ESG', 'a  b', '“以旧换新”行动', '（一） 完善标准'];
    for (const text of samples) for (const unit of ['word', 'char'] as const) expect(unspace(indexText(text, {}, unit)), `${text} (${unit})`).toBe(text);
  });

  it('should keep the marks of an excerpt, looking past tags for the neighbours of a space', () => {
    expect(unspace(indexText('推动废旧家电回收', {}, 'char').replace('家 电', '<mark>家</mark> <mark>电</mark>'))).toBe('推动废旧<mark>家</mark><mark>电</mark>回收');
    expect(unspace(`<mark>standards</mark> for${KEPT_GAP}<mark>电 池</mark>`)).toBe('<mark>standards</mark> for <mark>电池</mark>');
    // A space next to Chinese that the index did not mark as the text's own is one it put there.
    expect(unspace('<mark>standards</mark> for <mark>电 池</mark>')).toBe('<mark>standards</mark> for<mark>电池</mark>');
    expect(unspace(`<a title="x y">电 池</a>${KEPT_GAP}a b`)).toBe('<a title="x y">电池</a> a b');
    expect(unspace('')).toBe('');
    // A space at either end has no neighbour on that side: it is the text's.
    expect(unspace(' 电 池 ')).toBe(' 电池 ');
    // An excerpt cut at a marker: the space after a marker is the marker's, the one before it the text's.
    const kept = KEPT_GAP.trim();
    expect(unspace(`${kept} 电 池 ${kept}`)).toBe('电池 ');
    // Only a space is ever dropped after a marker: a character touching one is kept.
    expect(unspace(`电${kept}池`)).toBe('电池');
    // Tags are skipped whole: what stands inside one (an attribute) is left as it is, and their neighbours are looked past them.
    expect(unspace('<mark title="电 池">电 池</mark>')).toBe('<mark title="电 池">电池</mark>');
    expect(unspace('<mark class="a b">电</mark> <mark>池</mark> x')).toBe('<mark class="a b">电</mark><mark>池</mark>x');
    // The index puts one space between words, never two: a space beside another is the text's, on either side of Chinese.
    expect(unspace('电 池  ESG')).toBe('电池  ESG');
    expect(unspace('ESG  电 池')).toBe('ESG  电池');
  });
});

describe('the first query', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('should leave the first keystroke nothing to wait for: a query is cut without loading ICU, unless ICU could cut it otherwise', async () => {
    vi.resetModules();
    const made = vi.spyOn(Intl, 'Segmenter');
    const fresh = await import('../../src/search/terms.ts');
    fresh.queryText('以旧换新 任务47 trade-in 商资发〔2024〕314号 Task No. 60', {}, 'char');
    expect(made).not.toHaveBeenCalled();
    expect(fresh.queryText('China’s 标准', {}, 'char')).toBe('China’s 标 准');
    expect(made).toHaveBeenCalledOnce();
  });
});
