/**
 * The three citation formats, each written out in full for the cases a reader meets: a document, a
 * task inside its document, an English original, no issuer, no date, many issuers. The sample values
 * are the real ones of seeds/manifest.json (the Opinions and the interpretation).
 */
import { describe, expect, it } from 'vitest';
import { apa } from '../../src/lib/cite/apa.ts';
import { bibtex, escapeLatex } from '../../src/lib/cite/bibtex.ts';
import { gbt7714 } from '../../src/lib/cite/gbt7714.ts';
import { bareTitle, type CiteSource } from '../../src/lib/cite/source.ts';

const SITE = '服务业标准化政策库';
const opinions: CiteSource = {
  key: 'opinions-2024-314',
  lang: 'zh-Hans',
  authors: ['商务部', '市场监管总局'],
  authorsEn: ['Ministry of Commerce', 'State Administration for Market Regulation'],
  title: '关于推进标准化建设的意见',
  titleEn: 'Opinions on Standardisation',
  docNumber: '商资发〔2024〕314号',
  date: '2024-12-31',
  url: 'https://example.org/documents/opinions-2024-314/',
  accessed: '2025-06-01',
};
const task60: CiteSource = {
  ...opinions,
  key: 'task-list-1-task-60',
  title: '12345政务服务便民热线服务与管理规范。',
  titleEn: '12345 hotline service and management specification.',
  part: { label: '任务60', labelEn: 'Task 60' },
  container: { title: '任务清单。', titleEn: 'Task List.' },
  url: 'https://example.org/tasks/task-list-1/60/',
};
const interpretation: CiteSource = {
  key: 'interpretation-2025-01',
  lang: 'en',
  authors: ['商务部外资司'],
  authorsEn: ['商务部外资司'],
  title: 'Official interpretation of the Opinions.',
  docNumber: undefined,
  date: '2025-01-14',
  url: 'https://example.org/en/documents/interpretation-2025-01/',
  accessed: '2025-06-01',
};

describe('GB/T 7714-2015 entries', () => {
  it('should cite a task with // and its document, title stops dropped, number after the document title', () => {
    expect(gbt7714(task60)).toBe(
      '商务部, 市场监管总局. 任务60 12345政务服务便民热线服务与管理规范[EB/OL]//商务部, 市场监管总局. 任务清单: 商资发〔2024〕314号. (2024-12-31)[2025-06-01]. https://example.org/tasks/task-list-1/60/.',
    );
  });

  it('should cite a part given without its document as a whole document', () => {
    expect(gbt7714({ ...opinions, part: { label: '任务1', labelEn: 'Task 1' } })).toBe(
      '商务部, 市场监管总局. 关于推进标准化建设的意见: 商资发〔2024〕314号[EB/OL]. (2024-12-31)[2025-06-01]. https://example.org/documents/opinions-2024-314/.',
    );
  });

  it('should cite an English original in English: Anon without issuer, et al after three', () => {
    expect(gbt7714(interpretation)).toBe('商务部外资司. Official interpretation of the Opinions[EB/OL]. (2025-01-14)[2025-06-01]. https://example.org/en/documents/interpretation-2025-01/.');
    expect(gbt7714({ ...interpretation, authors: [] })).toMatch(/^Anon\. Official/u);
    expect(gbt7714({ ...interpretation, authors: ['A', 'B', 'C', 'D'] })).toMatch(/^A, B, C, et al\. Official/u);
    expect(gbt7714({ ...opinions, authors: [] })).toMatch(/^佚名\. 关于/u);
  });

  it('should list exactly three issuers without 等', () => {
    expect(gbt7714({ ...opinions, authors: ['甲', '乙', '丙'] })).toMatch(/^甲, 乙, 丙\. 关于/u);
  });
});

