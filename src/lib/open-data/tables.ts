/**
 * The CSV tables of the open data: for each, its columns with a description in both languages, the
 * zod schema of a cell (CSV has only text, so numbers and flags are text of a declared form) and how
 * the value is read from the model. The CSV writer, the tables' JSON Schemas and the data page's
 * field lists are all made from these declarations.
 */
import { z } from 'zod';
import type { LocalizedModel } from '../../schema/localized.ts';
import { LangSchema, SlugSchema } from '../../schema/manifest.ts';
import { categoryIds, routes } from '../routes.ts';
import { absoluteUrl } from '../site-url.ts';
import { localePath, type Locale } from '../../i18n/locales.ts';
import { UI } from '../../i18n/ui.ts';
import { unitsOf } from '../plans/local-plan.ts';
import { DOCX_MEDIA_TYPE, downloadsOf } from '../downloads.ts';
import { passageText } from '../citations.ts';
import { CitationFormSchema, COLLECTIVE_SCOPES, DownloadVariantSchema, InstrumentKindSchema, LinkedEntityTypeSchema, PlaceKindSchema, StandardLevelSchema, type LinkedEntityType, type StandardLevel } from '../../schema/vocabulary.ts';

/** Separates the values of a multi-valued cell; no name or id in the model contains it. */
export const LIST_SEPARATOR = '|';

type Cell = string | number | boolean | undefined | readonly string[];

interface ColumnSpec<T> {
  name: string;
  zh: string;
  en: string;
  /** The cell's form as text. */
  cell: z.ZodString | z.ZodEnum;
  /** The model is there for names that need a join (a task's category and places by name). */
  value: (row: T, model: LocalizedModel) => Cell;
}

export interface Table {
  /** File name without extension: /data/{name}.csv. */
  name: string;
  zh: string;
  en: string;
  columns: Array<{ name: string; zh: string; en: string }>;
  /** One record per row, every cell as the text the CSV holds. */
  records: (model: LocalizedModel) => Array<Record<string, string>>;
  /** The schema of one record (the JSON Schema of the table is generated from it). */
  rowSchema: z.ZodObject;
}

const text = () => z.string();
const integer = () => z.string().regex(/^\d+$/);
const optionalInteger = () => z.string().regex(/^(\d+)?$/);
const slug = () => SlugSchema;
const optionalSlug = () => z.string().regex(/^([a-z0-9]+(?:-[a-z0-9]+)*)?$/);
const slugList = () => z.string().regex(/^([a-z0-9-]+(\|[a-z0-9-]+)*)?$/);
const flag = () => z.enum(['true', 'false']);
const url = () => z.string().regex(/^https?:\/\/\S+$/);
const optionalDate = () => z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/);

function cellText(value: Cell): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  return String(value);
}

function table<T>(spec: { name: string; zh: string; en: string; rows: (model: LocalizedModel) => T[]; columns: Array<ColumnSpec<T>> }): Table {
  const rowSchema = z
    .object(Object.fromEntries(spec.columns.map((column) => [column.name, column.cell.meta({ description: column.en })])))
    .meta({ title: `/data/${spec.name}.csv: one row`, description: spec.en });
  return {
    name: spec.name,
    zh: spec.zh,
    en: spec.en,
    columns: spec.columns.map(({ name, zh, en }) => ({ name, zh, en })),
    records: (model) => spec.rows(model).map((row) => Object.fromEntries(spec.columns.map((column) => [column.name, cellText(column.value(row, model))]))),
    rowSchema,
  };
}

/** Readers open the tables in a spreadsheet: codes get their names beside them, in both languages (issue 15). */
const levelName = (level: StandardLevel, locale: Locale) => UI[locale].level[level];
/** The anchor of a citation's sentence on an edition's page of the citing document. */
const passageAnchor = (citation: LocalizedModel['citations'][number], model: LocalizedModel, locale: Locale) =>
  passageText(citation, model.documents.find((document) => document.id === citation.document)!.lang, locale).anchor;
