/**
 * Reports translation coverage, staleness, glossary consistency and the translation memory without
 * building the site.
 * Usage: npm run translations:check [-- --document task-list-1] [-- --quiet] [-- --seeds DIR]
 * Exit status 1 when anything is missing, stale or inconsistent, or when the same source is translated
 * two ways without a reason. Documents declared awaiting translation (manifest `translationPending`) are
 * listed as pending with their progress; they do not fail the check (the build shows their original). Uses of non-primary glossary forms are listed (with --quiet, only counted);
 * they do not fail the check.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { GlossaryFileSchema, NamesFileSchema, type TranslationFile } from '../src/schema/translation.ts';
import { loadModel } from './build-content.ts';
import { consistencyOf, renderingsOf } from './translate/consistency.ts';
import { describeConflict, tmConflicts } from './translate/translation-memory.ts';
import { readTranslation, statusOf, translationErrors, translationPath } from './translate/translations.ts';

const { values } = parseArgs({ options: { document: { type: 'string' }, quiet: { type: 'boolean' }, seeds: { type: 'string', default: 'seeds' } } });
const seeds = values.seeds;
const model = await loadModel(seeds);
const glossary = GlossaryFileSchema.parse(JSON.parse(await readFile(`${seeds}/editorial/glossary.json`, 'utf8')));
const names = NamesFileSchema.parse(JSON.parse(await readFile(`${seeds}/translations/en/names.json`, 'utf8')));
const placeNames = new Map(model.places.map((place) => [place.id, [place.name, place.shortName]]));
const renderings = renderingsOf(glossary, names, placeNames);
const files: TranslationFile[] = [];
let failed = false;
const pending = model.documents.filter((document) => document.translationPending);
console.log(`pending (declared awaiting translation; the other edition shows the original): ${pending.length === 0 ? 'none' : pending.map((document) => document.id).join(', ')}`);
for (const document of model.documents) {
  const loaded = await readTranslation(seeds, document);
  if (document.translationPending) {
    // Work in progress: its progress is reported, nothing of it is published, so nothing of it fails the check.
    const status = statusOf(document, model, loaded);
    if (!values.document || values.document === document.id) console.log(`${document.id} → ${status.lang}: pending, ${status.translated}/${status.total} translated so far, ${status.stale.length} stale`);
    continue;
  }
  if (loaded) files.push(loaded.file);
  if (values.document && values.document !== document.id) continue;
  const status = statusOf(document, model, loaded);
  const errors = translationErrors(status, loaded, `seeds/${translationPath(document)}`);
  const report = loaded ? consistencyOf(loaded.file, renderings) : { inconsistencies: [], nonPrimary: [] };
  console.log(
    `${document.id} → ${status.lang}: ${status.translated}/${status.total} translated, ${status.stale.length} stale, ${status.orphans.length} left over, ` +
      `${report.inconsistencies.length} glossary mismatches, ${report.nonPrimary.length} uses of non-primary forms`,
  );
  for (const error of errors.slice(0, 20)) console.log(`  ${error.message}`);
  if (errors.length > 20) console.log(`  … and ${errors.length - 20} more`);
  for (const mismatch of report.inconsistencies) console.log(`  ${mismatch.segment}: ${mismatch.term} should be rendered "${mismatch.expected}"`);
  if (!values.quiet) for (const use of report.nonPrimary) console.log(`  ${use.segment}: ${use.term} rendered "${use.form}" (non-primary; primary "${use.primary}")`);
  if (errors.length > 0 || report.inconsistencies.length > 0) failed = true;
}
const conflicts = tmConflicts(files).filter((conflict) => !values.document || [conflict.a.document, conflict.b.document].includes(values.document));
console.log(`translation memory: ${conflicts.length} pairs of the same source translated differently`);
for (const conflict of conflicts) console.log(`  ${describeConflict(conflict)}`);
if (conflicts.length > 0) failed = true;
process.exit(failed ? 1 : 0);
