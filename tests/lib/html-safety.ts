/**
 * Looks in a built page for markup that seed text could have injected: scripts running the fuzzer's and
 * fixtures' payloads (they all call alert( or carry import/export lines), broken JSON-LD blocks,
 * event-handler attributes, javascript: links, embedded media, a second <h1>, and inside the document
 * text any element the document components do not make.
 */
import type { Element, Root } from 'hast';
import { classNames, parseHtml, type BuiltPage } from '../../scripts/lib/built-page.ts';

/** The elements src/components/doc/ render inside a document's text (.doc-text). */
const DOCUMENT_ELEMENTS = new Set(['section', 'div', 'p', 'h2', 'h3', 'h4', 'h5', 'span', 'a', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td']);
const EMBEDS = new Set(['img', 'iframe', 'object', 'embed', 'math', 'base']);

function* elements(node: Root | Element, inDocument = false): Generator<{ element: Element; inDocument: boolean }> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield { element: child, inDocument };
    yield* elements(child, inDocument || classNames(child).includes('doc-text'));
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const textOf = (element: Element): string => element.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('');

/** What looks injected, as readable findings; empty for a clean page (its HTML, or the page as read). */
function injectedMarkup(page: string | BuiltPage): string[] {
  const found: string[] = [];
  let headings = 0;
  for (const { element, inDocument } of elements(typeof page === 'string' ? parseHtml(page) : page.tree)) {
    const name = element.tagName;
    if (name === 'h1') headings++;
    if (name === 'script') {
      const type = String(element.properties.type ?? '');
      // A data block (JSON-LD) is never run; seed text in it is fine as long as it stays valid JSON —
      // text that closed the element early would leave it broken and put the rest into the page.
      if (/json/i.test(type)) {
        if (!isJson(textOf(element))) found.push(`<script type="${type}"> that is not valid JSON`);
      } else if (/alert\(|import x from|export const a/.test(`${textOf(element)} ${String(element.properties.src ?? '')}`)) {
        found.push(`<script> with "${textOf(element).slice(0, 40)}"`);
      }
    }
    if (EMBEDS.has(name)) found.push(`<${name}> element`);
    for (const [key, value] of Object.entries(element.properties)) {
      if (/^on/i.test(key)) found.push(`${key} attribute on <${name}>`);
      if (typeof value === 'string' && /^\s*javascript:/i.test(value)) found.push(`javascript: URL in ${key} of <${name}>`);
    }
    if (inDocument && !DOCUMENT_ELEMENTS.has(name)) found.push(`<${name}> inside the document text`);
  }
  if (headings !== 1) found.push(`${headings} <h1> elements`);
  return found;
}

/** injectedMarkup over many pages: URL → findings, for the pages with any. */
export function injectedMarkupByPage(pages: Iterable<BuiltPage>): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const page of pages) {
    const findings = injectedMarkup(page);
    if (findings.length > 0) found[page.path] = findings;
  }
  return found;
}
