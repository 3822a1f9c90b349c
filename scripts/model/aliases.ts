/**
 * seeds/editorial/aliases.json: other names readers know departments, places and documents by. Each is
 * checked against the model (the entity exists; the name is not its own, not listed twice, not another
 * entity's) and, when it cites a seed line, against that line; then merged with the names the model
 * derives (derived-aliases.ts) into each entity's `aliases`. Every problem is reported at once.
 */
import { AliasesFileSchema, type AliasEntry, type AliasesFile } from '../../src/schema/editorial.ts';
import type { Alias, LocalizedModel } from '../../src/schema/localized.ts';
import { SeedError, SeedErrors } from '../lib/seed-error.ts';
import type { SourceLine } from '../lib/source-line.ts';
import { readLocatedJson, type LocatedJson } from '../read/editorial-json.ts';
import { nameKey } from './derived-aliases.ts';

const ALIASES_PATH = 'editorial/aliases.json';

/** Reads and validates the file's shape; its links to the model are checked by `withEditorialAliases`. */
export function readAliases(seedsDir: string): Promise<LocatedJson<AliasesFile>> {
  return readLocatedJson(seedsDir, ALIASES_PATH, AliasesFileSchema);
}

type Kind = keyof Omit<AliasesFile, '$comment'>;
const WHAT: Record<Kind, string> = { departments: 'department', places: 'place', documents: 'document' };

/** An entity as the checks see it: its own names (the page titles of both editions) and the model's aliases. */
interface Named {
  id: string;
  own: string[];
  aliases: Alias[];
}

/** What a line must contain for a name to be written on it: pinyin glosses (001's "關(guan)") and spaces ignored. */
const lineKey = (text: string) => text.replace(/\((?:[a-zü]+)\)/gu, '').replace(/\s+/gu, '');
const HAN = /\p{Script=Han}/u;

/**
 * The model with each department, place and document carrying its merged `aliases`.
 * `seeds` are the seed files' lines by their three-digit number ("002"), for checking sources.
 */
export function withEditorialAliases(model: LocalizedModel, located: LocatedJson<AliasesFile>, seeds: Map<string, SourceLine[]>): LocalizedModel {
  const { data: file, label, lineOf } = located;
  const errors: SeedError[] = [];
  const entities: Record<Kind, Named[]> = {
    departments: model.departments.map((entity) => ({ id: entity.id, own: [entity.name, entity.en.name], aliases: entity.aliases })),
    places: model.places.map((entity) => ({ id: entity.id, own: [entity.name, entity.en.name], aliases: entity.aliases })),
    documents: model.documents.map((entity) => ({ id: entity.id, own: [entity.title, entity.translation.title], aliases: entity.aliases })),
  };
  const merged: Record<Kind, Map<string, Alias[]>> = { departments: new Map(), places: new Map(), documents: new Map() };

  for (const kind of Object.keys(WHAT) as Kind[]) {
    const what = WHAT[kind];
    const byId = new Map(entities[kind].map((entity) => [entity.id, entity]));
    /** Who already holds each name in this kind: own names and the model's aliases first, then the file's, in file order. */
    const holders = new Map<string, string>();
    for (const entity of entities[kind]) for (const text of [...entity.own, ...entity.aliases.map((alias) => alias.text)]) if (!holders.has(nameKey(text))) holders.set(nameKey(text), entity.id);

    for (const [id, entries] of Object.entries(file[kind])) {
      const entity = byId.get(id);
      if (!entity) {
        errors.push(new SeedError(label, lineOf([kind, id]), `${what} "${id}" does not exist in the model (known: ${[...byId.keys()].slice(0, 6).join(', ')}…)`));
        continue;
      }
      const listed = new Set<string>();
      entries.forEach((entry, index) => {
        const at = lineOf([kind, id, index]);
        const problem = (text: string) => errors.push(new SeedError(label, at, `${what} "${id}", alias "${entry.text}": ${text}`));
        const key = nameKey(entry.text);
        if (entity.own.some((own) => nameKey(own) === key)) return problem('this is the page\'s own name; remove it');
        if (listed.has(key)) return problem('listed twice');
        listed.add(key);
        const holder = holders.get(key);
        if (holder !== undefined && holder !== id) return problem(`already a name of ${what} "${holder}"; one name cannot lead to two ${kind}`);
        holders.set(key, id);
        if (entry.lang === 'en' && HAN.test(entry.text)) problem('has Chinese characters but "lang" is "en"');
        if (entry.lang !== 'en' && !HAN.test(entry.text)) problem(`has no Chinese characters but "lang" is "${entry.lang}"`);
        if (entry.source !== undefined) {
          const cited = checkSource(entry, seeds);
          if (cited) problem(cited);
        }
      });
      merged[kind].set(id, merge(entity.aliases, entries));
    }
  }
  if (errors.length > 0) throw new SeedErrors(errors);

  const aliasesOf = (kind: Kind, entity: { id: string; aliases: Alias[] }) => merged[kind].get(entity.id) ?? entity.aliases;
  return {
    ...model,
    departments: model.departments.map((entity) => ({ ...entity, aliases: aliasesOf('departments', entity) })),
    places: model.places.map((entity) => ({ ...entity, aliases: aliasesOf('places', entity) })),
    documents: model.documents.map((entity) => ({ ...entity, aliases: aliasesOf('documents', entity) })),
  };
}

/** The model's aliases, then the file's; a name in both is kept once, as the texts' own if either says so. */
function merge(derived: Alias[], entries: AliasEntry[]): Alias[] {
  const aliases = derived.map((alias) => ({ ...alias }));
  for (const entry of entries) {
    const editorial = entry.source === undefined;
    const same = aliases.find((alias) => nameKey(alias.text) === nameKey(entry.text));
    if (same) same.editorial &&= editorial;
    else aliases.push({ text: entry.text, lang: entry.lang, editorial });
  }
  return aliases;
}

/** Why the cited line does not write the name, or undefined when it does. */
export function checkSource(entry: Pick<AliasEntry, 'text' | 'source'>, seeds: Map<string, SourceLine[]>): string | undefined {
  const [, seed, line] = /^(\d{3}) line (\d+)$/u.exec(entry.source!)!;
  const lines = seeds.get(seed!);
  if (!lines) return `the source names seed ${seed}, which is not in the manifest`;
  const text = lines.find((candidate) => candidate.line === Number(line))?.text;
  if (text === undefined) return `the source names line ${line} of seed ${seed}, which has ${lines.length} lines`;
  if (!lineKey(text).includes(lineKey(entry.text))) return `seed ${seed} line ${line} does not write it so`;
  return undefined;
}
