/**
 * The search table as the build writes it from pages (scripts/index/search-table.ts), and the ranking
 * both search boxes share (src/search/rank.ts): names first, 文号 in any form, local copies after
 * their national task, filters, and the instant list's order.
 */
import { describe, expect, it } from 'vitest';
import { queryPhrases } from '../../src/search/terms.ts';
import { buildTable, readEntry, type IndexedPage } from '../../scripts/index/search-table.ts';
import { answered, coverage, matchable, matchWords, nameMatches, namedBy, placeWords, rank, tellingPhrases, type Candidate } from '../../src/search/rank.ts';
import type { SearchTable, TableRow } from '../../src/search/table.ts';

interface PageSpec {
  url: string;
  title: string;
  type: string;
  lang?: 'zh' | 'en';
  label?: string;
  number?: number;
  adopts?: string;
  filters?: string[];
  aliases?: string[];
  titleLang?: string;
}

function page(spec: PageSpec): IndexedPage {
  const lang = spec.lang ?? (spec.url.startsWith('/en/') ? 'en' : 'zh');
  const spans = [
    `<span hidden data-pagefind-filter="type:${spec.type}"></span>`,
    `<span hidden data-pagefind-filter="lang:${lang}"></span>`,
    ...(spec.filters ?? []).map((filter) => `<span hidden data-pagefind-filter="${filter}"></span>`),
    `<span hidden data-pagefind-meta="type[data-value]" data-value="${spec.type}"></span>`,
    spec.label ? `<span hidden data-pagefind-meta="label[data-value]" data-value="${spec.label}"></span>` : '',
    spec.adopts ? `<span hidden data-pagefind-meta="adopts[data-value]" data-value="${spec.adopts}"></span>` : '',
    spec.number !== undefined ? `<span hidden data-search-number="${spec.number}"></span>` : '',
    ...(spec.aliases ?? []).map((alias) => `<span hidden data-search-alias lang="en" data-pagefind-ignore>${alias}</span>`),
  ];
  const h1 = `<h1 data-pagefind-meta="title"${spec.titleLang ? ` lang="${spec.titleLang}"` : ''}>${spec.title}</h1>`;
  return { url: spec.url, html: `<!doctype html><html><body><main><article data-pagefind-body>${spans.join('')}${h1}<p>text</p></article></main></body></html>` };
}

const PAGES: PageSpec[] = [
  { url: '/departments/shang-wu-bu/', title: '商务部', type: 'department', aliases: ['MOFCOM'] },
  { url: '/en/departments/shang-wu-bu/', title: 'Ministry of Commerce', type: 'department', aliases: ['MOFCOM'] },
  { url: '/departments/shang-wu-bu-wai-zi-si/', title: '商务部外资司', type: 'department' },
  { url: '/documents/notice-2024-314/', title: '商务部 市场监管总局关于…的通知', type: 'document', label: '通知 · 商资发〔2024〕314号', filters: ['document:notice-2024-314'] },
  { url: '/tasks/task-list-1/3/', title: '制定家政服务标准', type: 'task', label: '任务3', number: 3, filters: ['document:task-list-1', 'city:chongqing'] },
  { url: '/tasks/wuhan-plan/1/', title: '制定家政服务标准', type: 'task', label: '武汉任务1', number: 1, adopts: '/tasks/task-list-1/3/', filters: ['document:wuhan-plan', 'city:wuhan'] },
  { url: '/measures/pilot-notice-2024/1/', title: '完善標準體系', type: 'measure', titleLang: 'zh-Hant', number: 1, filters: ['document:pilot-notice-2024'] },
];

function table(): SearchTable {
  const pages = PAGES.map(page);
  const ids = new Map(pages.map((entry, index) => [entry.url, `en_${index}`]));
  return buildTable(pages, ids, { 標: '标', 準: '准', 體: '体' }, [{ id: 'notice-2024-314', kind: 'notice' }, { id: 'task-list-1', kind: 'task-list' }, { id: 'wuhan-plan', kind: 'local-plan' }, { id: 'pilot-notice-2024', kind: 'notice' }], [{ terms: ['trade-in', 'old-for-new'], reason: 'the translations write trade-in' }]);
}

