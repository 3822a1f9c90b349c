/**
 * /sitemap.xml, made from the built pages themselves: every HTML page whose canonical URL is its own
 * address (so alias redirects and the 404 page stay out), with its language alternates as the page
 * declares them (<link rel="alternate" hreflang>), written as xhtml:link entries.
 * Reading the built pages means the sitemap cannot list a page that does not exist, nor miss one.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';
import { absoluteUrl } from '../../src/lib/site-url.ts';
import { routes } from '../../src/lib/routes.ts';
import { builtPages, readPageHead } from '../lib/built-page.ts';

interface SitemapPage {
  url: string;
  alternates: Array<{ hreflang: string; href: string }>;
}

/** The pages the sitemap lists, in file order, each with its alternates in the order the page declares them. */
async function sitemapPages(outDir: string): Promise<SitemapPage[]> {
  return builtPages(outDir)
    .map((page) => readPageHead(page.file, page.path))
    .filter((page) => page.canonical === absoluteUrl(encodeURI(page.path)))
    .map((page) => ({ url: page.canonical!, alternates: Object.entries(page.alternates).map(([hreflang, href]) => ({ hreflang, href })) }));
}

export async function writeSitemap(outDir: string): Promise<number> {
  const pages = await sitemapPages(outDir);
  const tree = x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
    x('urlset', { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9', 'xmlns:xhtml': 'http://www.w3.org/1999/xhtml' }, pages.map((page) =>
      x('url', [x('loc', page.url), ...page.alternates.map((alternate) => x('xhtml:link', { rel: 'alternate', hreflang: alternate.hreflang, href: alternate.href }))]),
    )),
  ]);
  await writeFile(join(outDir, routes.sitemap()), `${toXml(tree)}\n`);
  return pages.length;
}
