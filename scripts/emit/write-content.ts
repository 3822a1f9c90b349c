import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LocalizedModel } from '../../src/schema/localized.ts';
import type { GlossaryEntry, TranslationFile } from '../../src/schema/translation.ts';
import type { SynonymGroup } from '../../src/schema/editorial.ts';
import { documentToMdx, documentLinksOf, type SegmentText } from './document-mdx.ts';
import { GENERATED_NOTICE } from './generated.ts';
import { otherScript } from '../translate/script-conversion.ts';
import { parallelOf } from '../translate/parallel.ts';

/** Collections written as one JSON file each: `{ "generated": notice, "entries": [...] }`. */
const DATA_COLLECTIONS = ['tasks', 'categories', 'localTasks', 'measures', 'places', 'departments', 'crosswalk', 'commentary', 'targets', 'timeline', 'instruments', 'citations'] as const;

export interface SiteContent {
  model: LocalizedModel;
  /** Document id → its translation. */
  translations: Map<string, TranslationFile>;
  /** The glossary with the places each term occurs. */
  glossary: GlossaryEntry[];
  /** English synonym groups for the search (seeds/editorial/synonyms.json, validated by loadSynonyms). */
  synonyms: SynonymGroup[];
}

/** The text of each segment in a translation; a segment it lacks stops the build. */
export function segmentTextOf(translation: TranslationFile, document: string): SegmentText {
  const texts = new Map(translation.segments.map((entry) => [entry.id, entry.text]));
  return (segment) => {
    const text = texts.get(segment);
    if (text === undefined) throw new Error(`no translation for segment "${segment}" of "${document}"`);
    return text;
  };
}

/**
 * Writes the model into content/: one MDX file per document in its original language (documents/),
 * one in its translation (translated/), each Chinese document in the other script (converted/:
 * Simplified for Traditional originals and the reverse), and one JSON file per entity collection (data/).
 */
export async function writeContent({ model, translations, glossary }: SiteContent, contentDir: string): Promise<string[]> {
  const folders = { documents: join(contentDir, 'documents'), translated: join(contentDir, 'translated'), converted: join(contentDir, 'converted'), data: join(contentDir, 'data') };
  for (const folder of Object.values(folders)) {
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
  }
  const written: string[] = [];
  const write = async (path: string, text: string) => {
    await writeFile(path, text);
    written.push(path);
  };
  for (const document of model.documents) {
    const links = documentLinksOf(model, document.id);
    await write(join(folders.documents, `${document.id}.mdx`), documentToMdx(document, links));
    const translation = translations.get(document.id)!;
    const textOf = segmentTextOf(translation, document.id);
    // Awaiting translation: the other edition shows the original text exactly as printed.
    const shown = document.translationPending ? documentToMdx(document, links) : documentToMdx({ id: document.id, lang: translation.to, blocks: document.blocks }, links, textOf);
    await write(join(folders.translated, `${document.id}.mdx`), shown);
    const script = otherScript(document.lang);
    if (script) {
      const converted = { id: document.id, lang: script.lang, title: script.convert(document.title) };
      await write(join(folders.converted, `${document.id}.mdx`), documentToMdx({ ...converted, blocks: document.blocks }, links, (_segment, original) => script.convert(original)));
    }
  }
  for (const name of DATA_COLLECTIONS) {
    await write(join(folders.data, `${name}.json`), `${JSON.stringify({ generated: GENERATED_NOTICE, entries: model[name] }, null, 2)}\n`);
  }
  // Side by side only where there is a translation: a document awaiting one has no second column.
  const parallel = model.documents.filter((document) => !document.translationPending).map((document) => ({ id: document.id, lang: translations.get(document.id)!.to, pairs: parallelOf(document, model, translations.get(document.id)!) }));
  await write(join(folders.data, 'parallel.json'), `${JSON.stringify({ generated: GENERATED_NOTICE, entries: parallel }, null, 2)}\n`);
  await write(join(folders.data, 'glossary.json'), `${JSON.stringify({ generated: GENERATED_NOTICE, entries: glossary }, null, 2)}\n`);
  return written;
}
