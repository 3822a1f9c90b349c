import type { Element, ElementContent, Root, RootContent } from 'hast';
import { htmlToHast } from 'satteri';

/** What a reader sees of a document page, by region. */
export interface PageText {
  /** The page heading (<h1>, the document's title) and the title as printed where the page shows it (.printed-title). */
  heading: string;
  /** The document text (the element with class `doc-text`). */
  body: string;
  /** The "source notes" section (#source-notes): the cleaning the site applied, line by line. */
  sourceNotes: string;
}

/** Elements whose content is never shown as text. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);

/** Parses a built page (with the HTML parser of the build's own MDX compiler) and reads its regions. */
export function readPageText(html: string): PageText {
  const tree = htmlToHast(html) as Root;
  const region = (test: (element: Element) => boolean) => {
    const found = findElement(tree, test);
    return found ? visibleText(found) : '';
  };
  return {
    heading: `${region((element) => element.tagName === 'h1')} ${region((element) => classNames(element).includes('printed-title'))}`,
    body: region((element) => classNames(element).includes('doc-text')),
    sourceNotes: region((element) => element.properties.id === 'source-notes'),
  };
}

/**
 * The text a reader sees: text nodes in document order, without scripts, styles, comments or hidden
 * elements. Elements are separated by a space, which the comparison ignores where it carries no meaning.
 */
export function visibleText(node: Root | ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    if (NOT_TEXT.has(node.tagName) || node.properties.hidden) return '';
    return ` ${node.children.map(visibleText).join('')} `;
  }
  if (node.type === 'root') return node.children.map(visibleText).join('');
  return '';
}

export function findElement(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

export function classNames(element: Element): string[] {
  const value: unknown = element.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}
