/**
 * Locate a Chromium binary for Playwright.
 *
 * `npx playwright install` cannot download browsers on our machines (only the
 * npm registry and Debian apt are reachable), so we fall back to Debian's
 * `chromium` package. Search order:
 *   1. $CHROMIUM_PATH or $PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH
 *   2. Playwright's own downloaded browser, if it exists on disk
 *   3. chromium / chromium-browser / google-chrome on $PATH or in /usr/bin
 *   4. as root with apt-get available: `apt-get update && apt-get install -y chromium fonts-noto-cjk`
 *   5. otherwise throw an Error telling the user what to do
 *
 * CLI: `node scripts/lib/find-browser.ts [--print]` prints the path (or
 * "(playwright default)" when Playwright's bundled browser is used).
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { SpawnSyncOptions } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Flags Chromium needs here: no sandbox as root, and no background network chatter. */
export const CHROMIUM_ARGS: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserLocation {
  /** Path to the browser binary; undefined means "let Playwright use its own download". */
  executablePath: string | undefined;
  /** Human-readable description of where it was found. */
  source: string;
}

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const INSTALL_HINT =
  'No Chromium browser found for Playwright. Install Debian\'s chromium: ' +
  'sudo apt-get update && sudo apt-get install -y chromium, ' +
  'or set CHROMIUM_PATH=/path/to/chrome ' +
  '(or run `npx playwright install chromium` where browser downloads are allowed).';

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Look a command up on $PATH, then in /usr/bin. */
function which(name: string): string | undefined {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  dirs.push('/usr/bin');
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

async function playwrightBundledBrowser(): Promise<string | undefined> {
  // playwright-core is a dependency of @playwright/test; try both in case it is not hoisted.
  for (const mod of ['playwright-core', '@playwright/test']) {
    try {
      const pw = (await import(mod)) as { chromium?: { executablePath(): string } };
      const p = pw.chromium?.executablePath();
      if (p && existsSync(p)) return p;
      return undefined;
    } catch {
      // module missing or executablePath() threw: try the next one
    }
  }
  return undefined;
}

function aptInstallChromium(): string | undefined {
  const isRoot = process.getuid?.() === 0;
  const aptGet = which('apt-get');
  if (!isRoot || !aptGet) return undefined;
  // Logs go to stderr so `--print` output on stdout stays just the path.
  console.error('[find-browser] no Chromium found; running: apt-get update && apt-get install -y chromium fonts-noto-cjk');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const opts: SpawnSyncOptions = { stdio: ['ignore', 2, 2], env };
  const update = spawnSync(aptGet, ['update'], opts);
  if (update.status !== 0) {
    console.error(`[find-browser] apt-get update failed (exit ${update.status})`);
    return undefined;
  }
  // With a CJK font, or screenshots of the (Chinese) site show boxes: the site loads no web font.
  const install = spawnSync(aptGet, ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], opts);
  if (install.status !== 0) {
    console.error(`[find-browser] apt-get install chromium failed (exit ${install.status})`);
    return undefined;
  }
  return which('chromium') ?? (isExecutable('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}

let cached: Promise<BrowserLocation> | undefined;

/** Find (or, as root on Debian, install) a Chromium. Memoised per process. */
export function findBrowser(): Promise<BrowserLocation> {
  cached ??= locate();
  // Do not cache failures: a later call may succeed after the user installs a browser.
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}

async function locate(): Promise<BrowserLocation> {
  for (const name of ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH']) {
    const value = process.env[name];
    if (value) {
      if (!isExecutable(value)) {
        throw new Error(`${name}=${value} is not an executable file. ${INSTALL_HINT}`);
      }
      return { executablePath: value, source: `env ${name}` };
    }
  }

  const bundled = await playwrightBundledBrowser();
  if (bundled) return { executablePath: bundled, source: 'playwright download' };

  for (const name of SYSTEM_NAMES) {
    const found = which(name);
    if (found) return { executablePath: found, source: `system ${name}` };
  }

  const installed = aptInstallChromium();
  if (installed) return { executablePath: installed, source: 'apt-get install chromium' };

  throw new Error(INSTALL_HINT);
}

// CLI: print the browser path.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { executablePath, source } = await findBrowser();
    console.log(executablePath ?? '(playwright default)');
    if (!process.argv.includes('--print')) console.error(`[find-browser] source: ${source}`);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
