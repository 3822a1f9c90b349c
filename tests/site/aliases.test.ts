/**
 * Other names on the built pages: every department, city and document page shows its aliases, in
 * both editions, each in an element carrying its `lang`, the editorial ones under the editorial label
 * — the same list, in the same order, as the published model (/data/model.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Alias } from '../../src/schema/localized.ts';
import type { Element } from 'hast';
import { attr, classNames, elements, visibleText } from '../../scripts/lib/built-page.ts';
import { builtSite, DIST, pageAt } from './built-site.ts';

const hasClass = (element: Element, name: string) => classNames(element).includes(name);
const children = (element: Element) => element.children.filter((node): node is Element => node.type === 'element');

/** The aliases a page shows: each span with a lang, and whether it stands under the editorial label. */
function shownAliases(path: string): Alias[] | undefined {
  const line = [...elements(pageAt(path).tree)].find((element) => element.tagName === 'p' && hasClass(element, 'aliases'));
  if (!line) return undefined;
  const spans = (parent: Element, editorial: boolean): Alias[] =>
    children(parent).flatMap((child) => {
      if (hasClass(child, 'aliases-editorial')) return spans(child, true);
      const lang = attr(child, 'lang');
      return lang === undefined ? [] : [{ text: visibleText(child), lang: lang as Alias['lang'], editorial }];
    });
  return spans(line, false);
}

describe('aliases on pages', () => {
  builtSite();
  const { model } = JSON.parse(readFileSync(join(DIST, 'data', 'model.json'), 'utf8')) as { model: Record<'departments' | 'places' | 'documents', Array<{ id: string; aliases: Alias[] }>> };
  const pages = [
    ...model.departments.map((entity) => ({ path: `/departments/${entity.id}/`, aliases: entity.aliases })),
    ...model.places.map((entity) => ({ path: `/cities/${entity.id}/`, aliases: entity.aliases })),
    ...model.documents.map((entity) => ({ path: `/documents/${entity.id}/`, aliases: entity.aliases })),
  ];
  // Texts first, then the editorial ones: the order the line shows them in.
  const expected = (aliases: Alias[]) => [...aliases.filter((alias) => !alias.editorial), ...aliases.filter((alias) => alias.editorial)];

  it.each(['', '/en'])('should show each entity\'s aliases with their lang on its page (edition "%s")', (prefix) => {
    const wrong = pages.filter((page) => JSON.stringify(shownAliases(`${prefix}${page.path}`) ?? []) !== JSON.stringify(expected(page.aliases)));
    expect(wrong.map((page) => page.path)).toEqual([]);
  });

  it('should show the Ministry of Commerce\'s Traditional spelling from the texts and MOFCOM as editorial, in both editions', () => {
    for (const path of ['/departments/shang-wu-bu/', '/en/departments/shang-wu-bu/']) {
      const aliases = shownAliases(path)!;
      expect(aliases, path).toContainEqual({ text: '商務部', lang: 'zh-Hant', editorial: false });
      expect(aliases, path).toContainEqual({ text: 'MOFCOM', lang: 'en', editorial: true });
    }
  });

  it('should show Chongqing\'s short and Traditional names on its city page in both editions', () => {
    for (const [path, label] of [['/cities/chongqing/', '又作'], ['/en/cities/chongqing/', 'Also written']] as const) {
      const aliases = shownAliases(path)!;
      expect(aliases, path).toEqual(expect.arrayContaining([{ text: '重庆', lang: 'zh-Hans', editorial: false }, { text: '重慶市', lang: 'zh-Hant', editorial: true }, { text: 'Chongqing', lang: 'en', editorial: true }]));
      const line = [...elements(pageAt(path).tree)].find((element) => element.tagName === 'p' && hasClass(element, 'aliases'))!;
      expect(visibleText(line).startsWith(label), path).toBe(true);
    }
  });
});
