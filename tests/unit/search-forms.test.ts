import { describe, expect, it } from 'vitest';
import {
  otherSpellings,
  canonicalDocNumber,
  chineseNumeral,
  correctWord,
  mayHold,
  docNumberKeys,
  findDocNumbers,
  markRanges,
  parseNumberQuery,
  printsWord,
  synonymSpans,
  type SynonymGroup,
} from '../../src/search/forms.ts';

/** The marked substrings, easier to read than offsets. */
const marked = (text: string, phrases: string[], fold?: (text: string) => string) =>
  markRanges(text, phrases, fold).map(({ start, end }) => text.slice(start, end));

describe('chineseNumeral', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['十七', 17], // the Opinions' last measure, （十七）
    ['二十', 20],
    ['二十三', 23], // the 2024–2025 Action Plan runs to （二十五）
    ['一百', 100],
    ['一百零四', 104], // the Task List's last task
    ['一百一十', 110],
    ['一百十', 110],
    ['一百四', 140], // spoken: the digit after 百 is tens
    ['两', 2],
    ['两百', 200],
    ['47', 47],
    ['４７', 47],
    [' 60 ', 60],
  ])('should read %s as %i', (text, number) => {
    expect(chineseNumeral(text)).toBe(number);
  });

  it.each(['', '百', '十十', '一二', '二十一十', 'task', '五G', '4.7', '第一', '-1'])('should not read %j as a number', (text) => {
    expect(chineseNumeral(text)).toBeUndefined();
  });
});

describe('parseNumberQuery', () => {
  it.each([
    ['task 47', 47],
    ['Task No. 47', 47],
    ['tasks 47', 47],
    ['task #60', 60],
    ['TASK 104', 104],
    ['任务47', 47],
    ['任务 47', 47],
    ['任务４７', 47],
    ['第47项', 47],
    ['第47项任务', 47],
    ['第 47 项', 47],
    ['47号任务', 47],
    ['第十五条任务', 15], // the Wuhan plan cites "第15条任务"
    ['第15条任务', 15],
  ])('should read %j as task %i', (query, number) => {
    expect(parseNumberQuery(query)).toEqual({ kind: 'task', number, rest: '' });
  });

  it.each([
    ['measure 11', 11],
    ['Measure (11)', 11],
    ['measures 3', 3],
    ['措施十一', 11],
    ['措施11', 11],
    ['第十一条措施', 11],
    ['第十一项措施', 11],
    ['(十一)', 11],
    ['（十一）', 11],
    ['（11）', 11],
    ['(十七)', 17],
    ['（二十三）', 23],
  ])('should read %j as measure %i', (query, number) => {
    expect(parseNumberQuery(query)).toEqual({ kind: 'measure', number, rest: '' });
  });

  it.each([
    ['第三条', 3],
    ['第 15 条', 15],
    ['article 3', 3],
    ['Item No. 7', 7],
  ])('should read %j as item %i, a measure or a task as the document has it', (query, number) => {
    expect(parseNumberQuery(query)).toEqual({ kind: 'item', number, rest: '' });
  });

  it('should read an annex row as a task, and 三（四） as a category of a list', () => {
    expect(parseNumberQuery('row 16')).toEqual({ kind: 'task', number: 16, rest: '' });
    expect(parseNumberQuery('三（四）')).toEqual({ kind: 'category', number: 3, section: 4, rest: '' });
    expect(parseNumberQuery('3 (4)')).toEqual({ kind: 'category', number: 3, section: 4, rest: '' });
    // The first category of a part is one too (三（一）), not measure 1 with 三 left over.
    expect(parseNumberQuery('三（一）')).toEqual({ kind: 'category', number: 3, section: 1, rest: '' });
    expect(parseNumberQuery('任务清单 三（四）')).toEqual({ kind: 'category', number: 3, section: 4, documentHint: '任务清单', rest: '任务清单' });
    expect(parseNumberQuery('若干措施 第三条')).toEqual({ kind: 'item', number: 3, documentHint: '若干措施', rest: '若干措施' });
    expect(parseNumberQuery('Wuhan annex row 16')).toEqual({ kind: 'task', number: 16, documentHint: 'wuhan annex', rest: 'Wuhan annex' });
    // A measure in brackets after a word is still a measure; nothing is numbered zero.
    expect(parseNumberQuery('意见（十一）')).toMatchObject({ kind: 'measure', number: 11 });
    expect(parseNumberQuery('三（零）')).toBeUndefined();
  });

  it('should keep the word naming the document, before or after the number', () => {
    expect(parseNumberQuery('Wuhan task 5')).toEqual({ kind: 'task', number: 5, documentHint: 'wuhan', rest: 'Wuhan' });
    expect(parseNumberQuery('武汉 任务5')).toEqual({ kind: 'task', number: 5, documentHint: '武汉', rest: '武汉' });
    expect(parseNumberQuery('意见 措施八')).toEqual({ kind: 'measure', number: 8, documentHint: '意见', rest: '意见' });
    expect(parseNumberQuery('措施八 意见')).toEqual({ kind: 'measure', number: 8, documentHint: '意见', rest: '意见' });
    expect(parseNumberQuery('  task 60   Chongqing ')).toEqual({ kind: 'task', number: 60, documentHint: 'chongqing', rest: 'Chongqing' });
    expect(parseNumberQuery('Action Plan measure (23)')).toEqual({ kind: 'measure', number: 23, documentHint: 'action plan', rest: 'Action Plan' });
    expect(parseNumberQuery('武汉任务5')).toEqual({ kind: 'task', number: 5, documentHint: '武汉', rest: '武汉' });
    expect(parseNumberQuery('Wuhan, task 5')).toEqual({ kind: 'task', number: 5, documentHint: 'wuhan', rest: 'Wuhan' });
    expect(parseNumberQuery('意见（十一）')).toEqual({ kind: 'measure', number: 11, documentHint: '意见', rest: '意见' });
    expect(parseNumberQuery('第47项任务清单')).toEqual({ kind: 'task', number: 47, documentHint: '清单', rest: '清单' });
  });

  it.each([
    '47', // a bare number is not an ask
    '2024', // a year
    '12345热线', // task 60's hotline
    '12345',
    '5G',
    'task',
    '任务清单',
    '任务十分重要', // 十 here is part of 十分 ("very")
    'multitask 4',
    'task 2024', // no task has four digits
    'task 0',
    'task 5g',
    '商资发（2024）314号', // a bracketed year is not a measure
    '(2024—2025年)',
    '15 分钟服务圈', // task 59's title
    '',
  ])('should not take %j for a number query', (query) => {
    expect(parseNumberQuery(query)).toBeUndefined();
  });
});

