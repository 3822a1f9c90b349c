/**
 * Where the site is deployed: read by astro.config.mjs and by the build stages that write absolute
 * URLs outside Astro (open data, sitemap, previews), so both always agree.
 * SITE_URL and SITE_BASE let the same build run at a domain root or under a sub-path.
 */
export const DEFAULT_SITE_URL = 'https://standards-policy.example.org';

/** The site's origin, e.g. https://standards-policy.example.org. */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? DEFAULT_SITE_URL).replace(/\/$/, '');
}

/** The deployment base in "/x/" form ("/" at the domain root). */
export function siteBase(): string {
  const base = process.env.SITE_BASE ?? '/';
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** The absolute URL of a site path (without the base): `/tasks/` → https://…/base/tasks/. */
export function absoluteUrl(path: string): string {
  return `${siteUrl()}${siteBase().replace(/\/$/, '')}${path}`;
}
