/**
 * The build up to Astro (ARCHITECTURE.md): read, clean and parse the seeds, build the typed model,
 * translate, and emit content/ (the documents as MDX, the entities as JSON, the Word files).
 * Usage: node scripts/build-content.ts [--seeds seeds] [--content content]
 * Input errors are printed as `file:line: problem` and exit with status 1; nothing is written.
 */
import { parseArgs } from 'node:util';
import { buildModel } from './model/build-model.ts';
import { readCrosswalk } from './model/crosswalk.ts';
import { readCommentary } from './model/commentary.ts';
import { parseSeed, type ParsedDocument } from './parse/parse-seed.ts';
import { loadManifest } from './read/load-manifest.ts';
import { readSeed } from './read/read-seed.ts';
import { writeContent, type SiteContent } from './emit/write-content.ts';
import { writeDownloads } from './emit/write-downloads.ts';
import { checkTranslations, readTranslations, translatedTitles, type ReadTranslations } from './translate/translations.ts';
import { localize } from './translate/localize.ts';
import { withOccurrences } from './translate/glossary-occurrences.ts';
import { readEditorialJson } from './read/editorial-json.ts';
import { GlossaryFileSchema, NamesFileSchema } from '../src/schema/translation.ts';
import { isInputError } from './lib/seed-error.ts';
import { timed } from './lib/timed.ts';
import type { SourceLine } from './lib/source-line.ts';
import { readAliases, withEditorialAliases } from './model/aliases.ts';
import { checkInstrumentSources, readInstruments } from './model/instruments.ts';
import { loadSynonyms } from './read/synonyms.ts';
import type { Model } from '../src/schema/model.ts';

/** Reads a seeds folder (manifest, texts, editorial data) and builds the validated model. */
export async function loadModel(seedsDir: string): Promise<Model> {
  return (await readModel(seedsDir)).model;
}

/** The model, the seed files' lines by their three-digit number ("002"), which editorial sources cite, and the translation files read. */
async function readModel(seedsDir: string): Promise<{ model: Model; lines: Map<string, SourceLine[]>; translationFiles: ReadTranslations }> {
  const manifest = await loadManifest(seedsDir);
  const parsed: ParsedDocument[] = [];
  const lines = new Map<string, SourceLine[]>();
  for (const seed of manifest.seeds) {
    const read = await readSeed(`${seedsDir}/${seed.file}`, `seeds/${seed.file}`);
    if (!lines.has(seed.file.slice(0, 3))) lines.set(seed.file.slice(0, 3), read.lines);
    parsed.push(...parseSeed(read, seed));
  }
  // Read once: their titles are names citations resolve by, and they are checked against the model below.
  const translationFiles = await readTranslations(seedsDir, parsed.map((document) => ({ id: document.entry.id, lang: document.seed.lang })));
  const editorial = {
    crosswalk: await readCrosswalk(seedsDir),
    commentary: await readCommentary(seedsDir),
    instruments: await readInstruments(seedsDir),
    documentNames: (await readAliases(seedsDir)).data.documents,
    translatedTitles: translatedTitles(translationFiles),
  };
  checkInstrumentSources(editorial.instruments, lines);
  return { model: buildModel(parsed, manifest, editorial), lines, translationFiles };
}

/** The model with its translations, names, aliases, glossary and synonyms: everything the site is built from. */
export async function loadSiteContent(seedsDir: string): Promise<SiteContent> {
  const { model, lines, translationFiles } = await readModel(seedsDir);
  const translations = checkTranslations(model, translationFiles);
  const names = await readEditorialJson(seedsDir, 'translations/en/names.json', NamesFileSchema);
  const glossary = await readEditorialJson(seedsDir, 'editorial/glossary.json', GlossaryFileSchema);
  const localized = withEditorialAliases(localize(model, translations, names), await readAliases(seedsDir), lines);
  return { model: localized, translations, glossary: withOccurrences(glossary.terms, model.documents), synonyms: await loadSynonyms(seedsDir) };
}

export async function buildContent(seedsDir: string, contentDir: string): Promise<SiteContent> {
  const content = await timed('parse', () => loadSiteContent(seedsDir));
  await timed('emit', () => writeContent(content, contentDir));
  await timed('docx', () => writeDownloads(content, contentDir));
  return content;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { seeds: { type: 'string', default: 'seeds' }, content: { type: 'string', default: 'content' } } });
  try {
    const { model } = await buildContent(values.seeds, values.content);
    console.log(`content: ${model.documents.length} documents, ${model.tasks.length} tasks, ${model.localTasks.length} local tasks, ${model.measures.length} measures, ${model.places.length} places, ${model.departments.length} departments`);
  } catch (error) {
    if (isInputError(error)) {
      console.error(`build stopped: the input has a problem\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