describe('document numbers', () => {
  it.each([
    '商资发〔2024〕314号',
    '商资发[2024]314号',
    '商资发(2024)314号',
    '商资发（2024）314号',
    '商资发【2024】314号',
    '商资发〔2024〕314 号', // as the notice (seed 000) prints it
    '商资发 [ 2024 ] 314 号',
    '商资发〔２０２４〕３１４号',
    '商资发（2024）第314号', // a 第 before the number, as some citations print it
  ])('should fold %j into 商资发〔2024〕314号', (text) => {
    expect(canonicalDocNumber(text)).toBe('商资发〔2024〕314号');
  });

  it('should leave the text around a document number as it is', () => {
    expect(canonicalDocNumber('按照（商资发[2024]314号）原文，ＥＳＧ（2024—2025年）')).toBe('按照（商资发〔2024〕314号）原文，ＥＳＧ（2024—2025年）');
    expect(canonicalDocNumber('行动计划(2024—2025年)')).toBe('行动计划(2024—2025年)');
    expect(canonicalDocNumber('Shang Zi Fa [2024] No. 314')).toBe('Shang Zi Fa [2024] No. 314');
    expect(canonicalDocNumber('[2024]314号')).toBe('〔2024〕314号'); // a query without the issuer still folds to a key
    expect(canonicalDocNumber('2024年314号')).toBe('2024年314号'); // no issuer: a date in prose, not a 文号
  });

  it('should find every document number of a text, canonical, each once', () => {
    const text = '商资发〔2024〕314 号\n…按照（商资发〔2024〕314号）原文，是指第8条至第12条任务；另见国办发[2023]5号、根据国市监标技规(2022)12号。';
    expect(findDocNumbers(text)).toEqual(['商资发〔2024〕314号', '国办发〔2023〕5号', '国市监标技规〔2022〕12号']);
    expect(findDocNumbers('15 分钟服务圈建设指南(成都)；行动计划(2024—2025年)')).toEqual([]);
    expect(findDocNumbers('见（2023）5号')).toEqual([]); // no issuer, no 文号
  });

  it('should give the short forms readers type', () => {
    expect(docNumberKeys('商资发〔2024〕314号')).toEqual(['商资发〔2024〕314号', '商资发2024314号', '商资发2024年314号', '商资发2024第314号', '〔2024〕314号', '2024314号', '商资发314号', '314号文']);
    expect(docNumberKeys('not a number')).toEqual(['not a number']);
  });
});

