/**
 * The instrument pages and the Cites / Cited by panels as built, against the model as the oracle
 * (scripts/model/citations.ts, unit-tested in tests/unit/model-citations.test.ts): every passage citing an
 * instrument is on its page, grouped under its document and linked to its sentence, in both editions;
 * the editorial kind and English name are labelled; a document page lists what it cites and who cites
 * it. Counts are per instrument or per document.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../scripts/build-content.ts';
import { attr, select, selectAll, visibleText, type BuiltPage } from '../../scripts/lib/built-page.ts';
import type { LocalizedModel } from '../../src/schema/localized.ts';
import { pageAt } from './built-site.ts';
import { expectQuoteLink } from './quote-links.ts';

let model: LocalizedModel;
beforeAll(async () => {
  model = (await loadSiteContent('seeds')).model;
});

const EDITIONS = ['', '/en'] as const;
/** The site paths with #anchors that an element's links lead to, edition prefix dropped. */
const linksIn = (page: BuiltPage, selector: string) =>
  selectAll(selector, page.tree).map((link) => {
    const url = new URL(attr(link, 'href')!, `http://site${page.path}`);
    return `${url.pathname.replace(/^\/en\//, '/')}${url.hash}`;
  });

describe('instrument pages', () => {
  it('should list every passage citing the agreement on investment facilitation, under its document, each linked to its sentence', () => {
    const passages = model.citations.filter((citation) => citation.cites.type === 'instrument' && citation.cites.id === 'ifd-agreement');
    // The Opinions' measure (五), the Task List's task 104, and the Wuhan plan twice (its task 2-4 and annex row 17).
    expect(passages.map((citation) => citation.document)).toEqual(['opinions-2024-314', 'task-list-1', 'wuhan-plan', 'wuhan-plan']);
    for (const edition of EDITIONS) {
      const page = pageAt(`${edition}/instruments/ifd-agreement/`);
      expect(page.h1).toBe(edition ? 'Investment Facilitation for Development Agreement' : '促进发展的投资便利化协定');
      for (const citation of passages) {
        const item = select(`li[id="${citation.id}"]`, page.tree);
        expect(item, `${edition} ${citation.id}`).toBeDefined();
        expect(linksIn(page, `li[id="${citation.id}"] a`)).toContain(`/documents/${citation.document}/#${edition ? citation.translation.anchor : citation.sentenceAnchor}`);
        // The Chinese edition quotes the sentence as printed; the English one the translation's sentence, labelled unofficial.
        expect(visibleText(select('q', item!)!)).toBe(edition ? citation.translation.text : citation.sentence);
        expect(visibleText(item!).includes('[unofficial translation]')).toBe(edition === '/en');
      }
      const groups = selectAll('section[aria-labelledby^="doc-"]', page.tree).map((section) => attr(section, 'aria-labelledby'));
      expect(groups).toEqual(['doc-opinions-2024-314', 'doc-task-list-1', 'doc-wuhan-plan']);
    }
  });

  it('should label the kind and the English name as editorial, with their reasons, in both editions', () => {
    const outline = model.instruments.find((entry) => entry.id === 'standardization-outline')!;
    const zh = pageAt('/instruments/standardization-outline/');
    const en = pageAt('/en/instruments/standardization-outline/');
    expect(zh.text).toContain('［编辑内容，非原文］');
    expect(zh.text).toContain(outline.kindReason.zh);
    expect(zh.text).toContain(`编辑译名：${outline.en.reason!.zh}`);
    expect(en.text).toContain('[editorial, not in the source]');
    expect(en.text).toContain(outline.kindReason.en);
    expect(en.text).toContain(`editorial translation: ${outline.en.reason!.en}`);
  });

  it('should show a merged name a seed writes as the texts\' own, and the others as editorial', () => {
    const aliases = visibleText(select('.aliases', pageAt('/instruments/standardization-outline/').tree)!).replace(/\s+/gu, '');
    // 纲要 is the action plan's own short form (004 line 7); the Traditional spelling is ours.
    expect(aliases).toMatch(/^又作：纲要；编辑补充：國家標準化發展綱要$/u);
  });

  it('should index every instrument, by kind, linking each page', () => {
    for (const edition of EDITIONS) {
      const links = linksIn(pageAt(`${edition}/instruments/`), 'article a[href^="/"]');
      expect(links.sort()).toEqual(model.instruments.map((entry) => `/instruments/${entry.id}/`).sort());
    }
  });

  it('should reach the index from the overview page', () => {
    for (const edition of EDITIONS) expect(linksIn(pageAt(`${edition}/explore/`), 'article a')).toContain('/instruments/');
  });
});