describe('the search table', () => {
  it('should hold one row per entity with both editions, its facets, number and other names shared', () => {
    const built = table();
    const mofcom = built.rows.find((row) => row.key === '/departments/shang-wu-bu/')!;
    expect(mofcom.zh).toMatchObject({ id: 'en_0', title: '商务部' });
    expect(mofcom.en).toMatchObject({ id: 'en_1', title: 'Ministry of Commerce' });
    expect(mofcom.aliases).toEqual(['MOFCOM']);
    expect(built.rows).toHaveLength(PAGES.length - 1);
    const task = built.rows.find((row) => row.key === '/tasks/task-list-1/3/')!;
    expect(task).toMatchObject({ type: 'task', number: 3, facets: { document: ['task-list-1'], city: ['chongqing'] } });
    expect(built.rows.find((row) => row.key === '/tasks/wuhan-plan/1/')!.adopts).toBe('/tasks/task-list-1/3/');
    expect(built.defaults).toEqual({ taskList: 'task-list-1', measures: 'pilot-notice-2024' });
    // The reviewers' reason stays in the editorial file: the browser fetches the terms only.
    expect(built.synonyms).toEqual([{ terms: ['trade-in', 'old-for-new'] }]);
  });

  it('should fold a Traditional title for matching and mark the page as Traditional, but not a page that only names something in Traditional', () => {
    const built = table();
    const measure = built.rows.find((row) => row.type === 'measure')!;
    expect(measure.zh).toMatchObject({ title: '完善標準體系', folded: '完善标准体系' });
    expect(measure.traditional).toBe(true);
    expect(built.rows.find((row) => row.key === '/departments/shang-wu-bu/')!.traditional).toBeUndefined();
  });

  it('should refuse a page Pagefind wrote no fragment for, naming it', () => {
    expect(() => buildTable([page(PAGES[0]!)], new Map(), {}, [], [])).toThrow('/departments/shang-wu-bu/');
  });

  it('should refuse a page that declares no title', () => {
    expect(() => readEntry({ url: '/x/', html: '<article data-pagefind-body><span data-pagefind-meta="type[data-value]" data-value="page"></span></article>' }, {})).toThrow('/x/ declares no title');
  });
});

function candidates(built: SearchTable, scores: Record<string, number>): Candidate[] {
  return Object.entries(scores).map(([key, score]) => {
    const row = built.rows.find((entry) => entry.key === key)!;
    return { row, edition: 'zh', page: row.zh!, score };
  });
}