describe('synonymSpans', () => {
  const groups: SynonymGroup[] = [
    { terms: ['SMEs', 'small and medium-sized enterprises', '中小企业'] },
    // before the e-commerce group, so that its shorter term is found first and must give way
    { terms: ['electronic', 'digital'] },
    { terms: ['e-commerce', 'electronic commerce', '电子商务'] },
    { terms: ['standardization', 'standardisation'] },
    { terms: ['commerce', 'trade'] },
  ];

  it('should replace a multi-word term as one span', () => {
    expect(synonymSpans(['Small', 'and', 'medium-sized', 'enterprises', 'Beijing'], groups)).toEqual([
      { from: 0, to: 4, term: 'Small and medium-sized enterprises', alternatives: ['SMEs', '中小企业'] },
      { from: 4, to: 5, term: 'Beijing', alternatives: [] },
    ]);
  });

  it('should prefer the longest term: "electronic commerce" over "commerce"', () => {
    expect(synonymSpans(['electronic', 'commerce'], groups)).toEqual([{ from: 0, to: 2, term: 'electronic commerce', alternatives: ['e-commerce', '电子商务'] }]);
    expect(synonymSpans(['commerce'], groups)).toEqual([{ from: 0, to: 1, term: 'commerce', alternatives: ['trade'] }]);
    expect(synonymSpans(['electronic', 'records'], groups)).toEqual([
      { from: 0, to: 1, term: 'electronic', alternatives: ['digital'] },
      { from: 1, to: 2, term: 'records', alternatives: [] },
    ]);
  });

  it('should match single words case-insensitively and whole', () => {
    expect(synonymSpans(['STANDARDIZATION', 'smes', '中小企业'], groups)).toEqual([
      { from: 0, to: 1, term: 'STANDARDIZATION', alternatives: ['standardisation'] },
      { from: 1, to: 2, term: 'smes', alternatives: ['small and medium-sized enterprises', '中小企业'] },
      { from: 2, to: 3, term: '中小企业', alternatives: ['SMEs', 'small and medium-sized enterprises'] },
    ]);
    expect(synonymSpans(['standard', 'small', 'enterprises', 'ecommerce'], groups).map((span) => span.alternatives)).toEqual([[], [], [], []]);
  });

  it('should give nothing for no words', () => {
    expect(synonymSpans([], groups)).toEqual([]);
  });

  it('should keep a longer term found first: a shorter term of a later group does not cut it', () => {
    const longFirst: SynonymGroup[] = [{ terms: ['e-commerce', 'electronic commerce'] }, { terms: ['electronic', 'digital'] }];
    expect(synonymSpans(['electronic', 'commerce'], longFirst)).toEqual([{ from: 0, to: 2, term: 'electronic commerce', alternatives: ['e-commerce'] }]);
  });

  it('should offer the alternatives of every group a word belongs to', () => {
    const twoGroups: SynonymGroup[] = [{ terms: ['trade', 'commerce'] }, { terms: ['trade', 'exchange'] }];
    expect(synonymSpans(['trade'], twoGroups)).toEqual([{ from: 0, to: 1, term: 'trade', alternatives: ['commerce', 'exchange'] }]);
  });
});

