/**
 * Attaches the other-language texts to the model: English for every entity, and each document's
 * metadata in its translation language. The translations were checked complete and current before
 * (checkTranslations), so a missing text here is a bug in the segment mapping, reported as such.
 */
import { textAt } from '../model/texts.ts';
import type { NamesFile, TranslationFile } from '../../src/schema/translation.ts';
import type { Model, PolicyDocument, TableNode, BlockNode } from '../../src/schema/model.ts';
import { LocalizedModelSchema, type LocalizedModel } from '../../src/schema/localized.ts';
import { SeedError, SeedErrors } from '../lib/seed-error.ts';
import { sentenceWithNumbers } from './quote-translation.ts';
import { citationTranslation } from './citation-translation.ts';
import { sentenceLinks } from './sentence-links.ts';
import { departmentAliases, documentAliases, placeAliases } from '../model/derived-aliases.ts';

const NAMES_FILE = 'seeds/translations/en/names.json';

/** Every place, department and collective phrase the model has and names.json does not name in English: all at once. */
function missingNames(model: Model, names: NamesFile): SeedError[] {
  const phrases = [...new Set(model.tasks.flatMap((task) => (task.assignment.collective ? [task.assignment.collective.phrase] : [])))];
  return [
    ...model.places.filter((place) => !names.places[place.id]).map((place) => `place "${place.id}" (${place.name}) has no English name`),
    ...model.departments.filter((department) => !names.departments[department.name]).map((department) => `department "${department.name}" has no English name`),
    ...phrases.filter((phrase) => !names.collectivePhrases[phrase]).map((phrase) => `collective phrase "${phrase}" has no English rendering`),
  ].map((problem) => new SeedError(NAMES_FILE, undefined, problem));
}

export function localize(model: Model, translations: Map<string, TranslationFile>, names: NamesFile): LocalizedModel {
  const missing = missingNames(model, names);
  if (missing.length > 0) throw new SeedErrors(missing);
  const documents = new Map(model.documents.map((document) => [document.id, document]));
  const translated = (documentId: string, segment: string): string => {
    const file = translations.get(documentId);
    const text = file?.segments.find((entry) => entry.id === segment)?.text;
    if (text === undefined || text === '') throw new Error(`no translation for segment "${segment}" of "${documentId}" (the segment list and the localizer disagree)`);
    return text;
  };
  /** The English text of a segment: the original for English documents, else its translation. */
  const english = (documentId: string, segment: string, original: string): string =>
    documents.get(documentId)!.lang === 'en' ? original : translated(documentId, segment);

  /** Where a link to a quote goes on the page of the original or of the translation (./sentence-links.ts). */
  const linkTo = sentenceLinks(model, translations);

  /** The sentence of a segment's translation that states the given numbers (a target, a date). */
  const quote = (documentId: string, segment: string, numbers: string[]) =>
    sentenceWithNumbers(translated(documentId, segment), numbers, { file: `seeds/translations/${translations.get(documentId)!.to}/${documentId}.json`, segment });

  const place = (id: string) => {
    const name = names.places[id];
    if (!name) throw new SeedError(NAMES_FILE, undefined, `place "${id}" has no English name`);
    return name;
  };
  const department = (zh: string) => {
    const name = names.departments[zh];
    if (!name) throw new SeedError(NAMES_FILE, undefined, `department "${zh}" has no English name`);
    return name;
  };
  /** A department as the model names it, for a spelling found in a text (e.g. Traditional script). */
  const canonicalDepartment = (spelling: string) =>
    model.departments.find((entry) => entry.name === spelling || entry.variants.some((variant) => variant.text === spelling))?.name ?? spelling;
  const collective = (phrase: string) => {
    const found = names.collectivePhrases[phrase];
    if (!found) throw new SeedError(NAMES_FILE, undefined, `collective phrase "${phrase}" has no English rendering`);
    return found;
  };

  return LocalizedModelSchema.parse({
    documents: model.documents.map((document) => {
      const translation = documentTranslation(document, translations.get(document.id)!);
      return {
        ...document,
        translation,
        en: { issuers: document.issuers.map((issuer) => department(canonicalDepartment(issuer)).name) },
        aliases: documentAliases(document, translation),
      };
    }),
    tasks: model.tasks.map((task) => ({
      ...task,
      en: {
        title: english(task.list, task.anchor, task.title),
        assignment: english(task.list, `${task.anchor}-assignment`, task.assignment.raw),
        ...(task.assignment.collective ? { collective: collective(task.assignment.collective.phrase) } : {}),
      },
    })),
    categories: model.categories.map((category) => {
      const partAnchor = partAnchorOf(documents.get(category.list)!, category.anchor);
      return {
        ...category,
        en: {
          partTitle: english(category.list, partAnchor, category.partTitle),
          ...(category.title !== undefined ? { title: english(category.list, category.anchor, category.title) } : {}),
        },
      };
    }),
    localTasks: model.localTasks.map((task) => {
      const document = documents.get(task.document)!;
      const { row, group } = rowOf(document, task.anchor);
      const cell = (text: string) => {
        const index = row.cells.indexOf(text);
        if (index < 0) throw new Error(`row ${task.anchor} of "${task.document}" has no cell "${text}"`);
        return english(task.document, `${task.anchor}-c${index + 1}`, text);
      };
      return {
        ...task,
        en: {
          content: cell(task.content),
          group: english(task.document, group, task.group.title),
          assignment: cell(task.assignment),
          leadRaw: cell(task.leadRaw),
          responsibleRaw: cell(task.responsibleRaw),
          notes: task.notes.map((note) => english(task.document, note, textAtAnchor(document, note))),
        },
      };
    }),
    measures: model.measures.map((measure) => ({
      ...measure,
      en: {
        title: english(measure.document, measure.anchor, measure.title),
        body: measure.body.map((piece) => english(measure.document, piece.anchor, piece.text)),
        items: measure.items.map((item) => ({
          title: english(measure.document, item.anchor, item.title),
          text: item.parts.map((part) => english(measure.document, part, textAtAnchor(documents.get(measure.document)!, part))).join(' '),
        })),
        section: english(measure.document, measure.section.anchor, measure.section.title),
        ...(measure.parent ? { parent: english(measure.document, measure.parent.anchor, measure.parent.title) } : {}),
      },
    })),
    places: model.places.map((entity) => ({ ...entity, en: place(entity.id), aliases: placeAliases(entity, place(entity.id)) })),
    departments: model.departments.map((entity) => ({ ...entity, en: department(entity.name), aliases: departmentAliases(entity, department(entity.name)) })),
    crosswalk: model.crosswalk,
    commentary: model.commentary,
    targets: model.targets.map((target) => {
      // Awaiting translation, the sentence is the original's own (its page marks its language).
      const sentence = documents.get(target.document)!.translationPending ? target.sentence : quote(target.document, target.anchor, [String(target.value)]);
      return {
        ...target,
        sentenceAnchor: linkTo(target.document, target.anchor, target.anchor, [target.sentence, target.clause], 'original'),
        en: { sentence, anchor: linkTo(target.document, target.anchor, target.anchor, [sentence], 'translation') },
      };
    }),
    timeline: model.timeline.map((item) => {
      const document = documents.get(item.document)!;
      const translation = translations.get(item.document)!;
      if (item.anchor === undefined) {
        // An issue date not printed in the text: its clause is the date note, translated with the metadata.
        return { ...item, translation: { lang: translation.to, text: documentTranslation(document, translation).dateNote ?? item.clause } };
      }
      // Awaiting translation, the "translated" clause is the original's own sentence, in its language.
      const text = quote(item.document, item.anchor, numbersOf(item.clause));
      return {
        ...item,
        sentenceAnchor: linkTo(item.document, item.anchor, item.anchor, [item.clause], 'original'),
        translation: { lang: document.translationPending ? document.lang : translation.to, text, anchor: linkTo(item.document, item.anchor, item.anchor, [text], 'translation') },
      };
    }),
    instruments: model.instruments,
    citations: model.citations.map((citation) => {
      const translation = citationTranslation(citation, model, translations);
      return {
        ...citation,
        sentenceAnchor: linkTo(citation.document, citation.anchor, citation.segment, [citation.sentence], 'original'),
        translation: { ...translation, anchor: linkTo(citation.document, citation.anchor, citation.segment, [translation.text], 'translation') },
      };
    }),
  });
}

