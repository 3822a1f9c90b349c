/**
 * Translation memory: the same source text gets the same translation wherever it stands, in one document
 * or across documents, so a reader of several documents meets one English sentence for one Chinese one.
 * Sources are compared after normalising width (NFKC: （ → (, ， → ,), script (Traditional folds into
 * Simplified) and punctuation (all of it dropped, and whitespace); translations are compared exactly but
 * for a final full stop, which follows the source's own punctuation (试点城市。 in a heading, 试点城市 in a
 * table header).
 * A segment may differ only when its entry says why (`contextDiffers`).
 */
import type { TranslationFile } from '../../src/schema/translation.ts';
import { toSimplified } from './script-conversion.ts';

/** Where a translation stands: document and segment id. */
interface TmPlace {
  document: string;
  segment: string;
  text: string;
}

/** Two segments with the same normalised source and different translations, neither explained. */
export interface TmConflict {
  source: string;
  a: TmPlace;
  b: TmPlace;
}

/** The source as the memory compares it. */
function normalizeSource(text: string): string {
  return toSimplified(text.normalize('NFKC')).replace(/[\p{P}\s]/gu, '');
}

/**
 * Every pair of segments (files of one target language) whose sources are the same after normalising
 * and whose translations differ, unless one of the two says why its context differs. Each pair is
 * reported once, first by the order of the files and segments.
 */
export function tmConflicts(files: TranslationFile[]): TmConflict[] {
  const bySource = new Map<string, Array<TmPlace & { explained: boolean; source: string; to: string }>>();
  for (const file of files) {
    for (const entry of file.segments) {
      if (entry.text.trim() === '') continue;
      const key = `${file.to}\u0000${normalizeSource(entry.source)}`;
      if (key.endsWith('\u0000')) continue;
      const places = bySource.get(key) ?? [];
      places.push({ document: file.document, segment: entry.id, text: entry.text, explained: entry.contextDiffers !== undefined, source: entry.source, to: file.to });
      bySource.set(key, places);
    }
  }
  const conflicts: TmConflict[] = [];
  for (const places of bySource.values()) {
    for (let i = 0; i < places.length; i++) {
      for (let j = i + 1; j < places.length; j++) {
        const [a, b] = [places[i]!, places[j]!];
        if (sameTranslation(a.text, b.text) || a.explained || b.explained) continue;
        conflicts.push({ source: a.source, a: { document: a.document, segment: a.segment, text: a.text }, b: { document: b.document, segment: b.segment, text: b.text } });
      }
    }
  }
  return conflicts;
}

function sameTranslation(a: string, b: string): boolean {
  const bare = (text: string) => text.trim().replace(/[.。]$/, '');
  return bare(a) === bare(b);
}

/** One line per conflict, for the check's output and test messages. */
export function describeConflict(conflict: TmConflict): string {
  return `"${conflict.source}": ${conflict.a.document}#${conflict.a.segment} "${conflict.a.text}" ≠ ${conflict.b.document}#${conflict.b.segment} "${conflict.b.text}"`;
}