describe('ranking', () => {
  it('should put the page named by the query before pages that mention it more often', () => {
    const built = table();
    const ranked = rank(candidates(built, { '/departments/shang-wu-bu-wai-zi-si/': 1.2, '/documents/notice-2024-314/': 1.1, '/departments/shang-wu-bu/': 1 }), ['商务部']);
    expect(ranked.map((entry) => entry.row.key)).toEqual(['/departments/shang-wu-bu/', '/departments/shang-wu-bu-wai-zi-si/', '/documents/notice-2024-314/']);
  });

  it('should keep pages found only through their text after the named ones, in the order Pagefind gave them', () => {
    const built = table();
    const ranked = rank(candidates(built, { '/tasks/task-list-1/3/': 3, '/measures/pilot-notice-2024/1/': 2, '/departments/shang-wu-bu/': 1 }), ['商务部']);
    expect(ranked.map((entry) => entry.row.key)).toEqual(['/departments/shang-wu-bu/', '/tasks/task-list-1/3/', '/measures/pilot-notice-2024/1/']);
  });

  it('should find a document by its number in any bracket form and by its short form', () => {
    const built = table();
    for (const query of ['商资发〔2024〕314号', '商资发[2024]314号', '商资发（2024）314号', '〔2024〕314号', '2024314号', '314号文']) {
      expect(nameMatches(built, [query], 'zh')[0]?.row.key, query).toBe('/documents/notice-2024-314/');
    }
  });

  it('should find it by the forms readers type, split into the runs a query is searched by', () => {
    const built = table();
    for (const query of ['商资发（2024）第314号', '商资发2024年314号', '商资发 2024年 314号', '314号文件', '314号文']) {
      expect(nameMatches(built, queryPhrases(query, {}), 'zh')[0]?.row.key, `${query} → ${JSON.stringify(queryPhrases(query, {}))}`).toBe('/documents/notice-2024-314/');
    }
    expect(nameMatches(built, queryPhrases('商资发（2024）第315号', {}), 'zh')).toEqual([]);
  });

  it('should choose among the documents carrying a 文号 by the words beyond it, not by which cites the number most', () => {
    const family = [
      { url: '/documents/notice-2024-314/', title: '关于印发《意见》及《任务清单》的通知', type: 'document', label: '通知 · 商资发〔2024〕314号' },
      { url: '/documents/opinions-2024-314/', title: '关于若干措施的意见', type: 'document', label: '意见', aliases: ['商资发〔2024〕314号', '《意见》'] },
      { url: '/documents/task-list-1/', title: '相关工作任务清单(首批)', type: 'document', label: '任务清单', aliases: ['商资发〔2024〕314号'] },
      { url: '/documents/other/', title: '另一份任务清单', type: 'document', label: '任务清单' },
    ].map(page);
    const built = buildTable(family, new Map(family.map((entry, index) => [entry.url, `en_${index}`])), {}, [], []);
    // Pagefind scores the notice highest: its text cites the number most.
    const scores = { '/documents/notice-2024-314/': 9, '/documents/opinions-2024-314/': 2, '/documents/task-list-1/': 1, '/documents/other/': 3 };
    const first = (query: string) => rank(candidates(built, scores), queryPhrases(query, {}))[0]!.row.key;
    expect(first('商资发 314 意见')).toBe('/documents/opinions-2024-314/');
    expect(first('314号文 任务清单')).toBe('/documents/task-list-1/');
    expect(first('商资发2024年314号 任务清单')).toBe('/documents/task-list-1/');
    // The 文号 alone is the notice's; without its number no 文号 is cited, and Pagefind's order stands.
    expect(first('商资发〔2024〕314号')).toBe('/documents/notice-2024-314/');
    expect(first('商资发 任务清单')).toBe('/documents/notice-2024-314/');
    expect(first('商资发 4 意见')).toBe('/documents/notice-2024-314/'); // the number cited whole, or not at all
    // The 文号 alone chooses nothing among its documents: Pagefind's order stands, whatever order they come in.
    const listFirst = { '/documents/task-list-1/': 1, '/documents/notice-2024-314/': 9 };
    expect(rank(candidates(built, listFirst), queryPhrases('商资发〔2024〕314号', {}))[0]!.row.key).toBe('/documents/notice-2024-314/');
    // A page that does not carry the 文号 comes after the one cited, however well Pagefind scores it.
    const otherFirst = { ...scores, '/documents/other/': 12 };
    expect(rank(candidates(built, otherFirst), queryPhrases('314号文 任务清单', {}))[0]!.row.key).toBe('/documents/task-list-1/');
  });

  it('should match 号文件 as its short form 号文', () => {
    expect(matchable('314号文件')).toBe('314号文');
    expect(matchable('商资发〔2024〕第314号')).toBe('商资发〔2024〕314号');
  });

  it('should rank a local task that repeats a national one right after it, unless the query names the local one', () => {
    const built = table();
    const both = candidates(built, { '/tasks/wuhan-plan/1/': 5, '/tasks/task-list-1/3/': 1 });
    expect(rank(both, ['家政服务']).map((entry) => entry.row.key)).toEqual(['/tasks/task-list-1/3/', '/tasks/wuhan-plan/1/']);
    expect(rank(both, ['武汉', '家政服务'])[0]!.row.key).toBe('/tasks/wuhan-plan/1/');
  });

  it('should read a place named with a topic as the topic in that place, and the place alone as its page', () => {
    const pages = [...PAGES, { url: '/cities/chongqing/', title: '重庆市', type: 'city', filters: ['city:chongqing'], aliases: ['重庆', 'Chongqing'] }, { url: '/cities/wuhan/', title: '武汉市', type: 'city', filters: ['city:wuhan'], aliases: ['武汉'] }].map(page);
    const built = buildTable(pages, new Map(pages.map((entry, index) => [entry.url, `en_${index}`])), {}, [{ id: 'task-list-1', kind: 'task-list' }, { id: 'wuhan-plan', kind: 'local-plan' }], []);
    // The city's page holds both words (it lists its tasks) and Pagefind scores it higher.
    const found = candidates(built, { '/cities/chongqing/': 3, '/tasks/task-list-1/3/': 1, '/departments/shang-wu-bu/': 2 });
    expect(rank(found, ['重庆', '家政服务'])[0]!.row.key).toBe('/tasks/task-list-1/3/');
    expect(rank(found, ['chongqing', '家政服务'])[0]!.row.key).toBe('/tasks/task-list-1/3/');
    // The place alone is its page, even where Pagefind scores one of its tasks higher.
    expect(rank(candidates(built, { '/cities/chongqing/': 3, '/tasks/task-list-1/3/': 5 }), ['重庆'])[0]!.row.key).toBe('/cities/chongqing/');
    // A word inside a place's name is not the place: 庆 alone leaves the ranking to the names.
    expect(rank(found, ['庆', '家政服务'])[0]!.row.key).toBe('/cities/chongqing/');
    // Found by more than the place's words, a page of the place comes first, one elsewhere next, the place last.
    const three = candidates(built, { '/cities/chongqing/': 3, '/tasks/task-list-1/3/': 1, '/departments/shang-wu-bu/': 4.5 });
    expect(rank(three, ['重庆', '家政服务']).map((entry) => entry.row.key)).toEqual(['/tasks/task-list-1/3/', '/departments/shang-wu-bu/', '/cities/chongqing/']);
    // The place is the one the query names, whichever place Pagefind lists first; and only a place's page names a place.
    const two = candidates(built, { '/cities/wuhan/': 1, '/cities/chongqing/': 3, '/tasks/task-list-1/3/': 1 });
    expect(rank(two, ['重庆', '家政服务'])[0]!.row.key).toBe('/tasks/task-list-1/3/');
    const labelled = candidates(built, { '/tasks/task-list-1/3/': 1, '/cities/chongqing/': 3 });
    expect(rank(labelled, ['任务3', '重庆'])[0]!.row.key).toBe('/tasks/task-list-1/3/');
    // A local task that repeats a national one, asked for with its place, comes before the national one.
    const local = candidates(built, { '/cities/wuhan/': 3, '/tasks/wuhan-plan/1/': 1, '/tasks/task-list-1/3/': 1 });
    expect(rank(local, ['武汉', '家政服务'])[0]!.row.key).toBe('/tasks/wuhan-plan/1/');
    // Another place's task on the topic does not stand for this place.
    const elsewhere = candidates(built, { '/cities/wuhan/': 3, '/tasks/task-list-1/3/': 1 });
    expect(rank(elsewhere, ['武汉', '家政服务'])[0]!.row.key).toBe('/cities/wuhan/');
    // The place's share of the query is its words' letters (2 + 9 of 15 here), whatever the number of its words:
    // its pages are lifted by that share, not past a page elsewhere that Pagefind scores higher.
    const named = candidates(built, { '/cities/chongqing/': 3, '/tasks/task-list-1/3/': 1, '/departments/shang-wu-bu/': 6 });
    expect(rank(named, ['重庆', 'chongqing', '家政服务']).map((entry) => entry.row.key)).toEqual(['/tasks/task-list-1/3/', '/departments/shang-wu-bu/', '/cities/chongqing/']);
  });

  it('should rank a local task asked for with its place right after a national one whose names answer the query as well', () => {
    const pages = [...PAGES.filter((spec) => spec.url !== '/tasks/task-list-1/3/'), { url: '/tasks/task-list-1/3/', title: '制定武汉家政服务标准', type: 'task', label: '任务3', number: 3, filters: ['document:task-list-1', 'city:chongqing'] }, { url: '/cities/wuhan/', title: '武汉市', type: 'city', filters: ['city:wuhan'], aliases: ['武汉'] }].map(page);
    const built = buildTable(pages, new Map(pages.map((entry, index) => [entry.url, `en_${index}`])), {}, [{ id: 'task-list-1', kind: 'task-list' }, { id: 'wuhan-plan', kind: 'local-plan' }], []);
    // The national task's names hold every word; the local one's the place's and the rest: no more, so it follows.
    const both = candidates(built, { '/cities/wuhan/': 1, '/tasks/wuhan-plan/1/': 5, '/tasks/task-list-1/3/': 1 });
    expect(rank(both, ['武汉', '家政服务']).map((entry) => entry.row.key).slice(0, 2)).toEqual(['/tasks/task-list-1/3/', '/tasks/wuhan-plan/1/']);
  });

  it('should rank a local task right after the national one of its own edition, whatever the other edition scores', () => {
    const built = table();
    const national = built.rows.find((entry) => entry.key === '/tasks/task-list-1/3/')!;
    const local = built.rows.find((entry) => entry.key === '/tasks/wuhan-plan/1/')!;
    const mixed: Candidate[] = [
      { row: national, edition: 'en', page: { ...national.zh!, title: 'Standards for household services' }, score: 10 },
      { row: local, edition: 'zh', page: local.zh!, score: 5 },
      { row: national, edition: 'zh', page: national.zh!, score: 1 },
    ];
    const zh = rank(mixed, ['家政服务']).filter((entry) => entry.edition === 'zh').map((entry) => entry.row.key);
    expect(zh).toEqual(['/tasks/task-list-1/3/', '/tasks/wuhan-plan/1/']);
  });

  it('should never list a page for words that run from one of its names into the next', () => {
    // 任务3 is the label of a task named 制定家政服务标准: 标准任务 is in neither.
    const built = table();
    expect(nameMatches(built, ['服务标准'], 'zh').map((entry) => entry.row.key)).toContain('/tasks/task-list-1/3/');
    expect(nameMatches(built, ['标准任务'], 'zh')).toEqual([]);
  });

  it('should find a page by a word its names print only in another form: digits alone, a 文号 printed with full-width digits and square brackets', () => {
    // The instant list passes over pages whose printed names lack a character of the word (rank.ts `mayName`); these it must not pass over.
    const pages = [
      page({ url: '/tasks/task-list-1/60/', title: '12345政务服务便民热线', type: 'task', label: '任务60', number: 60 }),
      page({ url: '/documents/full-width/', title: '关于商资发[２０２４]３１４号的说明', type: 'document' }),
    ];
    const built = buildTable(pages, new Map(pages.map((entry, index) => [entry.url, `en_${index}`])), {}, [], []);
    expect(nameMatches(built, ['12345'], 'zh').map((entry) => entry.row.key)).toEqual(['/tasks/task-list-1/60/']);
    for (const query of ['2024314号', '〔2024〕314号']) expect(nameMatches(built, [query], 'zh').map((entry) => entry.row.key), query).toEqual(['/documents/full-width/']);
  });

  it('should draw the instant list from names only, in the query edition first, narrowed by filters', () => {
    const built = table();
    expect(nameMatches(built, ['mofcom'], 'en').map((entry) => [entry.row.key, entry.edition])).toEqual([['/departments/shang-wu-bu/', 'en']]);
    expect(nameMatches(built, ['家政服务'], 'zh', { city: ['wuhan'] }).map((entry) => entry.row.key)).toEqual(['/tasks/wuhan-plan/1/']);
    expect(nameMatches(built, ['家政服务'], 'zh', { type: ['department'] })).toEqual([]);
    expect(nameMatches(built, ['标准体系'], 'zh').map((entry) => entry.row.key)).toEqual(['/measures/pilot-notice-2024/1/']);
    expect(nameMatches(built, [], 'zh')).toEqual([]);
  });
});

