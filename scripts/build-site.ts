/**
 * The whole build, one command: parse seeds → emit content/ (with the Word files) → astro build →
 * publish (sources, Word files, open data, sitemap, previews) → Pagefind index → deploy files (_headers) → precompression (.br, .gz).
 * Each stage logs its time. The site is built beside the output folder and replaces it only when every
 * stage has passed: a failed build stops with a non-zero exit and leaves the last good site as it was.
 * Usage: node scripts/build-site.ts [--seeds seeds] [--content content] [--out dist]
 * (other folders serve the tests that build fixtures; SITE_BASE and SITE_URL pass through to Astro).
 */
import { runCommand } from './lib/run-command.ts';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildContent } from './build-content.ts';
import { isInputError } from './lib/seed-error.ts';
import { timed } from './lib/timed.ts';
import { buildSearchIndex } from './index/pagefind.ts';
import { writeSources } from './publish/sources.ts';
import { writeOpenData } from './publish/open-data.ts';
import { publishDownloads } from './publish/downloads.ts';
import { writeSitemap } from './publish/sitemap.ts';
import { writePreviews } from './publish/previews.ts';
import { precompress } from './publish/compress.ts';
import { writeHostHeaders } from './deploy/headers-file.ts';
import { placeholderWarning } from '../src/lib/site-url.ts';

const { values } = parseArgs({
  options: { seeds: { type: 'string', default: 'seeds' }, content: { type: 'string', default: 'content' }, out: { type: 'string', default: 'dist' } },
});
/** Where the site is built: beside the output folder (so the swap is a rename on one file system). */
const DIST = join(dirname(values.out), `.${basename(values.out)}.building`);
const PREVIOUS = join(dirname(values.out), `.${basename(values.out)}.previous`);

try {
  await rm(DIST, { recursive: true, force: true });
  const { model, synonyms } = await buildContent(values.seeds, values.content);
  // astro.config.mjs and src/content.config.ts read these, so a fixture build never touches content/ or dist/.
  // Astro's content cache (its data store) remembers the files of the last build; a build from another
  // content folder (a test fixture) keeps its own, or it would see — and try to load — the other's files.
  const cache: Record<string, string> = resolve(values.content) === resolve('content') ? {} : { SITE_CACHE: join(resolve(values.content), '.astro-cache') };
  const env = { CONTENT_DIR: resolve(values.content), SITE_OUT: resolve(DIST), ...cache };
  await timed('astro', () => runCommand(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { env: { ASTRO_TELEMETRY_DISABLED: '1', ...env } }));
  await timed('sources', () => writeSources(model, values.seeds, DIST));
  await timed('downloads', () => publishDownloads(model, values.content, DIST));
  await timed('data', () => writeOpenData(model, DIST));
  await timed('sitemap', () => writeSitemap(DIST));
  const [rendered, cached] = await timed('previews', () => writePreviews(model, DIST));
  console.log(`[previews] ${rendered} rendered, ${cached} from the cache`);
  await timed('index', () => buildSearchIndex(DIST, model.documents, synonyms));
  await timed('headers', () => writeHostHeaders(DIST));
  // Last: it compresses what every stage before it wrote.
  const compressed = await timed('compress', () => precompress(DIST));
  console.log(`[compress] ${compressed.files} files (${(compressed.bytes / 1e6).toFixed(1)} MB) written as .br and .gz`);
  // The swap: the last good site moves aside for the moment of the rename, then goes.
  await rm(PREVIOUS, { recursive: true, force: true });
  await rename(values.out, PREVIOUS).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(DIST, values.out);
  await rm(PREVIOUS, { recursive: true, force: true });
  console.log(`site built in ${values.out}/`);
  // Last, so it is the first thing seen after the build: see placeholderWarning.
  const warning = placeholderWarning();
  if (warning) console.warn(warning);
} catch (error) {
  await rm(DIST, { recursive: true, force: true });
  console.error(`${values.out}/ was left as it was.`);
  if (isInputError(error)) {
    console.error(`build stopped: the input has a problem\n${error.message}`);
  } else {
    console.error('build failed:', error);
  }
  process.exit(1);
}
