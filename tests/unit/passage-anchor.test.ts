/**
 * Where a link to a passage goes on a document page (scripts/text/passage-anchor.ts): the page's
 * sentence that holds the quote, found with the page's own splitter, else the passage's anchor.
 */
import { describe, expect, it } from 'vitest';
import { passageAnchors } from '../../scripts/text/passage-anchor.ts';
import type { BlockNode } from '../../src/schema/model.ts';

const source = { file: 'seeds/fixture.txt', line: 1 };
const ZH = '第一句。第二句提到《意见》；并且继续。第三句！';
const EN = 'First sentence. The "Opinions" are named here; and it goes on. No. 314 is a number.';
const blocks: BlockNode[] = [
  { type: 'paragraph', id: 'p1', role: 'body', text: ZH, source },
  {
    type: 'outline', id: 's1', depth: 1, marker: '一、', ordinal: 1, title: '标题', source,
    children: [{ type: 'paragraph', id: 'p2', role: 'body', text: EN, source }],
  } as BlockNode,
];
const at = passageAnchors(blocks);
const span = (text: string, quote: string): [number, number] => [text.indexOf(quote), text.indexOf(quote) + quote.length];

describe('the anchor of a passage on its page', () => {
  it("should give the sentence holding the quote, counted by the page's splitter (not at ；)", () => {
    expect(at('p1', ZH, 'zh-Hans', ...span(ZH, '第二句提到《意见》；'))).toBe('p1-2');
    expect(at('p1', ZH, 'zh-Hans', ...span(ZH, '第三句！'))).toBe('p1-3');
  });

  it('should name an English paragraph by its section, and keep an abbreviation inside its sentence', () => {
    expect(at('p2', EN, 'en', ...span(EN, 'The "Opinions" are named here;'))).toBe('s1-p1-2');
    expect(at('p2', EN, 'en', ...span(EN, 'No. 314 is a number.'))).toBe('s1-p1-3');
  });

  it('should keep the passage anchor for a quote across sentences, a quote not found, and a passage the page does not split', () => {
    expect(at('p1', ZH, 'zh-Hans', 0, ZH.length)).toBe('p1');
    expect(at('p1', ZH, 'zh-Hans', -1, 3)).toBe('p1');
    expect(at('s1', '标题', 'zh-Hans', 0, 2)).toBe('s1');
  });

  it('should take a single place (no end) as one character, from the very first one', () => {
    expect(at('p1', ZH, 'zh-Hans', ZH.indexOf('第三句'))).toBe('p1-3');
    expect(at('p1', ZH, 'zh-Hans', 0)).toBe('p1-1');
    expect(at('p1', ZH, 'zh-Hans', 0, 3)).toBe('p1-1');
  });

  it('should keep the passage anchor for an empty or reversed span, and for a place in the space after the last sentence', () => {
    expect(at('p1', ZH, 'zh-Hans', 2, 2)).toBe('p1');
    expect(at('p1', ZH, 'zh-Hans', 3, 1)).toBe('p1');
    const spaced = `${ZH} `;
    expect(at('p1', spaced, 'zh-Hans', spaced.length - 1)).toBe('p1');
  });
});
