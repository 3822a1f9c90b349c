import type { Measure, PolicyDocument, TimelineItem } from '../../src/schema/model.ts';
import { anchoredTexts, clauseAt, sentencesOf } from './texts.ts';

/** A full date in a Chinese text; 前 after it makes it a deadline ("2024年10月25日前"). */
const DAY = /(\d{4})年(\d{1,2})月(\d{1,2})日(前)?/gu;
/** A span of years, as in a plan's title: (2024—2025年). */
const YEARS = /(\d{4})\s*[—–-]\s*(\d{4})年/u;
/** A length of time without a start date: 试点期限为2年, 试点期满前2个月 (either script). */
const DURATION = /(?:期限[为為]|期[满滿]前)(\d+)(年|[个個]月)/gu;

const pad = (value: string) => value.padStart(2, '0');

/**
 * Every dated item of the texts: issue dates, dates and deadlines printed in the text, the deadlines of
 * a plan's stages (read with its measures), the span of years a plan covers, and lengths of time whose
 * start the text does not give. Each quotes its words and names the anchor it comes from.
 */
export function extractTimeline(documents: PolicyDocument[], measures: Measure[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const document of documents) {
    const texts = [...anchoredTexts(document)];
    if (document.date) {
      // An issue date counts as printed when the document's date line says it; otherwise it is derived
      // (from the covering notice, a repost, an undated line) and the date note says how.
      const [year, month, day] = document.date.split('-').map(Number);
      const printed = document.blocks.find(
        (block) => block.type === 'paragraph' && block.role === 'date' && block.text.includes(`${year}年${month}月${day}日`),
      );
      items.push({
        id: `${document.id}-issued`,
        kind: 'issued',
        date: document.date,
        document: document.id,
        ...(printed ? { anchor: printed.id } : {}),
        clause: printed && printed.type === 'paragraph' ? printed.text : (document.dateNote ?? document.date),
        editorial: !printed,
      });
    }
    const dateLines = new Set(document.blocks.filter((block) => block.type === 'paragraph' && block.role === 'date').map((block) => block.id));
    let span = false;
    for (const { anchor, text } of texts) {
      if (dateLines.has(anchor)) continue;
      for (const sentence of sentencesOf(text)) {
        for (const match of sentence.matchAll(DAY)) {
          items.push({
            id: `${document.id}-${anchor}-${match[1]}${pad(match[2]!)}${pad(match[3]!)}`,
            kind: 'deadline',
            date: `${match[1]}-${pad(match[2]!)}-${pad(match[3]!)}`,
            document: document.id,
            anchor,
            clause: clauseAt(sentence, match.index),
            editorial: false,
          });
        }
        for (const match of sentence.matchAll(DURATION)) {
          items.push({ id: `${document.id}-${anchor}-duration-${match[1]}${match[2]}`, kind: 'duration', document: document.id, anchor, clause: clauseAt(sentence, match.index), editorial: false });
        }
        const years = YEARS.exec(sentence);
        // The span a plan covers is said once; later mentions repeat it.
        if (years && !span) {
          span = true;
          items.push({ id: `${document.id}-${anchor}-period`, kind: 'period', date: years[1]!, end: years[2]!, document: document.id, anchor, clause: sentence, editorial: false });
        }
      }
    }
  }
  for (const measure of measures.filter((entry) => entry.deadline)) {
    // The deadline is printed in the stage's heading or in the rest of its line: quote and link that text.
    const pieces = [{ anchor: measure.anchor, text: measure.title }, ...measure.body];
    const printed = pieces.find((piece) => /完成时限/u.test(piece.text)) ?? pieces[0]!;
    const clause = /[（(]?完成时限[:：][^）)]*[）)]?/u.exec(printed.text)?.[0] ?? printed.text;
    items.push({ id: `${measure.id}-stage`, kind: 'stage', date: measure.deadline!, document: measure.document, anchor: printed.anchor, measure: measure.id, clause, editorial: false });
  }
  return items.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
}
