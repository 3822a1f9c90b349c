/**
 * One spelling in the English edition, US (the official interpretation's): no British form in any
 * English text a reader sees or hears (text, alt, title, aria-label, placeholder, the page title) on any
 * built page, except inside a verbatim quotation of the official interpretation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element, Root, RootContent } from 'hast';
import { attr } from '../../scripts/lib/built-page.ts';
import { britishSpellings } from '../../scripts/check/spelling.ts';
import { ManifestSchema } from '../../src/schema/manifest.ts';
import { builtSite } from './built-site.ts';

type Node = Root | RootContent;

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
    if (current.type === 'element') {
      const element = current as Element;
      if (UNSEEN.includes(element.tagName)) return;
      const own = attr(element, 'lang') ?? inherited;
      if (own.startsWith('en')) for (const name of HEARD) { const value = attr(element, name); if (value) texts.push(value); }
      const children = element.tagName === 'template' && element.content ? element.content.children : element.children;
      if (own !== inherited) flush();
      run += ' ';
      for (const child of children) walk(child, own);
      run += ' ';
      if (own !== inherited) flush();
      return;
    }
    if (current.type === 'text' && inherited.startsWith('en')) run += current.value;
    else if (current.type === 'text') flush();
    if ('children' in current) for (const child of current.children) walk(child, inherited);
  };
  walk(node, lang);
  flush();
  return texts;
}

function interpretationText(): string {
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync('seeds/manifest.json', 'utf8')));
  return manifest.seeds.filter((seed) => seed.lang === 'en').map((seed) => readFileSync(join('seeds', seed.file), 'utf8')).join('\n');
}

describe('US spelling in the English edition', () => {
  it('should use no British spelling outside quotations of the official interpretation', () => {
    const quoted = interpretationText();
    const found = new Map<string, string[]>();
    for (const page of builtSite()) {
      for (const text of englishTexts(page.tree)) {
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
