/** Interface text of both editions. Policy text never comes from here: it comes from the seeds or their translations. */
import type { DocumentKind } from '../schema/manifest.ts';
import type { StandardLevel } from '../schema/vocabulary.ts';
import type { Locale } from './locales.ts';
import { SEARCH_UI } from './search-ui.ts';

const zh = {
  siteName: '服务业标准化政策库',
  tagline: '国家服务业扩大开放综合试点示范省市标准化建设政策文件、措施与任务',
  skip: '跳到正文',
  mainNav: '主导航',
  breadcrumbs: '面包屑',
  home: '首页',
  nav: { documents: '文件', measures: '措施', tasks: '任务', places: '城市', departments: '部门', explore: '总览', about: '关于' },
  searchLabel: '搜索任务、措施、文件',
  siteSearch: '全站搜索',
  searchPlaceholder: '搜索任务、措施、城市…',
  searchButton: '搜索',
  /** Interface text of the search (header box, search page); the search scripts bundle it too. */
  search: SEARCH_UI.zh,
  switchTo: 'English',
  switchLabel: '切换到英文版',
  footer: '政策原文来自公开发布的文件；译文、译名、文件间链接等编辑性内容均有标注。',
  aboutLink: '关于本站与网址规则',
  dataLink: '开放数据',
  feedLink: '文件订阅（Atom）',
  cite: {
    summary: '引用本页',
    accessNote: (date: string) => `引用日期（GB/T 的 [ ] 与 BibTeX 的 urldate）为本页生成日期 ${date}；浏览器运行脚本时自动改为今天的日期。请以实际访问日期为准。`,
  },
  share: {
    heading: '分享与引用',
    permalink: '永久链接',
    short: '短链接',
    data: '数据（JSON）',
    qrLabel: '本页二维码：',
    qrCaption: '扫码在手机上打开本页',
  },
  permalink: { para: '本段链接', section: '本节链接', task: (n: string) => `任务${n}的链接`, row: '本行链接' },
  copy: '复制',
  copied: '已复制',
  copyLink: '复制链接',
  feedTitle: '服务业标准化政策库：文件',
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
  langName: { 'zh-Hans': '简体中文', 'zh-Hant': '繁体中文', en: 'English' },
  cleaning: {
    encoding: '编码修复', 'pinyin-gloss': '删除拼音注音', 'run-in-paragraphs': '按段落分行', 'extraction-spaces': '删除PDF提取产生的多余空格', 'broken-lines': '合并被断开的段落', 'page-furniture': '删除转载网站的页面信息',
  } as Record<string, string>,
  /**
   * Why a rule ran, said in this edition's language on the source notes. The cleaning reports carry their
   * reason in English (scripts/clean/, the manifest); a Chinese page says it in Chinese instead.
   */
  cleaningReason: {
    'pinyin-gloss': '字后括注的拼音（如“(guan)”）是转载网站所加的读音提示，不属于原文。',
    'page-furniture': '转载网站添加的页面信息（转载时间、浏览次数、来源、联系方式等），不属于文件本身；其中的个人联系方式已隐去。',
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
  translationNotice: (translator: string) => `以下为${translator}翻译的中文译文，非官方文本；英文原文为官方文本：`,
  originalLink: '阅读英文原文',
  /** A document declared awaiting translation (manifest `translationPending`), on the edition of the other language. */
  pendingLabel: '尚未翻译',
  pendingNotice: '尚未翻译：本文件的中文译文尚在准备中，以下显示英文原文。',
  translatedTitle: '（译名）',
  otherName: '英文名称',
  /** A local plan's stages and task rows with their units (src/components/LocalPlan.astro). */
  plan: {
    heading: '地方实施方案',
    stages: '推进步骤与完成时限',
    stage: '阶段',
    deadline: '完成时限',
    tasks: (n: number) => `方案任务及牵头、责任单位（${n}项）`,
    tasksOf: (n: number) => `本单位牵头或负责的任务（${n}项）`,
    number: '序号',
    task: '任务内容',
    lead: '牵头单位',
    responsible: '责任单位',
    noUnit: '—',
    /** With the list's short title where a plan adopts tasks of several lists. */
    adopts: (n: number, list?: string) => (list ? `（对应${list}任务${n}）` : `（对应国家任务${n}）`),
    cityLead: '本市的地方实施方案：',
  },
  /** New words of the task explorer (src/pages/[...lang]/explore/tasks.astro). */
  explorer: {
    places: '地区（可多选）',
    unit: '牵头或责任单位',
    unitsColumn: '牵头／责任单位',
    leadShort: '牵头：',
    responsibleShort: '责任：',
    csvAll: '下载全部任务（CSV）',
    /** {n}: the rows shown; filled in by the explorer's script. */
    csvView: '下载当前视图（{n}项，CSV）',
    csvFile: '任务总表',
  },
  /** A measure's page (src/pages/[...lang]/measures/[document]/[key].astro). */
  measure: {
    /** The English page's collapsed original; unused on Chinese pages, which show the original itself. */
    original: '中文原文（权威文本）',
    parallel: '中英对照阅读本措施 ›',
  },
  /** Editorial notes on errors of a source itself (seeds/editorial/source-notes.json; src/components/SourceNotes.astro). */
  sourceErrors: {
    heading: '原文自身的错误',
    label: '［编辑说明，非原文内容］',
    intro: '以下写法是原文（转载文本）本身的简繁转换错误，本站照录原文，未作改动：',
    /** Around the two forms, which the page marks up in the document's script: 原文作“機製”，规范写法为“機制”。 */
    entry: ['原文作“', '”，规范写法为“', '”。'] as [string, string, string],
    where: (n: number) => `共${n}处：`,
    top: '原文有简繁转换造成的错字，本站照录未改，见',
    topLink: '来源说明',
    topEnd: '。',
  },
  /** The line of an entity's other names (src/components/AlsoWritten.astro). */
  aliases: {
    label: '又作：',
    /** Between the texts' own spellings and the editorial ones. */
    between: '；',
    editorial: '编辑补充：',
  },
};

export type UiStrings = typeof zh;

const en: UiStrings = {
  siteName: 'Service-Sector Standardization Policy Library',
  tagline: 'Policy documents, measures and tasks on standardization in the national pilot demonstration provinces and cities for expanding the opening-up of the service sector',
  skip: 'Skip to content',
  mainNav: 'Main navigation',
  breadcrumbs: 'Breadcrumbs',
  home: 'Home',
  nav: { documents: 'Documents', measures: 'Measures', tasks: 'Tasks', places: 'Cities', departments: 'Departments', explore: 'Overview', about: 'About' },
  searchLabel: 'Search tasks, measures, documents',
  siteSearch: 'Site search',
  searchPlaceholder: 'Search tasks, measures, cities…',
  searchButton: 'Search',
  search: SEARCH_UI.en,
  switchTo: '中文',
  switchLabel: 'Switch to the Chinese edition',
  footer: 'Policy texts come from published documents. English translations are unofficial (editorial) unless marked official; links between documents and other editorial content are labeled.',
  aboutLink: 'About this site and its URLs',
  dataLink: 'Open data',
  feedLink: 'Documents feed (Atom)',
  cite: {
    summary: 'Cite this',
    accessNote: (date: string) => `The access date (GB/T’s [ ] and BibTeX’s urldate) is the date this page was generated, ${date}; when scripts run it becomes today’s date. Use the date you actually accessed the page.`,
  },
  share: {
    heading: 'Share and cite',
    permalink: 'Permanent link',
    short: 'Short link',
    data: 'Data (JSON)',
    qrLabel: 'QR code of this page: ',
    qrCaption: 'Scan to open this page on a phone',
  },
  permalink: { para: 'Link to this paragraph', section: 'Link to this section', task: (n: string) => `Link to task ${n}`, row: 'Link to this row' },
  copy: 'Copy',
  copied: 'Copied',
  copyLink: 'Copy link',
  feedTitle: 'Service-Sector Standardization Policy Library: documents',
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
  /** The English edition shows the reports' own reasons (written in English, specific to the document). */
  cleaningReason: {},
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
  translationNotice: (translator: string) => `Unofficial translation by ${translator}; the Chinese original is the authoritative text:`,
  originalLink: 'Read the Chinese original',
  pendingLabel: 'not yet translated',
  pendingNotice: 'Not yet translated: the English translation of this document is in preparation, so the Chinese original is shown as published.',
  translatedTitle: '(translated title)',
  otherName: 'Chinese name',
  plan: {
    heading: 'Local implementation plan',
    stages: 'Stages and deadlines',
    stage: 'Stage',
    deadline: 'Deadline',
    tasks: (n: number) => `The plan’s tasks with lead and responsible units (${n})`,
    tasksOf: (n: number) => `Tasks this unit leads or is responsible for (${n})`,
    number: 'No.',
    task: 'Task',
    lead: 'Lead units',
    responsible: 'Responsible units',
    noUnit: '—',
    adopts: (n: number, list?: string) => (list ? `(task ${n} of ${list})` : `(national task ${n})`),
    cityLead: 'The city’s local implementation plan: ',
  },
  explorer: {
    places: 'Places (choose one or more)',
    unit: 'Lead or responsible unit',
    unitsColumn: 'Lead / responsible units',
    leadShort: 'Lead: ',
    responsibleShort: 'Responsible: ',
    csvAll: 'Download all tasks (CSV)',
    csvView: 'Download this view ({n} tasks, CSV)',
    csvFile: 'tasks',
  },
  measure: {
    original: 'The Chinese original (authoritative text)',
    parallel: 'Read this measure side by side with the Chinese original ›',
  },
  sourceErrors: {
    heading: 'Errors in the source itself',
    label: '[editorial note, not in the source]',
    intro: 'These forms are errors of the source (the reposted text) itself, made when it was converted to Traditional script. The site reproduces the text as printed and does not correct it:',
    entry: ['The source prints “', '”; the standard form is “', '”.'],
    where: (n: number) => `${n} times: `,
    top: 'The source has wrong characters from its conversion to Traditional script, reproduced as printed; see the ',
    topLink: 'source notes',
    topEnd: '.',
  },
  aliases: {
    label: 'Also written: ',
    between: '; ',
    editorial: 'editorial: ',
  },
};

export const UI: Record<Locale, UiStrings> = { zh, en };
