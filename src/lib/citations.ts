/**
 * What the citation panels and the instrument pages compute from the citations: the passage in the
 * edition's language, the cited thing's name and page, and groupings. Pure, so pages stay markup.
 */
import { showsOriginal, type Locale } from '../i18n/locales.ts';
import type { LocalizedCitation } from '../schema/localized.ts';
import type { Instrument } from '../schema/model.ts';
import { routes } from './routes.ts';

/**
 * The passage as an edition shows it: the sentence as printed where the text is in the edition's
 * language, else its translation (`translated`, to be labelled unofficial); and the anchor of that
 * sentence on the edition's page of the citing document.
 */
export function passageText(citation: LocalizedCitation, documentLang: string, locale: Locale): { text: string; lang: string; translated: boolean; anchor: string } {
  return showsOriginal(locale, documentLang)
    ? { text: citation.sentence, lang: documentLang, translated: false, anchor: citation.sentenceAnchor }
    : { text: citation.translation.text, lang: citation.translation.lang, translated: true, anchor: citation.translation.anchor };
}

/** Items grouped by a key, groups in the order their first item comes. */
export function groupBy<T>(items: T[], key: (item: T) => string): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups];
}

/** The page of what a citation cites. */
export function citedPath(cites: LocalizedCitation['cites']): string {
  return cites.type === 'document' ? routes.document(cites.id) : routes.instrument(cites.id);
}

/** The citations of an instrument, and of a document by other texts. */
export const citing = (citations: LocalizedCitation[], type: 'document' | 'instrument', id: string) => citations.filter((citation) => citation.cites.type === type && citation.cites.id === id);

/** An instrument's other names as the "also written" line shows them: editorial unless a seed line writes them. */
export function instrumentAliases(instrument: Instrument) {
  return [
    ...(instrument.abbreviation ? [{ text: instrument.abbreviation, lang: /\p{Script=Han}/u.test(instrument.abbreviation) ? 'zh-Hans' : 'en', editorial: true }] : []),
    ...instrument.names.map((name) => ({ text: name.text, lang: name.lang, editorial: name.source === undefined })),
  ] as Array<{ text: string; lang: 'zh-Hans' | 'zh-Hant' | 'en'; editorial: boolean }>;
}
