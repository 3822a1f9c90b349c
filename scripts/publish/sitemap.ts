/**
 * /sitemap.xml, made from the built pages themselves: every HTML page whose canonical URL is its own
 * address (so alias redirects and the 404 page stay out), with its language alternates as the page
 * declares them (<link rel="alternate" hreflang>), written as xhtml:link entries.
 * Reading the built pages means the sitemap cannot list a page that does not exist, nor miss one.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';
import { absoluteUrl } from '../../src/lib/site-url.ts';
import { routes } from '../../src/lib/routes.ts';

export interface SitemapPage {
  url: string;
  alternates: Array<{ hreflang: string; href: string }>;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name)).sort();
}

/** The attributes of every <link> in an HTML head. */
function linkTags(html: string): Array<Record<string, string>> {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(/<link\s([^>]*)>/g)].map((tag) => Object.fromEntries([...tag[1]!.matchAll(/([a-z:-]+)="([^"]*)"/g)].map((attr) => [attr[1]!, attr[2]!.replace(/&amp;/g, '&')])));
}

export async function sitemapPages(outDir: string): Promise<SitemapPage[]> {
  const pages: SitemapPage[] = [];
  for (const file of await htmlFiles(outDir)) {
    const path = `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const own = absoluteUrl(encodeURI(path));
    const links = linkTags(await readFile(file, 'utf8'));
    const canonical = links.find((link) => link.rel === 'canonical')?.href;
    if (canonical !== own) continue;
    pages.push({ url: own, alternates: links.filter((link) => link.rel === 'alternate' && link.hreflang).map((link) => ({ hreflang: link.hreflang!, href: link.href! })) });
  }
  return pages;
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