function categoryOf(model: LocalizedModel, list: string, key: string) {
  const category = model.categories.find((entry) => entry.id === `${list}-${key}`);
  if (!category) throw new Error(`unknown category: ${list}-${key}`);
  return category;
}
/** A category as the pages name it: the sub-category's title, or the part's for a part without any. */
const categoryName = (category: LocalizedModel['categories'][number], locale: Locale) =>
  locale === 'zh' ? (category.title ?? category.partTitle) : (category.en.title ?? category.en.partTitle);
function placeNames(model: LocalizedModel, ids: readonly string[], locale: Locale): string[] {
  return ids.map((id) => {
    const place = model.places.find((entry) => entry.id === id);
    if (!place) throw new Error(`unknown place: ${id}`);
    return locale === 'zh' ? place.name : place.en.name;
  });
}
/** The two page columns every entity table ends with. */
function pageColumns<T>(path: (row: T) => string): Array<ColumnSpec<T>> {
  return [
    { name: 'page_zh', zh: '中文页面网址', en: 'URL of the Chinese page', cell: url(), value: (row) => absoluteUrl(path(row)) },
    { name: 'page_en', zh: '英文页面网址', en: 'URL of the English page', cell: url(), value: (row) => absoluteUrl(localePath('en', path(row))) },
  ];
}

/** The relations links.csv uses, each explained in both languages (the data page lists them). */
export const RELATIONS = {
  contains: { zh: '文件包含另一文件（随通知印发）', en: 'a document carries another (issued with it)' },
  'contained-in': { zh: '文件随另一文件印发', en: 'a document is issued with another' },
  implements: { zh: '地方方案落实国家文件', en: 'a local plan implements a national document' },
  'implemented-by': { zh: '国家文件由地方方案落实', en: 'a national document is implemented by a local plan' },
  interprets: { zh: '解读另一文件', en: 'an interpretation of another document' },
  'interpreted-by': { zh: '有官方解读', en: 'a document has an official interpretation' },
  related: { zh: '相关文件', en: 'related documents' },
  'in-category': { zh: '任务属于类别', en: 'a task belongs to a category' },
  'assigned-to': { zh: '任务点名由某地承担', en: 'a task is assigned to a place by name' },
  'collective-assignment-names': { zh: '集体表述中点名某地（如“广州及其他有意愿的试点示范省市”）', en: 'a collective phrase names a place (e.g. “Guangzhou and other willing pilots”)' },
  adopts: { zh: '地方任务逐字采纳国家任务', en: 'a local task adopts a national task word for word' },
  'carries-out': { zh: '任务类别落实措施（编辑关联，附理由）', en: 'a task category carries out a measure (editorial, with its reason)' },
  'in-province': { zh: '城市属于省份', en: 'a city lies in a province' },
  'plan-for': { zh: '地方方案针对某地', en: 'a local plan is issued for a place' },
  issuer: { zh: '部门是文件的发文机关', en: 'a department issues the document' },
  addressee: { zh: '部门是文件的主送机关', en: 'the document is addressed to the department' },
  lead: { zh: '部门牵头（措施或地方任务）', en: 'a department leads (a measure or local task)' },
  'co-responsible': { zh: '部门按职责分工负责', en: 'a department is responsible according to its duties' },
  responsible: { zh: '部门是责任单位（地方任务）', en: 'a department is a responsible unit (local task)' },
} as const;
type Relation = keyof typeof RELATIONS;

/** One edge between two entities; the links table lists every one the model holds. */
interface Link {
  sourceType: LinkedEntityType;
  source: string;
  relation: Relation;
  targetType: LinkedEntityType;
  target: string;
  editorial: boolean;
  note?: string;
}

