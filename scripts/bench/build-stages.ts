/**
 * Build time per stage: runs the real build (scripts/build-site.ts) and reads the `[stage] N ms` lines
 * its timed() wrapper prints, so the benchmark measures exactly what `npm run build` does.
 */
import { spawn } from 'node:child_process';

export type StageTimes = Record<string, number>;
export interface BuildTimes {
  /** Median ms per stage, and `total`: the wall time of the whole command. */
  stages: StageTimes;
  /** Preview images the first run rendered (the rest came from their cache, keyed by content). */
  previewsRendered: number;
}

const STAGE_LINE = /^\[(\w+)\] (\d+) ms$/gm;
const PREVIEWS_LINE = /^\[previews\] (\d+) rendered/m;

function buildOnce(args: string[], env: Record<string, string>): Promise<{ times: StageTimes; previewsRendered: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['scripts/build-site.ts', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`build exited with ${code}:\n${out}`));
      const times: StageTimes = Object.fromEntries([...out.matchAll(STAGE_LINE)].map((match) => [match[1]!, Number(match[2])]));
      times.total = Math.round(performance.now() - start);
      resolve({ times, previewsRendered: Number(PREVIEWS_LINE.exec(out)?.[1] ?? 0) });
    });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The median of each stage over `runs` builds (one build's timings are noise on a shared machine). */
export async function timeBuild(runs: number, args: string[] = [], env: Record<string, string> = {}): Promise<BuildTimes> {
  const all: Array<{ times: StageTimes; previewsRendered: number }> = [];
  for (let run = 0; run < runs; run++) all.push(await buildOnce(args, env));
  const stages = Object.fromEntries(Object.keys(all[0]!.times).map((stage) => [stage, median(all.map(({ times }) => times[stage]!))]));
  return { stages, previewsRendered: all[0]!.previewsRendered };
}
