/**
 * Which edition shows a text as it stands and which its translation: one rule (showsOriginal in
 * src/i18n/locales.ts) that a page's words about a document (pageContext), a cited passage
 * (passageText) and the timeline's clauses all follow.
 */
import { describe, expect, it } from 'vitest';
import { pageContext } from '../../src/i18n/context.ts';
import { LOCALES, showsOriginal } from '../../src/i18n/locales.ts';
import { passageText } from '../../src/lib/citations.ts';
import type { LocalizedCitation } from '../../src/schema/localized.ts';

/** The languages a document's original is written in (LangSchema): both Chinese scripts, and English. */
const LANGS = ['zh-Hans', 'zh-Hant', 'en'] as const;
/** The other language of each: a Chinese original's translation is English, an English one's Simplified Chinese. */
const translationOf = (lang: string) => (lang === 'en' ? 'zh-Hans' : 'en');

describe('showsOriginal', () => {
  it('should show a Chinese text as printed in the Chinese edition, in either script, and translate it in the English one', () => {
    expect(showsOriginal('zh', 'zh-Hans')).toBe(true);
    expect(showsOriginal('zh', 'zh-Hant')).toBe(true);
    expect(showsOriginal('en', 'zh-Hans')).toBe(false);
    expect(showsOriginal('en', 'zh-Hant')).toBe(false);
  });

  it('should show an English text as it stands in the English edition and translate it in the Chinese one', () => {
    expect(showsOriginal('en', 'en')).toBe(true);
    expect(showsOriginal('zh', 'en')).toBe(false);
  });

  it('should give every text its original in exactly one edition', () => {
    for (const lang of LANGS) expect(LOCALES.filter((locale) => showsOriginal(locale, lang)), lang).toHaveLength(1);
  });
});

describe('the pages that follow it', () => {
  const cases = LOCALES.flatMap((locale) => LANGS.map((lang) => ({ locale, lang, original: showsOriginal(locale, lang) })));

  it.each(cases)('should quote a passage of a $lang document in the $locale edition as the rule says', ({ locale, lang, original }) => {
    const citation = { sentence: 'as printed', sentenceAnchor: 'p1-1', translation: { text: 'translated', lang: translationOf(lang), anchor: 'p1-2' } } as LocalizedCitation;
    expect(passageText(citation, lang, locale)).toEqual(
      original ? { text: 'as printed', lang, translated: false, anchor: 'p1-1' } : { text: 'translated', lang: translationOf(lang), translated: true, anchor: 'p1-2' },
    );
  });

  it.each(cases)('should show a $lang document in the $locale edition as the rule says', ({ locale, lang, original }) => {
    const document = { lang, title: 'as printed', issuers: [], relations: [], en: { issuers: [] }, translation: { lang: translationOf(lang), title: 'translated', issuers: [], relationNotes: [], pending: false } };
    const text = pageContext(locale).documentText(document as never);
    expect({ original: text.original, title: text.title, lang: text.lang }).toEqual(original ? { original: true, title: 'as printed', lang } : { original: false, title: 'translated', lang: translationOf(lang) });
  });
});
