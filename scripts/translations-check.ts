/**
 * Reports translation coverage, staleness and glossary consistency without building the site.
 * Usage: npm run translations:check [-- --document task-list-1]
 * Exit status 1 when anything is missing, stale or inconsistent.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { GlossaryFileSchema, NamesFileSchema } from '../src/schema/translation.ts';
import { loadModel } from './build-content.ts';
import { inconsistencies, renderingsOf } from './translate/consistency.ts';
import { readTranslation, statusOf, translationErrors, translationPath } from './translate/translations.ts';

const { values } = parseArgs({ options: { document: { type: 'string' } } });
const model = await loadModel('seeds');
const glossary = GlossaryFileSchema.parse(JSON.parse(await readFile('seeds/editorial/glossary.json', 'utf8')));
const names = NamesFileSchema.parse(JSON.parse(await readFile('seeds/translations/en/names.json', 'utf8')));
const placeNames = new Map(model.places.map((place) => [place.id, [place.name, place.shortName]]));
const renderings = renderingsOf(glossary, names, placeNames);
let failed = false;
for (const document of model.documents) {
  if (values.document && values.document !== document.id) continue;
  const loaded = await readTranslation('seeds', document);
  const status = statusOf(document, model, loaded);
  const errors = translationErrors(status, loaded, `seeds/${translationPath(document)}`);
  const mismatches = loaded ? inconsistencies(loaded.file, renderings) : [];
  console.log(`${document.id} → ${status.lang}: ${status.translated}/${status.total} translated, ${status.stale.length} stale, ${status.orphans.length} left over, ${mismatches.length} glossary mismatches`);
  for (const error of errors.slice(0, 20)) console.log(`  ${error.message}`);
  if (errors.length > 20) console.log(`  … and ${errors.length - 20} more`);
  for (const mismatch of mismatches) console.log(`  ${mismatch.segment}: ${mismatch.term} should be rendered "${mismatch.expected}"`);
  if (errors.length > 0 || mismatches.length > 0) failed = true;
}
process.exit(failed ? 1 : 0);
