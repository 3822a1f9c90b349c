/**
 * The citations of the seeds (scripts/model/citations.ts over the real texts): the examples the issue
 * names, each scoped to the document it is about — the Wuhan plan's 商资发〔2024〕314号 and its title of
 * the notice, the agreements of the Opinions' measure (五), the action plan's RCEP without marks, the
 * Task List's tasks, the interpretation's quoted "Opinions" and full English titles. Rules on small input: model-citations.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../scripts/build-content.ts';

describe('citations in the seeds', () => {
  // One model for the file, read and translated when the first test asks for it (not while tests are collected).
  let loaded: ReturnType<typeof loadSiteContent> | undefined;
  const site = () => (loaded ??= loadSiteContent('seeds'));
  const inDocument = async (document: string) => (await site()).model.citations.filter((citation) => citation.document === document);

  it("should link the Wuhan plan's 商资发〔2024〕314号 to the notice, from its note 3", async () => {
    const numbers = (await inDocument('wuhan-plan')).filter((citation) => citation.form === 'doc-number');
    expect(numbers.map((citation) => [citation.anchor, citation.printed, citation.cites])).toEqual([['note-3', '商资发〔2024〕314号', { type: 'document', id: 'notice-2024-314' }]]);
  });

  it("should link the Wuhan plan's title of the notice to the notice, and the two titles nested in it to the Opinions and the Task List", async () => {
    const p2 = (await inDocument('wuhan-plan')).filter((citation) => citation.anchor === 'p2');
    expect(p2.map((citation) => [citation.form, citation.cites.id])).toEqual([
      ['book-title', 'notice-2024-314'],
      ['nested-title', 'opinions-2024-314'],
      ['nested-title', 'task-list-1'],
    ]);
  });

  it("should find the three agreements measure (五) of the Opinions benchmarks against, in its sentence", async () => {
    const m5 = (await inDocument('opinions-2024-314')).filter((citation) => citation.measure === 'opinions-2024-314-5');
    expect(m5.map((citation) => citation.cites.id)).toEqual(['cptpp', 'depa', 'ifd-agreement']);
    expect(m5[0]!.sentence).toMatch(/^支持试点示范省市主动对标《全面与进步跨太平洋伙伴关系协定》/u);
    expect(m5[0]!.translation.text).toMatch(/"Comprehensive and Progressive Agreement for Trans-Pacific Partnership"/u);
  });

  it('should find the RCEP the action plan names without book-title marks, in measure (二十一)', async () => {
    const rcep = (await inDocument('action-plan-2024-2025')).filter((citation) => citation.cites.id === 'rcep');
    expect(rcep.map((citation) => [citation.form, citation.printed, citation.measure])).toEqual([['name', '区域全面经济伙伴关系协定', 'action-plan-2024-2025-21']]);
  });

  it('should attach the Task List\'s citations to their tasks, and quote the English of the task line', async () => {
    const list = await inDocument('task-list-1');
    expect(list.map((citation) => [citation.task, citation.cites.id])).toEqual([
      ['task-list-1-103', 'services-domestic-regulation-reference-paper'],
      ['task-list-1-104', 'ifd-agreement'],
    ]);
    expect(list[1]!.translation).toEqual({ lang: 'en', text: 'Explore work related to the implementation of the "Investment Facilitation for Development Agreement"', anchor: 'task-104' });
  });

  it('should find the quoted "Opinions" in the English interpretation, quoting the Chinese translation\'s sentence', async () => {
    const p3 = (await inDocument('interpretation-2025-01')).filter((citation) => citation.anchor === 'p3');
    expect(p3.map((citation) => [citation.printed, citation.cites.id])).toEqual([['"Opinions"', 'opinions-2024-314']]);
    expect(p3[0]!.translation.text).toMatch(/^在介绍《意见》出台背景时/u);
  });

  it("should find the interpretation's full quoted English titles of the Opinions and the Task List, which its translations give them", async () => {
    const p1 = (await inDocument('interpretation-2025-01')).filter((citation) => citation.anchor === 'p1');
    expect(p1.map((citation) => [citation.printed, citation.cites.id])).toEqual([
      ['"Opinions on Supporting Standardization Construction and Promoting Institutional Opening in National Service Industry Comprehensive Pilot Demonstration Provinces and Cities"', 'opinions-2024-314'],
      ['"National Service Industry Comprehensive Pilot Demonstration Provinces and Cities Standard Revision and Related Work Task List (First Batch)"', 'task-list-1'],
    ]);
  });

  it('should give every instrument the English name the glossary gives the same term', async () => {
    const { model, glossary } = await site();
    for (const instrument of model.instruments) {
      const term = glossary.find((entry) => entry.zh === instrument.name);
      if (term?.en) expect(instrument.en.name, instrument.id).toBe(term.en);
    }
  });
});

