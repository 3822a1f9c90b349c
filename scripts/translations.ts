/**
 * Creates or updates the translation skeletons in seeds/translations/ and reports coverage.
 * Usage: npm run translations
 */
import { loadModel } from './build-content.ts';
import { updateSkeletons } from './translate/translations.ts';

const model = await loadModel('seeds');
// New files name the site's editors as translator; a file made another way says so in its own "translator".
const statuses = await updateSkeletons('seeds', model, "the site's editors");
for (const status of statuses) {
  const percent = ((100 * status.translated) / status.total).toFixed(1);
  console.log(`${status.document} → ${status.lang}: ${status.translated}/${status.total} (${percent} %)${status.stale.length ? `, ${status.stale.length} stale` : ''}${status.orphans.length ? `, ${status.orphans.length} left over` : ''}`);
}
