/**
 * Where the site is deployed: read by astro.config.mjs and by the build stages that write absolute
 * URLs outside Astro (open data, sitemap, previews), so both always agree.
 * SITE_URL and SITE_BASE let the same build run at a domain root or under a sub-path.
 */
const DEFAULT_SITE_URL = 'https://standards-policy.example.org';

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

/**
 * What a build made without SITE_URL must say at its end, loudly: its canonical links, sitemap, feeds,
 * Open Graph, QR codes and citations name the placeholder domain. Pages served elsewhere rewrite the
 * URLs readers copy (src/lib/security/inline-scripts.ts), but crawlers and printed QR codes cannot.
 * Undefined when SITE_URL is set.
 */
export function placeholderWarning(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SITE_URL) return undefined;
  const rule = '!'.repeat(72);
  return [
    rule,
    `!! SITE_URL is not set: this build's absolute URLs point at ${DEFAULT_SITE_URL}`,
    '!! (canonical links, sitemap, feeds, previews, QR codes, citations).',
    '!! Not for upload. Build for the real address:',
    '!!   SITE_URL=https://your.domain npm run build   (SITE_BASE=/path/ when not at the root)',
    rule,
  ].join('\n');
}
