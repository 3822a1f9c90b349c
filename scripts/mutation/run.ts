/**
 * `npm run mutation [-- <module> … [stryker options]]`: StrykerJS over the pure modules, one module at a time (each with
 * its own incremental file, so a later run re-tests only what changed), then MUTATION.md from the JSON
 * reports. Slow, so not part of `npm test`. The machines are shared: Stryker runs niced (10) with one
 * test runner (stryker.config.mjs).
 */
import { getPriority, setPriority } from 'node:os';
import { performance } from 'node:perf_hooks';
import { runCommand } from '../lib/run-command.ts';
import { MUTATION_MODULES } from './modules.ts';
import { writeMutationReport } from './report.ts';

// Module names, then Stryker's own options with their values (`npm run mutation -- model --concurrency 2`).
const requested: string[] = [];
const strykerArgs: string[] = [];
const args = process.argv.slice(2);
for (let index = 0; index < args.length; index++) {
  const arg = args[index]!;
  if (!arg.startsWith('-')) requested.push(arg);
  else {
    strykerArgs.push(arg);
    if (!arg.includes('=') && args[index + 1] !== undefined && !args[index + 1]!.startsWith('-')) strykerArgs.push(args[++index]!);
  }
}
const unknown = requested.filter((name) => !MUTATION_MODULES.some((module) => module.name === name));
if (unknown.length > 0) {
  console.error(`unknown module ${unknown.join(', ')}; known: ${MUTATION_MODULES.map((module) => module.name).join(', ')}`);
  process.exit(2);
}
const modules = requested.length > 0 ? MUTATION_MODULES.filter((module) => requested.includes(module.name)) : MUTATION_MODULES;

// Children inherit the niceness.
setPriority(Math.max(getPriority(), 10));
const stryker = 'node_modules/@stryker-mutator/core/bin/stryker.js';
const started = performance.now();
try {
  for (const module of modules) {
    console.log(`\n== mutation testing ${module.name} (${module.mutate.join(', ')})`);
    const begun = performance.now();
    await runCommand(process.execPath, [stryker, 'run', 'stryker.config.mjs', ...strykerArgs], { env: { MUTATION_MODULE: module.name } });
    console.log(`== ${module.name}: ${((performance.now() - begun) / 1000).toFixed(0)} s`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const minutes = (performance.now() - started) / 60_000;
await writeMutationReport({ runtime: requested.length > 0 ? undefined : minutes });
console.log(`\nMUTATION.md written (${minutes.toFixed(1)} min)`);
