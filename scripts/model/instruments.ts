/**
 * seeds/editorial/instruments.json: the instruments the texts cite that are not documents of the corpus,
 * with their kind and English name (editorial, each with its reason) and the other names merged into
 * each. Together with the documents' own names (title, printed heading, short title, number) and the
 * reviewed document names of seeds/editorial/aliases.json, they make the index a citation is resolved by.
 */
import { access } from 'node:fs/promises';
import { InstrumentsFileSchema, type AliasesFile, type InstrumentsFile } from '../../src/schema/editorial.ts';
import type { Cited, Instrument, PolicyDocument } from '../../src/schema/model.ts';
import { SeedError, SeedErrors } from '../lib/seed-error.ts';
import { readLocatedJson, type LocatedJson } from '../read/editorial-json.ts';
import type { SourceLine } from '../lib/source-line.ts';
import { checkSource } from './aliases.ts';
import { docNumberKey, titleKey } from './citation-forms.ts';

const INSTRUMENTS_PATH = 'editorial/instruments.json';

/** Reads and validates the file; a seeds folder without one has no instruments (a corpus citing none). */
export async function readInstruments(seedsDir: string): Promise<LocatedJson<InstrumentsFile>> {
  try {
    await access(`${seedsDir}/${INSTRUMENTS_PATH}`);
  } catch {
    return { data: { instruments: [] }, label: `seeds/${INSTRUMENTS_PATH}`, lineOf: () => undefined };
  }
  return readLocatedJson(seedsDir, INSTRUMENTS_PATH, InstrumentsFileSchema);
}

/** The names a citation may use, each leading to one document or instrument. */
export interface NameIndex {
  /** Title key (titleKey) → what it names. */
  titles: Map<string, Cited[]>;
  /** Document numbers by their key (docNumberKey), with the issuer code's length in characters. */
  numbers: Array<{ key: string; code: number; cited: Cited }>;
  /** Names found without marks: instruments' full Chinese names and abbreviations. */
  bare: Array<{ text: string; cited: Cited }>;
  /** English names, found quoted in English texts. */
  english: string[];
}

type DocumentNames = AliasesFile['documents'];

/**
 * The index of every name; a name given to two different things is reported at its line. A document's
 * titles in its translation (`translatedTitles`, by document id) are names an English text quotes it by.
 */
export function nameIndex(documents: PolicyDocument[], documentNames: DocumentNames, located: LocatedJson<InstrumentsFile>, translatedTitles: Map<string, string[]> = new Map()): NameIndex {
  const { data: file, label, lineOf } = located;
  const index: NameIndex = { titles: new Map(), numbers: [], bare: [], english: [] };
  const problems: SeedError[] = [];
  const addTitle = (text: string, cited: Cited, line?: number) => {
    const key = titleKey(text);
    const list = index.titles.get(key) ?? [];
    if (list.some((entry) => entry.type === cited.type && entry.id === cited.id)) return;
    const clash = list.find((entry) => entry.type === 'instrument' || cited.type === 'instrument');
    if (clash) problems.push(new SeedError(label, line, `"${text}" already names ${clash.type} "${clash.id}": one name, one instrument`));
    index.titles.set(key, [...list, cited]);
  };
  const addNumber = (docNumber: string, cited: Cited) => {
    const key = docNumberKey(docNumber);
    index.numbers.push({ key, code: key.indexOf('〔'), cited });
  };

  for (const document of documents) {
    const cited: Cited = { type: 'document', id: document.id };
    for (const name of [document.title, document.heading, document.shortTitle]) if (name) addTitle(name, cited);
    for (const alias of documentNames[document.id] ?? []) {
      addTitle(alias.text, cited);
      if (alias.lang === 'en') index.english.push(alias.text);
    }
    for (const title of translatedTitles.get(document.id) ?? []) {
      addTitle(title, cited);
      if (!/\p{Script=Han}/u.test(title)) index.english.push(title);
    }
    if (document.docNumber) addNumber(document.docNumber, cited);
  }
  file.instruments.forEach((instrument, position) => {
    const cited: Cited = { type: 'instrument', id: instrument.id };
    const at = (...path: Array<string | number>) => lineOf(['instruments', position, ...path]);
    if (file.instruments.findIndex((other) => other.id === instrument.id) !== position) problems.push(new SeedError(label, at('id'), `instrument "${instrument.id}" is listed twice`));
    addTitle(instrument.name, cited, at('name'));
    addTitle(instrument.en, cited, at('en'));
    if (instrument.abbreviation) addTitle(instrument.abbreviation, cited, at('abbreviation'));
    instrument.names.forEach((name, n) => addTitle(name.text, cited, at('names', n, 'text')));
    index.english.push(instrument.en, ...instrument.names.filter((name) => name.lang === 'en').map((name) => name.text));
    if (instrument.docNumber) addNumber(instrument.docNumber, cited);
    index.bare.push({ text: instrument.name, cited }, ...(instrument.abbreviation ? [{ text: instrument.abbreviation, cited }] : []));
  });
  if (problems.length > 0) throw new SeedErrors(problems);
  return index;
}

/** The instruments as model entities. */
export function instrumentEntities(file: InstrumentsFile): Instrument[] {
  return file.instruments.map((entry) => ({
    id: entry.id,
    name: entry.name,
    kind: entry.kind,
    kindReason: entry.kindReason,
    ...(entry.abbreviation ? { abbreviation: entry.abbreviation } : {}),
    ...(entry.docNumber ? { docNumber: entry.docNumber } : {}),
    en: { name: entry.en, ...(entry.enSource ? { source: entry.enSource } : {}), ...(entry.enReason ? { reason: entry.enReason } : {}) },
    names: entry.names.map((name) => ({ text: name.text, lang: name.lang, ...(name.reason ? { reason: name.reason } : {}), ...(name.source ? { source: name.source } : {}) })),
  }));
}

/** Every `source` of the file (an English name the interpretation gives, a name a seed writes) checked against its seed line, all at once. */
export function checkInstrumentSources(located: LocatedJson<InstrumentsFile>, seeds: Map<string, SourceLine[]>): void {
  const problems: SeedError[] = [];
  located.data.instruments.forEach((instrument, position) => {
    const check = (text: string, source: string | undefined, path: Array<string | number>) => {
      const problem = source === undefined ? undefined : checkSource({ text, source }, seeds);
      if (problem) problems.push(new SeedError(located.label, located.lineOf(['instruments', position, ...path]), `"${text}": ${problem}`));
    };
    check(instrument.en, instrument.enSource, ['enSource']);
    instrument.names.forEach((name, n) => check(name.text, name.source, ['names', n, 'source']));
  });
  if (problems.length > 0) throw new SeedErrors(problems);
}
