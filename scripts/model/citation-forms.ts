/**
 * The shapes in which official Chinese texts name other texts, found in one piece of text: book titles
 * 《…》 (with titles nested in them as 〈…〉), document numbers (文号) in any bracket form, and quoted
 * titles in English texts. What a name refers to is decided elsewhere (citations.ts); here only where
 * names stand and what they say.
 */
import type { CitationForm } from '../../src/schema/vocabulary.ts';
import { nameKey } from './derived-aliases.ts';

/** A name found in a text. */
export interface FoundName {
  form: CitationForm;
  /** As printed, with its marks: 《数字经济伙伴关系协定》, 〈意见〉, 商资发〔2024〕314号. */
  printed: string;
  /** The name without its marks; for a document number, the whole run of Han characters before the bracket with the number. */
  name: string;
  /** Where `printed` starts in the text. */
  index: number;
}

const BOOK_TITLE = /《([^《》]+)》/gu;
const NESTED_TITLE = /〈([^〈〉]+)〉/gu;
/** Issuer code, year in any bracket form, serial number and 号; spaces from PDF extraction allowed ("314 号"). */
const DOC_NUMBER = /(\p{Script=Han}{1,12})\s*[〔[(（［【]\s*(\d{4})\s*[〕\])）］】]\s*(\d+)\s*号/gu;

/** Book titles and the titles nested in them, in the order they start. */
export function bookTitles(text: string): FoundName[] {
  const found: FoundName[] = [];
  for (const match of text.matchAll(BOOK_TITLE)) {
    found.push({ form: 'book-title', printed: match[0], name: match[1]!, index: match.index });
    for (const nested of match[1]!.matchAll(NESTED_TITLE)) {
      found.push({ form: 'nested-title', printed: nested[0], name: nested[1]!, index: match.index + 1 + nested.index });
    }
  }
  return found;
}

/** Document numbers; `name` is the Han run before the bracket joined with `〔year〕N号`, which may start with words that are not the issuer code (按照商资发…). */
export function docNumbers(text: string): FoundName[] {
  return [...text.matchAll(DOC_NUMBER)].map((match) => ({ form: 'doc-number', printed: match[0], name: `${match[1]}〔${match[2]}〕${match[3]}号`, index: match.index }));
}

/**
 * Known English titles quoted in an English text, in straight or typographic double quotes. Only known
 * names: English quotes also mark headings and terms, and a stray quote (the interpretation has some)
 * would pair the wrong marks.
 */
export function quotedNames(text: string, names: string[]): FoundName[] {
  const found: FoundName[] = [];
  for (const name of names) {
    for (const match of text.matchAll(new RegExp(`["“]${escape(name)}["”]`, 'gu'))) found.push({ form: 'quoted', printed: match[0], name, index: match.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Where a name is written without marks: a Chinese name anywhere (outside the spans given), an ASCII
 * abbreviation only as a whole word (RCEP, not inside RCEPS).
 */
export function bareNames(text: string, names: string[], outside: Array<[number, number]>): FoundName[] {
  const found: FoundName[] = [];
  for (const name of names) {
    const pattern = /^[A-Za-z0-9-]+$/u.test(name) ? new RegExp(`(?<![A-Za-z0-9])${name}(?![A-Za-z0-9])`, 'gu') : new RegExp(escape(name), 'gu');
    for (const match of text.matchAll(pattern)) {
      if (outside.some(([start, end]) => match.index >= start && match.index < end)) continue;
      found.push({ form: 'name', printed: match[0], name, index: match.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * When two titles are one: as `nameKey` (width, case, spaces in Chinese), with nested marks 〈〉 read as
 * 《》 and a title wholly inside 《》 read without them (the manifest's short title 《意见》 is 意见).
 */
export function titleKey(text: string): string {
  const key = nameKey(text).replace(/〈/gu, '《').replace(/〉/gu, '》');
  return /^《[^《》]+》$/u.test(key) ? key.slice(1, -1) : key;
}

/** A document number with its year in 〔〕, whatever brackets it was printed with. */
export function docNumberKey(text: string): string {
  return nameKey(text).replace(/[〔[(［【]\s*(\d{4})\s*[〕\])］】]\s*(\d+)\s*号/u, '〔$1〕$2号');
}
