/**
 * Dependency-free static file server for the built site (dist/).
 *
 *   node scripts/serve.ts [--port 4321] [--dir dist] [--base /] [--host HOST]
 *
 * - Port: --port, else $PORT, else 4321 (0 = any free port).
 * - Directories serve index.html; a directory requested without a trailing
 *   slash gets a 301 to the slash form (so relative URLs resolve correctly).
 * - Paths are percent-decoded (e.g. Chinese slugs); traversal outside --dir is refused.
 * - Unknown paths get <dir>/404.html with status 404 (plain text if absent).
 * - --base /sub/ serves the site under a sub-path; requests outside it get 404.
 *
 * Tests can start it in-process: `const server = await startServer({ dir, port: 0 })`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReadStream, promises as fsp } from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULT_PORT = 4321;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  // Pagefind's binary index files
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface ServeOptions {
  /** Directory to serve; default "dist" (relative to cwd). */
  dir?: string;
  /** Port; 0 picks a free one. Default: $PORT or 4321. */
  port?: number;
  /** URL prefix the site lives under, e.g. "/sub/". Default "/". */
  base?: string;
  /** Interface to bind; default: all (IPv4 + IPv6, so "localhost" works either way). */
  host?: string;
}

/** Normalise a base path to "/x/y/" form ("/" for none). */
export function normalizeBase(base: string | undefined): string {
  let b = (base ?? '/').trim();
  if (!b.startsWith('/')) b = '/' + b;
  if (!b.endsWith('/')) b += '/';
  return b.replace(/\/{2,}/g, '/');
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await fsp.stat(file);
  } catch {
    return null;
  }
}

