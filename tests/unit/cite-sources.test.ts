/**
 * What each citable page cites: the document's number, issuers and date, for the document itself and
 * for every task, annex item and measure in it. The documents are the real entries of
 * seeds/manifest.json, so a citation that loses a document number fails here for the real corpus.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apa } from '../../src/lib/cite/apa.ts';
import { bibtex } from '../../src/lib/cite/bibtex.ts';
import { gbt7714 } from '../../src/lib/cite/gbt7714.ts';
import type { CiteSource } from '../../src/lib/cite/source.ts';
import { documentSource, localTaskSource, measureSource, taskSource } from '../../src/lib/cite/sources.ts';

type Document = Parameters<typeof documentSource>[0];
type Task = Parameters<typeof taskSource>[0];
type LocalTask = Parameters<typeof localTaskSource>[0];
type Measure = Parameters<typeof measureSource>[0];

interface ManifestDocument { id: string; title: string; issuers: string[]; docNumber?: string; date?: string }
const manifest = JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as { seeds: Array<{ lang: Document['lang']; documents: ManifestDocument[] }> };
const documents = manifest.seeds.flatMap((seed) => seed.documents.map((entry) => ({ seedLang: seed.lang, entry })));
const accessed = '2025-06-01';

/** The fields of a localized document the citations read, with stand-in English metadata. */
function documentData(entry: ManifestDocument, lang: Document['lang']): Document {
  return {
    id: entry.id,
    lang,
    title: entry.title,
    issuers: entry.issuers,
    docNumber: entry.docNumber,
    date: entry.date,
    translation: { title: `EN: ${entry.id}`, issuers: entry.issuers.map((issuer) => `EN: ${issuer}`) },
  } as unknown as Document;
}

const opinions = documentData(documents.find(({ entry }) => entry.id === 'opinions-2024-314')!.entry, 'zh-Hans');
const interpretation = documentData(documents.find(({ entry }) => entry.id === 'interpretation-2025-01')!.entry, 'en');

/** Every format, both editions: the number, each issuer (in the edition's language for APA) and the date. */
function expectWhoAndWhen(source: CiteSource, document: ManifestDocument, english: boolean): void {
  const formats = [gbt7714(source), apa(source, 'zh', 'Site'), apa(source, 'en', 'Site'), bibtex(source, 'zh'), bibtex(source, 'en')];
  for (const text of formats) {
    if (document.docNumber) expect(text).toContain(document.docNumber);
    if (document.date) expect(text).toContain(document.date.slice(0, 4));
  }
  for (const issuer of document.issuers) {
    expect(formats[0]).toContain(issuer);
    expect(formats[1]).toContain(issuer);
    expect(formats[2]).toContain(english ? issuer : `EN: ${issuer}`);
    expect(formats[3]).toContain(`{${issuer}}`);
  }
  if (document.date) {
    const [year, month, day] = document.date.split('-').map(Number);
    expect(formats[0]).toContain(`(${document.date})[${accessed}]`);
    expect(formats[1]).toContain(`(${year}年${month}月${day}日)`);
    expect(formats[3]).toContain(`date = {${document.date}}`);
  }
}

describe('citation sources of the real documents', () => {
  for (const { seedLang, entry } of documents) {
    it(`should cite ${entry.id} and its parts with its number, issuers and date`, () => {
      const document = documentData(entry, seedLang);
      const english = seedLang === 'en';
      expectWhoAndWhen(documentSource(document, 'https://example.org/d/', accessed), entry, english);
      const task = { list: entry.id, number: 7, title: '任务', en: { title: 'Task' } } as unknown as Task;
      expectWhoAndWhen(taskSource(task, document, 'https://example.org/t/', accessed), entry, english);
      const measure = { document: entry.id, key: '2', number: 2, marker: '（二）', title: '措施', en: { title: 'Measure' } } as unknown as Measure;
      expectWhoAndWhen(measureSource(measure, document, 'https://example.org/m/', accessed), entry, english);
    });
  }
});

describe('citation sources', () => {
  it('should cite a Chinese document with the English title and issuers of its translation', () => {
    expect(documentSource(opinions, 'https://example.org/d/', accessed)).toEqual({
      key: 'opinions-2024-314',
      lang: 'zh-Hans',
      authors: ['商务部', '市场监管总局'],
      authorsEn: ['EN: 商务部', 'EN: 市场监管总局'],
      docNumber: '商资发〔2024〕314号',
      date: '2024-12-31',
      title: opinions.title,
      titleEn: 'EN: opinions-2024-314',
      url: 'https://example.org/d/',
      accessed,
    });
  });

  it('should cite an English original with its own issuers and no translated title', () => {
    const source = documentSource(interpretation, 'u', accessed);
    expect(source.authorsEn).toEqual(['商务部外资司']);
    expect(source.titleEn).toBeUndefined();
  });

  it('should cite a task as 任务N / Task N of its document', () => {
    const task = { list: 'task-list-1', number: 60, title: '12345规范', en: { title: '12345 specification' } } as unknown as Task;
    expect(taskSource(task, opinions, 'u', accessed)).toMatchObject({
      key: 'task-list-1-task-60',
      title: '12345规范',
      titleEn: '12345 specification',
      part: { label: '任务60', labelEn: 'Task 60' },
      container: { title: opinions.title, titleEn: 'EN: opinions-2024-314' },
      docNumber: '商资发〔2024〕314号',
      url: 'u',
      accessed,
    });
  });

  it('should cite an annex item as 附件第N项 / Annex item N of its plan', () => {
    const local = { document: 'wuhan-plan', number: 15, content: '内容', en: { content: 'Content' } } as unknown as LocalTask;
    expect(localTaskSource(local, opinions, 'u', accessed)).toMatchObject({
      key: 'wuhan-plan-item-15',
      title: '内容',
      titleEn: 'Content',
      part: { label: '附件第15项', labelEn: 'Annex item 15' },
      container: { title: opinions.title, titleEn: 'EN: opinions-2024-314' },
      authors: ['商务部', '市场监管总局'],
      url: 'u',
      accessed,
    });
  });

  it('should label a measure with its parent marker, and in English by its number', () => {
    const nested = { document: 'action-plan-2024-2025', key: '2-1-3', number: 3, marker: '3.', parent: { marker: '（一）' }, title: '措施', en: { title: 'Measure' } } as unknown as Measure;
    expect(measureSource(nested, opinions, 'u', accessed)).toMatchObject({
      key: 'action-plan-2024-2025-measure-2-1-3',
      title: '措施',
      titleEn: 'Measure',
      part: { label: '（一）3.', labelEn: '(3)' },
      container: { title: opinions.title, titleEn: 'EN: opinions-2024-314' },
      url: 'u',
      accessed,
    });
    const top = { ...nested, parent: undefined, marker: '（八）', number: 8 } as unknown as Measure;
    expect(measureSource(top, opinions, 'u', accessed).part).toEqual({ label: '（八）', labelEn: '(8)' });
    expect(measureSource(top, interpretation, 'u', accessed).titleEn).toBeUndefined();
  });
});
