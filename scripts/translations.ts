/**
 * Creates or updates the translation skeletons in seeds/translations/ and reports coverage.
 * Usage: npm run translations [-- --seeds DIR]   (another seeds folder, e.g. a test fixture's)
 */
import { parseArgs } from 'node:util';
import { loadModel } from './build-content.ts';
import { updateSkeletons } from './translate/translations.ts';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: 'seeds' } } });
const model = await loadModel(values.seeds);
// New files name the site's editors as translator; a file made another way says so in its own "translator".
const statuses = await updateSkeletons(values.seeds, model, "the site's editors");
for (const status of statuses) {
  const percent = ((100 * status.translated) / status.total).toFixed(1);
  console.log(`${status.document} → ${status.lang}: ${status.translated}/${status.total} (${percent} %)${status.stale.length ? `, ${status.stale.length} stale` : ''}${status.orphans.length ? `, ${status.orphans.length} left over` : ''}`);
}
