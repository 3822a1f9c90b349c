/**
 * The page as Pagefind indexes it — never as readers see it (dist/ is not changed):
 * - every text node is folded to Simplified script and has its Chinese words spaced
 *   (src/search/terms.ts `indexText`), the same way the browser treats a query;
 * - a folded (Traditional-script) title keeps its printed form as `original_title` metadata, and the
 *   page says `script:zh-Hant`, so results can show the title as printed and say the excerpt is folded;
 * - paragraphs, sections, task lines and table rows with an anchor become sub-results
 *   (`data-pagefind-title`), so a result can link to the exact paragraph;
 * - the sentences of a paragraph are its text again (their `<span id>` unwrapped, their text joined):
 *   Pagefind would keep every element with an id as an anchor in the page's fragment, and segment
 *   each sentence apart — the index and its excerpts stay as they were before sentences had anchors.
 */
import type { Element, Root, RootContent, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { attr, parseHtml, propertyName } from '../lib/built-page.ts';
import { foldScript, indexText, KEPT_GAP, type CharMap, type Unit } from '../../src/search/terms.ts';
import { SENTENCE_ANCHOR } from '../../src/lib/share/sentence-anchor.ts';

type Node = Root | RootContent;

/** Text that indexing changes: Chinese characters and punctuation, full-width letters and digits. */
const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const SKIP = new Set(['script', 'style', 'template', 'noscript']);
/** Elements with an anchor that a result can point into, by class (or tag). */
const ANCHORED = (element: Element) =>
  element.tagName === 'section' || element.tagName === 'tr' || /\b(para|task|note)\b/.test(attr(element, 'class') ?? '');
/**
 * Elements Pagefind runs into their neighbours ("编号60出处", "Number35Source"): a space after each keeps
 * their words apart in the index, and excerpts readable (marked as a space of the text, see terms.ts).
 */
const BLOCK_END = KEPT_GAP;
const SEPARATED = new Set(['dt', 'dd', 'li', 'td', 'th', 'caption', 'figcaption', 'summary', 'label', 'p', 'div', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** How much of a paragraph names its sub-result. */
const SUB_TITLE_LENGTH = 18;

/**
 * The text Pagefind reads in a node: without scripts, styles, templates, noscript fallbacks and what
 * `data-pagefind-ignore` marks; sibling nodes joined by `gap` (a space keeps words of neighbouring elements apart).
 */
export function indexedText(node: Node, gap = ''): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && (SKIP.has(node.tagName) || attr(node, 'data-pagefind-ignore') !== undefined)) return '';
  return 'children' in node ? node.children.map((child) => indexedText(child, gap)).join(gap) : '';
}
function emptySpan(attrs: Record<string, string>): Element {
  const properties = Object.fromEntries(Object.entries(attrs).map(([name, value]) => [propertyName(name), value]));
  return { type: 'element', tagName: 'span', properties: { hidden: true, ...properties }, children: [] };
}

/** A paragraph's children with its sentences unwrapped and neighbouring text joined into one node. */
function unwrapSentences(children: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const child of children) {
    const pieces = child.type === 'element' && child.tagName === 'span' && SENTENCE_ANCHOR.test(attr(child, 'id') ?? '') ? child.children : [child];
    for (const piece of pieces) {
      const last = out.at(-1);
      if (piece.type === 'text' && last?.type === 'text') last.value += piece.value;
      else out.push(piece.type === 'text' ? { ...piece } : piece);
    }
  }
  return out;
}

/** Names an anchored element's sub-result: a section by its heading, other blocks by their first words. */
function subTitle(element: Element): string {
  if (element.tagName === 'section') {
    const heading = element.children.find((child) => child.type === 'element' && /^h[2-6]$/.test(child.tagName));
    if (heading) return indexedText(heading).trim();
  }
  const text = indexedText(element).replace(/\s+/g, ' ').trim();
  return [...text].length > SUB_TITLE_LENGTH ? `${[...text].slice(0, SUB_TITLE_LENGTH).join('')}…` : text;
}

export function indexView(html: string, map: CharMap, unit: Unit = 'word'): string {
  const document = parseHtml(html);
  let folded = false;
  let article: Element | undefined;
  const visit = (node: Node, parent: Element | Root | undefined, inArticle: boolean): void => {
    let inside = inArticle;
    if (node.type === 'element') {
      if (SKIP.has(node.tagName)) return;
      if (node.tagName === 'p' && node.children.some((child) => child.type === 'element' && child.tagName === 'span')) node.children = unwrapSentences(node.children) as Element['children'];
      if (article === undefined && attr(node, 'data-pagefind-body') !== undefined) {
        article = node;
        inside = true;
      }
      if (inside && parent && attr(node, 'data-pagefind-meta') === 'title') {
        const printed = indexedText(node).trim();
        if (foldScript(printed, map) !== printed) parent.children.push(emptySpan({ 'data-pagefind-meta': 'original_title[data-value]', 'data-value': printed }));
      }
      if (inside && attr(node, 'id') && attr(node, 'data-pagefind-title') === undefined && ANCHORED(node)) {
        const title = subTitle(node);
        if (title) node.properties[propertyName('data-pagefind-title')] = title;
      }
    }
    // Only the indexed part of the page matters, and only its Chinese text changes.
    if (inside && node.type === 'text') {
      // A space between two elements is the text's own: marked, so excerpts keep it.
      if (node.value.trim() === '' && node.value !== '') node.value = `${node.value}${KEPT_GAP}`;
      if (!HAN.test(node.value)) return;
      if (!folded && foldScript(node.value, map) !== node.value) folded = true;
      node.value = indexText(node.value, map, unit);
    }
    if (node.type === 'element' || node.type === 'root') for (const child of [...node.children]) visit(child, node, inside);
    if (inside && node.type === 'element' && SEPARATED.has(node.tagName)) node.children.push({ type: 'text', value: BLOCK_END } satisfies Text);
  };
  visit(document, undefined, false);
  if (article && folded) article.children.push(emptySpan({ 'data-pagefind-meta': 'script:zh-Hant' }));
  return toHtml(document, { upperDoctype: true, allowDangerousCharacters: true, characterReferences: { useNamedReferences: true } });
}
