import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentToMdx } from '../../scripts/emit/document-mdx.ts';
import { indexView } from '../../scripts/index/index-view.ts';
import { IdAllocator, parseOutline } from '../../scripts/parse/outline.ts';
import { sentenceBases } from '../../scripts/text/sentence-anchors.ts';
import { SENTENCE_ANCHOR, sentenceBase } from '../../src/lib/share/sentence-anchor.ts';
import type { BlockNode, PolicyDocument } from '../../src/schema/model.ts';

const NO_LINKS = { document: 'fixture', measures: new Map(), tasks: new Map(), categories: new Map(), discusses: new Map() };
const meta = { id: 'fixture', lang: 'zh-Hans' };

/** The document of a fixture seed as the emitter writes it: each sentence's text → its anchor, and each paragraph's text → its ¶ anchor. */
function emitted(file: string, edit: (text: string) => string = (text) => text) {
  const text = edit(readFileSync(new URL(`./fixtures/sentences/stability/${file}`, import.meta.url), 'utf8'));
  const lines = text.split('\n').map((line, index) => ({ line: index + 1, text: line }));
  const blocks = parseOutline(lines, { file, lang: 'zh-Hans', ids: new IdAllocator() });
  const mdx = documentToMdx({ ...meta, blocks } as Pick<PolicyDocument, 'blocks'> & Record<string, unknown>, NO_LINKS);
  const sentences = new Map([...mdx.matchAll(/<span id="([^"]+)">([^<]*)<\/span>/g)].map((match) => [match[2]!, match[1]!]));
  const paragraphs = new Map([...mdx.matchAll(/<(?:Para|Note) id="([^"]+)"[^>]*>\s*(?:<p>)?<span id="[^"]+">([^<]*)</g)].map((match) => [match[2]!, match[1]!]));
  return { sentences, paragraphs };
}

describe('sentence anchors', () => {
  it('should keep every sentence’s anchor when paragraphs are inserted earlier in the document, though ¶ anchors move', () => {
    const before = emitted('before.txt');
    const after = emitted('after.txt');
    expect(before.sentences.size).toBe(12);
    for (const [sentence, anchor] of before.sentences) expect(after.sentences.get(sentence), sentence).toBe(anchor);
    // Why the ¶ anchor is not the base: the insertion in 一 renumbered the paragraphs after it.
    expect(before.paragraphs.get('各地要抓好落实。')).toBe('p3');
    expect(after.paragraphs.get('各地要抓好落实。')).toBe('p4');
    expect(after.sentences.get('各地要抓好落实。')).toBe('s2-1-p1-1');
  });

  it('should name the lead of a numbered item, the preamble, notes and the closing lines as the README says', () => {
    const { sentences } = emitted('before.txt');
    expect(Object.fromEntries(sentences)).toMatchObject({
      '本方案自印发之日起施行。': 'p1-2',
      '突出重点。': 's1-p1-2',
      '加快制定标准。': 's2-1-lead-1',
      '推动实施。': 's2-1-lead-2',
      '第一条注。': 's2-1-note1-1',
      '2024年12月31日': 'end-p2-1',
    });
  });

  it('should move a sentence’s anchor only for a paragraph added before it in its own section', () => {
    const moved = emitted('before.txt', (text) => text.replace('各地要抓好落实。', '另起一段。\n各地要抓好落实。'));
    expect(moved.sentences.get('各地要抓好落实。')).toBe('s2-1-p2-1');
    expect(moved.sentences.get('加强组织领导。')).toBe('s3-p1-1');
  });

  it('should give each sentence a unique anchor of the sentence form, and the form nothing else on a page', () => {
    const anchors = [...emitted('after.txt').sentences.values()];
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(anchors.filter((anchor) => !SENTENCE_ANCHOR.test(anchor))).toEqual([]);
    expect(['p12', 's3-5', 's3-5-2', 'm5-lead', 'task-60', 'row-3', 'note-2', 'annex', 'cite-gbt-label'].filter((anchor) => SENTENCE_ANCHOR.test(anchor))).toEqual([]);
    expect(sentenceBase('s2-1-lead-2')).toBe('s2-1-lead');
    expect(sentenceBase('p12')).toBeUndefined();
  });
});

describe('sentence anchors in the search index', () => {
  it('should index a paragraph exactly as it was before its sentences had anchors', () => {
    const page = (body: string) => `<!doctype html><html><body><article data-pagefind-body><div class="para para-body" id="p3">${body}</div></article></body></html>`;
    const plain = page('<p>标准是制度型开放的重要领域。加快推进标准化建设。 Opinions apply. Then tasks.</p>');
    const wrapped = page('<p><span id="s1-p1-1">标准是制度型开放的重要领域。</span><span id="s1-p1-2">加快推进标准化建设。</span> <span id="s1-p1-3">Opinions apply.</span> <span id="s1-p1-4">Then tasks.</span></p>');
    expect(indexView(wrapped, {})).toBe(indexView(plain, {}));
  });
});

describe('the bases of sentence anchors, block by block', () => {
  const source = { file: 'seeds/fixture.txt', line: 1 };
  const para = (id: string): BlockNode => ({ type: 'paragraph', id, role: 'body', text: '句。', source });
  const note = (id: string): BlockNode => ({ type: 'note', id, text: '注。', source }) as BlockNode;
  const outline = (id: string, children: BlockNode[], lead?: string): BlockNode => ({ type: 'outline', id, depth: 1, marker: '一、', ordinal: 1, title: '标题', ...(lead ? { lead } : {}), source, children }) as BlockNode;
  const annex = (id: string, children: BlockNode[]): BlockNode => ({ type: 'annex', id, title: '附件', source, children }) as BlockNode;
  const table = (id: string): BlockNode => ({ type: 'table', id, columns: ['序号', '任务'], headerRepeats: 0, groups: [] });

  it('should count the preamble from the start and everything after the first section from the end of the sections, once', () => {
    const blocks = [para('p1'), para('p2'), outline('s1', [para('p3'), outline('s1-1', [para('p4')]), para('p5')]), para('p6'), outline('s2', [note('n1')]), para('p7'), note('n2')];
    expect(Object.fromEntries(sentenceBases(blocks))).toEqual({ p1: 'p1', p2: 'p2', p3: 's1-p1', p4: 's1-1-p1', p5: 's1-p2', p6: 'end-p1', n1: 's2-note1', p7: 'end-p2', n2: 'end-note1' });
  });

  it('should count an annex’s paragraphs in the annex, give a table none, and give a lead only to an item that has one', () => {
    const blocks = [para('p1'), annex('annex1', [para('p2'), table('t1'), para('p3')]), para('p4'), outline('s1', [], '加快制定标准。'), outline('s2', [])];
    expect(Object.fromEntries(sentenceBases(blocks))).toEqual({ p1: 'p1', p2: 'annex1-p1', p3: 'annex1-p2', p4: 'end-p1', 's1-lead': 's1-lead' });
  });
});
