// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { MDX_SYNTAX } from './src/lib/mdx-syntax.ts';
import { siteBase, siteUrl } from './src/lib/site-url.ts';
import { astroCsp } from './src/lib/security/csp.ts';

/**
 * SITE_URL and SITE_BASE let the same build run at a domain root or under a sub-path
 * (e.g. a project page of a static host): SITE_BASE=/policy-site/ npm run build.
 */
export default defineConfig({
  site: siteUrl(),
  base: siteBase(),
  // scripts/build-site.ts sets SITE_OUT when it builds a fixture into another folder.
  outDir: process.env.SITE_OUT ?? './dist',
  // ... and SITE_CACHE, so that a fixture's content cache never mixes with the site's.
  cacheDir: process.env.SITE_CACHE ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Styles and processed scripts go to files under /_astro/, never inline: the policy's header form
  // (src/lib/security/csp.ts) lists only the inline scripts' fixed hashes, so nothing else may be inline.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // A strict Content-Security-Policy in every page (<meta>); the servers send it as a header too.
  security: { csp: astroCsp() },
  // Source text must reach the page unchanged: see src/lib/mdx-syntax.ts.
  integrations: [mdx({ gfm: MDX_SYNTAX.gfm, smartypants: MDX_SYNTAX.smartPunctuation })],
  devToolbar: { enabled: false },
});
