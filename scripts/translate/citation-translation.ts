/**
 * A citation's passage in the other language: the sentence of the translated segment that names the
 * cited text (by its name in that language), so an English page quotes the translation's own words; when
 * no sentence names it (the translation paraphrases), the whole segment, never a sentence we made up.
 */
import type { Citation, Model } from '../../src/schema/model.ts';
import type { TranslationFile } from '../../src/schema/translation.ts';
import { englishSentences, sentencesOf } from '../model/texts.ts';

/** The names the cited text goes by in a language: an instrument's English name and abbreviation, a document's translated titles. */
function namesIn(citation: Citation, model: Model, translations: Map<string, TranslationFile>, lang: string): string[] {
  if (citation.cites.type === 'instrument') {
    const instrument = model.instruments.find((entry) => entry.id === citation.cites.id)!;
    return lang === 'en' ? [instrument.en.name, ...(instrument.abbreviation ? [instrument.abbreviation] : []), ...instrument.names.filter((name) => name.lang === 'en').map((name) => name.text)] : [instrument.name];
  }
  const document = model.documents.find((entry) => entry.id === citation.cites.id)!;
  if (document.lang.startsWith('zh') === lang.startsWith('zh')) return [document.title, document.shortTitle.replace(/^《([^》]+)》$/u, '$1')];
  const file = translations.get(document.id);
  const title = (id: string) => file?.segments.find((segment) => segment.id === id)?.text;
  return [title('meta-title'), title('meta-short-title')].filter((text): text is string => text !== undefined).map((text) => text.replace(/^the /iu, ''));
}

/** A name or sentence as compared: full-width forms folded (（首批） and (首批) alike), case ignored. */
const folded = (text: string) => text.normalize('NFKC').toLowerCase();

export function citationTranslation(citation: Citation, model: Model, translations: Map<string, TranslationFile>): { lang: Model['documents'][number]['lang']; text: string } {
  const file = translations.get(citation.document)!;
  const text = file.segments.find((segment) => segment.id === citation.segment)?.text;
  if (text === undefined) throw new Error(`no translation for segment "${citation.segment}" of "${citation.document}" (the citation and the segment list disagree)`);
  const names = namesIn(citation, model, translations, file.to).map(folded);
  // A document number keeps its year and serial in a translation (商资发〔2024〕314号 → Shang Zi Fa [2024] No. 314).
  const number = citation.form === 'doc-number' ? /(\d{4})\D+(\d+)/u.exec(citation.printed) : null;
  const yearAndSerial = number && new RegExp(`${number[1]}\\D{1,8}${number[2]}(?!\\d)`, 'u');
  const namesIt = (sentence: string) => names.some((name) => folded(sentence).includes(name)) || (yearAndSerial?.test(sentence) ?? false);
  const sentences = file.to === 'en' ? englishSentences(text) : sentencesOf(text);
  const found = sentences.find(namesIt);
  return { lang: file.to, text: (found ?? text).trim() };
}
