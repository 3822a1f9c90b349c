/**
 * Runs the real web server on a built site: nginx with the committed server block (deploy/nginx.conf, or
 * deploy/nginx-subpath.conf under the sub-path the tests build) where only `listen` and `root` are
 * changed — exactly what an operator does — on a free loopback port. Used by the nginx tests
 * (playwright.config.ts starts it as a web server) and by the benchmark (bytes as served).
 *
 *   node scripts/deploy/nginx-server.ts --dir dist [--base /] [--port 0]   (runs until stopped)
 *
 * In-process: `const server = await startNginx({ dir: 'dist' }); …; await server.stop();`
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { SUBPATH_BUILD } from '../lib/subpath-build.ts';
import { DEFAULT_LISTEN, nginxConf } from './nginx-conf.ts';

const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];
/** What .ci/run installs when nginx is missing. */
const NGINX_PACKAGES = 'nginx libnginx-mod-http-brotli-static';

export type NginxAvailability = { ok: true; binary: string } | { ok: false; reason: string };

/** Whether nginx and its brotli module are installed here, and if not, what to do. */
export function nginxAvailability(): NginxAvailability {
  const binary = NGINX_CANDIDATES.find((path) => existsSync(path)) ?? (spawnSync('sh', ['-c', 'command -v nginx']).stdout?.toString().trim() || undefined);
  if (!binary) return { ok: false, reason: `nginx is not installed (Debian: apt-get install -y ${NGINX_PACKAGES}; .ci/run does this)` };
  if (!existsSync(BROTLI_MODULE)) return { ok: false, reason: `nginx's brotli module is not installed (${BROTLI_MODULE}; Debian: apt-get install -y libnginx-mod-http-brotli-static)` };
  return { ok: true, binary };
}

export interface NginxOptions {
  /** The built site. */
  dir: string;
  /** The base it was built for ("/" or "/x/"). */
  base?: string;
  /** 0 or absent: a free port. */
  port?: number;
  /** Another site than this one (the benchmark's Starlight site): the same server block without this site's security headers. */
  foreign?: boolean;
}

export interface NginxServer {
  port: number;
  /** http://127.0.0.1:port/base/ */
  url: string;
  stop(): Promise<void>;
}

/** The server block an operator would deploy for this base, with their `listen` and `root`. */
async function serverBlock(base: string, listen: string, root: string, foreign: boolean): Promise<string> {
  const committed = foreign ? undefined : base === '/' ? 'deploy/nginx.conf' : base === SUBPATH_BUILD.base ? 'deploy/nginx-subpath.conf' : undefined;
  // Another base, or another site, has no committed file: the same generator writes it.
  const text = committed ? await readFile(committed, 'utf8') : nginxConf({ base, listen: DEFAULT_LISTEN, root: '/', securityHeaders: !foreign });
  let edits = 0;
  const edited = text.replace(/^(\s*)listen .*;$/m, (_, indent: string) => (edits++, `${indent}listen ${listen};`)).replace(/^(\s*)root .*;$/m, (_, indent: string) => (edits++, `${indent}root ${root};`));
  if (edits !== 2) throw new Error(`${committed}: expected one listen and one root line to edit`);
  return edited;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });
}

export async function startNginx({ dir, base = '/', port: wanted = 0, foreign = false }: NginxOptions): Promise<NginxServer> {
  const available = nginxAvailability();
  if (!available.ok) throw new Error(available.reason);
  const site = resolve(dir);
  if (!existsSync(join(site, 'index.html'))) throw new Error(`${dir}/ holds no built site (index.html): build it first`);
  const port = wanted || (await freePort());
  const work = await mkdtemp(join(tmpdir(), 'nginx-'));
  let child: ChildProcess | undefined;
  try {
    // Under a sub-path the root is the folder the base lives in: a link named like the base stands for it.
    let root = site;
    if (base !== '/') {
      root = join(work, 'www');
      const parent = join(root, base.slice(1, -1), '..');
      await mkdir(parent, { recursive: true });
      await symlink(site, join(root, base.slice(1, -1)));
    }
    await writeFile(join(work, 'server.conf'), await serverBlock(base, `127.0.0.1:${port}`, root, foreign));
    // Only what a host's own nginx.conf provides around a server block: processes, paths, logs.
    const main = [
      `load_module ${BROTLI_MODULE};`,
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'worker_processes 1;',
      'daemon off;',
      `pid ${join(work, 'nginx.pid')};`,
      `error_log ${join(work, 'error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  access_log off;',
      '  sendfile on;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((temp) => `  ${temp}_temp_path ${join(work, temp)};`),
      `  include ${join(work, 'server.conf')};`,
      '}',
      '',
    ].join('\n');
    await writeFile(join(work, 'nginx.conf'), main);
    const started = performance.now();
    child = spawn(available.binary, ['-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk));
    const exited = new Promise<number | null>((done) => child!.once('exit', (code) => done(code)));
    for (;;) {
      const done = await Promise.race([exited.then(() => 'exited' as const), new Promise((wait) => setTimeout(wait, 50)).then(() => 'waiting' as const)]);
      if (done === 'exited') {
        const log = existsSync(join(work, 'error.log')) ? readFileSync(join(work, 'error.log'), 'utf8') : '';
        throw new Error(`nginx did not start:\n${stderr}${log}`.trim());
      }
      if (await canConnect(port)) break;
      if (performance.now() - started > 15_000) throw new Error(`nginx did not listen on port ${port} within 15 s:\n${stderr}`);
    }
    const running = child;
    return {
      port,
      url: `http://127.0.0.1:${port}${base}`,
      async stop() {
        if (running.exitCode === null) {
          running.kill('SIGTERM');
          await exited;
        }
        await rm(work, { recursive: true, force: true });
      },
    };
  } catch (error) {
    child?.kill('SIGKILL');
    await rm(work, { recursive: true, force: true });
    throw new Error(`nginx on ${dir}/: ${(error as Error).message}`, { cause: error });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' }, port: { type: 'string', default: '0' } } });
  const server = await startNginx({ dir: values.dir, base: values.base, port: Number(values.port) });
  console.log(`nginx serving ${values.dir}/ at ${server.url}`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
