/**
 * Sharing over the built site (npm test builds it first): every page's title, description, canonical
 * URL and preview image; short aliases; QR codes; citations; structured data; sitemap and feed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import bibtexParser from 'bibtex';
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/site-url.ts';

const DIST = 'dist';
// 104 national tasks (the Task List's stated count), Wuhan's 17, 7 documents, and 60 measures
// (Opinions 17, action plan 25, Wuhan's plan and the pilot notice the rest): the model's counts.
const TASKS = 104;
const LOCAL_TASKS = 17;
const DOCUMENTS = 7;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
const urlOf = (file: string) => `/${relative(DIST, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;
const decode = (text: string) => text.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const meta = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];
const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
const isAlias = (html: string) => html.includes('http-equiv="refresh"');

describe.skipIf(!existsSync(join(DIST, 'index.html')))('sharing on the built site', () => {
  const pages = new Map(htmlFiles(DIST).map((file) => [urlOf(file), readFileSync(file, 'utf8')]));
  const contentPages = [...pages].filter(([url, html]) => !isAlias(html) && url !== '/404.html');

  it('should give every page a unique description and a canonical URL that is its own address', () => {
    const seen = new Map<string, string>();
    for (const [url, html] of contentPages) {
      const description = meta(html, 'description');
      expect(description, url).toBeTruthy();
      expect(seen.get(description!), `${url} repeats the description of ${seen.get(description!)}`).toBeUndefined();
      seen.set(description!, url);
      expect(canonicalOf(html), url).toBe(absoluteUrl(encodeURI(url)));
    }
  });

  it('should give every page Open Graph and Twitter metadata whose image exists in the build', () => {
    for (const [url, html] of contentPages) {
      for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'twitter:card', 'twitter:image']) expect(meta(html, key), `${url} ${key}`).toBeTruthy();
      const image = meta(html, 'og:image')!;
      expect(image.startsWith(absoluteUrl('/')), url).toBe(true);
      expect(existsSync(join(DIST, new URL(image).pathname)), `${url} → ${image}`).toBe(true);
    }
  });

  it('should give each task, measure and document page a preview image of its own', () => {
    const own = contentPages.filter(([url]) => /^\/(en\/)?(tasks\/[a-z0-9-]+\/\d+|measures\/[a-z0-9-]+\/[\d-]+|documents\/[a-z0-9-]+)\/$/.test(url));
    expect(own.length).toBe(2 * (TASKS + LOCAL_TASKS + DOCUMENTS + 60));
    const images = new Set(own.map(([, html]) => meta(html, 'og:image')));
    // Both editions share one image per entity.
    expect(images.size).toBe(TASKS + LOCAL_TASKS + DOCUMENTS + 60);
  });

  it('should keep 404 and alias pages out of search engines', () => {
    expect(pages.get('/404.html')).toContain('<meta name="robots" content="noindex">');
    expect(canonicalOf(pages.get('/404.html')!)).toBeUndefined();
    expect(pages.get('/404.html')).toMatch(/<form role="search"[^>]* action="\/search\/"/);
  });

  describe('short aliases', () => {
    const aliases = [...pages].filter(([, html]) => isAlias(html));

    it('should redirect every alias to an existing canonical page, in both editions', () => {
      // /t/ for the Task List's 104 tasks, /m/ for 60 measures, /d/ for 7 documents, × 2 editions.
      expect(aliases).toHaveLength(2 * (TASKS + 60 + DOCUMENTS));
      for (const [url, html] of aliases) {
        const target = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
        expect(target, url).toBeTruthy();
        expect(pages.has(target!), `${url} → ${target}`).toBe(true);
        expect(canonicalOf(html), url).toBe(absoluteUrl(target!));
        expect(url.startsWith('/en/'), url).toBe(target!.startsWith('/en/'));
      }
    });

    it('should send /t/60/ to task 60 and /m/opinions/8/ to measure (八) of the Opinions', () => {
      expect(pages.get('/t/60/')).toContain('url=/tasks/task-list-1/60/');
      expect(pages.get('/en/t/60/')).toContain('url=/en/tasks/task-list-1/60/');
      expect(pages.get('/m/opinions/8/')).toContain('url=/measures/opinions-2024-314/8/');
      expect(pages.get('/d/action-plan/')).toContain('url=/documents/action-plan-2024-2025/');
    });
  });

  describe('QR codes', () => {
    const withQr = contentPages.filter(([url]) => /^\/(en\/)?(tasks\/[a-z0-9-]+\/\d+|documents\/[a-z0-9-]+)\/$/.test(url));

    it('should be on every task and document page', () => {
      expect(withQr).toHaveLength(2 * (TASKS + LOCAL_TASKS + DOCUMENTS));
      for (const [url, html] of withQr) expect(html, url).toMatch(/<figure class="qr"><svg role="img"/);
    });

    it('should decode to the absolute canonical URL of its page', () => {
      for (const [url, html] of withQr) {
        const svg = /<figure class="qr">(<svg[\s\S]*?<\/svg>)/.exec(html)![1]!;
        // Four pixels per module is plenty for a clean render; the code is dark on light, so no inversion pass.
        const modules = Number(/viewBox="0 0 (\d+) /.exec(svg)![1]);
        const image = new Resvg(svg, { fitTo: { mode: 'width', value: modules * 4 } }).render();
        const decoded = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height, { inversionAttempts: 'dontInvert' });
        expect(decoded?.data, url).toBe(canonicalOf(html));
      }
    }, 180_000); // 256 pages rasterised and decoded: a generous limit for a busy machine, not a timing assertion
  });

  describe('citations', () => {
    const cited = contentPages.filter(([, html]) => html.includes('id="cite-bibtex"'));
    const citation = (html: string, format: string) => decode(new RegExp(`<pre id="cite-${format}"[^>]*>([\\s\\S]*?)</pre>`).exec(html)![1]!);

    it('should be on every task, measure and document page in both editions', () => {
      expect(cited).toHaveLength(2 * (TASKS + LOCAL_TASKS + DOCUMENTS + 60));
    });

    it('should write GB/T 7714 references with the [EB/OL] type, the dates and the page URL', () => {
      for (const [url, html] of cited) {
        const reference = citation(html, 'gbt');
        expect(reference, url).toMatch(/\[EB\/OL\]/);
        // (publication date) when the document has one, then [access date].
        expect(reference, url).toMatch(/\. (\(\d{4}-\d{2}-\d{2}\))?\[\d{4}-\d{2}-\d{2}\]\. https?:\/\/\S+\.$/);
        expect(reference.endsWith(`${canonicalOf(html)}.`), url).toBe(true);
      }
    });

    it('should write APA references ending in the page URL', () => {
      for (const [url, html] of cited) {
        const reference = citation(html, 'apa');
        expect(reference.endsWith(` ${canonicalOf(html)}`), url).toBe(true);
        expect(reference, url).toMatch(/\((\d{4}, [A-Z][a-z]+ \d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|n\.d\.|无日期)\)/);
      }
    });

    it('should write BibTeX entries that parse, with balanced braces and unique keys', () => {
      const keys = new Map<string, string>();
      for (const [url, html] of cited) {
        const entry = citation(html, 'bibtex');
        let depth = 0;
        for (const char of entry) {
          depth += char === '{' ? 1 : char === '}' ? -1 : 0;
          expect(depth, url).toBeGreaterThanOrEqual(0);
        }
        expect(depth, url).toBe(0);
        const file = bibtexParser.parseBibFile(entry);
        const key = /^@misc\{([^,]+),/.exec(entry)![1]!;
        const parsed = file.getEntry(key);
        expect(parsed?.type, url).toBe('misc');
        expect(bibtexParser.normalizeFieldValue(parsed!.getField('url')), url).toBe(canonicalOf(html));
        // The same entity has the same key in both editions, and no two entities share one.
        const entity = url.replace(/^\/en\//, '/');
        expect(keys.get(key) ?? entity, `${url} reuses key ${key}`).toBe(entity);
        keys.set(key, entity);
      }
    });
  });

  describe('structured data', () => {
    const ldOf = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1]!);

    it('should put parseable JSON-LD on every task, measure and document page, with no "<" inside', () => {
      const withLd = contentPages.filter(([, html]) => ldOf(html).length > 0);
      expect(withLd).toHaveLength(2 * (TASKS + LOCAL_TASKS + DOCUMENTS + 60));
      for (const [url, html] of withLd) {
        const [text] = ldOf(html);
        expect(text, url).not.toContain('<');
        const data = JSON.parse(text!);
        expect(data['@context'], url).toBe('https://schema.org');
        expect(['Legislation', 'Article'], url).toContain(data['@type']);
        expect(data.url, url).toBe(canonicalOf(html));
      }
    });

    it('should describe the Opinions as Legislation with its document number and issuers', () => {
      const data = JSON.parse(ldOf(pages.get('/documents/opinions-2024-314/')!)[0]!);
      expect(data).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '商资发〔2024〕314号', legislationDate: '2024-12-31' });
      expect(data.legislationPassedBy.map((body: { name: string }) => body.name)).toEqual(['商务部', '市场监管总局']);
    });
  });

  describe('sitemap, robots and feed', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');

    it('should list every canonical page once, with both language alternates', () => {
      const urls = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>([\s\S]*?)<\/url>/g)];
      expect(urls.map((match) => match[1])).toEqual([...new Set(urls.map((match) => match[1]))]);
      expect(new Set(urls.map((match) => match[1]))).toEqual(new Set(contentPages.map(([url]) => absoluteUrl(encodeURI(url)))));
      for (const [, loc, links] of urls) {
        expect(links, loc).toContain('hreflang="zh-Hans"');
        expect(links, loc).toContain('hreflang="en"');
      }
    });

    it('should point robots.txt at the sitemap', () => {
      expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${absoluteUrl('/sitemap.xml')}`);
    });

    it('should have an Atom feed per edition with one entry per document, each linking to its page', () => {
      for (const [feed, prefix] of [['feed.xml', '/'], ['en/feed.xml', '/en/']] as const) {
        const xml = readFileSync(join(DIST, feed), 'utf8');
        expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
        const links = [...xml.matchAll(/<entry[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"/g)].map((match) => new URL(match[1]!).pathname);
        expect(links).toHaveLength(DOCUMENTS);
        for (const link of links) {
          expect(link.startsWith(`${prefix}documents/`), link).toBe(true);
          expect(pages.has(link), link).toBe(true);
        }
      }
    });
  });
});
