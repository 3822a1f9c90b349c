/**
 * The texts of the seeds as a stock Astro Starlight site, for the benchmark's comparison: one Markdown
 * page per document in each edition (Chinese at the root, English under /en/, Starlight's own i18n),
 * a home page listing them, Starlight's default theme, sidebar and Pagefind search, nothing configured
 * beyond the two locales. The texts come from the same aligned pairs as our side-by-side view
 * (scripts/translate/parallel.ts), so both sites hold the same sentences.
 *
 * Starlight is installed from npm into a scratch folder at a pinned version and never committed.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { showsOriginal } from '../../src/i18n/locales.ts';
import type { ParallelPair } from '../../src/schema/localized.ts';
import { loadSiteContent } from '../build-content.ts';
import { runCommand } from '../lib/run-command.ts';
import { parallelOf } from '../translate/parallel.ts';

export const STARLIGHT_VERSION = '0.42.4';

export interface StarlightPage {
  /** Path under src/content/docs/, without extension: `wuhan-plan`, `en/wuhan-plan`. */
  slug: string;
  title: string;
  /** The page's meta description, as its author would write one (ours: the title and date). */
  description: string;
  body: Root;
}

export function blockOf(pair: ParallelPair, text: string): RootContent {
  const value = `${pair.marker ?? ''}${text}`;
  if (pair.kind === 'heading') return { type: 'heading', depth: Math.min(6, (pair.depth ?? 1) + 1) as 2 | 3 | 4 | 5 | 6, children: [{ type: 'text', value }] };
  if (pair.kind === 'note') return { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] };
  return { type: 'paragraph', children: [{ type: 'text', value }] };
}

/** Every page of the comparison site: per edition, a home page and one page per document. */
export async function starlightPages(seedsDir: string): Promise<StarlightPage[]> {
  const { model, translations } = await loadSiteContent(seedsDir);
  const pages: StarlightPage[] = [];
  for (const edition of ['zh', 'en'] as const) {
    const prefix = edition === 'zh' ? '' : 'en/';
    const listed: RootContent[] = [];
    for (const document of model.documents) {
      const original = showsOriginal(edition, document.lang);
      const title = original ? document.title : document.translation.title;
      const pairs = parallelOf(document, model, translations.get(document.id)!);
      pages.push({ slug: `${prefix}${document.id}`, title, description: document.date ? `${title} (${document.date})` : title, body: { type: 'root', children: pairs.map((pair) => blockOf(pair, original ? pair.original : pair.translation)) } });
      listed.push({ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'link', url: `/${prefix}${document.id}/`, children: [{ type: 'text', value: title }] }] }] });
    }
    const home = edition === 'zh' ? { title: '服务业标准化政策', description: '服务业扩大开放标准化政策文件全文' } : { title: 'Service-industry standardisation policies', description: 'The full texts of the policies on standardisation in opening up the service industry' };
    pages.push({ slug: `${prefix}index`, ...home, body: { type: 'root', children: [{ type: 'list', ordered: false, children: listed as never }] } });
  }
  return pages;
}

/**
 * A page as Starlight reads it. The texts are text nodes serialized by mdast-util-to-markdown, which
 * escapes whatever Markdown would read as syntax; the title goes in as a JSON string, which YAML reads as
 * the same string whatever it holds.
 */
export function markdownFile(page: StarlightPage): string {
  return `---\ntitle: ${JSON.stringify(page.title)}\ndescription: ${JSON.stringify(page.description)}\n---\n\n${toMarkdown(page.body)}`;
}

const FAVICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128"><circle cx="64" cy="64" r="56" fill="#6b4fbb"/></svg>\n';

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Policy texts (stock Starlight)',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' }, en: { label: 'English', lang: 'en' } },
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Writes the Starlight project into `dir` and installs it (kept between runs: the install is the slow
 * part and the same pinned versions every time). Astro is the version this project uses.
 */
export async function writeStarlightSite(dir: string, pages: StarlightPage[]): Promise<{ astro: string }> {
  const astro = await ourAstroVersion();
  const manifest = { name: 'starlight-comparison', private: true, type: 'module', dependencies: { astro, '@astrojs/starlight': STARLIGHT_VERSION } };
  await mkdir(dir, { recursive: true });
  const manifestPath = join(dir, 'package.json');
  const installed = existsSync(join(dir, 'node_modules/@astrojs/starlight')) && (await readFile(manifestPath, 'utf8').catch(() => '')) === JSON.stringify(manifest);
  await writeFile(manifestPath, JSON.stringify(manifest));
  if (!installed) await runCommand('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, output: 'capture' });

  await rm(join(dir, 'src'), { recursive: true, force: true });
  await rm(join(dir, 'dist'), { recursive: true, force: true });
  await writeFile(join(dir, 'astro.config.mjs'), CONFIG);
  await mkdir(join(dir, 'src/content/docs/en'), { recursive: true });
  await writeFile(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  // Starlight's layout links /favicon.svg; its starter project ships one, so a stock site has it.
  await mkdir(join(dir, 'public'), { recursive: true });
  await writeFile(join(dir, 'public/favicon.svg'), FAVICON);
  for (const page of pages) await writeFile(join(dir, 'src/content/docs', `${page.slug}.md`), markdownFile(page));
  return { astro };
}

const ourAstroVersion = async () => (JSON.parse(await readFile('node_modules/astro/package.json', 'utf8')) as { version: string }).version;

/** `astro build` in `dir` under this project's Node (Starlight runs Pagefind as part of it); wall time in ms. */
export async function buildStarlightSite(dir: string): Promise<number> {
  const start = performance.now();
  await runCommand(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, output: 'capture' });
  return Math.round(performance.now() - start);
}
