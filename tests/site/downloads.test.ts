/**
 * The Word files as the built site publishes them, in the site and the grown corpus: every document
 * page links its files in both editions with their format and size; each file's text is the text its
 * page shows (the original and the translation against the document page of their edition, read with
 * the site's page reader; the side-by-side file against the side-by-side page); a document awaiting
 * translation has its original only, and its English page says so; and LibreOffice opens the files
 * and finds their text. The files' own structure (fonts, labels, footer, hostile text):
 * tests/unit/docx-files.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { attr, classNames, elements, findElement, linkedFile, requireBuild, visibleText, type BuiltPage } from '../../scripts/lib/built-page.ts';
import { GROWN_BUILD } from '../../scripts/lib/grown-build.ts';
import { fileSize } from '../../src/lib/downloads.ts';
import { UI } from '../../src/i18n/ui.ts';
import { readWordFile } from '../lib/docx-text.ts';
import { DIST, builtSite } from './built-site.ts';

const BUILDS = [
  [DIST, 'npm run build'],
  [GROWN_BUILD.outDir, 'npm run build:grown'],
] as const;

const DOCUMENT_PAGE = /^(\/en)?\/documents\/([a-z0-9-]+)\/$/;
/** Whitespace apart: the page puts spaces at element boundaries (marker and title), the file does not. */
const compact = (text: string) => text.replace(/\s+/gu, '');
/** What a reader does not see as the text: permalinks, entity links and editorial notes (marked for the search to skip), screen-reader captions, the side-by-side view's ¶ and column heads. */
const notText = (element: Element) => attr(element, 'data-pagefind-ignore') !== undefined || ['visually-hidden', 'pilcrow', 'pair-head'].some((name) => classNames(element).includes(name));
const region = (page: BuiltPage, name: string) => {
  const found = findElement(page.tree, (element) => classNames(element).includes(name));
  if (!found) throw new Error(`${page.path} has no .${name}`);
  return found;
};

/**
 * The paragraphs before the text (the title, the title as printed or the unofficial-translation notice)
 * and whether the rest is exactly `text`: the file holds the page's text, and before it at most its title lines.
 */
function textAfterTitle(paragraphs: string[], text: string): { front: string[]; rest: string } {
  for (let front = 1; front <= 3; front++) {
    const rest = compact(paragraphs.slice(front).join(''));
    if (rest === compact(text)) return { front: paragraphs.slice(0, front), rest };
  }
  return { front: [], rest: compact(paragraphs.join('')) };
}

