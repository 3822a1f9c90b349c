import bibtexParser from 'bibtex';
import { describe, expect, it } from 'vitest';
import { apa } from '../../src/lib/cite/apa.ts';
import { bibtex } from '../../src/lib/cite/bibtex.ts';
import { gbt7714 } from '../../src/lib/cite/gbt7714.ts';
import type { CiteSource } from '../../src/lib/cite/source.ts';
import { serializeJsonLd } from '../../src/lib/share/json-ld.ts';
import { aliasesOf, shortDocumentId } from '../../src/lib/share/aliases.ts';

const opinions: CiteSource = {
  key: 'opinions-2024-314',
  lang: 'zh-Hans',
  authors: ['商务部', '市场监管总局'],
  authorsEn: ['Ministry of Commerce', 'State Administration for Market Regulation'],
  title: '关于支持国家服务业扩大开放综合试点示范省市标准化建设推进制度型开放若干措施的意见',
  titleEn: 'Opinions on Supporting Standardization Construction',
  docNumber: '商资发〔2024〕314号',
  date: '2024-12-31',
  url: 'https://example.org/documents/opinions-2024-314/',
  accessed: '2025-06-01',
};

describe('JSON-LD serialisation', () => {
  it('should never let seed text close the script element', () => {
    const hostile = '</script><script>alert(1)</script><!-- & \u2028';
    const text = serializeJsonLd({ name: hostile });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text).name).toBe(hostile);
  });
});

describe('GB/T 7714-2015', () => {
  it('should cite a document as [EB/OL] with its number, date and access date', () => {
    expect(gbt7714(opinions)).toBe(`商务部, 市场监管总局. ${opinions.title}: 商资发〔2024〕314号[EB/OL]. (2024-12-31)[2025-06-01]. https://example.org/documents/opinions-2024-314/.`);
  });

  it('should write 佚名 for a document without issuer, and leave out a missing date', () => {
    expect(gbt7714({ ...opinions, authors: [], date: undefined, docNumber: undefined })).toMatch(/^佚名\. .*\[EB\/OL\]\. \[2025-06-01\]\. https/);
  });

  it('should list at most three authors, then 等', () => {
    expect(gbt7714({ ...opinions, authors: ['甲', '乙', '丙', '丁'] })).toMatch(/^甲, 乙, 丙, 等\. /);
  });

  it('should cite a task as a part of its document with //', () => {
    const task = { ...opinions, title: '12345政务服务便民热线服务与管理规范', part: { label: '任务60', labelEn: 'Task 60' }, container: { title: '任务清单' } };
    expect(gbt7714(task)).toMatch(/^商务部, 市场监管总局\. 任务60 12345政务服务便民热线服务与管理规范\[EB\/OL\]\/\/商务部, 市场监管总局\. 任务清单: 商资发〔2024〕314号\. \(2024-12-31\)/);
  });
});

describe('APA', () => {
  it('should give the original title with the English one in brackets in the English edition', () => {
    expect(apa(opinions, 'en', 'Library')).toBe(`Ministry of Commerce, & State Administration for Market Regulation. (2024, December 31). ${opinions.title} [Opinions on Supporting Standardization Construction] (商资发〔2024〕314号). Library. https://example.org/documents/opinions-2024-314/`);
  });

  it('should move the title to the front when there is no author, with n.d. for no date', () => {
    expect(apa({ ...opinions, authors: [], authorsEn: [], date: undefined }, 'en', 'Library')).toMatch(/^关于.*\(商资发〔2024〕314号\)\. \(n\.d\.\)\. Library\. https/);
  });
});

describe('BibTeX', () => {
  it('should keep braces balanced and escape LaTeX specials from the source text', () => {
    const entry = bibtex({ ...opinions, title: '50% {未闭合 & #1_a' }, 'zh');
    let depth = 0;
    for (const char of entry) depth += char === '{' ? 1 : char === '}' ? -1 : 0;
    expect(depth).toBe(0);
    const parsed = bibtexParser.parseBibFile(entry).getEntry('opinions-2024-314');
    expect(bibtexParser.normalizeFieldValue(parsed!.getField('title'))).toContain('50\\% \\textbraceleft');
    expect(bibtexParser.normalizeFieldValue(parsed!.getField('urldate'))).toBe('2025-06-01');
  });

  it('should brace group authors so they are not split into names', () => {
    expect(bibtex(opinions, 'zh')).toContain('author = {{商务部} and {市场监管总局}}');
  });
});

describe('short aliases', () => {
  it('should shorten document ids by their trailing numbers', () => {
    expect(shortDocumentId('opinions-2024-314')).toBe('opinions');
    expect(shortDocumentId('action-plan-2024-2025')).toBe('action-plan');
    expect(shortDocumentId('wuhan-plan')).toBe('wuhan-plan');
  });

  it('should refuse two documents that would share an alias', () => {
    const documents = [
      { id: 'opinions-2024-314', data: { kind: 'opinions', order: 0 } },
      { id: 'opinions-2025-1', data: { kind: 'opinions', order: 1 } },
    ];
    expect(() => aliasesOf({ documents, tasks: [], measures: [] })).toThrow(/would share the short alias \/d\/opinions\//);
  });
});
