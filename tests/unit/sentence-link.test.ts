import { describe, expect, it } from 'vitest';
import { sentenceCitation, sentenceUrl, type SentenceSource } from '../../src/lib/share/sentence-link.ts';

const page = 'https://example.org/documents/opinions-2024-314/#p3';
const source: SentenceSource = { key: 'opinions-2024-314', lang: 'zh-Hans', authors: ['商务部', '市场监管总局'], authorsEn: ['Ministry of Commerce', 'State Administration for Market Regulation'], title: '关于……的意见', titleEn: 'Opinions on …', docNumber: '商资发〔2024〕314号', date: '2024-12-31' };

describe('the URL of a sentence', () => {
  it('should replace the page’s own anchor with the sentence’s', () => {
    expect(sentenceUrl(page, 's2-p1-2')).toBe('https://example.org/documents/opinions-2024-314/#s2-p1-2');
  });

  it('should add a selection as a text fragment after the sentence anchor, escaping what the directive’s syntax uses', () => {
    expect(sentenceUrl(page, 'm5-lead-1', '标准化建设，制修订')).toBe(`https://example.org/documents/opinions-2024-314/#m5-lead-1:~:text=${encodeURIComponent('标准化建设，制修订')}`);
    expect(sentenceUrl(page, 'p1-1', ' trade-in,\n  RCEP & CPTPP ')).toBe('https://example.org/documents/opinions-2024-314/#p1-1:~:text=trade%2Din%2C%20RCEP%20%26%20CPTPP');
    expect(sentenceUrl(page, 'p1-1', '   ')).toBe('https://example.org/documents/opinions-2024-314/#p1-1');
  });
});

describe('a citation quoting a sentence', () => {
  const options = { source, url: 'https://example.org/documents/opinions-2024-314/#s2-p1-2', accessed: '2026-12-05', siteName: 'Site' };

  it('should quote the sentence and give the document’s GB/T 7714 reference with the sentence’s URL in the Chinese edition', () => {
    expect(sentenceCitation('支持试点示范省市\n先行先试。', { ...options, locale: 'zh', note: '' })).toBe('“支持试点示范省市 先行先试。”——商务部, 市场监管总局. 关于……的意见: 商资发〔2024〕314号[EB/OL]. (2024-12-31)[2026-12-05]. https://example.org/documents/opinions-2024-314/#s2-p1-2.');
  });

  it('should say a quoted translation is unofficial and give the APA reference in the English edition', () => {
    const cited = sentenceCitation('Support the pilots.', { ...options, locale: 'en', note: ' [unofficial translation]' });
    expect(cited.startsWith('"Support the pilots." [unofficial translation] — Ministry of Commerce, & State Administration for Market Regulation. (2024, December 31).')).toBe(true);
    expect(cited.endsWith('Site. https://example.org/documents/opinions-2024-314/#s2-p1-2')).toBe(true);
  });
});
