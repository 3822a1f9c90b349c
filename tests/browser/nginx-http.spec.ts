/**
 * The site as nginx serves it with the committed deploy/nginx.conf (only `listen` and `root` changed):
 * headers, encodings, caching, the 404 page and MIME types, checked against the one declaration
 * (scripts/deploy/headers.ts); and scripts/serve.ts answers every request with the same headers.
 * Runs in the `nginx` project only (playwright.config.ts starts nginx on dist/); skips, saying what to
 * install, where nginx or its brotli module is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { cacheControl, contentType, IMMUTABLE, isCompressible, REVALIDATE, SECURITY_HEADERS } from '../../scripts/deploy/headers.ts';
import { nginxAvailability, startNginx } from '../../scripts/deploy/nginx-server.ts';
import { requireBuild } from '../../scripts/lib/built-page.ts';
import { SUBPATH_BUILD } from '../../scripts/lib/subpath-build.ts';
import { serverPort, startServer, stopServer } from '../../scripts/serve.ts';

const available = nginxAvailability();
test.skip(!available.ok, available.ok ? '' : `nginx tests skipped: ${available.reason}`);

const DIST = 'dist';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A plain GET with exactly the headers given (a browser's or Playwright's would add their own Accept-Encoding). */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** The first file of a folder of the build whose name matches (hashed names differ from build to build). */
function firstFile(folder: string, name: RegExp): string {
  const found = readdirSync(join(DIST, folder)).sort().find((file) => name.test(file) && !/\.(br|gz)$/.test(file));
  if (!found) throw new Error(`no file like ${name} in ${DIST}/${folder}`);
  return `${folder}/${found}`;
}

/** One file of every kind the build writes, as paths below the base. */
function samples(): string[] {
  return [
    'index.html',
    'tasks/task-list-1/60/index.html',
    'en/documents/wuhan-plan/index.html',
    firstFile('_astro', /\.css$/),
    firstFile('_astro', /\.js$/),
    '_search/page.js',
    '_search/header.js',
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    firstFile('pagefind', /^wasm\..*\.pagefind$/),
    firstFile('pagefind', /\.pf_meta$/),
    firstFile('pagefind/index', /\.pf_index$/),
    firstFile('pagefind/fragment', /\.pf_fragment$/),
    firstFile('pagefind/filter', /\.pf_filter$/),
    'data/model.json',
    'data/tasks.csv',
    'tasks/task-list-1/60.json',
    'sitemap.xml',
    'feed.xml',
    'robots.txt',
    firstFile('sources', /\.txt$/),
    firstFile('previews', /\.png$/),
    firstFile('downloads', /\.docx$/),
  ];
}

/** The file's URL path: a page's folder rather than its index.html, as links name it. */
const urlPath = (file: string) => '/' + file.replace(/(^|\/)index\.html$/, '$1');

