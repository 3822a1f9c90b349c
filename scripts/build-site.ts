/**
 * The whole build, one command: parse seeds → emit content/ → astro build → Pagefind index.
 * Each stage logs its time; any failure stops the build with a non-zero exit.
 *
 *   node scripts/build-site.ts [--out dist] [--seeds seeds]
 *
 * --out lets a second build (e.g. under a sub-path, SITE_BASE=/policy-atlas/) sit beside dist/;
 * --seeds builds another seeds folder (the benchmark's synthetic corpora) through the same stages.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildContent } from './build-content.ts';
import { isInputError } from './lib/seed-error.ts';
import { timed } from './lib/timed.ts';
import { buildSearchIndex } from './index/pagefind.ts';

const { out: DIST, seeds: SEEDS } = parseArgs({
  options: { out: { type: 'string', default: 'dist' }, seeds: { type: 'string', default: 'seeds' } },
}).values;

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

try {
  await rm(DIST, { recursive: true, force: true });
  await buildContent(SEEDS, 'content');
  await timed('astro', () => run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', DIST]));
  await timed('index', () => buildSearchIndex(DIST));
  console.log(`site built in ${DIST}/`);
} catch (error) {
  await rm(DIST, { recursive: true, force: true });
  if (isInputError(error)) {
    console.error(`build stopped: the input has a problem\n${error.message}`);
  } else {
    console.error('build failed:', error);
  }
  process.exit(1);
}
