/**
 * What the sentence control of a document page copies (./sentence-tools.ts runs it in the browser):
 * the URL of a sentence, of a selection inside one, and a citation quoting the sentence.
 */
import type { Locale } from '../../i18n/locales.ts';
import { apa } from '../cite/apa.ts';
import { gbt7714 } from '../cite/gbt7714.ts';
import type { CiteSource } from '../cite/source.ts';

/**
 * A text directive's value: percent-encoded, and `-` `,` `&` too, which the directive's syntax uses
 * (https://wicg.github.io/scroll-to-text-fragment/). Runs of white space are one space, as the browser matches them.
 */
function directive(text: string): string {
  return encodeURIComponent(text.replace(/\s+/gu, ' ').trim()).replace(/[-!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The URL of a sentence on `page` (the address as the reader has it; its own hash dropped). With a
 * selection inside the sentence, the selection as a text fragment after the sentence anchor: a browser
 * that reads text fragments highlights the words; one that does not still has the sentence anchor (the
 * page script then takes the part before `:~:`).
 */
export function sentenceUrl(page: string, anchor: string, selected?: string): string {
  const url = new URL(page);
  url.hash = '';
  const quoted = selected?.trim() ? `:~:text=${directive(selected)}` : '';
  return `${url.href}#${anchor}${quoted}`;
}

/** The sentence's citation fields: the document's (../cite/sources.ts `documentSource`), the sentence's URL, today. */
export type SentenceSource = Omit<CiteSource, 'url' | 'accessed'>;

/**
 * The sentence in quotation marks, then the document's reference with the sentence's URL: GB/T 7714 in
 * the Chinese edition, APA in the English one (as "Cite this" gives them). A sentence that is not the
 * document's own words says so (`note`: the edition's words for an unofficial translation or a script
 * conversion; empty for the original).
 */
export function sentenceCitation(sentence: string, options: { source: SentenceSource; url: string; accessed: string; locale: Locale; siteName: string; note: string }): string {
  const source: CiteSource = { ...options.source, url: options.url, accessed: options.accessed };
  const text = sentence.replace(/\s+/gu, ' ').trim();
  return options.locale === 'zh'
    ? `“${text}”${options.note}——${gbt7714(source)}`
    : `"${text}"${options.note} — ${apa(source, 'en', options.siteName)}`;
}
