/** The machine a benchmark ran on, for the report: figures mean little without it. */
import { arch, cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  freeMemoryGiB: number;
  os: string;
  node: string;
  browser: string;
  /** 1-minute load average when the benchmark started: other work on the machine skews timings. */
  load: number;
}

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) return `${pretty} (${platform()} ${release()} ${arch()})`;
  } catch {
    // not Linux, or no os-release: the kernel line below will do
  }
  return `${platform()} ${release()} ${arch()}`;
}

export function describeMachine(browserVersion: string): Machine {
  const gib = (bytes: number) => Math.round((bytes / 2 ** 30) * 10) / 10;
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: gib(totalmem()),
    freeMemoryGiB: gib(freemem()),
    os: osName(),
    node: process.version,
    browser: browserVersion,
    load: Math.round(loadavg()[0]! * 10) / 10,
  };
}
