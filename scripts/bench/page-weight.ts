/**
 * What one page costs a reader, measured in Chromium from its network events: bytes (raw and gzipped)
 * by resource type, and the number of requests.
 */
import type { Browser, Page } from '@playwright/test';
import { gzipBytes } from '../check/budgets.ts';

export interface Bytes {
  raw: number;
  gzip: number;
  /** As the server sent them (its Content-Encoding: brotli or gzip where it has a precompressed file and the browser asks for it). */
  served?: number;
}
export interface PageWeight {
  requests: number;
  byType: Record<string, Bytes>;
  total: Bytes;
}

/** Playwright's resource types, grouped as a reader would name them. */
const TYPE_GROUP: Record<string, string> = { document: 'html', stylesheet: 'css', script: 'js', font: 'font', image: 'image', fetch: 'data', xhr: 'data' };

type Fetched = Promise<{ type: string; body: Buffer; served: number }>;

/** Starts recording what `page` fetches; weigh() the returned list once the page is done. */
function recordResponses(page: Page): Fetched[] {
  const fetched: Fetched[] = [];
  // A response may still arrive after weigh() has read the list and the context has closed (a script a
  // page loads when idle): its body then rejects, unawaited, which must not end the process.
  page.on('response', (response) =>
    fetched.push(
      Promise.all([response.body(), response.request().sizes()]).then(
        ([body, sizes]) => ({ type: response.request().resourceType(), body, served: sizes.responseBodySize }),
        () => ({ type: response.request().resourceType(), body: Buffer.alloc(0), served: 0 }),
      ),
    ),
  );
  return fetched;
}

/** Sums the bodies of the responses recordResponses() collected. */
export async function weigh(bodies: Fetched[]): Promise<PageWeight> {
  const weight: PageWeight = { requests: bodies.length, byType: {}, total: { raw: 0, gzip: 0, served: 0 } };
  for (const { type, body, served } of await Promise.all(bodies)) {
    const group = TYPE_GROUP[type] ?? 'other';
    const bytes = (weight.byType[group] ??= { raw: 0, gzip: 0, served: 0 });
    const gzip = gzipBytes(body);
    bytes.raw += body.length;
    bytes.gzip += gzip;
    weight.total.raw += body.length;
    weight.total.gzip += gzip;
    bytes.served = (bytes.served ?? 0) + served;
    weight.total.served = (weight.total.served ?? 0) + served;
  }
  return weight;
}

/** Loads `url` in a fresh context (cold cache) and weighs everything it fetched until the network is idle. */
export async function weighPage(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const bodies = recordResponses(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    return await weigh(bodies);
  } finally {
    await context.close();
  }
}
