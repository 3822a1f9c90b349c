/**
 * Sentence anchors on a built document page (README "Sentence anchors"): every word of a paragraph or
 * note stands in a sentence that has an anchor, a paragraph's sentences share one base and count 1, 2 …
 * in order, and no anchor is on the page twice. What it returns per page (the bases in order) lets a
 * test compare the two editions of a document: the same paragraphs, whatever their sentence counts.
 */
import type { Element } from 'hast';
import { attr, classNames, elements, type BuiltPage } from '../lib/built-page.ts';
import { SENTENCE_ANCHOR, sentenceBase } from '../../src/lib/share/sentence-anchor.ts';

export interface SentenceReport {
  /** "#s2-p3-2: …" problems, each naming the anchor or paragraph it is about. */
  problems: string[];
  /** The base of each paragraph's and note's sentences, in page order. */
  bases: string[];
  /** How many sentences the page anchors. */
  sentences: number;
}

const isSentence = (element: Element) => element.tagName === 'span' && SENTENCE_ANCHOR.test(attr(element, 'id') ?? '');
/** The element whose children are a paragraph's sentences: a paragraph's text `<p>`, or a note. */
const holdsSentences = (element: Element, parent: Element | undefined) =>
  (element.tagName === 'p' && parent !== undefined && classNames(parent).includes('para') && !classNames(element).includes('discusses')) || (element.tagName === 'p' && classNames(element).includes('note'));

export function checkSentenceAnchors(page: BuiltPage): SentenceReport {
  const problems: string[] = [];
  const bases: string[] = [];
  const text = [...elements(page.tree, { templates: false })].find((element) => classNames(element).includes('doc-text'));
  if (!text) return { problems: [`${page.path}: no document text (.doc-text)`], bases, sentences: 0 };
  const seen = new Set<string>();
  let sentences = 0;
  const english = attr(text, 'lang') === 'en';
  const visit = (element: Element, parent: Element | undefined) => {
    if (!holdsSentences(element, parent)) {
      // A sentence found here has lost its paragraph's <p> (MDX unravels a paragraph of bare elements).
      if (isSentence(element)) problems.push(`${page.path}#${attr(element, 'id')}: a sentence outside the text of a paragraph or note`);
      for (const child of element.children) if (child.type === 'element') visit(child, element);
      return;
    }
    // A note carries its own anchor; a paragraph's text <p> is inside the anchored .para.
    const where = `${page.path}#${attr(element, 'id') ?? (parent && attr(parent, 'id')) ?? '?'}`;
    const spans = element.children.filter((child): child is Element => child.type === 'element' && isSentence(child));
    const outside = element.children.filter((child) => (child.type === 'text' && child.value.trim() !== '') || (child.type === 'element' && !isSentence(child) && !classNames(child).includes('marker') && !classNames(child).includes('permalink')));
    if (outside.length > 0) problems.push(`${where}: text outside a sentence: "${outside.map((child) => (child.type === 'text' ? child.value : `<${(child as Element).tagName}>`)).join('').trim().slice(0, 40)}"`);
    if (spans.length === 0) return;
    const base = sentenceBase(attr(spans[0]!, 'id')!)!;
    bases.push(base);
    // English sentences are set apart by a space: two sentence elements side by side have lost it.
    if (english) for (const [index, child] of element.children.entries()) if (index > 0 && child.type === 'element' && isSentence(child) && element.children[index - 1]!.type === 'element' && isSentence(element.children[index - 1] as Element)) problems.push(`${where}: no space before #${attr(child, 'id')}`);
    spans.forEach((span, index) => {
      const id = attr(span, 'id')!;
      sentences += 1;
      if (id !== `${base}-${index + 1}`) problems.push(`${where}: sentence ${index + 1} is #${id}, expected #${base}-${index + 1}`);
      if (seen.has(id)) problems.push(`${where}: #${id} is on the page twice`);
      seen.add(id);
    });
  };
  visit(text, undefined);
  const counts = new Map<string, number>();
  for (const element of elements(page.tree)) {
    const id = attr(element, 'id');
    if (id !== undefined && seen.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  for (const [id, count] of counts) if (count > 1) problems.push(`${page.path}: #${id} is the id of ${count} elements`);
  return { problems, bases, sentences };
}
