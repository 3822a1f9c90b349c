/**
 * `npm test`: build the site from the seeds, then run the unit tests and the browser tests against it.
 * One command, so a fresh clone proves the whole path seeds → site → search.
 */
import { spawnSync } from 'node:child_process';

const steps: Array<[string, string[]]> = [
  ['build', ['scripts/build-site.ts']],
  // After the build: the types of astro:content and import.meta.env are generated into .astro/ by it.
  ['typecheck', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['unit tests', ['node_modules/vitest/vitest.mjs', 'run']],
  ['browser tests', ['node_modules/@playwright/test/cli.js', 'test']],
];

for (const [name, args] of steps) {
  console.log(`\n== ${name}`);
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}
