/**
 * The Word files (scripts/emit/write-downloads.ts) as a reader opens them: each document's files hold
 * its text in the model's words, every run declares the East Asian font and language of its script,
 * the translation says it is unofficial, the footer gives the reference with the page's URL, and text
 * that looks like markup (the hostile fixture, a `<w:p>` in a paragraph) stays text.
 * That the files' text equals the built pages' text is tests/site/downloads.test.ts.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../scripts/build-content.ts';
import { writeContent } from '../../scripts/emit/write-content.ts';
import { writeDownloads } from '../../scripts/emit/write-downloads.ts';
import { bodyOf } from '../../scripts/emit/docx/body.ts';
import { parallelOf } from '../../scripts/translate/parallel.ts';
import { packWordFile } from '../../scripts/emit/docx/pack.ts';
import { HOSTILE_BUILD } from '../../scripts/lib/hostile-build.ts';
import { downloadsOf } from '../../src/lib/downloads.ts';
import { UI } from '../../src/i18n/ui.ts';
import type { BlockNode } from '../../src/schema/model.ts';
import { readWordFile } from '../lib/docx-text.ts';

/** Emits the content of a seeds folder into a temporary folder and reads back each Word file by name. */
async function emitted(seeds: string) {
  const dir = await mkdtemp(join(tmpdir(), 'docx-'));
  const content = await loadSiteContent(seeds);
  await writeContent(content, dir);
  const written = await writeDownloads(content, dir);
  const files = new Map(await Promise.all(written.map(async (file) => [file.id, { ...file, bytes: await readFile(join(dir, 'downloads', file.id)) }] as const)));
  return { dir, content, written, files };
}

/** Every text of a block tree as printed: what the original's Word file must hold, each once. */
function printedTexts(blocks: BlockNode[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'paragraph':
      case 'note':
        return [block.text];
      case 'outline':
        return [block.title, ...(block.lead ? [block.lead] : []), ...printedTexts(block.children)];
      case 'annex':
        return [block.title, ...printedTexts(block.children)];
      case 'table':
        return [...block.columns, ...block.groups.flatMap((group) => [group.title, ...group.rows.flatMap((row) => row.cells)])];
    }
  });
}

/** The "text stops here" note as the tables word it, for the words a file's note quotes (undefined when it is not one). */
const stopsNote = (text: string, locale: 'zh' | 'en') => {
  const quoted = /(?:“……|“…)(.+)”/u.exec(text)?.[1];
  return quoted === undefined ? undefined : UI[locale].truncatedHere(quoted);
};

