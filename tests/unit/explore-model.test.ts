/**
 * The numbers and dates the overview pages show, extracted from the texts at build time: targets,
 * timeline, glossary occurrences. Expectations come from DOMAIN.md's reading of the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../scripts/build-content.ts';
import type { SiteContent } from '../../scripts/emit/write-content.ts';
import { anchoredTexts } from '../../scripts/model/texts.ts';
import { sentenceWithNumbers } from '../../scripts/translate/quote-translation.ts';

let content: SiteContent;
beforeAll(async () => {
  content = await loadSiteContent('seeds');
});

/** All texts of a document at an anchor, joined (a table row has one per cell). */
const textAt = (document: string, anchor: string) =>
  [...anchoredTexts(content.model.documents.find((entry) => entry.id === document)!)]
    .filter((piece) => piece.anchor === anchor)
    .map((piece) => piece.text)
    .join('\n');

describe('targets', () => {
  it("should find Wuhan's four stage targets exactly as the stage items read them (≥100, ≥60, ≥10, ≥50)", () => {
    const wuhan = content.model.targets.filter((target) => target.document === 'wuhan-plan');
    const items = content.model.measures.find((measure) => measure.id === 'wuhan-plan-3-2')!.items.map((item) => item.target!);
    expect(wuhan.map((target) => ({ atLeast: target.value, unit: target.unit, clause: target.clause }))).toEqual(items);
    expect(wuhan.every((target) => target.atLeast && target.measure === 'wuhan-plan-3-2')).toBe(true);
  });

  it("should find the action plan's targets, among them 50 %, 50 pilots, 700 agricultural standards and 90 % consistency", () => {
    const plan = content.model.targets.filter((target) => target.document === 'action-plan-2024-2025');
    expect(plan.map((target) => `${target.value}${target.unit}${target.atLeast ? '+' : ''}`).sort()).toEqual(
      ['50%+', '50个', '20项', '60项', '700项', '100个', '300个', '30个', '100项+', '80个', '50项', '90%+'].sort(),
    );
    const find = (value: number, unit: string) => plan.find((target) => target.value === value && target.unit === unit)!;
    expect(find(700, '项').clause).toBe('制修订农业领域标准700项');
    expect(find(90, '%').measure).toBe('action-plan-2024-2025-25');
    expect(find(50, '个').clause).toBe('建成国家高端装备制造业标准化试点50个');
  });

  it('should not take a number glued to letters (6G, IPv6) or a length of months for a target', () => {
    expect(content.model.targets.filter((target) => /6G|IPv6|个月|個月/u.test(target.clause))).toEqual([]);
    expect(content.model.targets.some((target) => target.document === 'pilot-notice-2024')).toBe(false);
  });

  it('should quote every target word for word from the text at its anchor, and in English by a sentence with the same number', () => {
    for (const target of content.model.targets) {
      const text = textAt(target.document, target.anchor);
      expect(text, target.id).toContain(target.clause);
      expect(text, target.id).toContain(target.sentence);
      expect(target.sentence, target.id).toContain(target.clause);
      expect(target.en.sentence, target.id).toMatch(new RegExp(`(?<![\\d.])${target.value}(?!\\d)`));
    }
  });
});