/** Every link the model holds between entities, each once, in model order. */
function linksOf(model: LocalizedModel): Link[] {
  const links: Link[] = [];
  const add = (link: Omit<Link, 'editorial'> & { editorial?: boolean }) => links.push({ editorial: false, ...link });
  for (const document of model.documents) {
    for (const relation of document.relations) add({ sourceType: 'document', source: document.id, relation: relation.type, targetType: 'document', target: relation.target, editorial: relation.editorial, note: relation.note });
  }
  for (const task of model.tasks) {
    add({ sourceType: 'task', source: task.id, relation: 'in-category', targetType: 'category', target: categoryIds.category(task.list, task.category) });
    for (const place of task.assignment.places) add({ sourceType: 'task', source: task.id, relation: 'assigned-to', targetType: 'city', target: place });
    for (const place of task.assignment.collective?.mentions ?? []) add({ sourceType: 'task', source: task.id, relation: 'collective-assignment-names', targetType: 'city', target: place, note: task.assignment.collective?.phrase });
  }
  for (const local of model.localTasks) add({ sourceType: 'local-task', source: local.id, relation: 'adopts', targetType: 'task', target: local.adopts, note: 'matched word for word' });
  for (const link of model.crosswalk) {
    for (const measure of link.measures) add({ sourceType: 'category', source: categoryIds.category(link.list, link.category), relation: 'carries-out', targetType: 'measure', target: measure, editorial: true, note: link.en.reason });
  }
  for (const place of model.places) {
    if (place.province) add({ sourceType: 'city', source: place.id, relation: 'in-province', targetType: 'city', target: place.province });
    for (const plan of place.plans) add({ sourceType: 'document', source: plan, relation: 'plan-for', targetType: 'city', target: place.id });
  }
  for (const department of model.departments) {
    for (const role of department.roles) {
      const entityType = role.entity === undefined ? 'document' : model.localTasks.some((local) => local.id === role.entity) ? 'local-task' : 'measure';
      add({ sourceType: entityType, source: role.entity ?? role.document, relation: role.role, targetType: 'department', target: department.id });
    }
  }
  return links;
}

