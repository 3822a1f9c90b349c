// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

/**
 * SITE_URL and SITE_BASE let the same build run at a domain root or under a sub-path
 * (e.g. a project page of a static host): SITE_BASE=/policy-site/ npm run build.
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://standards-policy.example.org',
  base: process.env.SITE_BASE ?? '/',
  // scripts/build-site.ts sets SITE_OUT when it builds a fixture into another folder.
  outDir: process.env.SITE_OUT ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
