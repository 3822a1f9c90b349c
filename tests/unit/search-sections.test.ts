/**
 * The order of a result's sections (src/search/sections.ts): a query that names a section further down a
 * long page lands on it, read with the headings it stands under. The sections are the pilot notice's as
 * Pagefind lists them for 試點企業 (document order, headings in Traditional script, excerpts folded).
 */
import { describe, expect, it } from 'vitest';
import { matchWords } from '../../src/search/rank.ts';
import { orderSections, type Section } from '../../src/search/sections.ts';
import { queryPhrases } from '../../src/search/terms.ts';

const page = '/documents/pilot-notice-2024/';
const section = (anchor: string, title: string, excerpt = ''): Section => ({ url: `${page}#${anchor}`, title, excerpt });

const pilotNotice: Section[] = [
  section('p1', '近日,商務部、市場監管總局聯合印發《…', '《关于开展第二批国家级服务业标准化试点(商'),
  section('s2', '二、試點任務', '二、试点任务'),
  section('p9', '試點分為城市試點和企業試點,城市試點…', '试点分为城市试点和企业试点'),
  section('s2-2', '(二)試點企業。', '(二)试点企业。'),
  section('p14', '試點企業應建立健全與試點方向、任務適…', '试点企业应建立健全与试点方向'),
  section('s3', '三、試點基本條件', '三、试点基本条件'),
  section('s3-1', '(一)試點城市。', '(一)试点城市。'),
  section('s3-2', '(二)試點企業。', '(二)试点企业。'),
  section('s3-2-lead', '具有較強的標準化意識,具備一定工作基…', '的通报、行政处罚和媒体曝光,试点企业'),
];

/** The characters of this fixture that differ between the scripts. */
const fold = { 試: '试', 點: '点', 業: '业', 條: '条', 務: '务', 基: '基', 標: '标', 準: '准', 應: '应', 備: '备', 規: '规', 範: '范', 關: '关', 則: '则' } as const;

function order(query: string, sections = pilotNotice): string[] {
  return orderSections(sections, matchWords(queryPhrases(query, fold)), fold).map((found) => found.url.split('#')[1]!);
}

