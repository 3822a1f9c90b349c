/**
 * One spelling in the English edition, US (the official interpretation's): no British form in any
 * English text a reader sees or hears (text, alt, title, aria-label, placeholder, the page title) on any
 * built page, except inside a verbatim quotation of the official interpretation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DefaultTreeAdapterMap } from 'parse5';
import { builtPages } from '../../scripts/check/built-pages.ts';
import { britishSpellings } from '../../scripts/check/spelling.ts';
import { ManifestSchema } from '../../src/schema/manifest.ts';
import { DIST, attribute, readPage } from './built-site.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const HEARD = ['alt', 'title', 'aria-label', 'placeholder'];
const UNSEEN = ['script', 'style', 'noscript'];

/** English text of a page: runs of text under an English `lang`, block by block, and English attribute values. */
function englishTexts(node: Node, lang = ''): string[] {
  const texts: string[] = [];
  let run = '';
  const flush = () => {
    if (run.trim()) texts.push(run.replace(/\s+/g, ' ').trim());
    run = '';
  };
  const walk = (current: Node, inherited: string) => {
    if ('tagName' in current) {
      const element = current as Element;
      if (UNSEEN.includes(element.tagName)) return;
      const own = attribute(element, 'lang') ?? inherited;
      if (own.startsWith('en')) for (const name of HEARD) { const value = attribute(element, name); if (value) texts.push(value); }
      if (element.tagName === 'template') { walk((element as DefaultTreeAdapterMap['template']).content, own); return; }
      if (own !== inherited) flush();
      run += ' ';
      for (const child of element.childNodes) walk(child, own);
      run += ' ';
      if (own !== inherited) flush();
      return;
    }
    if (current.nodeName === '#text' && inherited.startsWith('en')) run += (current as DefaultTreeAdapterMap['textNode']).value;
    else if (current.nodeName === '#text') flush();
    if ('childNodes' in current) for (const child of (current as { childNodes: Node[] }).childNodes) walk(child, inherited);
  };
  walk(node, lang);
  flush();
  return texts;
}

function interpretationText(): string {
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync('seeds/manifest.json', 'utf8')));
  return manifest.seeds.filter((seed) => seed.lang === 'en').map((seed) => readFileSync(join('seeds', seed.file), 'utf8')).join('\n');
}

describe.skipIf(!existsSync(join(DIST, 'index.html')))('US spelling in the English edition', () => {
  it('should use no British spelling outside quotations of the official interpretation', () => {
    const quoted = interpretationText();
    const found = new Map<string, string[]>();
    const pages = builtPages(DIST).filter((page) => page.file.endsWith('.html'));
    for (const page of pages) {
      for (const text of englishTexts(readPage(page.file))) {
        for (const problem of britishSpellings(text, quoted)) {
          const where = found.get(problem.word.toLowerCase()) ?? [];
          where.push(`${page.path}: …${problem.context}…`);
          found.set(problem.word.toLowerCase(), where);
        }
      }
    }
    // One line per word, with its first three places and how many more.
    const report = [...found].map(([word, where]) => `${word} (${where.length}×): ${where.slice(0, 3).join(' | ')}`);
    expect(report).toEqual([]);
  });
});
