import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Interface words live in the typed tables of src/i18n/ui.ts (issue 16, item 4): a page or component
 * that chooses between two literal phrases by edition (`english ? 'Full text…' : '全文…'`) keeps one
 * language's words where a translator will not look for them, and nothing checks that both exist.
 * Choices between data fields (`english ? term.en : term.zh`) and language codes are fine.
 */
const SOURCES = globSync('src/**/*.{astro,ts}').filter((file) => !file.startsWith('src/i18n/'));
/**
 * A literal branch of a choice on the edition (either branch), up to the first expression or tag: quoted
 * text, a template, or the text at the start of a JSX element. It does not follow a branch past `{…}`.
 */
const CHOICE = /english\s*(?:\?|&&)\s*(?:'([^']*)'|"([^"]*)"|`([^`]*)`|\(?\s*<[^>]*>([^{<]*))|english\s*\?[^:\n]{0,200}?:\s*(?:'([^']*)'|`([^`]*)`|<[^>]*>([^{<]*))/gu;
/** Words: a CJK character, or two Latin words in a row. */
const WORDS = /[\u4e00-\u9fff]|[A-Za-z]{2,}[\s(,.:;]+[A-Za-z]{2,}/u;

describe('interface words are in the tables', () => {
  it('no page, component or module outside src/i18n/ picks a phrase by edition', () => {
    const found: string[] = [];
    for (const file of SOURCES) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(CHOICE)) {
        const literal = match.slice(1).find((branch) => branch !== undefined) ?? '';
        const line = text.slice(0, match.index).split('\n').length;
        if (WORDS.test(literal.replace(/\$\{[^}]*\}/gu, ''))) found.push(`${file}:${line}: ${match[0].slice(0, 60)}`);
      }
    }
    expect(found).toEqual([]);
  });
});