describe('otherSpellings', () => {
  it.each([
    ['neighbourhood', 'neighborhood'],
    ['centre', 'center'],
    ['centres', 'centers'],
    ['organisation', 'organization'],
    ['organisational', 'organizational'],
    ['standardised', 'standardized'],
    ['analysing', 'analyzing'],
    ['catalogue', 'catalog'],
    ['licence', 'license'],
    ['modelling', 'modeling'],
    ['labelled', 'labeled'],
    ['programmes', 'programs'],
    ['fibre', 'fiber'],
    // and back: a text may spell the British way (revitalisation, utilisation)
    ['revitalization', 'revitalisation'],
    ['neighborhood', 'neighbourhood'],
    ['center', 'centre'],
    ['Traveling', 'travelling'],
  ])('should spell %j the other way as %j', (typed, other) => {
    expect(otherSpellings(typed)).toContain(other);
  });

  it('should give each word exactly the spellings its ending has, nothing for a word that only holds the ending inside', () => {
    const cases: Array<[string, string[]]> = [
      ['colour', ['color']],
      ['labourers', ['laborers']],
      ['sector', ['sectour']], // a candidate only: the caller keeps it where the index has it
      ['resources', []],
      ['corporate', []],
      ['centred', []],
      ['numbered', []],
      ['advisedly', []],
      ['analysed', ['analyzed']],
      ['paralyzes', ['paralyses']],
      ['catalogues', ['catalogs']],
      ['dialogs', ['dialogues']],
      ['analogously', []],
      ['nondefence', ['nondefense']],
      ['licenses', ['licences']],
      ['licensing', []],
      ['cancelled', ['canceled']],
      ['traveler', ['traveller']],
      ['subprogrammes', ['subprograms']],
      ['programming', []], // one spelling in both
      ['programmer', []],
      ['program', ['programme']],
      ['programs', ['programmes']],
      ['reprogram', ['reprogramme']],
      ['programmed', []],
      ['licence', ['license']],
      ['license', ['licence']],
      ['licensed', []],
      ['defences', ['defenses']],
      ['catalog', ['catalogue']],
      ['catalogs', ['catalogues']],
      ['cataloguer', []],
      ['analyse', ['analyze']],
      ['analyze', ['analyse']],
      ['analyser', []],
      ['travelled', ['traveled']],
      ['travelling', ['traveling']],
      ['metre', ['meter']],
      ['meters', ['metres']],
      ['metred', []],
      ['organise', ['organize']],
      ['organizer', ['organiser']],
      ['organisms', []],
      ['colourful', ['colorful']],
      ['labeling', ['labelling']],
      ['sizeable', []],
      ['privatizes', ['privatises']],
      ['programme', ['program']],
      ['nondefense', ['nondefence']],
      // An ending with more letters after it is not that ending.
      ['organizationally', []],
      ['analyzers', []],
      ['licenced', []],
      ['feelings', []],
      ['spellings', []],
    ];
    for (const [word, spellings] of cases) expect(otherSpellings(word), word).toEqual(spellings);
  });

  it('should leave short words, words with other letters, and words no rule applies to', () => {
    for (const word of ['tour', 'hour', '5G', 'e-commerce', 'service', 'pilot', 'enterprise-level']) expect(otherSpellings(word), word).toEqual([]);
  });
});

describe('correctWord', () => {
  const vocabulary = ['standard', 'service', 'services', 'pilot', 'tourism', 'trade', 'logistics', 'hotline', 'province', 'provide'];

  it.each([
    ['standrd', 'standard'], // deletion
    ['standarrd', 'standard'], // insertion
    ['standerd', 'standard'], // substitution
    ['stnadard', 'standard'], // transposition
    ['Tourisn', 'tourism'],
    ['LOGISITCS', 'logistics'],
    ['hotlien', 'hotline'],
    ['pilots', 'pilot'],
  ])('should correct %j to %j', (typed, word) => {
    expect(correctWord(typed, vocabulary)).toBe(word);
  });

  it('should prefer the more frequent word of an ordered list, else the first alphabetically', () => {
    // "servics" is one edit from both "service" and "services"
    expect(correctWord('servics', vocabulary)).toBe('service');
    expect(correctWord('servics', ['services', 'service'])).toBe('services');
    expect(correctWord('servics', new Set(['services', 'service']))).toBe('service');
    // "polot" is one edit from "plot" (found first) and "pilot" (first alphabetically)
    expect(correctWord('polot', new Set(['plot', 'pilot']))).toBe('pilot');
    expect(correctWord('polot', ['plot', 'pilot'])).toBe('plot');
  });

  it.each([
    ['standard', 'already a word'],
    ['Standard', 'already a word, in another case'],
    ['trad', 'shorter than five letters'],
    ['pliut', 'five letters, two edits'],
    ['stndrd', 'two edits'],
    ['beijing', 'no neighbour'],
    ['标准化标准', 'not English'],
  ])('should not correct %j (%s)', (typed) => {
    expect(correctWord(typed, vocabulary)).toBeUndefined();
  });

  it('should read a 10,000-word vocabulary once, not on every keystroke', () => {
    /** Counts how often the vocabulary is walked through (a scan per call would be O(V) per keystroke). */
    class CountingSet extends Set<string> {
      scans = 0;
      override [Symbol.iterator](): SetIterator<string> {
        this.scans++;
        return super[Symbol.iterator]();
      }
    }
    const big = new CountingSet();
    for (let i = 0; big.size < 10_000; i++) big.add(`w${i.toString(36)}standard`);
    big.add('hotline');
    for (let i = 0; i < 100; i++) expect(correctWord('hotlien', big)).toBe('hotline');
    expect(big.scans).toBe(1);
  });
});

