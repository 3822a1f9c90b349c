/**
 * Static file server for the built site (dist/), kept on purpose rather than `astro preview` or sirv.
 *
 *   node scripts/serve.ts [--port 4321] [--dir dist] [--base /] [--host HOST]
 *
 * Why not `astro preview` (measured on this build, 2026-12-05): it sends none of the site's security
 * headers (no Content-Security-Policy, X-Content-Type-Options or Permissions-Policy), `no-cache` for
 * every file, never a precompressed `.br`/`.gz` (no Content-Encoding), and answers /documents (no
 * trailing slash) with 404 instead of nginx's 301 — so the browser tests would run against a server
 * unlike the deployed one, and tests/browser/nginx-http.spec.ts ("the local server sends the same
 * headers as nginx") would fail. sirv would need the same header, 404-page and redirect code around it.
 * What this file does is what deploy/nginx.conf does, from the same declaration:
 *
 * - Port: --port, else $PORT, else 4321 (0 = any free port).
 * - Directories serve index.html; a directory requested without a trailing
 *   slash gets a 301 to the slash form (so relative URLs resolve correctly).
 * - Paths are percent-decoded (e.g. Chinese slugs); traversal outside --dir is refused.
 * - Unknown paths get <dir>/404.html with status 404 (plain text if absent).
 * - --base /sub/ serves the site under a sub-path; requests outside it get 404.
 * - Headers, MIME types and caching are those of deploy/nginx.conf (scripts/deploy/headers.ts); a
 *   precompressed `.br`/`.gz` beside a file is sent to a browser that accepts it, as nginx's
 *   brotli_static/gzip_static do (tests/browser/nginx-http.spec.ts compares both).
 *
 * Tests can start it in-process: `const server = await startServer({ dir, port: 0 })`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReadStream, promises as fsp } from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { contentType, ENCODINGS, NOT_FOUND_PAGE, REVALIDATE, responseHeaders, SECURITY_HEADERS } from './deploy/headers.ts';

export const DEFAULT_PORT = 4321;

/** The Content-Type of a file: see scripts/deploy/headers.ts. */
export const contentTypeFor = contentType;

export interface ServeOptions {
  /** Directory to serve; default "dist" (relative to cwd). */
  dir?: string;
  /** Port; 0 picks a free one. Default: $PORT or 4321. */
  port?: number;
  /** URL prefix the site lives under, e.g. "/sub/". Default "/". */
  base?: string;
  /** Interface to bind; default: all (IPv4 + IPv6, so "localhost" works either way). */
  host?: string;
  /** false: without this site's security headers, to serve another site (the benchmark's Starlight). Default true. */
  securityHeaders?: boolean;
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
    ...OWN_RESPONSE_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

/** What nginx adds to every response it makes itself (redirects, errors): no caching, the security headers. */
const OWN_RESPONSE_HEADERS = { 'Cache-Control': REVALIDATE, ...Object.fromEntries(SECURITY_HEADERS) };

/** The encodings a request accepts (`Accept-Encoding: br, gzip;q=0.8`; q=0 refuses). */
function acceptedEncodings(req: http.IncomingMessage): Set<string> {
  const header = req.headers['accept-encoding'] ?? '';
  const accepted = new Set<string>();
  for (const part of String(header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)/.exec(param)?.[1]).find(Boolean);
    if (name && (q === undefined || Number(q) > 0)) accepted.add(name);
  }
  return accepted;
}

async function sendFile(req: http.IncomingMessage, res: http.ServerResponse, root: string, file: string, stat: Stats, status = 200): Promise<void> {
  const headers: Record<string, string | number> = responseHeaders(path.relative(root, file).split(path.sep).join('/'));
  // Like brotli_static and gzip_static with gzip_vary: Vary whenever a precompressed file exists.
  const accepted = acceptedEncodings(req);
  let body = file;
  let size = stat.size;
  for (const { name, suffix } of ENCODINGS) {
    const variant = await statOrNull(file + suffix);
    if (!variant?.isFile()) continue;
    headers['Vary'] = 'Accept-Encoding';
    if (body === file && accepted.has(name)) {
      body = file + suffix;
      size = variant.size;
      headers['Content-Encoding'] = name;
    }
  }
  res.writeHead(status, { ...headers, 'Content-Length': size, 'Last-Modified': stat.mtime.toUTCString() });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(body);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

async function sendNotFound(req: http.IncomingMessage, res: http.ServerResponse, root: string): Promise<void> {
  const page = path.join(root, NOT_FOUND_PAGE);
  const stat = await statOrNull(page);
  if (stat?.isFile()) await sendFile(req, res, root, page, stat, 404);
  else sendText(res, 404, '404 Not Found\n');
}

function createHandler(root: string, base: string, securityHeaders: boolean): http.RequestListener {
  // Compare against the base as it appears on the wire (percent-encoded).
  const rawBase = encodeURI(base);
  const securityNames = new Set(SECURITY_HEADERS.map(([name]) => name));
  return (req, res) => {
    if (!securityHeaders) {
      // Another site than this one: every response as usual, less this site's security headers.
      const writeHead = res.writeHead.bind(res) as (status: number, headers: http.OutgoingHttpHeaders) => http.ServerResponse;
      res.writeHead = ((status: number, headers: http.OutgoingHttpHeaders = {}) =>
        writeHead(status, Object.fromEntries(Object.entries(headers).filter(([name]) => !securityNames.has(name))))) as typeof res.writeHead;
    }
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
    res.writeHead(301, { ...OWN_RESPONSE_HEADERS, Location: base + query, 'Content-Length': 0 });
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
      res.writeHead(301, { ...OWN_RESPONSE_HEADERS, Location: rawPath + '/' + query, 'Content-Length': 0 });
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
  await sendFile(req, res, root, file, stat);
}

/** Start the server; resolves with the listening http.Server (rejects on e.g. EADDRINUSE). */
export function startServer(options: ServeOptions = {}): Promise<http.Server> {
  const root = path.resolve(options.dir ?? 'dist');
  const base = normalizeBase(options.base);
  const envPort = process.env.PORT ? Number(process.env.PORT) : undefined;
  const port = options.port ?? envPort ?? DEFAULT_PORT;
  const server = http.createServer(createHandler(root, base, options.securityHeaders ?? true));
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

function readArgs(argv: string[]): ServeOptions & { help?: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string', short: 'p' }, dir: { type: 'string' }, base: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new Error(`invalid --port ${values.port}`);
  return { port, dir: values.dir, base: values.base, host: values.host, help: values.help };
}

async function main(): Promise<void> {
  let opts: ReturnType<typeof readArgs>;
  try {
    opts = readArgs(process.argv.slice(2));
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
