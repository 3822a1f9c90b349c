/**
 * Glossary consistency: wherever a source segment contains a glossary term (or a department or place
 * name), its translation must use an accepted rendering, so a reader meets one English word for one
 * Chinese term across the whole site. Every accepted form that is not the primary rendering (or an
 * inflection of it) is reported where it is used, so that each stays a reviewed choice.
 */
import type { GlossaryFile, NamesFile, TranslationFile } from '../../src/schema/translation.ts';

export interface Rendering {
  /** Where the agreed rendering is declared, for messages. */
  from: string;
  zh: string[];
  /** Accepted renderings; the first `primary` of them (at least one) are primary. */
  en: string[];
  /** How many of the first renderings are primary: a department's name and abbreviation, a place's name and short name. */
  primary: number;
  /**
   * Official titles that render this term otherwise, as published: inside such a title (in the source
   * and in the translation) the term is not checked.
   */
  inTitles: Array<{ zh: string[]; en: string }>;
  /** Source-side strings in which the term's characters are not the term. */
  notTerm: string[];
}

export function renderingsOf(glossary: GlossaryFile, names: NamesFile, placeNames: Map<string, string[]>): Rendering[] {
  const titlesFor = (id: string) =>
    glossary.terms.filter((title) => title.titleUses.some((use) => use.term === id)).map((title) => ({ zh: [title.zh, ...title.zhVariants], en: title.en }));
  return [
    ...glossary.terms.map((term) => ({ from: `glossary term "${term.id}"`, zh: [term.zh, ...term.zhVariants], en: [term.en, ...term.enForms], primary: 1, inTitles: titlesFor(term.id), notTerm: term.zhNotTerm })),
    ...Object.entries(names.departments).map(([zh, department]) => ({
      from: `department "${zh}"`,
      zh: [zh],
      en: [department.name, ...(department.abbreviation ? [department.abbreviation] : [])],
      primary: 2,
      inTitles: [],
      notTerm: [],
    })),
    ...Object.entries(names.places).map(([id, place]) => ({ from: `place "${id}"`, zh: placeNames.get(id) ?? [], en: [place.name, place.shortName], primary: 2, inTitles: [], notTerm: [] })),
  ];
}

export interface Inconsistency {
  document: string;
  segment: string;
  term: string;
  expected: string;
}

/** A use of an accepted form that is not the primary rendering (nor an inflection of it). */
interface NonPrimaryUse {
  document: string;
  segment: string;
  term: string;
  form: string;
  primary: string;
}

export interface ConsistencyReport {
  inconsistencies: Inconsistency[];
  nonPrimary: NonPrimaryUse[];
}

/** Segments whose source holds a term but whose translation uses none of its renderings, and the uses of non-primary forms. */
export function consistencyOf(file: TranslationFile, renderings: Rendering[]): ConsistencyReport {
  const report: ConsistencyReport = { inconsistencies: [], nonPrimary: [] };
  const toEnglish = file.to === 'en';
  const sides = (rendering: Rendering) => (toEnglish ? [rendering.zh, rendering.en] : [rendering.en, rendering.zh]);
  // Every source-side term, so that a term inside a longer one (国家标准 in 国家标准委) is left to the longer one.
  const allSourceTerms = [...new Set(renderings.flatMap((rendering) => sides(rendering)[0]!))];
  for (const entry of file.segments) {
    if (entry.text.trim() === '') continue;
    for (const rendering of renderings) {
      const [sourceTerms, targetTerms] = sides(rendering) as [string[], string[]];
      if (sourceTerms.length === 0) continue;
      let source = entry.source;
      let text = entry.text;
      for (const title of rendering.inTitles) {
        const [titleSource, titleTarget] = toEnglish ? [title.zh, [title.en]] : [[title.en], title.zh];
        if (!titleTarget.some((form) => contains(text, form, toEnglish))) continue;
        for (const form of titleSource) source = cut(source, form, !toEnglish);
        for (const form of titleTarget) text = cut(text, form, toEnglish);
      }
      const longer = toEnglish ? [...allSourceTerms, ...rendering.notTerm] : allSourceTerms;
      if (!sourceTerms.some((term) => occursOnItsOwn(source, term, longer, !toEnglish))) continue;
      const used = targetTerms.filter((term) => contains(text, term, toEnglish));
      const label = `${rendering.from} (${sourceTerms[0]})`;
      if (used.length === 0) {
        report.inconsistencies.push({ document: file.document, segment: entry.id, term: label, expected: targetTerms[0]! });
      } else if (!used.some((form) => isPrimaryOf(form, targetTerms, toEnglish ? rendering.primary : 1, toEnglish))) {
        report.nonPrimary.push({ document: file.document, segment: entry.id, term: label, form: used[0]!, primary: targetTerms[0]! });
      }
    }
  }
  return report;
}

function isPrimaryOf(form: string, forms: string[], primary: number, english: boolean): boolean {
  return forms.slice(0, Math.max(1, primary)).some((candidate) => isPrimary(form, candidate, english));
}

/** Segments whose source holds a term but whose translation does not use its rendering. */
export function inconsistencies(file: TranslationFile, renderings: Rendering[]): Inconsistency[] {
  return consistencyOf(file, renderings).inconsistencies;
}

/** Chinese terms match as substrings; English ones case-insensitively on word boundaries. */
export function contains(text: string, term: string, english: boolean): boolean {
  if (!english) return text.includes(term);
  return pattern(term).test(text);
}

function pattern(term: string, flags = 'i'): RegExp {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`, flags);
}

/** The text with every occurrence of a term replaced by a separator. */
function cut(text: string, term: string, english: boolean): string {
  return english ? text.replace(pattern(term, 'gi'), '\u0000') : text.split(term).join('\u0000');
}

/** Whether a term occurs at least once outside every longer term that contains it. */
function occursOnItsOwn(text: string, term: string, allTerms: string[], english: boolean): boolean {
  if (!contains(text, term, english)) return false;
  let rest = text;
  const fold = (value: string) => (english ? value.toLowerCase() : value);
  for (const longer of allTerms) {
    if (longer.length > term.length && fold(longer).includes(fold(term))) rest = cut(rest, longer, english);
  }
  return contains(rest, term, english);
}

/**
 * Whether a form is the primary rendering or an inflection of it: the same words up to case, hyphens
 * and a plural ending (pilot demonstrations, opening-up, pilot enterprises).
 */
export function isPrimary(form: string, primary: string, english = true): boolean {
  if (!english) return form === primary;
  const words = (value: string) => value.toLowerCase().split(/[\s-]+/);
  const [a, b] = [words(form), words(primary)];
  return a.length === b.length && a.every((word, index) => sameWord(word, b[index]!));
}

function sameWord(a: string, b: string): boolean {
  const plural = (word: string) => [`${word}s`, `${word}es`, word.replace(/y$/, 'ies')];
  return a === b || plural(a).includes(b) || plural(b).includes(a);
}
