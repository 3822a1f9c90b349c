/**
 * Interface text of the search, both editions. Part of src/i18n/ui.ts (`t.search`) for the pages, and
 * bundled into the search scripts (src/search/client/), which load only when a reader searches.
 */
import type { ResultType } from '../search/facets.ts';

const zh = {
  type: { task: '任务', measure: '措施', document: '文件', category: '任务类别', city: '城市', department: '部门', instrument: '引用的文件与协定', page: '说明', compare: '地区对照' } satisfies Record<ResultType, string>,
  /** The title of two places' page side by side (src/pages/[...lang]/compare/), which search offers too. */
  compareTitle: (a: string, b: string) => `${a}与${b}`,
  edition: { zh: '中文', en: '英文' },
  facet: { type: '类型', document: '文件', city: '城市', level: '标准层级', category: '任务类别', lang: '语言' },
  searching: '正在搜索…',
  none: '没有找到“{q}”的结果。',
  found: '找到{n}项结果。',
  foundMore: '结果超过{shown}项，显示前{shown}项；可用筛选缩小范围。',
  panelLabel: '搜索结果',
  allLink: '全部结果与筛选 ›',
  otherEdition: '英文页面',
  otherEditionZh: '中文页面',
  folded: '摘录已按字转为简体',
  keys: '按 / 搜索，↑↓ 选择结果，Enter 打开，Esc 关闭',
  failed: '搜索出错：{error}',
  partial: '没有页面包含全部词语；以下是最接近的结果。',
  corrected: '没有与所输入拼写完全一致的结果，显示“{q}”的结果。',
  alsoNumbered: '另有同一编号：',
  sep: '、',
  more: '显示更多结果',
};

export type SearchUi = typeof zh;

const en: SearchUi = {
  type: { task: 'Task', measure: 'Measure', document: 'Document', category: 'Task category', city: 'City', department: 'Department', instrument: 'Cited instrument', page: 'About', compare: 'Places side by side' },
  compareTitle: (a: string, b: string) => `${a} and ${b}`,
  edition: { zh: 'Chinese', en: 'English' },
  facet: { type: 'Type', document: 'Document', city: 'City', level: 'Standard level', category: 'Task category', lang: 'Language' },
  searching: 'Searching…',
  none: 'No results for “{q}”.',
  found: '{n} results.',
  foundMore: 'More than {shown} results, showing the first {shown}; narrow them with the filters.',
  panelLabel: 'Search results',
  allLink: 'All results and filters ›',
  otherEdition: 'English page',
  otherEditionZh: 'Chinese page',
  folded: 'Excerpt converted to Simplified script, character by character',
  keys: 'Press / to search, ↑↓ to choose a result, Enter to open, Esc to close',
  failed: 'Search failed: {error}',
  partial: 'No page has all the words; closest matches.',
  corrected: 'Nothing matched the spelling typed; showing results for “{q}”.',
  alsoNumbered: 'The same number also in:',
  sep: ', ',
  more: 'Show more results',
};

export const SEARCH_UI = { zh, en };