describe('mayHold', () => {
  const known = ['software', 'rate', 'government', 'standardization', 'policy', 'so', 'go'];

  it('should hold a word the index prints in another form: what stemming leaves, all but three letters', () => {
    expect(mayHold('software', known)).toBe(true);
    expect(mayHold('rated', known)).toBe(true);
    expect(mayHold('Standardizing', known)).toBe(true);
    expect(mayHold('policies', known)).toBe(true);
  });

  it('should not hold a misspelt word because the index prints a shorter word that begins it', () => {
    expect(mayHold('sofware', known)).toBe(false);
    expect(mayHold('goverment', known)).toBe(false);
    // Four letters at least must match, however short the word.
    expect(mayHold('sofas', known)).toBe(false);
    expect(mayHold('rates', ['rat'])).toBe(false);
    expect(mayHold('rates', [])).toBe(false);
  });
});

describe('printsWord', () => {
  const known = new Set(['enterprise', 'enterprises', 'enter', 'center', 'centers', 'organization', 'licensed', 'neighborhood', 'program']);

  it('should find a spelling the index prints, give or take a plain inflection', () => {
    for (const word of ['center', 'Centers', 'centered', 'organizations', 'licensed', 'licenses', 'neighborhood', 'programs', 'enterprise']) expect(printsWord(word, known), word).toBe(true);
    // An inflection that drops a final e: the index prints "centre", the reader typed "centred".
    expect(printsWord('centred', new Set(['centre']))).toBe(true);
  });

  it('should not find another spelling of a word through the letters it shares with one the index prints', () => {
    // otherSpellings('enterprise') is enterprize; Pagefind would find "enter" for it, and mayHold the enterprise pages.
    for (const word of ['enterprize', 'enterprizes', 'centre', 'centres', 'organisation', 'licenced', 'neighbourhood', 'programme', 'programmes']) expect(printsWord(word, known), word).toBe(false);
    expect(printsWord('center', new Set())).toBe(false);
  });
});

describe('markRanges', () => {
  it('should mark a Chinese run as typed, never its characters one by one', () => {
    const text = '山地城市车路协同系统建设指南(重庆)；重点领域';
    expect(marked(text, ['重庆'])).toEqual(['重庆']);
    expect(markRanges(text, ['重庆'])).toEqual([{ start: 15, end: 17 }]);
    expect(marked('重点领域', ['重庆'])).toEqual([]);
  });

  it('should mark Latin words whole, case-insensitively, with plain inflections', () => {
    const text = 'International standards: the National Standard’s role; standardized, standardizing, a standard-setting body; Standard. standardisation';
    expect(marked(text, ['national'])).toEqual(['National']);
    expect(marked(text, ['standard'])).toEqual(['standards', 'Standard’s', 'standard', 'Standard']);
    expect(marked("the pilot's tasks, piloted and piloting; autopilot", ['pilot'])).toEqual(["pilot's", 'piloted', 'piloting']);
    expect(marked('services served, used, uses', ['serve', 'use'])).toEqual(['served', 'used', 'uses']);
    expect(marked('processes, processing', ['process'])).toEqual(['processes', 'processing']);
  });

  it('should mark numbers whole', () => {
    expect(marked('60.12345 政务服务便民热线服务与管理规范; 1600 cases, 60', ['60'])).toEqual(['60', '60']);
    expect(marked('60.12345 政务服务便民热线', ['12345'])).toEqual(['12345']);
    expect(marked('第60项任务', ['60'])).toEqual(['60']);
    expect(marked('5G networks, 5 cities', ['5'])).toEqual(['5']);
  });

  it('should mark a Latin word next to Chinese text', () => {
    expect(marked('ESG评价标准', ['esg', '评价'])).toEqual(['ESG', '评价']);
  });

  it('should take the longest match first and return sorted, separate ranges', () => {
    const text = '服务业扩大开放综合试点，服务业';
    expect(markRanges(text, ['服务', '服务业扩大开放', '开放综合'])).toEqual([
      { start: 0, end: 7 },
      { start: 12, end: 14 },
    ]);
  });

  it('should mark Traditional text through a one-to-one fold', () => {
    const map: Record<string, string> = { 務: '务', 業: '业', 標: '标', 準: '准' };
    const fold = (text: string) => [...text].map((char) => map[char] ?? char).join('');
    expect(marked('國家級服務業標準化試點', ['服务业', '标准化'], fold)).toEqual(['服務業', '標準化']);
    expect(marked('國家級服務業標準化試點', ['服務業'], fold)).toEqual(['服務業']);
  });

  it('should refuse a fold that changes the length', () => {
    expect(() => markRanges('服務', ['服务'], (text) => `${text}!`)).toThrow(RangeError);
  });

  it('should mark nothing for no phrases or empty ones', () => {
    expect(markRanges('服务业', [])).toEqual([]);
    expect(markRanges('服务业', ['', '  '])).toEqual([]);
  });
});

