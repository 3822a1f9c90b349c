/**
 * seeds/editorial/synonyms.json: English near-synonyms and abbreviations readers use for words of the
 * translations ("SME" for "small and medium-sized enterprises"). Validated here; the search ships it.
 */
import { SynonymsFileSchema, type SynonymGroup } from '../../src/schema/editorial.ts';
import { SeedError, SeedErrors } from '../lib/seed-error.ts';
import { readLocatedJson } from './editorial-json.ts';

const SYNONYMS_PATH = 'editorial/synonyms.json';

/** Terms compare without case and with runs of spaces as one. */
export const termKey = (term: string) => term.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();

/**
 * The synonym groups of a seeds folder, validated: a term may stand in one group only, once (compared
 * without case). Every problem is reported at once as `file:line: problem`.
 */
export async function loadSynonyms(seedsDir: string): Promise<SynonymGroup[]> {
  const { data, label, lineOf } = await readLocatedJson(seedsDir, SYNONYMS_PATH, SynonymsFileSchema);
  const errors: SeedError[] = [];
  const groupOf = new Map<string, number>();
  data.groups.forEach((group, index) => {
    group.terms.forEach((term, position) => {
      const key = termKey(term);
      const earlier = groupOf.get(key);
      const at = lineOf(['groups', index, 'terms', position]);
      if (earlier === index) errors.push(new SeedError(label, at, `group ${index + 1}: "${term}" is listed twice`));
      else if (earlier !== undefined) errors.push(new SeedError(label, at, `"${term}" is in two groups (${earlier + 1}, line ${lineOf(['groups', earlier])}, and ${index + 1}); merge them or drop one`));
      else groupOf.set(key, index);
    });
  });
  if (errors.length > 0) throw new SeedErrors(errors);
  return data.groups;
}