function expectSecurityHeaders(headers: IncomingHttpHeaders, what: string): void {
  for (const [name, value] of SECURITY_HEADERS) expect(headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
}

test('every kind of file has its type, caching and the security headers', async ({ baseURL }) => {
  for (const file of samples()) {
    const { status, headers, body } = await get(`${baseURL}${urlPath(file)}`);
    expect(status, file).toBe(200);
    expect(headers['content-type'], file).toBe(contentType(file));
    expect(headers['cache-control'], file).toBe(cacheControl(file));
    expect(headers['x-content-type-options'], file).toBe('nosniff');
    expectSecurityHeaders(headers, file);
    // Asked for no encoding: the file exactly as built.
    expect(headers['content-encoding'], file).toBeUndefined();
    expect(body.equals(readFileSync(join(DIST, file))), file).toBe(true);
  }
});

test('content-hashed files are cached for a year, everything else is revalidated', async ({ baseURL }) => {
  const immutable = samples().filter((file) => cacheControl(file) === IMMUTABLE);
  // Astro's CSS and script, Pagefind's metadata, index chunk, fragment and filter.
  expect(immutable).toHaveLength(6);
  for (const file of ['_search/header.js', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'index.html']) {
    expect((await get(`${baseURL}${urlPath(file)}`)).headers['cache-control'], file).toBe(REVALIDATE);
  }
});

test('precompressed files are sent to browsers that accept them, with Vary', async ({ baseURL }) => {
  for (const file of ['tasks/task-list-1/60/index.html', firstFile('_astro', /\.css$/), '_search/header.js', 'pagefind/pagefind.js', 'data/model.json']) {
    const original = readFileSync(join(DIST, file));
    expect(isCompressible(file, original.length), file).toBe(true);
    const br = await get(`${baseURL}${urlPath(file)}`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding'], file).toBe('br');
    expect(br.headers.vary, file).toBe('Accept-Encoding');
    expect(br.body.length, file).toBeLessThan(original.length);
    expect(brotliDecompressSync(br.body).equals(original), file).toBe(true);
    const gzip = await get(`${baseURL}${urlPath(file)}`, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding'], file).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(original), file).toBe(true);
    const plain = await get(`${baseURL}${urlPath(file)}`);
    expect(plain.headers.vary, file).toBe('Accept-Encoding');
    expect(plain.body.equals(original), file).toBe(true);
  }
});

test("Pagefind's own files are sent as bytes, never encoded again", async ({ baseURL }) => {
  for (const file of samples().filter((path) => /\.(pagefind|pf_\w+)$/.test(path))) {
    const { headers, body } = await get(`${baseURL}${urlPath(file)}`, { 'Accept-Encoding': 'gzip, br' });
    expect(headers['content-type'], file).toBe('application/octet-stream');
    expect(headers['content-encoding'], file).toBeUndefined();
    expect(body.equals(readFileSync(join(DIST, file))), file).toBe(true);
  }
});

test("a missing address gets the site's 404 page with status 404, never cached as immutable", async ({ baseURL }) => {
  const notFoundPage = readFileSync(join(DIST, '404.html'));
  for (const path of ['/no-such-page/', '/tasks/task-list-1/999/', '/_astro/missing.css', '/pagefind/index/missing.pf_index']) {
    const { status, headers, body } = await get(`${baseURL}${path}`);
    expect(status, path).toBe(404);
    expect(headers['content-type'], path).toBe('text/html; charset=utf-8');
    expect(headers['cache-control'], path).toBe(REVALIDATE);
    expectSecurityHeaders(headers, path);
    expect(body.equals(notFoundPage), path).toBe(true);
  }
});

test('a folder asked for without its slash is redirected to it', async ({ baseURL }) => {
  const { status, headers } = await get(`${baseURL}/tasks`);
  expect(status).toBe(301);
  expect(headers.location).toBe('/tasks/');
  expectSecurityHeaders(headers, 'a redirect');
});

test('the local server (scripts/serve.ts) sends the same headers as nginx', async ({ baseURL }) => {
  const local = await startServer({ dir: DIST, port: 0, host: '127.0.0.1' });
  // What only one of them sends, or sends differently by nature: the date, the server's name, validators.
  const compared = (headers: IncomingHttpHeaders) =>
    Object.fromEntries(Object.entries(headers).filter(([name]) => !['date', 'server', 'etag', 'last-modified', 'connection', 'keep-alive', 'accept-ranges', 'transfer-encoding'].includes(name)));
  try {
    for (const path of [...samples().map(urlPath), '/no-such-page/', '/_astro/missing.css', '/tasks']) {
      for (const encoding of [undefined, 'gzip', 'gzip, deflate, br']) {
        const request: Record<string, string> = encoding ? { 'Accept-Encoding': encoding } : {};
        const [fromNginx, fromLocal] = await Promise.all([get(`${baseURL}${path}`, request), get(`http://127.0.0.1:${serverPort(local)}${path}`, request)]);
        const what = `${path} (Accept-Encoding: ${encoding ?? 'none'})`;
        expect(fromLocal.status, what).toBe(fromNginx.status);
        if (fromNginx.status === 301) expect(fromLocal.headers.location, what).toBe(fromNginx.headers.location);
        // A redirect's body is the server's own text.
        else expect(compared(fromLocal.headers), what).toEqual(compared(fromNginx.headers));
      }
    }
  } finally {
    await stopServer(local);
  }
});

test('the sub-path variant (deploy/nginx-subpath.conf) serves the site under its base and nothing outside it', async () => {
  const { outDir, base } = SUBPATH_BUILD;
  // A missing build is a failure naming what to run, never a skip.
  requireBuild(outDir, `SITE_BASE=${base} npm run build -- --out ${outDir}`);
  const server = await startNginx({ dir: outDir, base });
  const origin = server.url.slice(0, -base.length);
  try {
    const home = await get(server.url, { 'Accept-Encoding': 'br' });
    expect(home.status).toBe(200);
    expect(home.headers['content-encoding']).toBe('br');
    expectSecurityHeaders(home.headers, base);
    const css = readdirSync(join(outDir, '_astro')).find((file) => file.endsWith('.css'))!;
    expect((await get(`${server.url}_astro/${css}`)).headers['cache-control']).toBe(IMMUTABLE);
    const bare = await get(`${origin}${base.slice(0, -1)}`);
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe(base);
    const notFoundPage = readFileSync(join(outDir, '404.html'));
    for (const path of [`${base}no-such-page/`, '/', '/tasks/']) {
      const answer = await get(`${origin}${path}`);
      expect(answer.status, path).toBe(404);
      expect(answer.body.equals(notFoundPage), path).toBe(true);
      expectSecurityHeaders(answer.headers, path);
    }
  } finally {
    await server.stop();
  }
});
