import type { Manifest } from '../../src/schema/manifest.ts';
import type { AliasesFile, CommentaryFile, CrosswalkFile, InstrumentsFile } from '../../src/schema/editorial.ts';
import type { LocatedJson } from '../read/editorial-json.ts';
import { SeedError, SeedErrors } from '../lib/seed-error.ts';
import { extractCitations, uncitedInstruments } from './citations.ts';
import { instrumentEntities, nameIndex } from './instruments.ts';
import { ModelSchema, type LocalTask, type Measure, type Model, type Task, type TaskCategory } from '../../src/schema/model.ts';
import type { ParsedDocument } from '../parse/parse-seed.ts';
import { resolveCrosswalk } from './crosswalk.ts';
import { resolveCommentary } from './commentary.ts';
import { buildDepartments } from './departments.ts';
import { buildDocuments } from './documents.ts';
import { buildLocalTasks } from './local-tasks.ts';
import { buildMeasures } from './measures.ts';
import { buildPlaces } from './places.ts';
import { buildTasks } from './tasks.ts';
import { extractTargets } from './targets.ts';
import { extractTimeline } from './timeline.ts';

/** Turns parsed documents into the cross-linked model the site renders. */
/** The reviewed editorial data the model links in (seeds/editorial/). */
export interface EditorialFiles {
  crosswalk: LocatedJson<CrosswalkFile>;
  commentary: LocatedJson<CommentaryFile>;
  /** The instruments the texts cite outside the corpus (absent: none). */
  instruments?: LocatedJson<InstrumentsFile>;
  /** Reviewed other names of the documents (seeds/editorial/aliases.json), by which texts may cite them. */
  documentNames?: AliasesFile['documents'];
  /** The documents' titles in their translations (scripts/translate/translations.ts `translatedTitles`), by which texts in the other language cite them. */
  translatedTitles?: Map<string, string[]>;
}

const NO_INSTRUMENTS: LocatedJson<InstrumentsFile> = { data: { instruments: [] }, label: 'seeds/editorial/instruments.json', lineOf: () => undefined };

export function buildModel(parsed: ParsedDocument[], manifest: Manifest, editorial: EditorialFiles): Model {
  const documents = buildDocuments(parsed);
  const tasks: Task[] = [];
  const categories: TaskCategory[] = [];
  for (const document of parsed.filter((entry) => entry.entry.taskList)) {
    const built = buildTasks(document, manifest);
    tasks.push(...built.tasks);
    categories.push(...built.categories);
  }
  const measures: Measure[] = parsed.filter((entry) => entry.entry.measures).flatMap((document) => buildMeasures(document));
  const localTasks: LocalTask[] = parsed.filter((entry) => entry.entry.annex).flatMap((document) => buildLocalTasks(document, tasks));
  for (const local of localTasks) tasks.find((task) => task.id === local.adopts)!.adoptedBy.push(local.id);
  const planPlaces = new Map(parsed.filter((entry) => entry.entry.place).map((entry) => [entry.entry.id, entry.entry.place!]));
  const places = buildPlaces(manifest, tasks, documents, planPlaces);
  const departments = buildDepartments(manifest, documents, measures, localTasks);
  const crosswalk = resolveCrosswalk(editorial.crosswalk, categories, measures);
  const commentary = resolveCommentary(editorial.commentary, documents, measures);
  const targets = extractTargets(documents, measures);
  const timeline = extractTimeline(documents, measures);
  const instrumentsFile = editorial.instruments ?? NO_INSTRUMENTS;
  const citations = extractCitations(documents, nameIndex(documents, editorial.documentNames ?? {}, instrumentsFile, editorial.translatedTitles), { measures, tasks, localTasks });
  const uncited = uncitedInstruments(instrumentsFile.data.instruments.map((entry) => entry.id), citations);
  if (uncited.length > 0) {
    const position = (id: string) => instrumentsFile.data.instruments.findIndex((entry) => entry.id === id);
    throw new SeedErrors(uncited.map((id) => new SeedError(instrumentsFile.label, instrumentsFile.lineOf(['instruments', position(id), 'id']), `instrument "${id}" is cited by no text: list only what the texts cite`)));
  }
  const instruments = instrumentEntities(instrumentsFile.data);
  // Validate the whole model once, so no stage downstream sees an entity the schema does not allow.
  return ModelSchema.parse({ documents, tasks, categories, localTasks, measures, places, departments, crosswalk, commentary, targets, timeline, instruments, citations });
}
