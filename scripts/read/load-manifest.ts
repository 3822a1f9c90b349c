import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { ManifestSchema, type Manifest } from '../../src/schema/manifest.ts';
import { SeedError, SeedErrors } from '../lib/seed-error.ts';
import { jsonLines, type JsonPath } from './json-lines.ts';

/** Loads and validates seeds/manifest.json, and checks it against the seed files present. */
export async function loadManifest(seedsDir: string, label = 'seeds/manifest.json'): Promise<Manifest> {
  let raw: string;
  try {
    raw = await readFile(join(seedsDir, 'manifest.json'), 'utf8');
  } catch (cause) {
    throw new SeedError(label, undefined, 'the manifest is missing', { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    throw new SeedError(label, jsonErrorLine(raw, cause), `the manifest is not valid JSON (${(cause as Error).message})`, { cause });
  }
  const lineOf = jsonLines(raw);
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) throw new SeedErrors(zodIssues(parsed.error, label, lineOf));
  const manifest = parsed.data;
  await checkFiles(manifest, seedsDir, label);
  const problems = [...documentProblems(manifest, label, lineOf), ...placeProblems(manifest, label, lineOf)];
  if (problems.length > 0) throw new SeedErrors(problems);
  return manifest;
}

async function checkFiles(manifest: Manifest, seedsDir: string, label: string): Promise<void> {
  const present = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt'));
  const listed = new Set(manifest.seeds.map((seed) => seed.file));
  const errors: SeedError[] = [];
  for (const file of listed) {
    if (!present.includes(file)) errors.push(new SeedError(label, undefined, `lists seed file "${file}", which is not in seeds/`));
  }
  for (const file of present) {
    if (!listed.has(file)) errors.push(new SeedError(`seeds/${file}`, undefined, 'this seed file is not listed in seeds/manifest.json; add an entry for it (see seeds/README.md)'));
  }
  if (errors.length > 0) throw new SeedErrors(errors);
}

/** Document ids once each, every relation and annex naming a document the manifest has, and a plan's place one it declares. */
function documentProblems(manifest: Manifest, label: string, lineOf: (path: JsonPath) => number | undefined): SeedError[] {
  const errors: SeedError[] = [];
  const ids = manifest.seeds.flatMap((seed) => seed.documents.map((document) => document.id));
  const places = new Set(manifest.places.map((place) => place.id));
  const seen = new Set<string>();
  for (const [s, seed] of manifest.seeds.entries()) {
    for (const [d, document] of seed.documents.entries()) {
      // The second use is the one to point at: the first is where the id belongs.
      if (seen.has(document.id)) errors.push(new SeedError(label, lineOf(['seeds', s, 'documents', d, 'id']), `document id "${document.id}" is used twice`));
      seen.add(document.id);
    }
  }
  for (const [s, seed] of manifest.seeds.entries()) {
    for (const [d, document] of seed.documents.entries()) {
      const at = (...path: JsonPath) => lineOf(['seeds', s, 'documents', d, ...path]);
      // A plan of an undeclared place would belong to no place's page, silently.
      if (document.place !== undefined && !places.has(document.place)) errors.push(new SeedError(label, at('place'), `document "${document.id}" is the plan of place "${document.place}", which is not declared in places`));
      for (const [r, relation] of document.relations.entries()) {
        if (!ids.includes(relation.target)) errors.push(new SeedError(label, at('relations', r, 'target'), `document "${document.id}" relates to unknown document "${relation.target}"`));
      }
      for (const adopted of document.annex?.table.adopts ?? []) {
        if (!ids.includes(adopted)) errors.push(new SeedError(label, at('annex', 'table', 'adopts'), `annex of "${document.id}" adopts unknown document "${adopted}"`));
      }
    }
  }
  return errors;
}

/**
 * Places: ids and names once each (a name written for two places could not be told apart in a task's
 * assignment), every city under a province (or municipality) the manifest declares, nothing else under
 * one, and every
 * place a collective phrase mentions declared.
 */
function placeProblems(manifest: Manifest, label: string, lineOf: (path: JsonPath) => number | undefined): SeedError[] {
  const errors: SeedError[] = [];
  const byId = new Map<string, number>();
  const byName = new Map<string, string>();
  for (const [p, place] of manifest.places.entries()) {
    const at = (...path: JsonPath) => lineOf(['places', p, ...path]);
    if (byId.has(place.id)) errors.push(new SeedError(label, at('id'), `place id "${place.id}" is used twice`));
    else byId.set(place.id, p);
    for (const name of new Set([place.name, ...place.shortNames])) {
      const other = byName.get(name);
      if (other !== undefined && other !== place.id) errors.push(new SeedError(label, at(name === place.name ? 'name' : 'shortNames'), `place name "${name}" is given to both "${other}" and "${place.id}"`));
      else byName.set(name, place.id);
    }
  }
  for (const [p, place] of manifest.places.entries()) {
    const at = (...path: JsonPath) => lineOf(['places', p, ...path]);
    if (place.kind !== 'city') {
      if (place.province !== undefined) errors.push(new SeedError(label, at('province'), `${place.kind} "${place.id}" is placed under "${place.province}"; only a city has a province`));
      continue;
    }
    if (place.province === undefined) errors.push(new SeedError(label, at('id'), `city "${place.id}" has no province; add "province" with the id of its province`));
    else if (!byId.has(place.province)) errors.push(new SeedError(label, at('province'), `city "${place.id}" is under province "${place.province}", which is not declared in places`));
    else if (manifest.places[byId.get(place.province)!]!.kind === 'city') errors.push(new SeedError(label, at('province'), `city "${place.id}" is under "${place.province}", which is a city`));
  }
  for (const [c, phrase] of manifest.collectivePhrases.entries()) {
    for (const [m, mention] of phrase.mentions.entries()) {
      if (!byId.has(mention)) errors.push(new SeedError(label, lineOf(['collectivePhrases', c, 'mentions', m]), `collective phrase "${phrase.phrase}" mentions unknown place "${mention}"`));
    }
  }
  return errors;
}

function zodIssues(error: z.ZodError, label: string, lineOf: (path: JsonPath) => number | undefined): SeedError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return new SeedError(label, lineOf(issue.path as JsonPath), `${path || '(root)'}: ${issue.message}`);
  });
}

function jsonErrorLine(raw: string, cause: unknown): number | undefined {
  const match = /position (\d+)/.exec(String((cause as Error).message));
  return match ? raw.slice(0, Number(match[1])).split('\n').length : undefined;
}
