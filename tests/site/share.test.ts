/**
 * Sharing over the built site (npm test builds it first): every page's title, description, canonical
 * URL and preview image; short aliases; QR codes; citations; structured data; sitemap and feed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import bibtexParser from 'bibtex';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../scripts/build-content.ts';
import { select, textContent, type BuiltPage } from '../../scripts/lib/built-page.ts';
import { toSimplified } from '../../scripts/translate/script-conversion.ts';
import { absoluteUrl } from '../../src/lib/site-url.ts';
import type { Model, PolicyDocument } from '../../src/schema/model.ts';
import { DIST, builtSite } from './built-site.ts';

// The model's counts (104 national tasks of the first list, Wuhan's 17, 7 documents and 60 measures in
// today's seeds), read when the tests run: each page kind has a page per entity of whatever documents the seeds hold.
const count = {
  tasks: () => model.tasks.length,
  localTasks: () => model.localTasks.length,
  documents: () => model.documents.length,
  measures: () => model.measures.length,
  /** /t/{number}/ names the tasks of the first task list only (src/lib/share/aliases.ts). */
  firstListTasks: () => {
    const first = [...model.documents].sort((a, b) => a.order - b.order).find((document) => document.kind === 'task-list')!;
    return model.tasks.filter((task) => task.list === first.id).length;
  },
};
const ENGLISH_NAMES = JSON.parse(readFileSync('seeds/translations/en/names.json', 'utf8')) as { departments: Record<string, { name: string }> };

let model: Model;
beforeAll(async () => {
  model = await loadModel('seeds');
});

