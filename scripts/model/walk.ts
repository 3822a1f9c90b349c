import type { BlockNode, OutlineNode, ParagraphNode } from '../../src/schema/model.ts';

/** Outline nodes of a tree, depth-first, with their ancestors. */
export function* outlineNodes(blocks: BlockNode[], ancestors: OutlineNode[] = []): Generator<{ node: OutlineNode; ancestors: OutlineNode[] }> {
  for (const block of blocks) {
    if (block.type !== 'outline') continue;
    yield { node: block, ancestors };
    yield* outlineNodes(block.children, [...ancestors, block]);
  }
}

/** The body paragraphs directly under a node. */
export function childParagraphs(node: OutlineNode): ParagraphNode[] {
  return node.children.filter((child): child is ParagraphNode => child.type === 'paragraph');
}

/** Text with full-width and half-width punctuation and spaces made alike, for matching texts. */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”"'‘’]/gu, '"')
    .replace(/\s+/gu, '');
}
