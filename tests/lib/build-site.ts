/** Runs the whole build (scripts/build-site.ts) on a seeds folder, into a folder of its own. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface BuildResult {
  /** Exit status of the build. */
  code: number;
  output: string;
  /** The site folder the build was asked to write. */
  out: string;
}

/** Environment of the test runner that must not reach Astro (NODE_ENV=test changes how Vite builds). */
const RUNNER_ENV = /^(VITEST|NODE_ENV$|TEST$|TINYPOOL)/;

export function buildSite(seedsDir: string, workDir: string): Promise<BuildResult> {
  const out = join(workDir, 'dist');
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !RUNNER_ENV.test(key)));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build-site.ts', '--seeds', seedsDir, '--content', join(workDir, 'content'), '--out', out], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output, out }));
  });
}
