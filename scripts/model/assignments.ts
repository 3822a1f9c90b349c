import type { Manifest } from '../../src/schema/manifest.ts';
import type { Assignment } from '../../src/schema/model.ts';
import { SeedError } from '../lib/seed-error.ts';

/** The assignment in parentheses that ends a task line: "…规范(北京、上海)". */
const TRAILING_ASSIGNMENT = /[（(]([^()（）]+)[)）]$/u;

export function splitAssignment(text: string): { title: string; raw: string } | undefined {
  const match = TRAILING_ASSIGNMENT.exec(text);
  if (!match) return undefined;
  return { title: text.slice(0, match.index).trim(), raw: match[1]!.trim() };
}

/** Resolves "北京、上海" or a collective phrase to places; an unknown name is an input error. */
export function resolveAssignment(raw: string, manifest: Manifest, where: { file: string; line: number; task: number }): Assignment {
  const phrase = manifest.collectivePhrases.find((entry) => entry.phrase === raw);
  if (phrase) {
    return { raw, places: [], collective: { phrase: phrase.phrase, scope: phrase.scope, mentions: phrase.mentions, explanation: phrase.explanation } };
  }
  const places = raw.split(/[、，,]/u).map((name) => name.trim());
  return {
    raw,
    places: places.map((name) => {
      const place = manifest.places.find((entry) => entry.shortNames.includes(name) || entry.name === name);
      if (!place) {
        throw new SeedError(where.file, where.line, `task ${where.task} is assigned to "${name}", which is neither a known place nor a declared collective phrase; add it to "places" or "collectivePhrases" in seeds/manifest.json`);
      }
      return place.id;
    }),
  };
}
