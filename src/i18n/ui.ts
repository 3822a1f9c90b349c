/** Interface text of both editions. Policy text never comes from here: it comes from the seeds or their translations. */
import type { DocumentKind } from '../schema/manifest.ts';
import type { StandardLevel } from '../schema/model.ts';
import type { Locale } from './locales.ts';
import { SEARCH_UI } from './search-ui.ts';

const zh = {
  siteName: '服务业标准化政策库',
  tagline: '国家服务业扩大开放综合试点示范省市标准化建设政策文件、措施与任务',
  skip: '跳到正文',
  mainNav: '主导航',
  breadcrumbs: '面包屑',
  home: '首页',
  nav: { documents: '文件', measures: '措施', tasks: '任务', places: '城市', departments: '部门', about: '关于' },
  searchLabel: '搜索任务、措施、文件',
  searchPlaceholder: '搜索任务、措施、城市…',
  searchButton: '搜索',
  /** Interface text of the search (header box, search page); the search scripts bundle it too. */
  search: SEARCH_UI.zh,
  switchTo: 'English',
  switchLabel: '切换到英文版',
  footer: '政策原文来自公开发布的文件；译文、译名、文件间链接等编辑性内容均有标注。',
  aboutLink: '关于本站与网址规则',
  kind: {
    notice: '通知', opinions: '意见', 'task-list': '任务清单', 'implementation-plan': '实施方案', interpretation: '政策解读', 'action-plan': '行动计划',
  } satisfies Record<DocumentKind, string>,
  level: { national: '国家标准', industry: '行业标准', local: '地方标准', group: '团体标准', other: '其他工作' } satisfies Record<StandardLevel, string>,
  relation: {
    contains: '包含', 'contained-in': '收录于', implements: '落实', 'implemented-by': '被落实于', interprets: '解读', 'interpreted-by': '官方解读', related: '相关文件',
  } as Record<string, string>,
  role: { issuer: '发文机关', addressee: '主送机关', lead: '牵头', 'co-responsible': '按职责分工负责', responsible: '责任单位' } as Record<string, string>,
  placeKind: { municipality: '直辖市', province: '省', city: '市' },
  scope: { all: '全部试点示范省市', willing: '有意愿的省市', relevant: '有关省市' },
  langName: { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' },
  cleaning: {
    encoding: '编码修复', 'pinyin-gloss': '删除拼音注音', 'run-in-paragraphs': '按段落分行', 'extraction-spaces': '删除PDF提取产生的多余空格', 'broken-lines': '合并被断开的段落', 'page-furniture': '删除转载网站的页面信息',
  } as Record<string, string>,
  task: (n: number) => `任务${n}`,
  localTask: (n: number) => `第${n}项`,
  localTaskOf: (plan: string, n: number) => `${plan}第${n}项`,
  taskDetails: (n: string) => `任务${n}详情`,
  measurePage: '措施页 ›',
  categoryPage: '类别页 ›',
  editorial: '［编辑关联，非原文内容］',
  editorialShort: '［编辑关联］',
  reason: '理由：',
  none: '无。',
  count: (n: number) => `（${n}项）`,
  lead: (raw: string) => `（牵头：${raw}）`,
  sep: '、',
  colon: '：',
  paren: (text: string) => `（${text}）`,
  translationNotice: (translator: string) => `以下为本站编辑翻译的中文译文，非官方文本（${translator}）。英文原文为官方文本：`,
  originalLink: '阅读英文原文',
  translatedTitle: '（译名）',
  otherName: '英文名称',
};

export type UiStrings = typeof zh;

const en: UiStrings = {
  siteName: 'Service-Sector Standardisation Policy Library',
  tagline: 'Policy documents, measures and tasks on standardisation in the national pilot demonstration provinces and cities for expanding the opening-up of the service sector',
  skip: 'Skip to content',
  mainNav: 'Main navigation',
  breadcrumbs: 'Breadcrumbs',
  home: 'Home',
  nav: { documents: 'Documents', measures: 'Measures', tasks: 'Tasks', places: 'Cities', departments: 'Departments', about: 'About' },
  searchLabel: 'Search tasks, measures, documents',
  searchPlaceholder: 'Search tasks, measures, cities…',
  searchButton: 'Search',
  search: SEARCH_UI.en,
  switchTo: '中文',
  switchLabel: 'Switch to the Chinese edition',
  footer: 'Policy texts come from published documents. English translations are unofficial (editorial) unless marked official; links between documents and other editorial content are labelled.',
  aboutLink: 'About this site and its URLs',
  kind: {
    notice: 'Notice', opinions: 'Opinions', 'task-list': 'Task list', 'implementation-plan': 'Implementation plan', interpretation: 'Policy interpretation', 'action-plan': 'Action plan',
  },
  level: { national: 'National standards', industry: 'Industry standards', local: 'Local standards', group: 'Group standards', other: 'Other work' },
  relation: {
    contains: 'Contains', 'contained-in': 'Contained in', implements: 'Implements', 'implemented-by': 'Implemented by', interprets: 'Interprets', 'interpreted-by': 'Official interpretation', related: 'Related',
  },
  role: { issuer: 'Issuer', addressee: 'Addressee', lead: 'Lead', 'co-responsible': 'Responsible according to duties', responsible: 'Responsible unit' },
  placeKind: { municipality: 'Municipality', province: 'Province', city: 'City' },
  scope: { all: 'all pilot demonstration provinces and cities', willing: 'willing provinces and cities', relevant: 'relevant provinces and cities' },
  langName: { 'zh-Hans': 'Simplified Chinese', 'zh-Hant': 'Traditional Chinese', en: 'English' },
  cleaning: {
    encoding: 'Encoding repair', 'pinyin-gloss': 'Pinyin glosses removed', 'run-in-paragraphs': 'Run-in paragraphs split', 'extraction-spaces': 'PDF extraction spaces removed', 'broken-lines': 'Broken lines rejoined', 'page-furniture': 'Reposting site furniture removed',
  },
  task: (n: number) => `Task ${n}`,
  localTask: (n: number) => `Item ${n}`,
  localTaskOf: (plan: string, n: number) => `${plan}, item ${n}`,
  taskDetails: (n: string) => `Task ${n} details`,
  measurePage: 'Measure page ›',
  categoryPage: 'Category page ›',
  editorial: '[Editorial link, not in the source]',
  editorialShort: '[editorial]',
  reason: 'Reason: ',
  none: 'None.',
  count: (n: number) => ` (${n})`,
  lead: (raw: string) => ` (lead: ${raw})`,
  sep: ', ',
  colon: ': ',
  paren: (text: string) => ` (${text})`,
  translationNotice: (translator: string) => `Unofficial translation (${translator}). The Chinese original is the authoritative text:`,
  originalLink: 'Read the Chinese original',
  translatedTitle: '(translated title)',
  otherName: 'Chinese name',
};

export const UI: Record<Locale, UiStrings> = { zh, en };