describe('the instant list', () => {
  const row = (key: string, type: TableRow['type'], zh?: string, en?: string): TableRow => ({
    key,
    type,
    facets: {},
    ...(zh ? { zh: { id: `zh${key}`, title: zh } } : {}),
    ...(en ? { en: { id: `en${key}`, title: en } } : {}),
  });
  const table: SearchTable = {
    generated: '',
    defaults: {},
    synonyms: [],
    rows: [row('/tasks/t/2/', 'task', '标准体系'), row('/tasks/t/1/', 'task', '标准体系建设'), row('/tasks/t/3/', 'task', '标准体系'), row('/pages/guide/', 'page', undefined, '标准体系 guide'), row('/tasks/t/4/', 'task', '服务规范')],
  };
  const keys = (found: Candidate[]) => found.map((candidate) => `${candidate.edition}${candidate.row.key}`);

  it('should list the pages best named by the query first, in the table\'s order when equally named, from the other edition when the query\'s has none', () => {
    expect(keys(nameMatches(table, ['标准体系'], 'zh'))).toEqual(['zh/tasks/t/2/', 'zh/tasks/t/3/', 'zh/tasks/t/1/', 'en/pages/guide/']);
  });

  it('should list equally named pages of different types in the type facet\'s order: tasks, measures, documents', () => {
    const tie = (types: Array<TableRow['type']>): SearchTable => ({ ...table, rows: types.map((type, index) => row(`/${type}/${index}/`, type, '标准体系')) });
    expect(keys(nameMatches(tie(['document', 'measure', 'task']), ['标准体系'], 'zh'))).toEqual(['zh/task/2/', 'zh/measure/1/', 'zh/document/0/']);
    expect(keys(nameMatches(tie(['measure', 'document']), ['标准体系'], 'zh'))).toEqual(['zh/measure/0/', 'zh/document/1/']);
  });

  it('should keep to the edition a language filter names', () => {
    expect(keys(nameMatches(table, ['标准体系'], 'zh', { lang: ['en'] }))).toEqual(['en/pages/guide/']);
    expect(keys(nameMatches(table, ['标准体系'], 'zh', { lang: ['zh'] }))).toEqual(['zh/tasks/t/2/', 'zh/tasks/t/3/', 'zh/tasks/t/1/']);
  });
});

