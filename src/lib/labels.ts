/** Chinese labels for the model's enumerations, shown on pages. */
import type { DocumentKind } from '../schema/manifest.ts';
import type { StandardLevel } from '../schema/model.ts';

export const SITE_NAME = '服务业标准化政策库';
export const SITE_TAGLINE = '国家服务业扩大开放综合试点示范省市标准化建设政策文件、措施与任务';

export const KIND_LABEL: Record<DocumentKind, string> = {
  notice: '通知',
  opinions: '意见',
  'task-list': '任务清单',
  'implementation-plan': '实施方案',
  interpretation: '政策解读',
  'action-plan': '行动计划',
};

export const LEVEL_LABEL: Record<StandardLevel, string> = {
  national: '国家标准',
  industry: '行业标准',
  local: '地方标准',
  group: '团体标准',
  other: '其他工作',
};

export const RELATION_LABEL: Record<string, string> = {
  contains: '包含',
  'contained-in': '收录于',
  implements: '落实',
  'implemented-by': '被落实于',
  interprets: '解读',
  'interpreted-by': '官方解读',
  related: '相关文件',
};

export const ROLE_LABEL: Record<string, string> = {
  issuer: '发文机关',
  addressee: '主送机关',
  lead: '牵头',
  'co-responsible': '按职责分工负责',
  responsible: '责任单位',
};

export const PLACE_KIND_LABEL = { municipality: '直辖市', province: '省', city: '市' } as const;

export const SCOPE_LABEL = { all: '全部试点示范省市', willing: '有意愿的省市', relevant: '有关省市' } as const;

export const CLEANING_LABEL: Record<string, string> = {
  encoding: '编码修复',
  'pinyin-gloss': '删除拼音注音',
  'run-in-paragraphs': '按段落分行',
  'extraction-spaces': '删除PDF提取产生的多余空格',
  'broken-lines': '合并被断开的段落',
  'page-furniture': '删除转载网站的页面信息',
};

export const LANG_LABEL = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' } as const;