describe('Word files of the seeds', () => {
  let site: Awaited<ReturnType<typeof emitted>>;
  beforeAll(async () => {
    site = await emitted('seeds');
  }, 60_000);
  afterAll(() => rm(site.dir, { recursive: true, force: true }));
  const file = (name: string) => {
    const found = site.files.get(name);
    if (!found) throw new Error(`${name} was not written`);
    return readWordFile(found.bytes);
  };

  it('should write the three files of every document (none awaits translation here), with the sizes the page prints', () => {
    for (const document of site.content.model.documents) expect(downloadsOf(document).map((download) => download.variant), document.id).toEqual(['original', 'translation', 'side-by-side']);
    expect(site.written.map((written) => written.id)).toEqual(site.content.model.documents.flatMap(downloadsOf).map((download) => download.name));
    for (const written of site.written) expect(site.files.get(written.id)!.bytes.length, written.id).toBe(written.bytes);
  });

  it('should hold every text of each original, with its heading numbering as printed', () => {
    for (const document of site.content.model.documents) {
      const text = file(`${document.id}.${document.lang}.docx`).paragraphs.join('\n');
      const missing = printedTexts(document.blocks).filter((printed) => !text.includes(printed));
      expect(missing, document.id).toEqual([]);
    }
    // The Opinions' part headings and measures keep their markers: 一、 and （八）.
    const opinions = file('opinions-2024-314.zh-Hans.docx').paragraphs;
    const measure = site.content.model.measures.find((entry) => entry.id === 'opinions-2024-314-8')!;
    expect(opinions).toContain(`${measure.marker}${measure.title}`);
    expect(opinions.some((paragraph) => paragraph.startsWith('一、'))).toBe(true);
  });

  it('should declare the East Asian font and language of each script on every run', () => {
    const simplified = file('opinions-2024-314.zh-Hans.docx').xml;
    expect(simplified).toMatch(/<w:rFonts [^>]*w:eastAsia="SimSun"/);
    expect(simplified).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    expect(simplified).not.toContain('zh-TW');
    const traditional = file('pilot-notice-2024.zh-Hant.docx').xml;
    expect(traditional).toMatch(/<w:rFonts [^>]*w:eastAsia="PMingLiU"/);
    expect(traditional).toMatch(/<w:lang [^>]*w:val="zh-TW"[^>]*w:eastAsia="zh-TW"/);
    // Every run of a Chinese text says which font its Chinese characters take: none is left to a default.
    const runs = [...simplified.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((run) => run[0]);
    expect(runs.length).toBeGreaterThan(10);
    expect(runs.filter((run) => !/w:eastAsia="SimSun"/.test(run))).toEqual([]);
  });

  it('should label each translation unofficial, in its own language, with the original’s address', () => {
    const notice = site.content.model.documents.find((document) => document.id === 'notice-2024-314')!;
    const english = file('notice-2024-314.en.docx').paragraphs;
    expect(english[0]).toBe(notice.translation.title);
    expect(english[1]).toMatch(new RegExp(`^${escape(UI.en.translationNotice(notice.translation.translator))} https?://\\S+/documents/notice-2024-314/$`));
    // The interpretation is an English original: its translation is Chinese, and says so in Chinese.
    const interpretation = site.content.model.documents.find((document) => document.id === 'interpretation-2025-01')!;
    expect(file('interpretation-2025-01.zh-Hans.docx').paragraphs[1]).toMatch(new RegExp(`^${escape(UI.zh.translationNotice(interpretation.translation.translator))} https?://\\S+/en/documents/interpretation-2025-01/$`));
    // The side-by-side file: the translation's column is headed unofficial, and says so above the table.
    const both = file('notice-2024-314.side-by-side.docx').paragraphs;
    expect(both).toContain(`${UI.en.parallel.translation} · ${UI.en.langName.en}${UI.en.parallel.unofficial}`);
    expect(both).toContain(`${UI.zh.parallel.original} · ${UI.zh.langName['zh-Hans']}`);
  });

  it('should put the reference, with the address of the page it is the download of, and the source in the footer', () => {
    const notice = site.content.model.documents.find((document) => document.id === 'notice-2024-314')!;
    const [reference, source] = file('notice-2024-314.zh-Hans.docx').footer;
    expect(reference).toMatch(/^引用：商务部, 市场监管总局\. .*: 商资发〔2024〕314号\[EB\/OL\]\. \(2024-12-31\)\[\d{4}-\d{2}-\d{2}\]\. https?:\/\/\S+\/documents\/notice-2024-314\/\.$/);
    expect(source).toBe(`来源：${notice.provenance}`);
    expect(file('notice-2024-314.en.docx').footer[0]).toMatch(/^Cite as: .*\/en\/documents\/notice-2024-314\/\.$/);
    expect(file('notice-2024-314.side-by-side.docx').footer[0]).toMatch(/\/documents\/notice-2024-314\/parallel\/\.$/);
  });

  it('should align the side-by-side file row for row with the side-by-side page’s pairs', () => {
    for (const document of site.content.model.documents) {
      const { xml, paragraphs } = file(`${document.id}.side-by-side.docx`);
      const pairs = parallelOf(document, site.content.model, site.content.translations.get(document.id)!);
      const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].length);
      // A header row, then one row of two cells per pair: the original (with its marker) on the left, the translation on the right.
      expect(rows, document.id).toEqual(Array.from({ length: pairs.length + 1 }, () => 2));
      // A text that stops short says so after the table, in both languages.
      const after = document.truncated ? [stopsNote(paragraphs.at(-2)!, 'zh'), stopsNote(paragraphs.at(-1)!, 'en')] : [];
      expect(paragraphs.slice(5), document.id).toEqual([...pairs.flatMap((pair) => [`${pair.marker ?? ''}${pair.original}`, pair.translation]), ...after]);
    }
  });

  it("should size the Wuhan annex table's columns by what they hold: 序号 narrowest, the task widest, the page's width in all", () => {
    for (const name of ['wuhan-plan.zh-Hans.docx', 'wuhan-plan.en.docx']) {
      const grids = [...file(name).xml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((grid) => [...grid[1]!.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((column) => Number(column[1])));
      // Columns: 序号, 任务内容, 试点城市, 牵头单位, 责任单位.
      const annex = grids.find((widths) => widths.length === 5);
      expect(annex, name).toBeDefined();
      expect(Math.min(...annex!), name).toBe(annex![0]);
      expect(Math.max(...annex!), name).toBe(annex![1]);
      // Not every column alike (what LibreOffice draws without widths): the task column is several times 序号's.
      expect(annex![1]! / annex![0]!, name).toBeGreaterThan(3);
      expect(Math.abs(annex!.reduce((sum, width) => sum + width, 0) - 9026), name).toBeLessThanOrEqual(5);
    }
  });

  it('should say after the last words of a text that stops short that the rest is missing, as its page does', () => {
    const truncated = site.content.model.documents.filter((document) => document.truncated);
    expect(truncated.map((document) => document.id)).toEqual(['action-plan-2024-2025']);
    // The seed's last words (tests/unit/seeds-model.test.ts): the notice quotes them.
    const chinese = file('action-plan-2024-2025.zh-Hans.docx').paragraphs;
    expect(chinese.at(-1)).toBe(UI.zh.truncatedHere('实现国际标准转化率达到'));
    expect(chinese.at(-2)!.endsWith('实现国际标准转化率达到')).toBe(true);
    // The translation's: whatever words it ends with, the notice quotes them.
    const english = file('action-plan-2024-2025.en.docx').paragraphs;
    expect(english.at(-1)).toBe(stopsNote(english.at(-1)!, 'en'));
    expect(english.at(-2)!.endsWith(/“…(.+)”/u.exec(english.at(-1)!)![1]!)).toBe(true);
    expect(file('opinions-2024-314.zh-Hans.docx').paragraphs.filter((text) => text.startsWith('原文在此处中断'))).toEqual([]);
  });
});

describe('Word files of text that looks like markup', () => {
  it('should keep the hostile fixture’s <script>, &amp; and braces as text, and a <w:p> in a paragraph as one paragraph', async () => {
    const hostile = await emitted(HOSTILE_BUILD.seeds);
    try {
      const plan = readWordFile(hostile.files.get('hostile-plan.zh-Hans.docx')!.bytes);
      const text = plan.paragraphs.join('\n');
      expect(text).toContain('（一）推进{标准}建设<script>alert(1)</script>。');
      expect(text).toContain('与 &amp; 和 &lt;b&gt; 以及 &#x27; 和 </w:t></w:r></w:p><w:p> 照原样显示。');
      expect(plan.xml).not.toContain('<script>');
    } finally {
      await rm(hostile.dir, { recursive: true, force: true });
    }
    const injected = '</w:t></w:r></w:p><w:p><w:r><w:t>注入 & <w:p> ]]>';
    const blocks: BlockNode[] = [{ type: 'paragraph', id: 'p1', role: 'body', text: injected, source: { file: 'x.txt', line: 1 } } as BlockNode];
    const bytes = await packWordFile({ title: 't', creator: 'c', date: '2026-01-01', footer: [], children: bodyOf(blocks, { lang: 'zh-Hans', textOf: (_id, text) => text, translated: false, tasks: new Map() }) });
    expect(readWordFile(bytes).paragraphs).toEqual([injected]);
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
