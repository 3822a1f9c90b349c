/**
 * The page as Pagefind indexes it — never as readers see it (dist/ is not changed):
 * - every text node is folded to Simplified script and has its Chinese words spaced
 *   (src/search/terms.ts `indexText`), the same way the browser treats a query;
 * - a folded (Traditional-script) title keeps its printed form as `original_title` metadata, and the
 *   page says `script:zh-Hant`, so results can show the title as printed and say the excerpt is folded;
 * - paragraphs, sections, task lines and table rows with an anchor become sub-results
 *   (`data-pagefind-title`), so a result can link to the exact paragraph.
 */
import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { foldScript, indexText, KEPT_GAP, type CharMap, type Unit } from '../../src/search/terms.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/** Text that indexing changes: Chinese characters and punctuation, full-width letters and digits. */
const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const SKIP = new Set(['script', 'style', 'template', 'noscript']);
/** Elements with an anchor that a result can point into, by class (or tag). */
const ANCHORED = (element: Element) =>
  element.tagName === 'section' || element.tagName === 'tr' || /\b(para|task|note)\b/.test(attribute(element, 'class') ?? '');
/**
 * Elements Pagefind runs into their neighbours ("编号60出处", "Number35Source"): a space after each keeps
 * their words apart in the index, and excerpts readable (marked as a space of the text, see terms.ts).
 */
const BLOCK_END = KEPT_GAP;
const SEPARATED = new Set(['dt', 'dd', 'li', 'td', 'th', 'caption', 'figcaption', 'summary', 'label', 'p', 'div', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** How much of a paragraph names its sub-result. */
const SUB_TITLE_LENGTH = 18;

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}
function setAttribute(element: Element, name: string, value: string): void {
  const existing = element.attrs.find((attr) => attr.name === name);
  if (existing) existing.value = value;
  else element.attrs.push({ name, value });
}
function isElement(node: Node): node is Element {
  return 'tagName' in node;
}
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as TextNode).value;
  if (!('childNodes' in node) || (isElement(node) && (SKIP.has(node.tagName) || attribute(node, 'data-pagefind-ignore') !== undefined))) return '';
  return node.childNodes.map(textOf).join('');
}
function emptySpan(parent: Element, attrs: Record<string, string>): Element {
  return {
    nodeName: 'span',
    tagName: 'span',
    attrs: [{ name: 'hidden', value: '' }, ...Object.entries(attrs).map(([name, value]) => ({ name, value }))],
    namespaceURI: parent.namespaceURI,
    childNodes: [],
    parentNode: parent,
  } as Element;
}

/** Names an anchored element's sub-result: a section by its heading, other blocks by their first words. */
function subTitle(element: Element): string {
  if (element.tagName === 'section') {
    const heading = element.childNodes.find((child) => isElement(child) && /^h[2-6]$/.test(child.tagName));
    if (heading) return textOf(heading).trim();
  }
  const text = textOf(element).replace(/\s+/g, ' ').trim();
  return [...text].length > SUB_TITLE_LENGTH ? `${[...text].slice(0, SUB_TITLE_LENGTH).join('')}…` : text;
}

export function indexView(html: string, map: CharMap, unit: Unit = 'word'): string {
  const document = parse(html);
  let folded = false;
  let article: Element | undefined;
  const visit = (node: Node, inArticle: boolean): void => {
    let inside = inArticle;
    if (isElement(node)) {
      if (SKIP.has(node.tagName)) return;
      if (article === undefined && attribute(node, 'data-pagefind-body') !== undefined) {
        article = node;
        inside = true;
      }
      if (inside && attribute(node, 'data-pagefind-meta') === 'title') {
        const printed = textOf(node).trim();
        if (foldScript(printed, map) !== printed) node.parentNode?.childNodes.push(emptySpan(node.parentNode as Element, { 'data-pagefind-meta': 'original_title[data-value]', 'data-value': printed }));
      }
      if (inside && attribute(node, 'id') && attribute(node, 'data-pagefind-title') === undefined && ANCHORED(node)) {
        const title = subTitle(node);
        if (title) setAttribute(node, 'data-pagefind-title', title);
      }
    }
    // Only the indexed part of the page matters, and only its Chinese text changes.
    if (inside && node.nodeName === '#text') {
      const text = node as TextNode;
      // A space between two elements is the text's own: marked, so excerpts keep it.
      if (text.value.trim() === '' && text.value !== '') text.value = `${text.value}${KEPT_GAP}`;
      if (!HAN.test(text.value)) return;
      if (!folded && foldScript(text.value, map) !== text.value) folded = true;
      text.value = indexText(text.value, map, unit);
    }
    if ('childNodes' in node) for (const child of [...node.childNodes]) visit(child, inside);
    if (inside && isElement(node) && SEPARATED.has(node.tagName)) node.childNodes.push({ nodeName: '#text', value: BLOCK_END, parentNode: node } as TextNode);
  };
  visit(document, false);
  if (article && folded) article.childNodes.push(emptySpan(article, { 'data-pagefind-meta': 'script:zh-Hant' }));
  return serialize(document);
}