for (const [dist, command] of BUILDS) {
  describe(`Word downloads (${dist})`, () => {
    requireBuild(dist, command);
    const pages = builtSite(dist);
    const documentPages = pages.filter((page) => DOCUMENT_PAGE.test(page.path));
    const page = (path: string) => pages.find((entry) => entry.path === path) ?? expect.fail(`${dist} has no page ${path}`);
    const published = readdirSync(join(dist, 'downloads'));

    it('should link from each document page, in both editions, every Word file of the document with its format and size', () => {
      expect(documentPages.length).toBeGreaterThan(0);
      for (const documentPage of documentPages) {
        const id = DOCUMENT_PAGE.exec(documentPage.path)![2]!;
        const links = [...elements(region(documentPage, 'downloads'))].filter((element) => element.tagName === 'a');
        const linked = links.map((link) => linkedFile(dist, '/', documentPage.path, attr(link, 'href')!).slice(join(dist, 'downloads/').length));
        expect(linked.sort(), documentPage.path).toEqual(published.filter((name) => name.startsWith(`${id}.`)).sort());
        for (const link of links) {
          const bytes = readFileSync(linkedFile(dist, '/', documentPage.path, attr(link, 'href')!)).length;
          expect(visibleText(link), documentPage.path).toContain(UI[documentPage.edition].downloads.link(fileSize(bytes, documentPage.edition)));
        }
      }
    });

    it('should give a document awaiting translation its original only, and say so on its English page', () => {
      const pending = documentPages.filter((entry) => findElement(entry.tree, (element) => classNames(element).includes('pending-translation')));
      if (dist === GROWN_BUILD.outDir) expect(pending.map((entry) => entry.path)).toEqual(['/en/documents/chengdu-plan/']);
      for (const entry of pending) {
        const id = DOCUMENT_PAGE.exec(entry.path)![2]!;
        expect(published.filter((name) => name.startsWith(`${id}.`))).toEqual([`${id}.zh-Hans.docx`]);
        expect(visibleText(region(entry, 'downloads'))).toContain(UI.en.pendingLabel);
      }
    });

    it('should hold in each original and translation exactly the text its document page shows, after the title', () => {
      for (const name of published.filter((file) => !file.endsWith('.side-by-side.docx'))) {
        const [, id, lang] = /^([a-z0-9-]+)\.(zh-Hans|zh-Hant|en)\.docx$/.exec(name)!;
        const documentPage = page(`${lang === 'en' ? '/en' : ''}/documents/${id}/`);
        const { paragraphs: all } = readWordFile(readFileSync(join(dist, 'downloads', name)));
        // A text that stops short: the page says so below the text (.notice.truncated), the file after its last paragraph.
        const truncated = findElement(documentPage.tree, (element) => classNames(element).includes('truncated')) !== undefined;
        if (truncated) expect(all.at(-1), name).toBe(visibleText(findElement(documentPage.tree, (element) => classNames(element).includes('truncated'))!));
        const paragraphs = truncated ? all.slice(0, -1) : all;
        const { front, rest } = textAfterTitle(paragraphs, visibleText(region(documentPage, 'doc-text'), notText));
        expect(rest, name).toBe(compact(visibleText(region(documentPage, 'doc-text'), notText)));
        expect(compact(front[0]!), name).toBe(compact(documentPage.h1!));
      }
    });

    it('should hold in each side-by-side file exactly the pairs its side-by-side page shows', () => {
      const sideBySide = published.filter((file) => file.endsWith('.side-by-side.docx'));
      expect(sideBySide.length).toBeGreaterThan(0);
      for (const name of sideBySide) {
        const id = name.replace(/\.side-by-side\.docx$/, '');
        const candidates = [page(`/documents/${id}/parallel/`), page(`/en/documents/${id}/parallel/`)];
        const { paragraphs } = readWordFile(readFileSync(join(dist, 'downloads', name)));
        const truncated = findElement(page(`/documents/${id}/`).tree, (element) => classNames(element).includes('truncated')) !== undefined;
        // The notes the two document pages show below their texts.
        const note = (path: string) => visibleText(findElement(page(path).tree, (element) => classNames(element).includes('truncated'))!);
        if (truncated) expect(paragraphs.slice(-2), name).toEqual([note(`/documents/${id}/`), note(`/en/documents/${id}/`)]);
        // Two titles, the notice and the two column heads, then the pairs (and the note that the text stops short).
        const pairs = compact(paragraphs.slice(5, truncated ? -2 : undefined).join(''));
        for (const parallel of candidates) expect(pairs, `${name} ↔ ${parallel.path}`).toBe(compact(visibleText(region(parallel, 'parallel'), notText)));
      }
    });
  });
}

/** What a machine without LibreOffice must install to run the last test (and CI installs: .ci/run). */
const LIBREOFFICE = 'apt-get install -y --no-install-recommends libreoffice-writer-nogui';

describe('Word files opened in LibreOffice', () => {
  it('should convert a file of each kind and script to text that holds every paragraph', { timeout: 180_000 }, () => {
    requireBuild(DIST);
    const soffice = ['soffice', 'libreoffice'].find((name) => {
      try {
        execFileSync(name, ['--version'], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    });
    if (!soffice) throw new Error(`LibreOffice (soffice) is not installed, so the Word files cannot be opened to check them: ${LIBREOFFICE}`);
    const names = ['opinions-2024-314.zh-Hans.docx', 'pilot-notice-2024.zh-Hant.docx', 'task-list-1.en.docx', 'wuhan-plan.side-by-side.docx'];
    const out = mkdtempSync(join(tmpdir(), 'docx-soffice-'));
    try {
      // Its own profile, so a LibreOffice the user has open is left alone.
      execFileSync(soffice, [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', out, ...names.map((name) => join(DIST, 'downloads', name))], { stdio: 'pipe', timeout: 170_000 });
      for (const name of names) {
        const txt = join(out, name.replace(/\.docx$/, '.txt'));
        expect(existsSync(txt), `LibreOffice wrote no text for ${name}`).toBe(true);
        const text = compact(readFileSync(txt, 'utf8'));
        const paragraphs = readWordFile(readFileSync(join(DIST, 'downloads', name))).paragraphs.filter((paragraph) => paragraph.trim() !== '');
        expect(paragraphs.length, name).toBeGreaterThan(5);
        expect(paragraphs.filter((paragraph) => !text.includes(compact(paragraph))), name).toEqual([]);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