function sendText(res: http.ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

function sendFile(req: http.IncomingMessage, res: http.ServerResponse, file: string, stat: Stats, status = 200): void {
  res.writeHead(status, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': stat.size,
    'Last-Modified': stat.mtime.toUTCString(),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

async function sendNotFound(req: http.IncomingMessage, res: http.ServerResponse, root: string): Promise<void> {
  const page = path.join(root, '404.html');
  const stat = await statOrNull(page);
  if (stat?.isFile()) sendFile(req, res, page, stat, 404);
  else sendText(res, 404, '404 Not Found\n');
}

function createHandler(root: string, base: string): http.RequestListener {
  // Compare against the base as it appears on the wire (percent-encoded).
  const rawBase = encodeURI(base);
  return (req, res) => {
    handle(req, res, root, rawBase).catch((err: unknown) => {
      console.error('[serve] error:', err);
      if (!res.headersSent) sendText(res, 500, '500 Internal Server Error\n');
      else res.destroy();
    });
  };
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, root: string, base: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, '405 Method Not Allowed\n', { Allow: 'GET, HEAD' });
    return;
  }

  const rawUrl = req.url ?? '/';
  const qIndex = rawUrl.search(/[?#]/);
  const rawPath = qIndex === -1 ? rawUrl : rawUrl.slice(0, qIndex);
  const query = qIndex === -1 ? '' : rawUrl.slice(qIndex).replace(/#.*$/, '');

  if (!rawPath.startsWith('/')) {
    sendText(res, 400, '400 Bad Request\n');
    return;
  }

  // Strip the base prefix ("/sub" exactly → redirect to "/sub/").
  let rawRel: string;
  if (base === '/') {
    rawRel = rawPath;
  } else if (rawPath === base.slice(0, -1)) {
    res.writeHead(301, { Location: base + query, 'Content-Length': 0 });
    res.end();
    return;
  } else if (rawPath.startsWith(base)) {
    rawRel = rawPath.slice(base.length - 1);
  } else {
    await sendNotFound(req, res, root);
    return;
  }

  let rel: string;
  try {
    rel = decodeURIComponent(rawRel);
  } catch {
    sendText(res, 400, '400 Bad Request (malformed percent-encoding)\n');
    return;
  }

  // Refuse traversal: NUL bytes, backslashes, ".." segments, or anything resolving outside root.
  const segments = rel.split('/');
  if (rel.includes('\0') || rel.includes('\\') || segments.includes('..')) {
    sendText(res, 403, '403 Forbidden\n');
    return;
  }
  let file = path.resolve(root, '.' + rel);
  if (file !== root && !file.startsWith(root + path.sep)) {
    sendText(res, 403, '403 Forbidden\n');
    return;
  }

  let stat = await statOrNull(file);
  if (stat?.isFile() && rel.endsWith('/')) {
    stat = null; // "/page.html/" is not a directory
  } else if (stat?.isDirectory()) {
    if (!rawPath.endsWith('/')) {
      res.writeHead(301, { Location: rawPath + '/' + query, 'Content-Length': 0 });
      res.end();
      return;
    }
    file = path.join(file, 'index.html');
    stat = await statOrNull(file);
  } else if (!stat && !rel.endsWith('/') && path.extname(rel) === '') {
    // Tolerate build.format: 'file' output (/about → /about.html).
    const htmlFile = file + '.html';
    const htmlStat = await statOrNull(htmlFile);
    if (htmlStat?.isFile()) {
      file = htmlFile;
      stat = htmlStat;
    }
  }

  if (!stat?.isFile()) {
    await sendNotFound(req, res, root);
    return;
  }
  sendFile(req, res, file, stat);
}

/** Start the server; resolves with the listening http.Server (rejects on e.g. EADDRINUSE). */
export function startServer(options: ServeOptions = {}): Promise<http.Server> {
  const root = path.resolve(options.dir ?? 'dist');
  const base = normalizeBase(options.base);
  const envPort = process.env.PORT ? Number(process.env.PORT) : undefined;
  const port = options.port ?? envPort ?? DEFAULT_PORT;
  const server = http.createServer(createHandler(root, base));
  return new Promise((resolve, reject) => {
    const onError = (err: Error): void => reject(err);
    server.once('error', onError);
    const onListening = (): void => {
      server.off('error', onError);
      resolve(server);
    };
    if (options.host) server.listen(port, options.host, onListening);
    else server.listen(port, onListening);
  });
}

/** Stops a started server, dropping kept-alive connections (a browser holds them open). */
export async function stopServer(server: http.Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

/** The port a started server is actually listening on (useful with port 0). */
export function serverPort(server: http.Server): number {
  return (server.address() as AddressInfo).port;
}

function parseArgs(argv: string[]): ServeOptions & { help?: boolean } {
  const out: ServeOptions & { help?: boolean } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`missing value for ${flag}`);
      return v;
    };
    switch (flag) {
      case '--port':
      case '-p': {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`invalid --port ${v}`);
        out.port = n;
        break;
      }
      case '--dir':
        out.dir = value();
        break;
      case '--base':
        out.base = value();
        break;
      case '--host':
        out.host = value();
        break;
      case '--help':
      case '-h':
        out.help = true;
        break;
      default:
        throw new Error(`unknown argument ${arg}`);
    }
  }
  return out;
}

async function main(): Promise<void> {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`serve: ${(err as Error).message}`);
    console.error('usage: node scripts/serve.ts [--port 4321] [--dir dist] [--base /] [--host HOST]');
    process.exit(2);
  }
  if (opts.help) {
    console.log('usage: node scripts/serve.ts [--port 4321] [--dir dist] [--base /] [--host HOST]');
    return;
  }
  const dir = opts.dir ?? 'dist';
  const stat = await statOrNull(path.resolve(dir));
  if (!stat?.isDirectory()) {
    console.error(`serve: directory "${dir}" not found; build the site first (npm run build).`);
    process.exit(1);
  }
  let server: http.Server;
  try {
    server = await startServer({ ...opts, dir });
  } catch (err) {
    console.error(`serve: cannot listen: ${(err as Error).message}`);
    process.exit(1);
  }
  const base = normalizeBase(opts.base);
  console.log(`Serving ${dir} at http://localhost:${serverPort(server)}${base}`);
  const stop = (): void => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
