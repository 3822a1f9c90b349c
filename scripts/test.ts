/**
 * `npm test`: build the site from the seeds, then run the unit tests and the browser tests against it.
 * One command, so a fresh clone proves the whole path seeds → site → search.
 */
import { spawnSync } from 'node:child_process';
import { SUBPATH_BUILD } from './lib/subpath-build.ts';
import { HOSTILE_BUILD } from './lib/hostile-build.ts';

const steps: Array<[string, string[], Record<string, string>?]> = [
  ['build', ['scripts/build-site.ts']],
  // The same site under a sub-path, for the link check and the search test that run over it.
  ['build under a sub-path', ['scripts/build-site.ts', '--out', SUBPATH_BUILD.outDir], { SITE_BASE: SUBPATH_BUILD.base }],
  // The hostile fixture, for the browser test that searches its markup-like text.
  ['build the hostile fixture', ['scripts/build-site.ts', '--seeds', HOSTILE_BUILD.seeds, '--content', HOSTILE_BUILD.content, '--out', HOSTILE_BUILD.outDir]],
  // The real seeds with a second task list and a second city's plan (tests/fixtures/sites/grown), for the gates and the pages' tests over it.
  ['build the grown corpus', ['scripts/build-grown.ts']],
  // After the build: the types of astro:content and import.meta.env are generated into .astro/ by it.
  ['typecheck', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']],
  // Unused files and dependencies, and imports package.json does not list (knip.jsonc).
  ['knip', ['node_modules/knip/bin/knip.js', '--include', 'files,dependencies,unlisted,unresolved,binaries']],
  ['unit tests', ['node_modules/vitest/vitest.mjs', 'run']],
  ['browser tests', ['node_modules/@playwright/test/cli.js', 'test']],
];

for (const [name, args, env] of steps) {
  console.log(`\n== ${name}`);
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}
