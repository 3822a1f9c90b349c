/** Reading the built site in tests: its HTML pages, their URLs, and their visible text. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export const DIST = 'dist';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The URL path a built file is served at. */
export const urlOf = (file: string, dist = DIST) => `/${relative(dist, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;

/** The built file for a URL path, if there is one. */
export function fileFor(path: string, dist = DIST): string | undefined {
  const decoded = decodeURIComponent(path);
  return [join(dist, decoded, 'index.html'), join(dist, decoded)].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

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

/**
 * The text a reader sees in an element, skipping scripts, styles and any element `skip` rejects;
 * block boundaries become spaces, whitespace runs one space.
 */
export function visibleText(node: Node, skip: (element: Element) => boolean = () => false): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (isElement(current)) {
      if (['script', 'style', 'template', 'noscript', 'head'].includes(current.tagName) || skip(current)) return;
      parts.push(' ');
    }
    if (current.nodeName === '#text') parts.push((current as DefaultTreeAdapterMap['textNode']).value);
    if ('childNodes' in current) for (const child of current.childNodes) walk(child);
    if (isElement(current)) parts.push(' ');
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
