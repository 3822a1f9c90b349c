/** /robots.txt: everything may be crawled except the search index files; the sitemap lists every page. */
import type { APIRoute } from 'astro';
import { href, routes } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(['User-agent: *', `Disallow: ${href('/pagefind/')}`, '', `Sitemap: ${new URL(href(routes.sitemap()), site).href}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
