/**
 * A citation's passage in the other language: the sentence of the translated segment that names the
 * cited text (by its name in that language), so an English page quotes the translation's own words; when
 * no sentence names it (the translation paraphrases), the whole segment, never a sentence we made up.
 */
import type { Citation, Model, PolicyDocument } from '../../src/schema/model.ts';
import type { TranslationFile } from '../../src/schema/translation.ts';
import { sentencesOf, textAt } from '../model/texts.ts';
import { passageAnchors } from '../text/passage-anchor.ts';
import { englishSentences } from './quote-translation.ts';

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

/**
 * The passage in the other language, and the anchor its "open" link goes to on that edition's page of
 * the citing document: the page's sentence that holds the quote (scripts/text/passage-anchor.ts), the
 * passage's own when the quote is the whole segment (no sentence of it names the cited text) and the
 * page splits the segment into more than one sentence.
 */
export function citationTranslation(citation: Citation, model: Model, translations: Map<string, TranslationFile>): { lang: Model['documents'][number]['lang']; text: string; anchor: string } {
  const file = translations.get(citation.document)!;
  const text = file.segments.find((segment) => segment.id === citation.segment)?.text;
  if (text === undefined) throw new Error(`no translation for segment "${citation.segment}" of "${citation.document}" (the citation and the segment list disagree)`);
  const names = namesIn(citation, model, translations, file.to).map(folded);
  // A document number keeps its year and serial in a translation (商资发〔2024〕314号 → Shang Zi Fa [2024] No. 314).
  const number = citation.form === 'doc-number' ? /(\d{4})\D+(\d+)/u.exec(citation.printed) : null;
  const namesIt = (sentence: string) => names.some((name) => folded(sentence).includes(name)) || (number !== null && new RegExp(`${number[1]}\\D{1,8}${number[2]}(?!\\d)`, 'u').test(sentence));
  const sentences = file.to === 'en' ? englishSentences(text) : sentencesOf(text);
  const found = sentences.find(namesIt)?.trim();
  const blocks = model.documents.find((document) => document.id === citation.document)!.blocks;
  const quote = found ?? text.trim();
  const start = text.indexOf(quote);
  return { lang: file.to, text: quote, anchor: passageAnchors(blocks)(citation.anchor, text, file.to, start, start + quote.length) };
}

/** The anchor of the page's sentence that holds the quoted sentence on the original's page of the citing document. */
export function originalSentenceAnchor(citation: Citation, document: PolicyDocument): string {
  const text = textAt(document, citation.anchor) ?? '';
  const start = text.indexOf(citation.sentence);
  return passageAnchors(document.blocks)(citation.anchor, text, document.lang, start, start + citation.sentence.length);
}