describe('what a query form must be whole to be', () => {
  it('should read a Chinese numeral only when it is the whole text, with 〇 as a zero', () => {
    expect(chineseNumeral('十五号')).toBeUndefined();
    expect(chineseNumeral('二十号')).toBeUndefined();
    expect(chineseNumeral('一百〇四')).toBe(104);
    expect(chineseNumeral('一百零四')).toBe(104);
  });

  it('should take task 1 for a number, and no number the numeral cannot read', () => {
    expect(parseNumberQuery('task 1')).toEqual({ kind: 'task', number: 1, rest: '' });
    expect(parseNumberQuery('第十十项')).toBeUndefined();
  });

  it('should give the words around the number as one hint, spaces and punctuation at its edges dropped', () => {
    expect(parseNumberQuery('Wuhan task 5 plan')).toEqual({ kind: 'task', number: 5, documentHint: 'wuhan plan', rest: 'Wuhan plan' });
    expect(parseNumberQuery('—— Wuhan task 5')).toEqual({ kind: 'task', number: 5, documentHint: 'wuhan', rest: 'Wuhan' });
  });

  it('should give text that is not a whole 文号 as its own only key', () => {
    expect(docNumberKeys('商资发〔2024〕314号文')).toEqual(['商资发〔2024〕314号文']);
    expect(docNumberKeys('根据国务院办公厅关于商资发〔2024〕314号')).toEqual(['根据国务院办公厅关于商资发〔2024〕314号']);
  });
});

describe('typos and marks at their edges', () => {
  it('should correct a word missing its last letter, and leave a word with digits alone', () => {
    expect(correctWord('transitio', ['transition'])).toBe('transition');
    expect(correctWord('transtion2', ['transition'])).toBeUndefined();
    // A digit at either end makes a code, not a typo, even one edit from a word.
    expect(correctWord('tier2', ['tiers'])).toBeUndefined();
    expect(correctWord('1tier', ['tier'])).toBeUndefined();
  });

  it('should give inflections to words of letters only, not to codes with digits', () => {
    expect(marked('ISO9001s and ISO9001', ['iso9001'])).toEqual(['ISO9001']);
    expect(marked('5G and 5Gs', ['5g'])).toEqual(['5G']);
  });

  it('should keep the earlier of two overlapping marks of one length, and marks that only touch', () => {
    expect(marked('标准化', ['标准', '准化'])).toEqual(['标准']);
    expect(marked('标准化', ['准化', '标准']), 'whatever order the phrases come in').toEqual(['标准']);
    expect(marked('标准化工厂', ['标准', '化工厂'])).toEqual(['标准', '化工厂']);
  });

  it('should say why a fold is refused', () => {
    expect(() => markRanges('abc', ['a'], () => 'ab')).toThrow('markRanges: fold changed the text\'s length (3 → 2)');
  });
});