export const TABLES: Table[] = [
  table({
    name: 'documents',
    zh: '文件：每份文件一行',
    en: 'Documents: one row per document',
    rows: (model) => model.documents,
    columns: [
      { name: 'id', zh: '文件标识（网址的一部分）', en: 'Document id (part of its URL)', cell: slug(), value: (row) => row.id },
      { name: 'lang', zh: '原文语言（BCP 47）', en: 'Language of the original (BCP 47)', cell: LangSchema, value: (row) => row.lang },
      { name: 'title', zh: '原文标题', en: 'Title of the original', cell: text(), value: (row) => row.title },
      { name: 'title_translated', zh: '标题译文（中文原文为英文译名，英文原文为中文译名；非官方）', en: 'Title in the other language (unofficial translation)', cell: text(), value: (row) => row.translation.title },
      { name: 'title_editorial', zh: '原文无标题行、标题为编辑所加时为 true', en: 'true when the source prints no title line and the title is editorial', cell: flag(), value: (row) => row.titleEditorial },
      { name: 'kind', zh: '文件类型', en: 'Kind of document', cell: text(), value: (row) => row.kind },
      { name: 'issuers', zh: '发文机关（原文写法，以 | 分隔）', en: 'Issuing bodies as printed, separated by |', cell: text(), value: (row) => row.issuers },
      { name: 'doc_number', zh: '文号', en: 'Document number', cell: text(), value: (row) => row.docNumber },
      { name: 'aliases', zh: '其他名称：文中的写法与编辑补充的简称、全称、英文缩写等（以 | 分隔）', en: 'Other names: spellings in the texts and editorial short and full forms, acronyms and the like, separated by |', cell: text(), value: (row) => row.aliases.map((alias) => alias.text) },
      { name: 'date', zh: '日期（YYYY-MM-DD；原文未注明时为空）', en: 'Date (YYYY-MM-DD; empty when the text gives none)', cell: optionalDate(), value: (row) => row.date },
      { name: 'date_note', zh: '日期说明', en: 'Note on the date', cell: text(), value: (row) => row.dateNote },
      { name: 'truncated', zh: '原文不完整时为 true', en: 'true when the source text is incomplete', cell: flag(), value: (row) => row.truncated },
      { name: 'translation_pending', zh: '译文尚未完成时为 true（另一语言版本显示原文）', en: 'true when the translation is not done yet (the other edition shows the original)', cell: flag(), value: (row) => row.translationPending },
      { name: 'seed_file', zh: '原始文本文件（/sources/ 下）', en: 'Raw source file (under /sources/)', cell: text(), value: (row) => row.seedFile },
      ...pageColumns<LocalizedModel['documents'][number]>((row) => routes.document(row.id)),
    ],
  }),
  table({
    name: 'tasks',
    zh: '国家任务清单的任务：每项任务一行',
    en: 'Tasks of the national task lists: one row per task',
    rows: (model) => model.tasks,
    columns: [
      { name: 'id', zh: '任务标识：清单-编号', en: 'Task id: list-number', cell: text(), value: (row) => row.id },
      { name: 'list', zh: '所属任务清单（文件标识）', en: 'Task list (document id)', cell: slug(), value: (row) => row.list },
      { name: 'number', zh: '编号', en: 'Number', cell: integer(), value: (row) => row.number },
      { name: 'title', zh: '任务名称（原文）', en: 'Title as printed (Chinese)', cell: text(), value: (row) => row.title },
      { name: 'title_en', zh: '英文译名（非官方）', en: 'English title (unofficial translation)', cell: text(), value: (row) => row.en.title },
      { name: 'level', zh: '标准层级', en: 'Standard level', cell: StandardLevelSchema, value: (row) => row.level },
      { name: 'level_name', zh: '标准层级（中文）', en: 'Standard level in Chinese', cell: text(), value: (row) => levelName(row.level, 'zh') },
      { name: 'level_name_en', zh: '标准层级（英文）', en: 'Standard level in English', cell: text(), value: (row) => levelName(row.level, 'en') },
      { name: 'category', zh: '类别：部分-子类，如 3-1 即三（一）', en: 'Category: part-sub, e.g. 3-1 for part 3 sub-category (1)', cell: z.string().regex(/^\d+(-\d+)?$/), value: (row) => row.category },
      { name: 'category_name', zh: '类别名称（原文）', en: 'Category name as printed (Chinese)', cell: text(), value: (row, model) => categoryName(categoryOf(model, row.list, row.category), 'zh') },
      { name: 'category_name_en', zh: '类别名称英文译名（非官方）', en: 'Category name in English (unofficial translation)', cell: text(), value: (row, model) => categoryName(categoryOf(model, row.list, row.category), 'en') },
      { name: 'assignment', zh: '承担省市（原文括号内文字）', en: 'Assignment as printed in the parentheses', cell: text(), value: (row) => row.assignment.raw },
      { name: 'assignment_en', zh: '承担省市（英文）', en: 'Assignment in English', cell: text(), value: (row) => row.en.assignment },
      { name: 'places', zh: '点名承担的城市标识（以 | 分隔）', en: 'Places named, by id, separated by |', cell: slugList(), value: (row) => row.assignment.places },
      { name: 'place_names', zh: '点名承担的城市名称（以 | 分隔）', en: 'Places named, by Chinese name, separated by |', cell: text(), value: (row, model) => placeNames(model, row.assignment.places, 'zh') },
      { name: 'place_names_en', zh: '点名承担的城市英文名称（以 | 分隔）', en: 'Places named, by English name, separated by |', cell: text(), value: (row, model) => placeNames(model, row.assignment.places, 'en') },
      { name: 'collective_scope', zh: '集体表述的范围：all 全部 / willing 有意愿 / relevant 有关；点名时为空', en: 'Scope of a collective phrase: all, willing or relevant; empty when places are named', cell: z.enum(['', ...COLLECTIVE_SCOPES]), value: (row) => row.assignment.collective?.scope },
      { name: 'adopted_by', zh: '采纳此任务的地方任务标识（以 | 分隔）', en: 'Local tasks adopting it, by id, separated by |', cell: slugList(), value: (row) => row.adoptedBy },
      { name: 'anchor', zh: '在清单全文中的锚点', en: 'Anchor in the task list’s full text', cell: text(), value: (row) => row.anchor },
      { name: 'source_line', zh: '在原始文本中的行号', en: 'Line in the raw source file', cell: integer(), value: (row) => row.source.line },
      ...pageColumns<LocalizedModel['tasks'][number]>((row) => routes.task(row.list, row.number)),
    ],
  }),
  table({
    name: 'local-tasks',
    zh: '地方实施方案附件表中的任务：每行一项',
    en: 'Tasks of local plans’ annex tables: one row per task',
    rows: (model) => model.localTasks,
    columns: [
      { name: 'id', zh: '任务标识：文件-序号', en: 'Id: document-number', cell: text(), value: (row) => row.id },
      { name: 'document', zh: '所属文件', en: 'Document id', cell: slug(), value: (row) => row.document },
      { name: 'number', zh: '序号', en: 'Number', cell: integer(), value: (row) => row.number },
      { name: 'content', zh: '任务内容（原文）', en: 'Content as printed (Chinese)', cell: text(), value: (row) => row.content },
      { name: 'content_en', zh: '任务内容英文译文（非官方）', en: 'Content in English (unofficial translation)', cell: text(), value: (row) => row.en.content },
      { name: 'group', zh: '所属类别（原文）', en: 'Group as printed', cell: text(), value: (row) => row.group.title },
      { name: 'assignment', zh: '试点城市（原文）', en: 'Pilot city as printed', cell: text(), value: (row) => row.assignment },
      { name: 'lead', zh: '牵头单位（原文写法，以 | 分隔）', en: 'Lead units as printed, separated by |', cell: text(), value: (row) => row.lead },
      { name: 'lead_en', zh: '牵头单位英文名称（以 | 分隔）', en: 'Lead units in English, separated by |', cell: text(), value: (row, model) => unitsOf(model, row).lead.map((unit) => unit.en.name) },
      { name: 'responsible', zh: '责任单位（以 | 分隔；原文为“-”时为空）', en: 'Responsible units, separated by | (empty where the source prints “-”)', cell: text(), value: (row) => row.responsible },
      { name: 'responsible_en', zh: '责任单位英文名称（以 | 分隔）', en: 'Responsible units in English, separated by |', cell: text(), value: (row, model) => unitsOf(model, row).responsible.map((unit) => unit.en.name) },
      { name: 'adopts', zh: '对应的国家任务标识', en: 'The national task it adopts, by id', cell: text(), value: (row) => row.adopts },
      ...pageColumns<LocalizedModel['localTasks'][number]>((row) => routes.task(row.document, row.number)),
    ],
  }),
  table({
    name: 'measures',
    zh: '措施：每项措施一行',
    en: 'Measures: one row per measure',
    rows: (model) => model.measures,
    columns: [
      { name: 'id', zh: '措施标识：文件-键', en: 'Id: document-key', cell: text(), value: (row) => row.id },
      { name: 'document', zh: '所属文件', en: 'Document id', cell: slug(), value: (row) => row.document },
      { name: 'key', zh: '网址中的键：连续编号时为编号，否则为“节-编号”', en: 'Key in the URL: the number, or section-number', cell: z.string().regex(/^\d+(-\d+)*$/), value: (row) => row.key },
      { name: 'number', zh: '编号', en: 'Number', cell: integer(), value: (row) => row.number },
      { name: 'marker', zh: '原文序号', en: 'Marker as printed', cell: text(), value: (row) => row.marker },
      { name: 'title', zh: '标题句（原文）', en: 'Title sentence as printed', cell: text(), value: (row) => row.title },
      { name: 'title_en', zh: '英文译文（非官方，解读原文除外）', en: 'English title (unofficial translation unless the source is English)', cell: text(), value: (row) => row.en.title },
      { name: 'section', zh: '所属部分（原文）', en: 'Section as printed', cell: text(), value: (row) => `${row.section.marker}${row.section.title}` },
      { name: 'deadline', zh: '完成时限（YYYY-MM）', en: 'Deadline (YYYY-MM)', cell: z.string().regex(/^(\d{4}-\d{2})?$/), value: (row) => row.deadline },
      { name: 'responsibility_brackets', zh: '责任分工括注的个数', en: 'Number of responsibility brackets', cell: integer(), value: (row) => row.responsibilities.length },
      { name: 'truncated', zh: '原文在此措施中中断时为 true', en: 'true when the source text stops inside it', cell: flag(), value: (row) => row.truncated },
      ...pageColumns<LocalizedModel['measures'][number]>((row) => routes.measure(row.document, row.key)),
    ],
  }),
  table({
    name: 'categories',
    zh: '任务类别：每个类别一行',
    en: 'Task categories: one row per category',
    rows: (model) => model.categories,
    columns: [
      { name: 'id', zh: '类别标识：清单-键', en: 'Id: list-key', cell: text(), value: (row) => row.id },
      { name: 'list', zh: '所属任务清单', en: 'Task list (document id)', cell: slug(), value: (row) => row.list },
      { name: 'key', zh: '键：部分-子类', en: 'Key: part-sub', cell: z.string().regex(/^\d+(-\d+)?$/), value: (row) => row.key },
      { name: 'level', zh: '标准层级', en: 'Standard level', cell: StandardLevelSchema, value: (row) => row.level },
      { name: 'part_title', zh: '部分标题（原文）', en: 'Part title as printed', cell: text(), value: (row) => row.partTitle },
      { name: 'title', zh: '子类标题（原文；无子类时为空）', en: 'Sub-category title as printed (empty for a part without sub-categories)', cell: text(), value: (row) => row.title },
      { name: 'title_en', zh: '英文译名（非官方）', en: 'English title (unofficial translation)', cell: text(), value: (row) => row.en.title ?? row.en.partTitle },
      { name: 'tasks', zh: '所含任务编号（以 | 分隔）', en: 'Task numbers in it, separated by |', cell: z.string().regex(/^(\d+(\|\d+)*)?$/), value: (row) => row.tasks.map(String) },
      ...pageColumns<LocalizedModel['categories'][number]>((row) => routes.category(row.list, row.key)),
    ],
  }),
  table({
    name: 'cities',
    zh: '试点省市与城市：每地一行',
    en: 'Pilot provinces, municipalities and cities: one row each',
    rows: (model) => model.places,
    columns: [
      { name: 'id', zh: '标识（拼音）', en: 'Id (pinyin)', cell: slug(), value: (row) => row.id },
      { name: 'name', zh: '名称', en: 'Chinese name', cell: text(), value: (row) => row.name },
      { name: 'name_en', zh: '英文名称', en: 'English name', cell: text(), value: (row) => row.en.name },
      { name: 'short_name', zh: '简称（任务中的写法）', en: 'Short name (as tasks print it)', cell: text(), value: (row) => row.shortName },
      { name: 'aliases', zh: '其他名称：文中的写法与编辑补充的简称、全称、英文缩写等（以 | 分隔）', en: 'Other names: spellings in the texts and editorial short and full forms, acronyms and the like, separated by |', cell: text(), value: (row) => row.aliases.map((alias) => alias.text) },
      { name: 'kind', zh: '类型：municipality 直辖市 / province 省 / city 市', en: 'municipality, province or city', cell: PlaceKindSchema, value: (row) => row.kind },
      { name: 'province', zh: '所属省份标识（城市）', en: 'Province id (for a city)', cell: optionalSlug(), value: (row) => row.province },
      { name: 'pilot', zh: '试点示范省市时为 true', en: 'true for a pilot demonstration province or municipality', cell: flag(), value: (row) => row.pilot },
      { name: 'named_tasks', zh: '点名承担的任务数', en: 'Number of tasks assigned to it by name', cell: integer(), value: (row) => row.namedTasks.length },
      ...pageColumns<LocalizedModel['places'][number]>((row) => routes.place(row.id)),
    ],
  }),
  table({
    name: 'departments',
    zh: '部门：每个部门一行',
    en: 'Departments: one row per department',
    rows: (model) => model.departments,
    columns: [
      { name: 'id', zh: '标识（名称拼音）', en: 'Id (pinyin of the Chinese name)', cell: slug(), value: (row) => row.id },
      { name: 'name', zh: '名称', en: 'Chinese name', cell: text(), value: (row) => row.name },
      { name: 'name_en', zh: '英文名称', en: 'English name', cell: text(), value: (row) => row.en.name },
      { name: 'variants', zh: '文中的其他写法（以 | 分隔）', en: 'Other spellings in the texts, separated by |', cell: text(), value: (row) => row.variants.map((variant) => variant.text) },
      { name: 'aliases', zh: '其他名称：文中的写法与编辑补充的简称、全称、英文缩写等（以 | 分隔）', en: 'Other names: spellings in the texts and editorial short and full forms, acronyms and the like, separated by |', cell: text(), value: (row) => row.aliases.map((alias) => alias.text) },
      { name: 'level', zh: 'central 中央 / local 地方', en: 'central or local', cell: z.enum(['central', 'local']), value: (row) => row.level },
      { name: 'roles', zh: '角色数（发文、主送、牵头、负责）', en: 'Number of roles (issuer, addressee, lead, responsible)', cell: integer(), value: (row) => row.roles.length },
      ...pageColumns<LocalizedModel['departments'][number]>((row) => routes.department(row.id)),
    ],
  }),
  table({
    name: 'instruments',
    zh: '原文引用、本站未收录的文件与协定：每项一行（类别与英文名称为编辑内容）',
    en: 'Instruments the texts cite that are not on this site: one row each (kind and English name are editorial)',
    rows: (model) => model.instruments,
    columns: [
      { name: 'id', zh: '标识（网址的一部分）', en: 'Id (part of its URL)', cell: slug(), value: (row) => row.id },
      { name: 'name', zh: '名称（原文书名号内的写法）', en: 'Chinese name, as the texts print it in book-title marks', cell: text(), value: (row) => row.name },
      { name: 'name_en', zh: '英文名称', en: 'English name', cell: text(), value: (row) => row.en.name },
      { name: 'name_en_official', zh: '英文名称取自官方解读时为 true，编辑译名时为 false', en: 'true when the English name is the official interpretation’s, false for an editorial translation', cell: flag(), value: (row) => row.en.source !== undefined },
      { name: 'abbreviation', zh: '简称（如 RCEP）', en: 'Abbreviation (such as RCEP)', cell: text(), value: (row) => row.abbreviation },
      { name: 'aliases', zh: '合并为同一文件的其他名称（以 | 分隔）', en: 'Other names merged into it, separated by |', cell: text(), value: (row) => row.names.map((name) => name.text) },
      { name: 'kind', zh: '类别（编辑内容）：law 法律 / plan 规划纲要 / agreement 协定 / standard 标准 / notice 通知 / guide 指南', en: 'Kind (editorial): law, plan, agreement, standard, notice or guide', cell: InstrumentKindSchema, value: (row) => row.kind },
      { name: 'kind_reason', zh: '类别的理由', en: 'Reason for the kind, in Chinese', cell: text(), value: (row) => row.kindReason.zh },
      { name: 'kind_reason_en', zh: '类别的理由（英文）', en: 'Reason for the kind', cell: text(), value: (row) => row.kindReason.en },
      { name: 'citations', zh: '引用它的原文语句数', en: 'Number of passages citing it', cell: integer(), value: (row, model) => model.citations.filter((citation) => citation.cites.type === 'instrument' && citation.cites.id === row.id).length },
      ...pageColumns<LocalizedModel['instruments'][number]>((row) => routes.instrument(row.id)),
    ],
  }),
  table({
    name: 'citations',
    zh: '引用：原文中以书名号、文号或名称提及其他文件的每处语句一行（自动提取）',
    en: 'Citations: one row per passage of a text that names another document or instrument (found automatically)',
    rows: (model) => model.citations,
    columns: [
      { name: 'id', zh: '标识：文件-锚点-序号', en: 'Id: document-anchor-index', cell: text(), value: (row) => row.id },
      { name: 'document', zh: '引用方文件', en: 'Citing document', cell: slug(), value: (row) => row.document },
      { name: 'anchor', zh: '引用语句所在段落在文件全文中的锚点', en: 'Anchor of the passage in the citing document’s full text', cell: text(), value: (row) => row.anchor },
      { name: 'measure', zh: '引用语句所在的措施标识', en: 'Measure whose text holds the passage, by id', cell: text(), value: (row) => row.measure },
      { name: 'task', zh: '引用语句所在的任务标识（国家任务或地方任务）', en: 'Task or local task whose text holds the passage, by id', cell: text(), value: (row) => row.task ?? row.localTask },
      { name: 'form', zh: '引用形式：book-title 书名号 / nested-title 书名号内的书名号 / doc-number 文号 / name 名称或简称 / quoted 英文引号', en: 'How it is named: book-title, nested-title, doc-number, name (or abbreviation), quoted (English)', cell: CitationFormSchema, value: (row) => row.form },
      { name: 'printed', zh: '原文写法', en: 'The name as printed', cell: text(), value: (row) => row.printed },
      { name: 'sentence', zh: '引用语句（原文）', en: 'The sentence as printed', cell: text(), value: (row) => row.sentence },
      { name: 'sentence_translated', zh: '引用语句的译文（非官方；取自同一段落的译文）', en: 'The sentence in the other language (unofficial; from the translation of the same passage)', cell: text(), value: (row) => row.translation.text },
      { name: 'cites_type', zh: '被引用方类型：document 本站文件 / instrument 未收录的文件与协定', en: 'What is cited: document (on this site) or instrument', cell: z.enum(['document', 'instrument']), value: (row) => row.cites.type },
      { name: 'cites', zh: '被引用方标识', en: 'Id of what is cited', cell: slug(), value: (row) => row.cites.id },
      { name: 'source_line', zh: '在原始文本中的行号', en: 'Line in the raw source file', cell: integer(), value: (row) => row.source.line },
      { name: 'passage_zh', zh: '引用语句的链接（中文页面，直达该句）', en: 'URL of the sentence (Chinese page, to the sentence itself)', cell: url(), value: (row, model) => absoluteUrl(`${routes.document(row.document)}#${passageAnchor(row, model, 'zh')}`) },
      { name: 'passage_en', zh: '引用语句的链接（英文页面，直达该句）', en: 'URL of the sentence (English page, to the sentence itself)', cell: url(), value: (row, model) => absoluteUrl(`${localePath('en', routes.document(row.document))}#${passageAnchor(row, model, 'en')}`) },
    ],
  }),
  table({
    name: 'links',
    zh: '实体之间的关联：每条关联一行',
    en: 'Links between entities: one row per link',
    rows: linksOf,
    columns: [
      { name: 'source_type', zh: '起点类型', en: 'Type of the source entity', cell: LinkedEntityTypeSchema, value: (row) => row.sourceType },
      { name: 'source', zh: '起点标识', en: 'Source id', cell: text(), value: (row) => row.source },
      { name: 'relation', zh: '关系（见数据页的关系说明）', en: 'Relation (explained on the data page)', cell: z.enum(Object.keys(RELATIONS) as [Relation, ...Relation[]]), value: (row) => row.relation },
      { name: 'target_type', zh: '终点类型', en: 'Type of the target entity', cell: LinkedEntityTypeSchema, value: (row) => row.targetType },
      { name: 'target', zh: '终点标识', en: 'Target id', cell: text(), value: (row) => row.target },
      { name: 'editorial', zh: '编辑关联（非原文内容）时为 true', en: 'true for an editorial link, not stated in the source', cell: flag(), value: (row) => row.editorial },
      { name: 'note', zh: '说明（如编辑关联的理由）', en: 'Note (e.g. the reason for an editorial link)', cell: text(), value: (row) => row.note },
    ],
  }),
  table({
    name: 'downloads',
    zh: '文件的 Word 版本：每个 .docx 文件一行（原文、译文、中英对照）',
    en: 'The documents as Word files: one row per .docx file (original, translation, side by side)',
    rows: (model) => model.documents.flatMap(downloadsOf),
    columns: [
      { name: 'file', zh: '文件名', en: 'File name', cell: z.string().regex(/^[a-z0-9-]+\.[A-Za-z-]+\.docx$/), value: (row) => row.name },
      { name: 'document', zh: '所属文件', en: 'Document id', cell: slug(), value: (row) => row.document },
      { name: 'variant', zh: '内容：original 原文；translation 译文（非官方）；side-by-side 中英对照（两栏表格，逐段对齐）', en: 'What it holds: original; translation (unofficial); side-by-side (a two-column table of the aligned segments)', cell: DownloadVariantSchema, value: (row) => row.variant },
      { name: 'lang', zh: '文本语言（BCP 47；中英对照为原文与译文的语言，以 | 分隔）', en: 'Language of the text (BCP 47; side by side: the original’s and the translation’s, separated by |)', cell: z.string().regex(/^(zh-Hans|zh-Hant|en)(\|(zh-Hans|zh-Hant|en))?$/), value: (row) => row.langs },
      { name: 'media_type', zh: '格式（媒体类型）', en: 'Format (media type)', cell: z.enum([DOCX_MEDIA_TYPE]), value: () => DOCX_MEDIA_TYPE },
      { name: 'url', zh: '下载网址', en: 'Download URL', cell: url(), value: (row) => absoluteUrl(row.path) },
    ],
  }),
];
