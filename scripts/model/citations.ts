/**
 * Every passage of every document that names another text: book titles, nested titles, document numbers,
 * agreements by name or abbreviation, and in English texts quoted titles. Each resolves through the name
 * index (instruments.ts) to a document of the corpus or an instrument; a book title or document number
 * that resolves to nothing stops the build at its line, so every cited name is reviewed once.
 */
import type { Citation, Cited, LocalTask, Measure, PolicyDocument, Task } from '../../src/schema/model.ts';
import { SeedError, SeedErrors } from '../lib/seed-error.ts';
import { bareNames, bookTitles, docNumberKey, docNumbers, quotedNames, titleKey, type FoundName } from './citation-forms.ts';
import { withoutLeadIn } from '../../src/search/forms.ts';
import type { NameIndex } from './instruments.ts';
import { measureOf } from './targets.ts';
import { anchoredTexts, englishSentences, sentencesOf } from './texts.ts';

/**
 * Of several documents one name fits: those printed in the citing document's file or in the file of a
 * document its manifest relates it to (a copy of a document elsewhere in a grown corpus has the same title), then the one that holds the others (a
 * notice's number is the notice's, not its annexes').
 */
function narrow(cited: Cited[], documents: PolicyDocument[], citing: PolicyDocument): Cited[] {
  if (cited.length < 2) return cited;
  const byId = (id: string) => documents.find((document) => document.id === id);
  // The files the citing document and the documents its manifest relates it to are printed in.
  const files = new Set([citing, ...citing.relations.map((relation) => byId(relation.target))].map((document) => document?.seedFile));
  const near = cited.filter((entry) => entry.type === 'document' && files.has(byId(entry.id)?.seedFile));
  const candidates = near.length > 0 ? near : cited;
  const ids = new Set(candidates.map((entry) => entry.id));
  const outer = candidates.filter((entry) => !byId(entry.id)?.relations.some((relation) => relation.type === 'contained-in' && ids.has(relation.target)));
  return outer;
}

/** What a found name refers to; undefined when nothing of that name is known. */
function resolve(found: FoundName, index: NameIndex, documents: PolicyDocument[], citing: PolicyDocument): { cited: Cited; printed: string } | 'ambiguous' | undefined {
  let candidates: Cited[];
  let printed = found.printed;
  if (found.form === 'doc-number') {
    const key = docNumberKey(found.name);
    const matches = index.numbers.filter((entry) => key.endsWith(entry.key));
    candidates = matches.map((entry) => entry.cited);
    // The run before the bracket may start with other words (按照商资发〔2024〕314号): print only the code.
    const code = matches[0]?.code;
    if (code !== undefined) printed = found.printed.slice(found.printed.search(/\s*[〔[(（［【]/u) - code);
  } else {
    candidates = index.titles.get(titleKey(found.name)) ?? [];
  }
  const unique = narrow(candidates, documents, citing);
  if (unique.length > 1) return 'ambiguous';
  return unique.length === 1 ? { cited: unique[0]!, printed } : undefined;
}

/** The names of one sentence, in the order they start; bare names inside a book title are that title's. */
function namesIn(sentence: string, english: boolean, index: NameIndex): FoundName[] {
  if (english) {
    const quoted = quotedNames(sentence, index.english);
    const spans = quoted.map((found): [number, number] => [found.index, found.index + found.printed.length]);
    const abbreviations = index.bare.filter((entry) => /^[A-Za-z0-9-]+$/u.test(entry.text)).map((entry) => entry.text);
    return [...quoted, ...bareNames(sentence, abbreviations, spans)].sort((a, b) => a.index - b.index);
  }
  const titles = bookTitles(sentence);
  const spans = titles.filter((found) => found.form === 'book-title').map((found): [number, number] => [found.index, found.index + found.printed.length]);
  return [...titles, ...docNumbers(sentence), ...bareNames(sentence, index.bare.map((entry) => entry.text), spans)].sort((a, b) => a.index - b.index);
}

/** Every citation in the documents, each with the passage (anchor and sentence) that names it. */
export function extractCitations(documents: PolicyDocument[], index: NameIndex, entities: { measures: Measure[]; tasks: Task[]; localTasks: LocalTask[] }): Citation[] {
  const citations: Citation[] = [];
  const problems: SeedError[] = [];
  for (const document of documents) {
    const english = document.lang === 'en';
    const counts = new Map<string, number>();
    for (const { anchor, segment, text, source } of anchoredTexts(document)) {
      for (const sentence of english ? englishSentences(text) : sentencesOf(text)) {
        const seen = new Set<string>();
        for (const found of namesIn(sentence, english, index)) {
          const resolved = resolve(found, index, documents, document);
          if (resolved === undefined || resolved === 'ambiguous') {
            // The run before a number's bracket may start with a word of the sentence (依据国发〔2019〕1号): leave it out.
            const what = found.form === 'doc-number' ? `the document number ${withoutLeadIn(found.printed)}` : found.printed;
            problems.push(
              new SeedError(
                source.file,
                source.line,
                resolved === 'ambiguous'
                  ? `${what} names more than one document or instrument`
                  : `${what} is cited here but is no document of the corpus and no instrument of seeds/editorial/instruments.json (add it there with its kind and English name, or add the name to the document's names in seeds/editorial/aliases.json)`,
              ),
            );
            continue;
          }
          const { cited, printed } = resolved;
          // A text naming itself (its own number on its first page, its title in its issuing line) cites nothing.
          if (cited.type === 'document' && cited.id === document.id) continue;
          const once = `${cited.type}:${cited.id}`;
          if (seen.has(once)) continue;
          seen.add(once);
          const count = (counts.get(anchor) ?? 0) + 1;
          counts.set(anchor, count);
          const measure = measureOf(entities.measures, document.id, anchor);
          const task = entities.tasks.find((entry) => entry.list === document.id && entry.anchor === anchor)?.id;
          // A note under a table may speak of several rows (Wuhan's note 3: rows 8–12 and 15): it is the document's passage, not a row's.
          const localTask = entities.localTasks.find((entry) => entry.document === document.id && entry.anchor === anchor)?.id;
          citations.push({
            id: `${document.id}-${anchor}-${count}`,
            document: document.id,
            anchor,
            segment,
            ...(measure ? { measure } : {}),
            ...(task ? { task } : {}),
            ...(localTask ? { localTask } : {}),
            form: found.form,
            printed,
            sentence: sentence.trim(),
            cites: cited,
            source,
          });
        }
      }
    }
  }
  if (problems.length > 0) throw new SeedErrors(problems);
  return citations;
}

/** Instruments listed but cited by no text: the list holds only what the texts cite. */
export function uncitedInstruments(ids: string[], citations: Citation[]): string[] {
  return ids.filter((id) => !citations.some((citation) => citation.cites.type === 'instrument' && citation.cites.id === id));
}
