/**
 * Searches a built site with its own Pagefind bundle, as the search page does, without a browser:
 * the site is served on a free local port and pagefind.js (an ES module) is imported and pointed at it.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface PagefindModule {
  options(options: { basePath: string }): Promise<void>;
  search(query: string): Promise<{ results: Array<{ data(): Promise<{ url: string; meta: { title?: string } }> }> }>;
  destroy?(): Promise<void>;
}

/** The pages a query finds, as site paths with their titles, best match first. */
export async function searchSite(siteDir: string, query: string): Promise<Array<{ url: string; title: string }>> {
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const body = await readFile(join(siteDir, path));
      response.writeHead(200, { 'content-type': path.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const pagefind = (await import(/* @vite-ignore */ pathToFileURL(join(siteDir, 'pagefind', 'pagefind.js')).href)) as PagefindModule;
    await pagefind.options({ basePath: `${origin}/pagefind/` });
    const { results } = await pagefind.search(query);
    const found = await Promise.all(results.map((result) => result.data()));
    await pagefind.destroy?.();
    return found.map((data) => ({ url: data.url.replace(origin, ''), title: data.meta.title ?? '' }));
  } finally {
    server.close();
  }
}
