/** Reading built pages in tests: their elements and visible text (finding pages: scripts/check/built-pages.ts). */
import { readFileSync } from 'node:fs';
import { fileForPath } from '../../scripts/check/built-pages.ts';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export const DIST = 'dist';

/** The built file for a URL path (site at the domain root), if there is one. */
export const fileFor = (path: string, dist = DIST): string | undefined => fileForPath(dist, '/', path);

export function readPage(file: string) {
  return parse(readFileSync(file, 'utf8'));
}

const isElement = (node: Node): node is Element => 'tagName' in node;
export const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

export function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if (isElement(node) && node.tagName === 'template') yield* elements((node as DefaultTreeAdapterMap['template']).content);
}

/** Elements whose content a reader does not see as page text. */
const UNSEEN = ['script', 'style', 'template', 'noscript', 'head'];

/**
 * The text a reader sees in an element, skipping scripts, styles and any element `skip` rejects;
 * block boundaries become spaces, whitespace runs one space.
 */
export function visibleText(node: Node, skip: (element: Element) => boolean = () => false): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (isElement(current)) {
      if (UNSEEN.includes(current.tagName) || skip(current)) return;
      parts.push(' ');
    }
    if (current.nodeName === '#text') parts.push((current as DefaultTreeAdapterMap['textNode']).value);
    if ('childNodes' in current) for (const child of current.childNodes) walk(child);
    if (isElement(current)) parts.push(' ');
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The visible text of a page by the language it is marked as (the nearest `lang` attribute). */
export function textByLang(node: Node, inherited = ''): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (current: Node, lang: string) => {
    if (isElement(current)) {
      if (UNSEEN.includes(current.tagName)) return;
      lang = attribute(current, 'lang') ?? lang;
      texts.set(lang, `${texts.get(lang) ?? ''} `);
    }
    if (current.nodeName === '#text') texts.set(lang, (texts.get(lang) ?? '') + (current as DefaultTreeAdapterMap['textNode']).value);
    if ('childNodes' in current) for (const child of current.childNodes) walk(child, lang);
  };
  walk(node, inherited);
  return new Map([...texts].map(([lang, text]) => [lang, text.replace(/\s+/g, ' ').trim()]));
}
