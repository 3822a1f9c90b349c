import type { Element } from 'hast';
import { classNames, findElement, parseHtml, visibleText } from '../lib/built-page.ts';

/** What a reader sees of a document page, by region. */
export interface PageText {
  /** The page heading (<h1>, the document's title) and the title as printed where the page shows it (.printed-title). */
  heading: string;
  /** The document text (the element with class `doc-text`). */
  body: string;
  /** The "source notes" section (#source-notes): the cleaning the site applied, line by line. */
  sourceNotes: string;
}

/** Reads a document page's regions, with the site's one page reader (scripts/lib/built-page.ts). */
export function readPageText(html: string): PageText {
  const tree = parseHtml(html);
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
