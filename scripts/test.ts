/**
 * `npm test`: build the site from the seeds, then run the unit tests and the browser tests against it.
 * One command, so a fresh clone proves the whole path seeds → site → search.
 *
 * Each entry of `stages` runs after the one before has passed; the steps of an entry that is a list run
 * at the same time (each step's output is printed whole when it ends, so the logs do not interleave).
 * Every step prints how long it took: the figures CI time is judged by.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { SUBPATH_BUILD } from './lib/subpath-build.ts';

type Step = [name: string, args: string[], env?: Record<string, string>];

const stages: Array<Step | Step[]> = [
  ['build', ['scripts/build-site.ts']],
  // The same site under a sub-path, for the link check and the search test that run over it.
  ['build under a sub-path', ['scripts/build-site.ts', '--out', SUBPATH_BUILD.outDir], { SITE_BASE: SUBPATH_BUILD.base }],
  // The real seeds with a second task list and a second city's plan (tests/fixtures/sites/grown), for the gates and the pages' tests over it.
  ['build the grown corpus', ['scripts/build-grown.ts']],
  // (The hostile fixture is built once, by tests/site/full-builds.test.ts in the unit tests, where the
  // browser test that searches it finds it: scripts/lib/hostile-build.ts.)
  // Together: both only read the sources. After the builds: the types of astro:content and
  // import.meta.env are generated into .astro/ by them (a build running beside tsc would rewrite them).
  [
    ['typecheck', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']],
    // Unused files, dependencies and exports, and imports package.json does not list (knip.jsonc).
    ['knip', ['node_modules/knip/bin/knip.js', '--include', 'files,dependencies,unlisted,unresolved,binaries,exports,types']],
  ],
  ['unit tests', ['node_modules/vitest/vitest.mjs', 'run']],
  ['browser tests', ['node_modules/@playwright/test/cli.js', 'test']],
];

/** Runs a step; alone, its output goes straight to ours, beside others it is collected and printed when it ends. */
function run([name, args, env]: Step, alone: boolean): Promise<{ name: string; code: number | string }> {
  const started = performance.now();
  if (alone) console.log(`\n== ${name}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    const finish = (code: number | string) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      if (!alone) process.stdout.write(`\n== ${name}\n${Buffer.concat(output).toString()}`);
      console.log(`== ${name}: ${seconds} s`);
      resolve({ name, code });
    };
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      finish('spawn error');
    });
    child.on('close', (code, signal) => finish(code ?? signal ?? 1));
  });
}

const begun = performance.now();
for (const stage of stages) {
  const steps = typeof stage[0] === 'string' ? [stage as Step] : (stage as Step[]);
  const results = await Promise.all(steps.map((step) => run(step, steps.length === 1)));
  const failed = results.filter((result) => result.code !== 0);
  if (failed.length > 0) {
    for (const { name, code } of failed) console.error(`\n${name} failed (exit ${code})`);
    process.exit(typeof failed[0]!.code === 'number' ? failed[0]!.code : 1);
  }
}
console.log(`\nnpm test: ${((performance.now() - begun) / 60_000).toFixed(1)} min`);