describe('APA 7 entries', () => {
  it('should cite a document in the Chinese edition with the Chinese date and no English title', () => {
    expect(apa(opinions, 'zh', SITE)).toBe(`商务部, & 市场监管总局. (2024年12月31日). 关于推进标准化建设的意见 (商资发〔2024〕314号). ${SITE}. https://example.org/documents/opinions-2024-314/`);
  });

  it('should cite a task in both editions: In / 载于 its document, English titles in brackets only in English', () => {
    expect(apa(task60, 'en', 'Atlas')).toBe(
      'Ministry of Commerce, & State Administration for Market Regulation. (2024, December 31). 任务60 12345政务服务便民热线服务与管理规范 [Task 60: 12345 hotline service and management specification]. In 任务清单 [Task List] (商资发〔2024〕314号). Atlas. https://example.org/tasks/task-list-1/60/',
    );
    expect(apa(task60, 'zh', SITE)).toBe(
      `商务部, & 市场监管总局. (2024年12月31日). 任务60 12345政务服务便民热线服务与管理规范. 载于 任务清单 (商资发〔2024〕314号). ${SITE}. https://example.org/tasks/task-list-1/60/`,
    );
  });

  it('should leave out the brackets where there is no English title', () => {
    const untranslated = { ...task60, titleEn: undefined, container: { title: '任务清单' } };
    expect(apa(untranslated, 'en', 'Atlas')).toContain('. 任务60 12345政务服务便民热线服务与管理规范. In 任务清单 (商资发〔2024〕314号). Atlas.');
    expect(apa({ ...opinions, titleEn: undefined }, 'en', 'Atlas')).toContain('(2024, December 31). 关于推进标准化建设的意见 (商资发〔2024〕314号). Atlas.');
  });

  it('should cite an English original with its own authors and title, without a translated title', () => {
    expect(apa({ ...interpretation, titleEn: 'Should not appear' }, 'en', 'Atlas')).toBe('商务部外资司. (2025, January 14). Official interpretation of the Opinions. Atlas. https://example.org/en/documents/interpretation-2025-01/');
  });

  it('should name an English original\'s issuers as printed, whatever English names they have', () => {
    expect(apa({ ...interpretation, authorsEn: ['Department of Foreign Investment'] }, 'en', 'Atlas')).toMatch(/^商务部外资司\. \(2025, January 14\)/u);
  });

  it('should cite a part given without its document as a whole document', () => {
    expect(apa({ ...opinions, part: { label: '任务1', labelEn: 'Task 1' } }, 'zh', SITE)).toBe(`商务部, & 市场监管总局. (2024年12月31日). 关于推进标准化建设的意见 (商资发〔2024〕314号). ${SITE}. https://example.org/documents/opinions-2024-314/`);
  });

  it('should join two issuers with & and three with commas and &', () => {
    expect(apa({ ...opinions, authors: ['甲'] }, 'zh', SITE)).toMatch(/^甲\. \(2024年/u);
    expect(apa({ ...opinions, authors: ['甲', '乙', '丙'] }, 'zh', SITE)).toMatch(/^甲, 乙, & 丙\. \(2024年/u);
  });

  it('should write no date as 无日期 in Chinese and n.d. in English', () => {
    expect(apa({ ...opinions, date: undefined }, 'zh', SITE)).toContain('市场监管总局. (无日期). 关于');
    expect(apa({ ...opinions, date: undefined }, 'en', SITE)).toContain('Regulation. (n.d.). 关于');
    expect(apa({ ...opinions, authors: [], authorsEn: [], date: undefined }, 'zh', SITE)).toBe(`关于推进标准化建设的意见 (商资发〔2024〕314号). (无日期). ${SITE}. https://example.org/documents/opinions-2024-314/`);
  });

  it('should name every month in English', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    months.forEach((month, index) => {
      const date = `2024-${String(index + 1).padStart(2, '0')}-05`;
      expect(apa({ ...opinions, date }, 'en', SITE)).toContain(`(2024, ${month} 5).`);
    });
  });
});

describe('BibTeX entries', () => {
  it('should write a task in the English edition with every field', () => {
    expect(bibtex(task60, 'en')).toBe(
      [
        '@misc{task-list-1-task-60,',
        '  author = {{商务部} and {市场监管总局}},',
        '  title = {任务60 12345政务服务便民热线服务与管理规范},',
        '  titleaddon = {[Task 60: 12345 hotline service and management specification]},',
        '  booktitle = {任务清单},',
        '  number = {商资发〔2024〕314号},',
        '  year = {2024},',
        '  date = {2024-12-31},',
        '  howpublished = {\\url{https://example.org/tasks/task-list-1/60/}},',
        '  url = {https://example.org/tasks/task-list-1/60/},',
        '  urldate = {2025-06-01},',
        '  language = {chinese}',
        '}',
      ].join('\n'),
    );
  });

  it('should give the Chinese edition no English title addon, and a document no booktitle', () => {
    const entry = bibtex(opinions, 'zh');
    expect(entry).not.toContain('titleaddon');
    expect(entry).not.toContain('booktitle');
    expect(entry).toContain('  title = {关于推进标准化建设的意见},\n  number = {商资发〔2024〕314号},');
  });

  it('should give an English original the language english and no addon, and leave out what is missing', () => {
    expect(bibtex({ ...interpretation, titleEn: 'x', authors: [], date: undefined }, 'en')).toBe(
      [
        '@misc{interpretation-2025-01,',
        '  title = {Official interpretation of the Opinions},',
        '  howpublished = {\\url{https://example.org/en/documents/interpretation-2025-01/}},',
        '  url = {https://example.org/en/documents/interpretation-2025-01/},',
        '  urldate = {2025-06-01},',
        '  language = {english}',
        '}',
      ].join('\n'),
    );
  });

  it('should escape every LaTeX special character', () => {
    expect(escapeLatex('\\ { } & % $ # _ ~ ^ 文')).toBe('\\textbackslash{} \\textbraceleft{} \\textbraceright{} \\& \\% \\$ \\# \\_ \\textasciitilde{} \\textasciicircum{} 文');
  });
});

describe('titles in references', () => {
  it('should drop every final stop of a title printed as a sentence, and keep stops inside it', () => {
    expect(bareTitle('支撑设备更新和消费品以旧换新。')).toBe('支撑设备更新和消费品以旧换新');
    expect(bareTitle('Version 2.0 of the plan..')).toBe('Version 2.0 of the plan');
    expect(bareTitle('规范．。')).toBe('规范');
    expect(bareTitle('不以句号结尾')).toBe('不以句号结尾');
  });
});
