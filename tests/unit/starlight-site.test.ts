/** The benchmark's Starlight comparison site holds the same texts as ours, and no text becomes markup. */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { blockOf, markdownFile, starlightPages } from '../../scripts/bench/starlight-site.ts';
import { loadSiteContent } from '../../scripts/build-content.ts';
import { parallelOf } from '../../scripts/translate/parallel.ts';

/** What Starlight would read back from a page file: its title and the text of each top-level block. */
function readBack(file: string): { title: string; blocks: string[]; types: string[] } {
  const match = /^---\ntitle: (.*)\ndescription: .*\n---\n\n([\s\S]*)$/.exec(file);
  if (!match) throw new Error(`not a page file: ${file.slice(0, 80)}`);
  const tree: Root = fromMarkdown(match[2]!);
  return { title: JSON.parse(match[1]!) as string, blocks: tree.children.map((node) => toString(node)), types: tree.children.map((node) => node.type) };
}

describe('Starlight comparison site', () => {
  it('should hold every text of every document, in both editions, word for word', async () => {
    const pages = await starlightPages('seeds');
    const { model, translations } = await loadSiteContent('seeds');
    expect(pages.map((page) => page.slug).sort()).toEqual(['index', 'en/index', ...model.documents.flatMap((document) => [document.id, `en/${document.id}`])].sort());
    for (const document of model.documents) {
      const pairs = parallelOf(document, model, translations.get(document.id)!);
      const english = document.lang === 'en';
      const zh = readBack(markdownFile(pages.find((page) => page.slug === document.id)!));
      const en = readBack(markdownFile(pages.find((page) => page.slug === `en/${document.id}`)!));
      expect(zh.blocks).toEqual(pairs.map((pair) => `${pair.marker ?? ''}${english ? pair.translation : pair.original}`));
      expect(en.blocks).toEqual(pairs.map((pair) => `${pair.marker ?? ''}${english ? pair.original : pair.translation}`));
      expect(zh.title).toBe(english ? document.translation.title : document.title);
      expect(en.title).toBe(english ? document.title : document.translation.title);
    }
  });

  it('should keep text that looks like Markdown or HTML as text', () => {
    const hostile = '# 不是标题 <script>alert(1)</script> *强调* [链接](javascript:x) | 表 | `代码` 1. 项';
    const file = markdownFile({
      slug: 'x',
      title: '标题"\n---\n<b>',
      description: '',
      body: { type: 'root', children: [blockOf({ anchor: 'p1', kind: 'text', original: hostile, translation: '' }, hostile), blockOf({ anchor: 's1', kind: 'heading', depth: 1, marker: '一、', original: '', translation: '' }, hostile)] },
    });
    const back = readBack(file);
    expect(back.title).toBe('标题"\n---\n<b>');
    expect(back.blocks).toEqual([hostile, `一、${hostile}`]);
    expect(back.types).toEqual(['paragraph', 'heading']);
  });
});
