/**
 * Prints the fidelity report of a built site: per document, how many sentences of its seed (after the
 * declared cleaning) its page shows in order, and what each cleaning rule changed or cut.
 * Usage: npm run fidelity [-- --seeds seeds --site dist]   (build first: npm run build)
 * Exit status 1 when a document is below 100 %, a cut line is not listed on its page, or a line lost
 * text without a declared rule.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isInputError } from './lib/seed-error.ts';
import { checkFidelity } from './check/fidelity.ts';
import { formatFidelityReport } from './check/fidelity-report.ts';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: 'seeds' }, site: { type: 'string', default: 'dist' } } });
if (!existsSync(join(values.site, 'index.html'))) {
  console.error(`no built site in ${values.site}/: run npm run build first`);
  process.exit(1);
}
try {
  const report = await checkFidelity({ seedsDir: values.seeds, siteDir: values.site });
  console.log(formatFidelityReport(report));
  process.exit(report.ok ? 0 : 1);
} catch (error) {
  if (!isInputError(error)) throw error;
  console.error(`fidelity check stopped: the input has a problem\n${error.message}`);
  process.exit(1);
}