/** The figures of a Chinese clause (2024年10月25日前 → 2024, 10, 25), without the month: English spells months out. */
function numbersOf(clause: string): string[] {
  const date = /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/u.exec(clause);
  if (date) return [date[1]!, ...(date[3] ? [date[3]] : [])];
  return [...clause.matchAll(/\d+/gu)].map((match) => match[0]);
}

function documentTranslation(document: PolicyDocument, file: TranslationFile) {
  const text = (segment: string) => file.segments.find((entry) => entry.id === segment)?.text;
  return {
    lang: file.to,
    translator: file.translator,
    title: text('meta-title')!,
    shortTitle: text('meta-short-title')!,
    issuers: document.issuers.map((_, index) => text(`meta-issuer-${index + 1}`)!),
    docNumber: document.docNumber === undefined ? undefined : text('meta-doc-number'),
    dateNote: document.dateNote === undefined ? undefined : text('meta-date-note'),
    status: document.status === undefined ? undefined : text('meta-status'),
    batch: document.batch === undefined ? undefined : text('meta-batch'),
    provenance: text('meta-provenance')!,
    relationNotes: document.relations.map((relation, index) => (relation.note ? text(`meta-relation-${index + 1}`)! : null)),
    pending: document.translationPending,
  };
}

function* allBlocks(blocks: BlockNode[]): Generator<BlockNode> {
  for (const block of blocks) {
    yield block;
    if (block.type === 'outline' || block.type === 'annex') yield* allBlocks(block.children);
  }
}

/** The depth-1 ancestor of an outline anchor. */
function partAnchorOf(document: PolicyDocument, anchor: string): string {
  for (const block of document.blocks) {
    if (block.type !== 'outline') continue;
    if (block.id === anchor || [...allBlocks(block.children)].some((child) => child.id === anchor)) return block.id;
  }
  throw new Error(`anchor ${anchor} is not inside a part of "${document.id}"`);
}

function rowOf(document: PolicyDocument, anchor: string): { row: TableNode['groups'][number]['rows'][number]; group: string } {
  for (const block of allBlocks(document.blocks)) {
    if (block.type !== 'table') continue;
    for (const group of block.groups) {
      const row = group.rows.find((candidate) => candidate.id === anchor);
      if (row) return { row, group: group.id };
    }
  }
  throw new Error(`row ${anchor} not found in "${document.id}"`);
}


/** The source text at an anchor the model points to (a note, a paragraph, a lead); its absence is a bug. */
function textAtAnchor(document: PolicyDocument, anchor: string): string {
  const text = textAt(document, anchor);
  if (text === undefined) throw new Error(`anchor ${anchor} not found in "${document.id}"`);
  return text;
}