describe('what ranking measures', () => {
  it('should give the share of the query found among a page\'s names, and nothing for no query', () => {
    expect(answered('商务部|mofcom', ['商务', '外资'])).toBe(0.5);
    expect(answered('商务部', [])).toBe(0);
    expect(coverage('', ['商务'])).toBe(0);
    expect(coverage('商务部外资司', ['商务部'])).toBe(0.5);
  });

  it('should say the query names a page when its names hold half of the query, or a word is one of its names whole', () => {
    const built = table();
    const row = (key: string) => built.rows.find((entry) => entry.key === key)!;
    const notice = row('/documents/notice-2024-314/');
    expect(namedBy({ row: notice, page: notice.zh! }, matchWords(['商资发〔2024〕314号', '任务清单']))).toBe(true);
    expect(namedBy({ row: notice, page: notice.zh! }, matchWords(['通知', '外资']))).toBe(true);
    expect(namedBy({ row: notice, page: notice.zh! }, matchWords(['通知', '外资司']))).toBe(false);
    const mofcom = row('/departments/shang-wu-bu/');
    // MOFCOM is one of its names: named, however long the rest of the query.
    expect(namedBy({ row: mofcom, page: mofcom.en! }, matchWords(['MOFCOM', 'rules', 'for', 'foreign', 'investment']))).toBe(true);
    // Inside a longer word it is not (mofcomx), nor half of the query.
    expect(namedBy({ row: mofcom, page: mofcom.en! }, matchWords(['mofcomx', 'rules', 'for', 'foreign', 'investment']))).toBe(false);
    expect(namedBy({ row: mofcom, page: mofcom.en! }, [])).toBe(false);
  });

  it('should know every name of every place, in both editions, and nothing of other pages', () => {
    const pages = [...PAGES, { url: '/cities/chongqing/', title: '重庆市', type: 'city', filters: ['city:chongqing'], aliases: ['重庆', 'Chongqing'] }, { url: '/en/cities/chongqing/', title: 'Chongqing Municipality', type: 'city', filters: ['city:chongqing'] }].map(page);
    const built = buildTable(pages, new Map(pages.map((entry, index) => [entry.url, `en_${index}`])), {}, [], []);
    expect([...placeWords(built)].sort()).toEqual(['chongqing', 'chongqingmunicipality', '重庆', '重庆市']);
  });

  it('should compare letters and digits only, dropping words with none', () => {
    expect(matchWords(['商务部', '—', '', 'MOFCOM'])).toEqual(['商务部', 'mofcom']);
  });

  it('should leave out English stop words beside other words, and keep them when there is nothing else', () => {
    expect(matchWords(['Ministry', 'of', 'Commerce', 'and', 'the', 'WTO'])).toEqual(['ministry', 'commerce', 'wto']);
    expect(tellingPhrases(['which', 'tasks', 'is', 'Shanghai', 'for'])).toEqual(['tasks', 'Shanghai']);
    expect(tellingPhrases(['of', 'the'])).toEqual(['of', 'the']);
    const stopWords = ['a', 'an', 'and', 'are', 'as', 'at', 'by', 'for', 'from', 'how', 'in', 'is', 'it', 'its', 'of', 'on', 'or', 'the', 'to', 'what', 'which', 'who', 'with'];
    for (const word of stopWords) expect(matchWords([word, 'standards']), word).toEqual(['standards']);
    // Only whole words: "in" of trade-in, "a" of 第a条, and Chinese are kept.
    expect(matchWords(['trade-in', 'into', 'a1', '的'])).toEqual(['tradein', 'into', 'a1', '的']);
  });
});

describe('the instant list\'s filters', () => {
  const row = (key: string, type: TableRow['type'], cities: string[]): TableRow => ({ key, type, facets: { city: cities }, zh: { id: key, title: '标准体系' } });
  const table: SearchTable = { generated: '', defaults: {}, synonyms: [], rows: [row('/tasks/t/1/', 'task', ['wuhan', 'chongqing']), row('/measures/m/1/', 'measure', ['wuhan']), row('/tasks/t/2/', 'task', [])] };
  const keys = (filters: Partial<Record<string, string[]>>) => nameMatches(table, ['标准体系'], 'zh', filters).map((candidate) => candidate.row.key);

  it('should keep the pages of the types and places asked for, any one of a page\'s places sufficing, and ignore an empty filter', () => {
    expect(keys({ type: ['task'] })).toEqual(['/tasks/t/1/', '/tasks/t/2/']);
    expect(keys({ city: ['chongqing'] })).toEqual(['/tasks/t/1/']);
    // Equally named pages of different types: their order is the ranking's business, not the filters'.
    expect(keys({ city: [], type: [] }).sort()).toEqual(['/measures/m/1/', '/tasks/t/1/', '/tasks/t/2/']);
  });
});
