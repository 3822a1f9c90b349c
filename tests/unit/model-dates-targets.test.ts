/**
 * The dates and the numeric targets the model reads from texts (scripts/model/timeline.ts, targets.ts),
 * on small hand-made documents, one rule at a time: what the timeline and targets pages list, each item
 * quoting its words and linking its anchor. tests/unit/model-build.test.ts sees them in a whole corpus.
 */
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../scripts/model/targets.ts';
import { extractTimeline } from '../../scripts/model/timeline.ts';
import type { BlockNode, Measure, PolicyDocument } from '../../src/schema/model.ts';

const source = (line: number) => ({ file: 'seeds/a.txt', line });
const paragraph = (id: string, text: string, role = 'body'): BlockNode => ({ type: 'paragraph', id, role, text, source: source(1) }) as BlockNode;
const document = (id: string, blocks: BlockNode[], extra: Partial<PolicyDocument> = {}): PolicyDocument => ({ id, lang: 'zh-Hans', blocks, ...extra }) as PolicyDocument;
const measure = (id: string, extra: Partial<Measure>): Measure => ({ id, document: 'plan', anchor: `${id}-h`, title: '', body: [], items: [], ...extra }) as Measure;

describe('the timeline', () => {
  it('should take the issue date from the date line that prints it, not from another paragraph that mentions it', () => {
    const notice = document('notice', [paragraph('p1', '自2024年3月5日起施行。'), paragraph('p2', '2024年3月5日', 'date')], { date: '2024-03-05' });
    const issued = extractTimeline([notice], []).find((item) => item.kind === 'issued');
    expect(issued).toEqual({ id: 'notice-issued', kind: 'issued', date: '2024-03-05', document: 'notice', anchor: 'p2', clause: '2024年3月5日', editorial: false });
  });

  it('should mark an issue date no date line prints as ours, quoting the date note', () => {
    const repost = document('repost', [paragraph('p1', '正文。'), paragraph('p2', '2023年12月1日', 'date')], { date: '2024-01-09', dateNote: '转发通知的日期' });
    expect(extractTimeline([repost], []).find((item) => item.kind === 'issued')).toEqual({ id: 'repost-issued', kind: 'issued', date: '2024-01-09', document: 'repost', clause: '转发通知的日期', editorial: true });
    const undated = document('undated', [paragraph('p1', '正文。')], { date: '2024-01-09' });
    expect(extractTimeline([undated], []).find((item) => item.kind === 'issued')).toMatchObject({ clause: '2024-01-09', editorial: true });
  });

  it('should list dates printed in the text, with or without 前, padded, and skip the date lines themselves', () => {
    const notice = document('notice', [paragraph('p1', '请于2024年3月5日前报送，2024年10月25日召开会议。'), paragraph('p2', '2024年3月1日', 'date')]);
    expect(extractTimeline([notice], [])).toEqual([
      { id: 'notice-p1-20240305', kind: 'deadline', date: '2024-03-05', document: 'notice', anchor: 'p1', clause: '请于2024年3月5日前报送', editorial: false },
      { id: 'notice-p1-20241025', kind: 'deadline', date: '2024-10-25', document: 'notice', anchor: 'p1', clause: '2024年10月25日召开会议', editorial: false },
    ]);
  });

  it('should list lengths of time of any number of digits, and the span of years a plan covers once', () => {
    const plan = document('plan', [paragraph('p1', '（2024 — 2025年）。试点期限为12个月。'), paragraph('p2', '2024—2025年期间，试点期满前2个月。')]);
    expect(extractTimeline([plan], []).map((item) => [item.kind, item.anchor, item.clause, item.date, item.end])).toEqual([
      ['period', 'p1', '（2024 — 2025年）。', '2024', '2025'],
      ['duration', 'p1', '试点期限为12个月', undefined, undefined],
      ['duration', 'p2', '试点期满前2个月', undefined, undefined],
    ]);
  });

  it('should quote a stage\'s deadline where it is printed, bracketed or not, else its heading', () => {
    const measures = [
      measure('plan-1', { title: '第一阶段（完成时限：2025年6月）', deadline: '2025-06' }),
      measure('plan-2', { title: '第二阶段', body: [{ anchor: 'm2-lead', text: '全面推广，完成时限：2026年12月' }], deadline: '2026-12' }),
      measure('plan-3', { title: '第三阶段', deadline: '2027-01' }),
      measure('plan-4', { title: '没有时限' }),
    ];
    expect(extractTimeline([], measures)).toEqual([
      { id: 'plan-1-stage', kind: 'stage', date: '2025-06', document: 'plan', anchor: 'plan-1-h', measure: 'plan-1', clause: '（完成时限：2025年6月）', editorial: false },
      { id: 'plan-2-stage', kind: 'stage', date: '2026-12', document: 'plan', anchor: 'm2-lead', measure: 'plan-2', clause: '完成时限：2026年12月', editorial: false },
      { id: 'plan-3-stage', kind: 'stage', date: '2027-01', document: 'plan', anchor: 'plan-3-h', measure: 'plan-3', clause: '第三阶段', editorial: false },
    ]);
  });
});