describe('timeline', () => {
  const item = (id: string) => content.model.timeline.find((entry) => entry.id === id)!;

  it("should read the pilot notice's deadlines (2024-10-25 application, 2024-11-08 recommendation) from their paragraphs", () => {
    const deadlines = content.model.timeline.filter((entry) => entry.kind === 'deadline').map((entry) => [entry.date, entry.document, entry.anchor]);
    expect(deadlines).toEqual([
      ['2024-10-25', 'pilot-notice-2024', 's4-1-lead'],
      ['2024-11-08', 'pilot-notice-2024', 's4-2-lead'],
    ]);
    expect(item('pilot-notice-2024-s4-1-lead-20241025').translation.text).toMatch(/^By 25 October 2024,/);
  });

  it("should read Wuhan's three stage deadlines (2025-04, 2025-08, 2025-12) where the text prints them", () => {
    const stages = content.model.timeline.filter((entry) => entry.kind === 'stage');
    expect(stages.map((entry) => entry.date)).toEqual(['2025-04', '2025-08', '2025-12']);
    for (const stage of stages) expect(textAt(stage.document, stage.anchor!)).toContain(stage.clause);
    expect(stages[0]!.clause).toBe('（完成时限：2025年4月）');
  });

  it("should read the action plan's 2024–2025 horizon from its title line", () => {
    const periods = content.model.timeline.filter((entry) => entry.kind === 'period');
    expect(periods.map((entry) => [entry.document, entry.date, entry.end, entry.anchor])).toEqual([['action-plan-2024-2025', '2024', '2025', 'p1']]);
  });

  it('should date every dated document, and label as editorial the dates its text does not print', () => {
    const issued = content.model.timeline.filter((entry) => entry.kind === 'issued');
    expect(issued.map((entry) => entry.document).sort()).toEqual(content.model.documents.filter((document) => document.date).map((document) => document.id).sort());
    const printed = issued.filter((entry) => !entry.editorial).map((entry) => [entry.document, entry.date, entry.anchor]);
    expect(printed.sort()).toEqual([
      ['notice-2024-314', '2024-12-31', 'p5'],
      ['pilot-notice-2024', '2024-09-11', 'p21'],
    ]);
    // The Opinions and the Task List carry the notice's date; the action plan's is a repost date; the interpretation's year is inferred.
    expect(item('action-plan-2024-2025-issued')).toMatchObject({ editorial: true, clause: expect.stringContaining('转载日期') });
    expect(item('interpretation-2025-01-issued').translation.lang).toBe('zh-Hans');
  });

  it('should keep the two-year pilot period as a length without a date', () => {
    const durations = content.model.timeline.filter((entry) => entry.kind === 'duration');
    expect(durations.map((entry) => [entry.clause, entry.date])).toEqual([
      ['試點期限為2年', undefined],
      ['試點單位應在試點期滿前2個月內對照試點任務完成自查自評', undefined],
    ]);
    expect(durations[0]!.translation.text).toBe('The pilot period is 2 years.');
  });
});

describe('glossary occurrences', () => {
  it('should list only anchors whose text holds the term (a Chinese spelling, or its English rendering, the official one included, in the English original)', () => {
    for (const term of content.glossary) {
      for (const occurrence of term.occurrences) {
        const english = content.model.documents.find((document) => document.id === occurrence.document)!.lang === 'en';
        const spellings = english ? [term.en, ...term.enForms, ...(term.official ? [term.official] : [])].map((spelling) => spelling.toLowerCase()) : [term.zh, ...term.zhVariants];
        for (const anchor of occurrence.anchors) {
          const text = textAt(occurrence.document, anchor);
          expect(spellings.some((spelling) => (english ? text.toLowerCase() : text).includes(spelling)), `${term.id} at ${occurrence.document}#${anchor}`).toBe(true);
        }
      }
    }
  });

  it('should find 以旧换新 in the Traditional-script pilot notice through its variant spelling', () => {
    const term = content.glossary.find((entry) => entry.id === 'trade-in')!;
    expect(term.occurrences.map((occurrence) => occurrence.document)).toContain('pilot-notice-2024');
  });
});

describe('quoting a translation by its numbers', () => {
  it('should pick the sentence that states all the numbers', () => {
    expect(sentenceWithNumbers('Do this. Build 80 pilots by 2025. Then that.', ['80', '2025'], { file: 'f.json', segment: 'p1' })).toBe('Build 80 pilots by 2025.');
  });

  it('should not take 150 for 50', () => {
    expect(() => sentenceWithNumbers('Build 150 pilots.', ['50'], { file: 'seeds/translations/en/x.json', segment: 'm2-lead' })).toThrow(
      /seeds\/translations\/en\/x\.json: segment "m2-lead": no sentence of the translation states 50/,
    );
  });
});
