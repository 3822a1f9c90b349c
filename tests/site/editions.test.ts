/**
 * The two editions over the built site: every page has its alternate in the other language and back,
 * `lang` is right, and English pages show no untranslated Chinese outside passages marked as Chinese
 * (proper names beside their English, quoted originals, markers of the Chinese original).
 */
import { describe, expect, it } from 'vitest';
import { attr, elements, textByLang, visibleText } from '../../scripts/lib/built-page.ts';
import { toSimplified } from '../../scripts/translate/script-conversion.ts';
import { builtSite, fileFor, pageAt } from './built-site.ts';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;

describe('editions', () => {
  const pages = builtSite()
    .filter((page) => !page.file.endsWith('404.html'))
    .map((page) => ({ file: page.file, url: page.path, page, document: page.tree }));
  const english = pages.filter((page) => page.url.startsWith('/en/'));
  const chinese = pages.filter((page) => !page.url.startsWith('/en/'));

  it('should build every page in both editions', () => {
    expect(english.length).toBe(chinese.length);
    expect(english.length).toBeGreaterThan(250);
  });

  it('should give every page hreflang alternates that exist and point back', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const byLang = new Map(Object.entries(page.page.alternates).map(([hreflang, href]) => [hreflang, new URL(href).pathname]));
      const own = page.url.startsWith('/en/') ? 'en' : 'zh-Hans';
      if (byLang.get(own) !== page.url) problems.push(`${page.url}: hreflang ${own} is ${byLang.get(own)}`);
      for (const lang of ['zh-Hans', 'en', 'x-default']) {
        const target = byLang.get(lang);
        if (!target || !fileFor(target)) problems.push(`${page.url}: hreflang ${lang} → ${target} does not exist`);
      }
      const other = page.url.startsWith('/en/') ? page.url.slice(3) : `/en${page.url}`;
      if (byLang.get(page.url.startsWith('/en/') ? 'zh-Hans' : 'en') !== other) problems.push(`${page.url}: alternate is not ${other}`);
    }
    expect(problems).toEqual([]);
  });

  it('should set the lang attribute of each edition', () => {
    const wrong = pages.filter((page) => page.page.lang !== (page.url.startsWith('/en/') ? 'en' : 'zh-Hans'));
    expect(wrong.map((page) => page.url)).toEqual([]);
  });

  it('should show no Chinese on English pages outside passages marked lang="zh…"', () => {
    const untranslated: string[] = [];
    for (const page of english) {
      const notChinese = (element: Parameters<typeof attr>[0]) => (attr(element, 'lang') ?? '').startsWith('zh');
      // What the page shows, and what its scripts may show (copy buttons, the filter form): hidden elements' text.
      const hidden = [...elements(page.document)].filter((element) => element.properties.hidden && !notChinese(element)).map((element) => element.children.map((child) => visibleText(child, notChinese)).join(' '));
      for (const text of [visibleText(page.document, notChinese), ...hidden]) {
        const match = HAN.exec(text);
        if (match) untranslated.push(`${page.url}: …${text.slice(Math.max(0, match.index - 30), match.index + 30)}…`);
      }
    }
    expect(untranslated).toEqual([]);
  });

  it('should mark Traditional-script text lang="zh-Hant", not as Simplified', () => {
    const mislabelled: string[] = [];
    for (const page of pages) {
      const simplified = textByLang(page.document).get('zh-Hans') ?? '';
      const converted = toSimplified(simplified);
      if (converted === simplified) continue;
      const at = [...simplified].findIndex((char, index) => [...converted][index] !== char);
      mislabelled.push(`${page.url}: …${[...simplified].slice(Math.max(0, at - 15), at + 15).join('')}…`);
    }
    expect(mislabelled).toEqual([]);
  });

  it('should label translated documents as unofficial and the English original as official', () => {
    const label = (url: string) => pageAt(url).text;
    expect(label('/en/documents/opinions-2024-314/')).toContain('Unofficial translation');
    expect(label('/en/documents/interpretation-2025-01/')).toContain('Official English text');
    expect(label('/documents/interpretation-2025-01/')).toContain('非官方文本');
    expect(label('/documents/pilot-notice-2024/')).toContain('简体字版本');
  });
});