describe('numeric targets', () => {
  const plan = document('plan', [
    { type: 'outline', id: 'm1', depth: 1, marker: '一、', ordinal: 1, title: '制定标准10项以上。', lead: '其中国家标准3项。', source: source(2), children: [paragraph('p1', '覆盖率达到2.55%，〔商务部牵头〕新建5个中心。')] } as BlockNode,
    paragraph('p2', '培育企业〔20家〕30个以上；建设周期6个月。'),
    paragraph('p3', '另有4项。'),
  ]);
  const other = document('other', [paragraph('m1', '建成7项。')]);
  const measures = [
    measure('plan-1', { anchor: 'm1', body: [{ anchor: 'm1-lead', text: '' }, { anchor: 'p1', text: '' }] }),
    measure('plan-2', { anchor: 'm2', items: [{ marker: '1.', title: '', text: '', anchor: 'item-1', parts: ['p2'] }, { marker: '2.', title: '', text: '', anchor: 'p3', parts: [] }] }),
  ];

  it('should read each number with its unit, 以上, clause and sentence, and the measure whose heading, body or item holds it', () => {
    expect(extractTargets([plan], measures).map((target) => [target.id, target.measure, target.value, target.unit, target.atLeast, target.clause, target.sentence])).toEqual([
      ['plan-m1-1', 'plan-1', 10, '项', true, '制定标准10项以上', '制定标准10项以上。'],
      ['plan-m1-lead-1', 'plan-1', 3, '项', false, '其中国家标准3项', '其中国家标准3项。'],
      ['plan-p1-1', 'plan-1', 2.55, '%', false, '覆盖率达到2.55%', '覆盖率达到2.55%，〔商务部牵头〕新建5个中心。'],
      ['plan-p1-2', 'plan-1', 5, '个', false, '〔商务部牵头〕新建5个中心', '覆盖率达到2.55%，〔商务部牵头〕新建5个中心。'],
      ['plan-p2-1', 'plan-2', 30, '个', true, '培育企业〔20家〕30个以上', '培育企业〔20家〕30个以上；'],
      ['plan-p3-1', 'plan-2', 4, '项', false, '另有4项', '另有4项。'],
    ]);
  });

  it('should leave out the bracket that closes the previous sentence, and name no measure for a text outside them, nor one of another document', () => {
    const bracketed = document('plan', [paragraph('p9', '完善机制。〔商务部牵头〕建成8项以上。')]);
    expect(extractTargets([bracketed, other], measures).map((target) => [target.id, target.measure, target.sentence])).toEqual([
      ['plan-p9-1', undefined, '建成8项以上。'],
      ['other-m1-1', undefined, '建成7项。'],
    ]);
  });

  it('should read no targets in English texts', () => {
    expect(extractTargets([document('en', [paragraph('p1', '10项以上')], { lang: 'en' })], [])).toEqual([]);
  });
});