describe('links to the passages', () => {
  /** Each quoted passage of a page (a list item holding a <q>): its quote and where its last link goes. */
  const passagesOn = (page: BuiltPage) =>
    selectAll('li', page.tree)
      .filter((item) => item.children.some((child) => child.type === 'element' && child.tagName === 'q'))
      .map((item) => ({ quote: visibleText(select('q', item)!), href: attr(selectAll('a[href*="#"]', item).at(-1)!, 'href')! }));

  it('should link every passage of the instrument pages and the Cites / Cited by panels to the smallest part of the page that holds its quote: its sentence where the page marks one', () => {
    const pages = [...model.instruments.map((instrument) => `/instruments/${instrument.id}/`), ...model.documents.map((document) => `/documents/${document.id}/`)];
    const kinds = EDITIONS.flatMap((edition) => pages.flatMap((path) => passagesOn(pageAt(`${edition}${path}`)).map(({ quote, href }) => expectQuoteLink(`${edition}${path}`, href, quote))));
    // The IFD Agreement alone has four passages in each edition; most passages stand in paragraphs, which are split into sentences.
    expect(kinds.length).toBeGreaterThan(8);
    expect(kinds.filter((kind) => kind === 'sentence').length / kinds.length).toBeGreaterThan(0.5);
  });
});

describe('Cites and Cited by', () => {
  it("should list on the Wuhan plan's page what it cites, the notice by its number among them, each passage linked", () => {
    const cited = new Set(model.citations.filter((citation) => citation.document === 'wuhan-plan').map((citation) => `${citation.cites.type}:${citation.cites.id}`));
    for (const edition of EDITIONS) {
      const page = pageAt(`${edition}/documents/wuhan-plan/`);
      const targets = linksIn(page, 'section[aria-labelledby="cites-heading"] > ul > li > a');
      expect(targets.sort()).toEqual([...cited].map((key) => (key.startsWith('document:') ? `/documents/${key.slice(9)}/` : `/instruments/${key.slice(11)}/`)).sort());
      // Note 3 under the annex table names 商资发〔2024〕314号 (Shang Zi Fa [2024] No. 314 in English): its passage links to the note's sentence.
      expect(linksIn(page, 'section[aria-labelledby="cites-heading"] li li a')).toContain('/documents/wuhan-plan/#annex-note3-1');
    }
  });

  it("should list on the notice's page the Wuhan plan citing it, and on the Opinions' page the interpretation", () => {
    for (const edition of EDITIONS) {
      expect(linksIn(pageAt(`${edition}/documents/notice-2024-314/`), 'section[aria-labelledby="cited-by-heading"] > ul > li > a')).toEqual(['/documents/wuhan-plan/']);
      const opinions = linksIn(pageAt(`${edition}/documents/opinions-2024-314/`), 'section[aria-labelledby="cited-by-heading"] > ul > li > a');
      expect(opinions).toEqual(['/documents/notice-2024-314/', '/documents/wuhan-plan/', '/documents/interpretation-2025-01/']);
    }
  });

  it('should list on a measure or task page the instruments its text names, and nothing on one that names none', () => {
    for (const edition of EDITIONS) {
      expect(linksIn(pageAt(`${edition}/measures/opinions-2024-314/5/`), 'section[aria-labelledby="cites-heading"] a')).toEqual(['/instruments/cptpp/', '/instruments/depa/', '/instruments/ifd-agreement/']);
      expect(linksIn(pageAt(`${edition}/tasks/task-list-1/104/`), 'section[aria-labelledby="cites-heading"] a')).toEqual(['/instruments/ifd-agreement/']);
      expect(linksIn(pageAt(`${edition}/tasks/wuhan-plan/17/`), 'section[aria-labelledby="cites-heading"] a')).toEqual(['/instruments/ifd-agreement/']);
      expect(select('section[aria-labelledby="cites-heading"]', pageAt(`${edition}/tasks/task-list-1/60/`).tree)).toBeUndefined();
    }
  });
});

describe('instruments in search', () => {
  it('should give every instrument a search row of its own type, found by its abbreviation and its other names', () => {
    const table = JSON.parse(readFileSync('dist/_search/table.json', 'utf8')) as { rows: Array<{ key: string; type: string; zh?: { title: string; aliases?: string[] }; en?: { title: string; aliases?: string[] } }> };
    for (const instrument of model.instruments) {
      const row = table.rows.find((entry) => entry.key === `/instruments/${instrument.id}/`);
      expect(row, instrument.id).toMatchObject({ type: 'instrument', zh: { title: instrument.name }, en: { title: instrument.en.name } });
      const expected = [...(instrument.abbreviation ? [instrument.abbreviation] : []), ...instrument.names.map((name) => name.text)];
      expect(row!.zh!.aliases ?? [], instrument.id).toEqual(expect.arrayContaining(expected));
    }
  });
});
