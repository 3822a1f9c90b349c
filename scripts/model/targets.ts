import type { Measure, PolicyDocument, Target } from '../../src/schema/model.ts';
import { anchoredTexts, clauseAt, sentencesOf } from './texts.ts';

/**
 * A number with the unit of a countable target: N项, N个, N% — optionally followed by 以上 ("or more").
 * 个月 is a length of time, not a count, so it is left out; a number glued to letters (6G, IPv6) has
 * no unit and is not matched.
 */
const TARGET = /(\d+(?:\.\d+)?)\s*(项|个(?!月)|%)(以上)?/gu;
/** A responsibility bracket that closes the previous sentence but is printed after its 。. */
const LEADING_BRACKET = /^〔[^〕]*〕/u;

/** The measure whose text holds an anchor: its heading, its body or one of its items. */
export function measureOf(measures: Measure[], document: string, anchor: string): string | undefined {
  return measures.find(
    (measure) =>
      measure.document === document &&
      (measure.anchor === anchor ||
        measure.body.some((piece) => piece.anchor === anchor) ||
        measure.items.some((item) => item.anchor === anchor || item.parts.includes(anchor))),
  )?.id;
}

/** The numeric targets stated in the documents' texts, each quoted with its clause and sentence. */
export function extractTargets(documents: PolicyDocument[], measures: Measure[]): Target[] {
  const targets: Target[] = [];
  for (const document of documents.filter((entry) => entry.lang !== 'en')) {
    for (const { anchor, text, source } of anchoredTexts(document)) {
      let index = 0;
      for (const printed of sentencesOf(text)) {
        const sentence = printed.replace(LEADING_BRACKET, '');
        for (const match of sentence.matchAll(TARGET)) {
          index += 1;
          const measure = measureOf(measures, document.id, anchor);
          targets.push({
            id: `${document.id}-${anchor}-${index}`,
            document: document.id,
            anchor,
            ...(measure ? { measure } : {}),
            value: Number(match[1]),
            unit: match[2] as Target['unit'],
            atLeast: match[3] !== undefined,
            clause: clauseAt(sentence, match.index),
            sentence,
            source,
          });
        }
      }
    }
  }
  return targets;
}