describe('the sections of a result', () => {
  it('lead with the section whose headings name the query, though an earlier one holds its words', () => {
    // (二)試點企業 under 三、試點基本條件 is about conditions; the one under 二、試點任務, about tasks.
    expect(order('試點企業條件').slice(0, 2)).toEqual(['s3-2', 's3-2-lead']);
    expect(order('试点企业条件')[0]).toBe('s3-2');
  });

  it('keep the order of the document between sections that answer alike', () => {
    expect(order('試點企業').slice(0, 3)).toEqual(['s2-2', 'p14', 's3-2']);
  });

  it('read a paragraph with the last heading before it, and a lead paragraph with its own heading', () => {
    // 任務 is named only by the heading p9 and p14 stand under (二、試點任務).
    const byTasks = order('試點企業任務');
    expect(byTasks.indexOf('p14')).toBeLessThan(byTasks.indexOf('s3-2'));
    expect(byTasks.indexOf('p9')).toBeLessThan(byTasks.indexOf('s3-2-lead'));
    // 條件 is named only by the heading s3-2-lead stands under (三、試點基本條件 › (二)試點企業).
    const byConditions = order('企業條件');
    expect(byConditions.indexOf('s3-2-lead')).toBeLessThan(byConditions.indexOf('p14'));
  });

  it('compare Traditional headings with the query through the fold map, and match English by words', () => {
    // p20 answers 标准规范完善 only through the heading it stands under, printed 五、標準規範: once folded.
    const rules = [section('p19', '相關規則…', '相关规则'), section('s5', '五、標準規範', '五、标准规范'), section('p20', '完善相關規則…', '完善相关规则')];
    expect(orderSections(rules, matchWords(queryPhrases('标准规范完善', {})), fold)[0]!.url).toBe(`${page}#p20`);
    expect(orderSections(rules, matchWords(queryPhrases('标准规范完善', {})), {})[0]!.url).toBe(`${page}#s5`);
    const english = [section('s2-2', '(2) Pilot enterprises.'), section('s3', 'III. Basic conditions for pilots'), section('s3-2', '(2) Pilot enterprises.')];
    expect(orderSections(english, matchWords(queryPhrases('pilot enterprises conditions', {})))[0]!.url).toBe(`${page}#s3-2`);
    expect(orderSections(english, matchWords(queryPhrases('pilot enterprises', {})))[0]!.url).toBe(`${page}#s2-2`);
  });

  it('leave the sections as they were when the query names none of them', () => {
    expect(order('外商投资')).toEqual(pilotNotice.map((found) => found.url.split('#')[1]));
  });

  it('keep a long page in the order of the document, too', () => {
    // Forty paragraphs that answer alike: longer than the engine sorts by insertion alone.
    const long = Array.from({ length: 40 }, (_, index) => section(`p${index + 1}`, `第${index + 1}段`, '推进标准化工作'));
    expect(order('标准化', long)).toEqual(long.map((found) => found.url.split('#')[1]));
  });

  it('read a lead paragraph with its own heading and every heading above it, numbered past 9', () => {
    const plan = [
      section('s1', '一、总体要求', '一、总体要求'),
      section('s1-1', '(一)指导思想', '(一)指导思想'),
      section('p5', '坚持稳中求进…', '坚持稳中求进'),
      section('s12', '十二、保障措施', '十二、保障措施'),
      section('s12-10', '(十)绿色发展', '(十)绿色发展'),
      section('s12-10-lead', '推动产业转型…', '推动产业转型'),
      section('p40', '加强组织实施…', '加强组织实施'),
    ];
    // The lead paragraph and the paragraph after it stand under (十)绿色发展; the rest keep their order.
    expect(order('绿色发展', plan)).toEqual(['s12-10', 's12-10-lead', 'p40', 's1', 's1-1', 'p5', 's12']);
  });

  it('read a section under its own anchors when its heading is not listed, not under the last heading listed', () => {
    // Pagefind lists only the sections that hold a match: s12-10 (the lead's heading) and s12 are not here.
    const listed = [section('s1', '一、绿色发展', '一、绿色发展'), section('p3', '各地区各部门…', '组织保障'), section('s12-10-lead', '组织保障…', '组织保障')];
    expect(order('绿色发展 组织保障', listed)).toEqual(['p3', 's1', 's12-10-lead']);
  });

  it('read a paragraph under headings only, not under the paragraph before it, and each heading apart', () => {
    const tasks = [section('s2', '二、推动绿色', '二、推动绿色'), section('p8', '色彩发展…', '色彩发展'), section('p9', '推进绿色发展…', '推进绿色发展'), section('p10', '发展方式转变…', '发展方式转变')];
    // Only p9 names 绿色发展. p10 stands under 二、推动绿色 alone (not under p9), and that heading does not
    // name it joined to p10's own title; p8 and p10 hold its characters with their heading, s2 half of them.
    expect(order('绿色发展', tasks)).toEqual(['p9', 'p8', 'p10', 's2']);
  });

  it('count the English words a section holds, not their letters', () => {
    const english = [section('p1', 'Overview', 'the pilot zone, internal reviews'), section('p2', 'Scope', 'pilot enterprises apply')];
    expect(orderSections(english, matchWords(queryPhrases('pilot enterprises', {}))).map((found) => found.url.split('#')[1])).toEqual(['p2', 'p1']);
  });

  it('read the top of a page (no anchor) with no heading', () => {
    const top = [{ url: page, title: '通知', excerpt: '各省、自治区' }, section('s1', '一、绿色发展', '一、绿色发展')];
    expect(orderSections(top, matchWords(queryPhrases('绿色发展', {})))[0]!.url).toBe(`${page}#s1`);
  });
});