/** The document a task, measure or document page belongs to, from its path and the model. */
function documentOfPage(url: string): PolicyDocument {
  const path = url.replace(/^\/en\//, '/');
  const id = /^\/(?:tasks|measures|documents)\/([a-z0-9-]+)\//.exec(path)?.[1];
  const document = model.documents.find((candidate) => candidate.id === id);
  if (!document) throw new Error(`${url}: no document ${id} in the model`);
  return document;
}

describe('sharing on the built site', () => {
  const site = builtSite();
  const pages = new Map(site.map((page) => [page.path, page]));
  const contentPages = site.filter((page) => !page.refresh && page.path !== '/404.html').map((page) => [page.path, page] as const);
  const meta = (page: BuiltPage, key: string) => page.meta[key];
  const other = (page: BuiltPage) => pages.get(page.edition === 'en' ? page.path.slice(3) : `/en${page.path}`)!;

  it('should give every page a unique description and a canonical URL that is its own address', () => {
    const seen = new Map<string, string>();
    for (const [url, page] of contentPages) {
      const description = meta(page, 'description');
      expect(description, url).toBeTruthy();
      expect(seen.get(description!), `${url} repeats the description of ${seen.get(description!)}`).toBeUndefined();
      seen.set(description!, url);
      expect(page.canonical, url).toBe(absoluteUrl(encodeURI(url)));
    }
  });

  it('should give every page Open Graph and Twitter metadata whose image exists in the build', () => {
    for (const [url, page] of contentPages) {
      for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'twitter:card', 'twitter:image']) expect(meta(page, key), `${url} ${key}`).toBeTruthy();
      expect(meta(page, 'og:url'), url).toBe(page.canonical);
      const image = meta(page, 'og:image')!;
      expect(image.startsWith(absoluteUrl('/')), url).toBe(true);
      expect(existsSync(join(DIST, new URL(image).pathname)), `${url} → ${image}`).toBe(true);
    }
  });

  it('should give each task, measure and document page a preview image of its own', () => {
    const own = contentPages.filter(([url]) => /^\/(en\/)?(tasks\/[a-z0-9-]+\/\d+|measures\/[a-z0-9-]+\/[\d-]+|documents\/[a-z0-9-]+)\/$/.test(url));
    expect(own.length).toBe(2 * (count.tasks() + count.localTasks() + count.documents() + count.measures()));
    const images = new Set(own.map(([, page]) => meta(page, 'og:image')));
    // Both editions share one image per entity.
    expect(images.size).toBe(count.tasks() + count.localTasks() + count.documents() + count.measures());
  });

  it('should keep 404 and alias pages out of search engines', () => {
    const notFound = pages.get('/404.html')!;
    expect(notFound.meta.robots).toBe('noindex');
    expect(notFound.canonical).toBeUndefined();
    expect(select('form[role="search"][action="/search/"]', notFound.tree)).toBeTruthy();
    for (const [url, page] of site.filter((page) => page.refresh).map((page) => [page.path, page] as const)) expect(page.meta.robots, url).toBe('noindex');
  });

  describe('short aliases', () => {
    const aliases = site.filter((page) => page.refresh).map((page) => [page.path, page] as const);

    it('should redirect every alias to an existing canonical page, in both editions', () => {
      // /t/ for the Task List's 104 tasks, /m/ for 60 measures, /d/ for 7 documents, × 2 editions.
      expect(aliases).toHaveLength(2 * (count.firstListTasks() + count.measures() + count.documents()));
      for (const [url, page] of aliases) {
        const target = page.refresh;
        expect(target, url).toBeTruthy();
        expect(pages.has(target!), `${url} → ${target}`).toBe(true);
        expect(page.canonical, url).toBe(absoluteUrl(target!));
        expect(url.startsWith('/en/'), url).toBe(target!.startsWith('/en/'));
      }
    });

    it('should send /t/60/ to task 60 and /m/opinions/8/ to measure (八) of the Opinions', () => {
      expect(pages.get('/t/60/')!.refresh).toBe('/tasks/task-list-1/60/');
      expect(pages.get('/en/t/60/')!.refresh).toBe('/en/tasks/task-list-1/60/');
      expect(pages.get('/m/opinions/8/')!.refresh).toBe('/measures/opinions-2024-314/8/');
      expect(pages.get('/d/action-plan/')!.refresh).toBe('/documents/action-plan-2024-2025/');
      // Every task of the first list has its alias, to its own page.
      for (const task of model.tasks.filter((task) => task.list === 'task-list-1')) expect(pages.get(`/t/${task.number}/`)?.refresh, task.id).toBe(`/tasks/task-list-1/${task.number}/`);
    });
  });

  describe('QR codes', () => {
    const withQr = contentPages.filter(([url]) => /^\/(en\/)?(tasks\/[a-z0-9-]+\/\d+|documents\/[a-z0-9-]+)\/$/.test(url));

    /** The QR code's SVG as written in the page (the element's span of the HTML). */
    const qrSvg = (page: BuiltPage) => {
      const element = select('figure.qr > svg[role="img"]', page.tree);
      return element && page.html.slice(element.position!.start.offset, element.position!.end.offset);
    };

    it('should be on every task and document page', () => {
      expect(withQr).toHaveLength(2 * (count.tasks() + count.localTasks() + count.documents()));
      for (const [url, page] of withQr) expect(qrSvg(page), url).toBeTruthy();
    });

    it('should decode to the absolute canonical URL of its page', () => {
      for (const [url, page] of withQr) {
        const svg = qrSvg(page)!;
        // Four pixels per module is plenty for a clean render; the code is dark on light, so no inversion pass.
        const modules = Number(/viewBox="0 0 (\d+) /.exec(svg)![1]);
        const image = new Resvg(svg, { fitTo: { mode: 'width', value: modules * 4 } }).render();
        const decoded = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height, { inversionAttempts: 'dontInvert' });
        expect(decoded?.data, url).toBe(page.canonical);
        expect(decoded?.data, url).toBe(absoluteUrl(url));
      }
    }, 180_000); // 256 pages rasterised and decoded: a generous limit for a busy machine, not a timing assertion
  });

  describe('citations', () => {
    const cited = contentPages.filter(([, page]) => page.ids.has('cite-bibtex'));
    const citation = (page: BuiltPage, format: string) => textContent(select(`pre#cite-${format}`, page.tree)!);

    it('should be on every task, measure and document page in both editions', () => {
      expect(cited).toHaveLength(2 * (count.tasks() + count.localTasks() + count.documents() + count.measures()));
    });

    it('should write GB/T 7714 references with the [EB/OL] type, the dates and the page URL', () => {
      for (const [url, page] of cited) {
        const reference = citation(page, 'gbt');
        expect(reference, url).toMatch(/\[EB\/OL\]/);
        // (publication date) when the document has one, then [access date].
        expect(reference, url).toMatch(/\. (\(\d{4}-\d{2}-\d{2}\))?\[\d{4}-\d{2}-\d{2}\]\. https?:\/\/\S+\.$/);
        expect(reference.endsWith(`${page.canonical}.`), url).toBe(true);
      }
    });

    it('should write APA references ending in the page URL', () => {
      for (const [url, page] of cited) {
        const reference = citation(page, 'apa');
        expect(reference.endsWith(` ${page.canonical}`), url).toBe(true);
        expect(reference, url).toMatch(/\((\d{4}, [A-Z][a-z]+ \d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|n\.d\.|无日期)\)/);
      }
    });

    it('should write BibTeX entries that parse, with balanced braces and unique keys', () => {
      const keys = new Map<string, string>();
      for (const [url, page] of cited) {
        const entry = citation(page, 'bibtex');
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
        expect(bibtexParser.normalizeFieldValue(parsed!.getField('url')), url).toBe(page.canonical);
        // The same entity has the same key in both editions, and no two entities share one.
        const entity = url.replace(/^\/en\//, '/');
        expect(keys.get(key) ?? entity, `${url} reuses key ${key}`).toBe(entity);
        keys.set(key, entity);
      }
    });
  });

  describe('citations carry what the model says of the document', () => {
    const cited = contentPages.filter(([, page]) => page.ids.has('cite-bibtex'));
    const citation = (page: BuiltPage, format: string) => textContent(select(`pre#cite-${format}`, page.tree)!);
    const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    /** An issuer as the English edition's APA may name it: its English name where names.json has one. */
    const englishName = (issuer: string) => ENGLISH_NAMES.departments[issuer]?.name ?? ENGLISH_NAMES.departments[toSimplified(issuer)]?.name ?? issuer;

    it('should give GB/T 7714 the document number, every issuer (or 佚名) and the date', () => {
      for (const [url, page] of cited) {
        const document = documentOfPage(url);
        const reference = citation(page, 'gbt');
        if (document.docNumber) expect(reference, url).toContain(document.docNumber);
        if (document.issuers.length === 0) expect(reference.startsWith('佚名. '), url).toBe(true);
        else expect(reference.startsWith(`${document.issuers.join(', ')}. `), url).toBe(true);
        if (document.date) expect(reference, url).toContain(`(${document.date})[`);
      }
    });

    it('should give APA the document number, the issuers and the date in the edition\'s form', () => {
      for (const [url, page] of cited) {
        const document = documentOfPage(url);
        const reference = citation(page, 'apa');
        if (document.docNumber) expect(reference, url).toContain(`(${document.docNumber})`);
        const english = page.edition === 'en' && document.lang !== 'en';
        for (const issuer of document.issuers) expect(reference, url).toContain(english ? englishName(issuer) : issuer);
        if (document.date) {
          const [year, month, day] = document.date.split('-').map(Number) as [number, number, number];
          expect(reference, url).toContain(page.edition === 'en' ? `(${year}, ${MONTHS[month - 1]} ${day})` : `(${year}年${month}月${day}日)`);
        }
      }
    });

    it('should give BibTeX the document number, every issuer as a group author and the date', () => {
      for (const [url, page] of cited) {
        const document = documentOfPage(url);
        const entry = citation(page, 'bibtex');
        const parsed = bibtexParser.parseBibFile(entry).getEntry(/^@misc\{([^,]+),/.exec(entry)![1]!)!;
        const field = (name: string) => (parsed.getField(name) === undefined ? undefined : bibtexParser.normalizeFieldValue(parsed.getField(name)));
        expect(field('number'), url).toBe(document.docNumber);
        expect(field('date'), url).toBe(document.date);
        expect(entry, url).toContain(document.issuers.length > 0 ? `author = {${document.issuers.map((issuer) => `{${issuer}}`).join(' and ')}}` : '@misc{');
        if (document.issuers.length === 0) expect(entry, url).not.toContain('author =');
      }
    });
  });

  describe('structured data', () => {
    const withLd = contentPages.filter(([, page]) => page.jsonLd.length > 0);
    const ld = (page: BuiltPage) => page.jsonLd[0]!.data as Record<string, unknown> & { isPartOf?: Record<string, unknown> };

    it('should put parseable JSON-LD on every task, measure and document page, with no "<" inside', () => {
      expect(withLd).toHaveLength(2 * (count.tasks() + count.localTasks() + count.documents() + count.measures()));
      for (const [url, page] of withLd) {
        expect(page.jsonLd, url).toHaveLength(1);
        expect(page.jsonLd[0]!.text, url).not.toContain('<');
        const data = ld(page);
        expect(data, url).toBeDefined();
        expect(data['@context'], url).toBe('https://schema.org');
        expect(['Legislation', 'Article'], url).toContain(data['@type']);
        expect(data.url, url).toBe(page.canonical);
      }
    });

    it('should name each entity as its page\'s <h1>, and give the other edition\'s <h1> as alternateName', () => {
      for (const [url, page] of withLd) {
        const data = ld(page);
        expect(data.name, url).toBe(page.h1);
        expect(data.alternateName, url).toBe(other(page).h1);
      }
    });

    it('should name the document number of the document a task or measure belongs to, and its issue date', () => {
      for (const [url, page] of withLd) {
        const document = documentOfPage(url);
        const data = ld(page);
        const part = url.replace(/^\/en\//, '/').startsWith('/documents/') ? undefined : data.isPartOf;
        if (part) {
          expect(part['@id'], url).toBe(absoluteUrl(`${page.edition === 'en' ? '/en' : ''}/documents/${document.id}/`));
          expect(part.legislationIdentifier, url).toBe(document.docNumber);
        } else if (data['@type'] === 'Legislation') expect(data.legislationIdentifier, url).toBe(document.docNumber);
        expect(data.datePublished, url).toBe(document.date);
      }
    });

    it('should describe the Opinions as Legislation with its document number and issuers', () => {
      const data = ld(pages.get('/documents/opinions-2024-314/')!);
      expect(data).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '商资发〔2024〕314号', legislationDate: '2024-12-31' });
      expect((data.legislationPassedBy as Array<{ name: string }>).map((body) => body.name)).toEqual(['商务部', '市场监管总局']);
    });
  });

  describe('sitemap, robots and feed', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>([\s\S]*?)<\/url>/g)].map(([, loc, links]) => ({
      loc: loc!,
      alternates: [...links!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"(?:\/>|><\/xhtml:link>)/g)].map(([, hreflang, href]) => [hreflang!, href!]),
    }));

    it('should list every canonical page once', () => {
      expect(entries.map((entry) => entry.loc)).toEqual([...new Set(entries.map((entry) => entry.loc))]);
      expect(new Set(entries.map((entry) => entry.loc))).toEqual(new Set(contentPages.map(([url]) => absoluteUrl(encodeURI(url)))));
    });

    it("should give each page's language alternates exactly as the page declares them, the other edition among them", () => {
      const byCanonical = new Map(contentPages.map(([, page]) => [page.canonical, page]));
      for (const entry of entries) {
        const page = byCanonical.get(entry.loc)!;
        expect(entry.alternates, entry.loc).toEqual(Object.entries(page.alternates));
        expect(Object.fromEntries(entry.alternates)[page.edition === 'en' ? 'zh-Hans' : 'en'], entry.loc).toBe(other(page).canonical);
        expect(Object.keys(page.alternates), entry.loc).toEqual(expect.arrayContaining(['zh-Hans', 'en']));
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
        expect(links).toHaveLength(count.documents());
        for (const link of links) {
          expect(link.startsWith(`${prefix}documents/`), link).toBe(true);
          expect(pages.has(link), link).toBe(true);
        }
      }
    });
  });
});
