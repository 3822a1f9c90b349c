/**
 * Glossary consistency: wherever a source segment contains a glossary term (or a department or place
 * name), its translation must use the agreed rendering, so a reader meets one English word for one
 * Chinese term across the whole site.
 */
import type { GlossaryFile, NamesFile, TranslationFile } from '../../src/schema/translation.ts';

export interface Rendering {
  /** Where the agreed rendering is declared, for messages. */
  from: string;
  zh: string[];
  /** Accepted renderings; the first is the one the glossary states. */
  en: string[];
}

export function renderingsOf(glossary: GlossaryFile, names: NamesFile, placeNames: Map<string, string[]>): Rendering[] {
  return [
    ...glossary.terms.map((term) => ({ from: `glossary term "${term.id}"`, zh: [term.zh, ...term.zhVariants], en: [term.en, ...term.enForms] })),
    ...Object.entries(names.departments).map(([zh, department]) => ({
      from: `department "${zh}"`,
      zh: [zh],
      en: [department.name, ...(department.abbreviation ? [department.abbreviation] : [])],
    })),
    ...Object.entries(names.places).map(([id, place]) => ({ from: `place "${id}"`, zh: placeNames.get(id) ?? [], en: [place.name, place.shortName] })),
  ];
}

export interface Inconsistency {
  document: string;
  segment: string;
  term: string;
  expected: string;
}

/** Segments whose source holds a term but whose translation does not use its rendering. */
export function inconsistencies(file: TranslationFile, renderings: Rendering[]): Inconsistency[] {
  const found: Inconsistency[] = [];
  const toEnglish = file.to === 'en';
  for (const entry of file.segments) {
    if (entry.text.trim() === '') continue;
    for (const rendering of renderings) {
      const [sourceTerms, targetTerms] = toEnglish ? [rendering.zh, rendering.en] : [rendering.en, rendering.zh];
      if (sourceTerms.length === 0) continue;
      const occurs = sourceTerms.some((term) => contains(entry.source, term, !toEnglish));
      if (!occurs) continue;
      if (!targetTerms.some((term) => contains(entry.text, term, toEnglish))) {
        found.push({ document: file.document, segment: entry.id, term: `${rendering.from} (${sourceTerms[0]})`, expected: targetTerms[0]! });
      }
    }
  }
  return found;
}

/** Chinese terms match as substrings; English ones case-insensitively on word boundaries. */
export function contains(text: string, term: string, english: boolean): boolean {
  if (!english) return text.includes(term);
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`, 'i').test(text);
}
