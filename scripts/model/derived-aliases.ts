/**
 * The other names the model itself knows for an entity, without the page's own names: from the texts
 * (spellings found in them, the places' short names, a document's number and printed heading) and ours
 * (the manifest's short titles, the English names and acronyms of names.json, the translated short
 * titles). The editorial file's names (seeds/editorial/aliases.json) are merged in later (aliases.ts).
 */
import type { Alias } from '../../src/schema/localized.ts';
import type { Lang } from '../../src/schema/manifest.ts';
import type { Department, PlaceEntity, PolicyDocument } from '../../src/schema/model.ts';

/** A name and whether it is ours rather than the texts'. */
type Candidate = [text: string | undefined, lang: Lang, editorial: boolean];

/**
 * When two names are one: without case and width, and without spaces in Chinese ("商资发〔2024〕 314号"
 * is "商资发〔2024〕314号") but not in English ("Shangzifa" is not "Shang Zi Fa").
 */
export function nameKey(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase().trim();
  return /\p{Script=Han}/u.test(folded) ? folded.replace(/\s+/gu, '') : folded.replace(/\s+/gu, ' ');
}

/** The candidates in order, each once, none equal to one of the entity's own names. */
function aliasList(own: string[], candidates: Candidate[]): Alias[] {
  const seen = new Set(own.map(nameKey));
  const aliases: Alias[] = [];
  for (const [text, lang, editorial] of candidates) {
    if (text === undefined || text.trim() === '' || seen.has(nameKey(text))) continue;
    seen.add(nameKey(text));
    aliases.push({ text: text.trim(), lang, editorial });
  }
  return aliases;
}

export function departmentAliases(department: Department, en: { name: string; abbreviation?: string | undefined }): Alias[] {
  return aliasList(
    [department.name, en.name],
    [...department.variants.map((variant): Candidate => [variant.text, variant.lang, false]), [en.abbreviation, 'en', true]],
  );
}

export function placeAliases(place: PlaceEntity, en: { name: string; shortName: string }): Alias[] {
  return aliasList([place.name, en.name], [[place.shortName, 'zh-Hans', false], [en.shortName, 'en', true]]);
}

export function documentAliases(document: PolicyDocument, translation: { lang: Lang; title: string; shortTitle: string; docNumber?: string | undefined }): Alias[] {
  return aliasList(
    [document.title, translation.title],
    [
      [document.heading, document.lang, false],
      [document.docNumber, document.lang, false],
      // The manifest's short title is ours ("第二批商贸流通标准化试点通知" for a Traditional text that never says so).
      [document.shortTitle, document.lang, true],
      [translation.docNumber, translation.lang, true],
      [translation.shortTitle, translation.lang, true],
    ],
  );
}
