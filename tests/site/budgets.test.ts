/**
 * Page-weight budgets on the built files (figures in scripts/check/budgets.ts): a task page reads
 * without JavaScript and its HTML + CSS fit in 15 kB gzipped; no page's HTML passes 50 kB gzipped; no page downloads a web font; only the
 * search page refers to the search bundle, and only from code that runs when the reader searches; each
 * Word file of a document stays within 100 kB and embeds no font.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { linkedFile } from '../../scripts/lib/built-page.ts';
import { BUDGETS, FONT_FILE, gzipBytes, htmlCssGzip, overBudget, SEARCH_BUNDLE_DIR } from '../../scripts/check/budgets.ts';
import { pageAssets } from '../../scripts/check/page-assets.ts';
import { SEARCH_PAGE, TASK_PAGE } from '../../scripts/check/templates.ts';
import { GROWN_BUILD } from '../../scripts/lib/grown-build.ts';
import { requireBuild } from '../../scripts/lib/built-page.ts';
import { loadModel } from '../../scripts/build-content.ts';
import { builtSite } from './built-site.ts';

// The site, and the grown corpus (a second task list and a second city's plan): lists that grow with the corpus stay within budget.
const BUILDS = [
  ['dist', 'seeds', 'npm run build'],
  [GROWN_BUILD.outDir, GROWN_BUILD.seeds, 'npm run build:grown'],
] as const;

for (const [DIST, seeds, command] of BUILDS) describe(`page budgets (${DIST})`, async () => {
  requireBuild(DIST, command);
  const model = await loadModel(seeds);
  const pages = builtSite(DIST).map((page) => ({ ...page, assets: pageAssets(page.tree) }));
  const taskPages = pages.filter((page) => TASK_PAGE.pattern.test(page.path));

  it('should find a task page in both editions for every task of every list and plan of the model', () => {
    expect(taskPages).toHaveLength(2 * (model.tasks.length + model.localTasks.length));
  });

  it(`should keep each task page's HTML + CSS within ${BUDGETS.taskPageHtmlCssGzip} B gzipped`, () => {
    const over = taskPages.map((page) =>
      overBudget(`${page.path} HTML + ${page.assets.stylesheets.length} stylesheet(s), gzipped`, htmlCssGzip(DIST, '/', page, page.html, page.assets), BUDGETS.taskPageHtmlCssGzip),
    );
    expect(over.filter(Boolean)).toEqual([]);
  });

  it('should let a task page be read without JavaScript: no script that blocks rendering', () => {
    const over = taskPages.map((page) => {
      const blocking = page.assets.scripts.filter((script) => script.blocking);
      return overBudget(`${page.path} blocking scripts [${blocking.map((script) => script.src).join(', ')}]`, blocking.length, BUDGETS.taskPageBlockingScripts, 'scripts');
    });
    expect(over.filter(Boolean)).toEqual([]);
  });

  it(`should keep every page's HTML within ${BUDGETS.anyPageHtmlGzip} B gzipped`, () => {
    const over = pages.map((page) => overBudget(`${page.path} HTML, gzipped`, gzipBytes(page.html), BUDGETS.anyPageHtmlGzip));
    expect(over.filter(Boolean)).toEqual([]);
  });

  it(`should keep each document's Word files within ${BUDGETS.wordFileBytes} B, and embed no font in them`, () => {
    const files = readdirSync(join(DIST, 'downloads')).map((name) => ({ path: `/downloads/${name}`, bytes: readFileSync(join(DIST, 'downloads', name)) }));
    // Every document has its original as a Word file, at least.
    expect(files.length).toBeGreaterThanOrEqual(model.documents.length);
    expect(files.map((file) => overBudget(`${file.path}`, file.bytes.length, BUDGETS.wordFileBytes)).filter(Boolean)).toEqual([]);
    expect(files.flatMap((file) => Object.keys(unzipSync(file.bytes)).filter((name) => /^word\/fonts\//.test(name) || FONT_FILE.test(name)).map((name) => `${file.path}: ${name}`))).toEqual([]);
  });

  it('should download no web font, for CJK or any other text', () => {
    const fontFiles = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => FONT_FILE.test(file));
    expect(fontFiles, 'font files in the build').toEqual([]);
    const fontFaces = pages.flatMap((page) => {
      const css = [page.assets.inlineCss, ...page.assets.stylesheets.map((href) => readFileSync(linkedFile(DIST, '/', page.path, href), 'utf8'))];
      return css.some((text) => /@font-face/i.test(text)) ? [page.path] : [];
    });
    expect(fontFaces, 'pages whose CSS declares @font-face').toEqual([]);
  });

  it('should refer to the search bundle from no page but the search page', () => {
    const bundle = `/${SEARCH_BUNDLE_DIR}/`;
    const referring = pages
      .filter((page) => !SEARCH_PAGE.pattern.test(page.path))
      .filter((page) => page.assets.urls.some((url) => url.includes(bundle)) || page.assets.inlineScripts.some((script) => script.includes(SEARCH_BUNDLE_DIR)))
      .map((page) => page.path);
    expect(referring).toEqual([]);
  });

  it('should load the search bundle on the search page only from script, not as a linked or preloaded asset', () => {
    const search = pages.find((page) => SEARCH_PAGE.pattern.test(page.path))!;
    const fetchedUpFront = [...search.assets.stylesheets, ...search.assets.scripts.map((script) => script.src)].filter((url) => url.includes(SEARCH_BUNDLE_DIR));
    expect(fetchedUpFront).toEqual([]);
    expect(search.links.filter((link) => link.tag === 'link' && /\b(preload|modulepreload|prefetch)\b/.test(link.rel ?? '') && link.href.includes(SEARCH_BUNDLE_DIR))).toEqual([]);
  });
});
