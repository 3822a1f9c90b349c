import type { BlockNode, ParagraphNode } from '../../src/schema/model.ts';

const DOC_NUMBER = /^\p{Script=Han}+〔\d{4}〕\d+号$/u;
const DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/u;
/** A line stating where a repost comes from (来源:…). */
export const SOURCE_LINE = /^来源[:：]/u;
const LABEL = /^附件\s*\d*$/u;
const STATUS = /^[（(](征求意见稿|试行|草案)[）)]$/u;
/** A signature line: a short run of names without sentence punctuation. */
const SIGNATURE = /^[\p{Script=Han} ]{2,30}$/u;

/**
 * Gives paragraphs of the top level their role in an official document: the document number (文号),
 * the addressee line, the signature and date, a source line, an annex label.
 */
export function classifyParagraphs(blocks: BlockNode[]): void {
  for (const block of blocks) if (block.type === 'outline') classifyParagraphs(block.children);
  const paragraphs = blocks.filter((block): block is ParagraphNode => block.type === 'paragraph');
  for (const paragraph of paragraphs) {
    const text = paragraph.text;
    if (DOC_NUMBER.test(text)) paragraph.role = 'doc-number';
    else if (DATE.test(text)) paragraph.role = 'date';
    else if (SOURCE_LINE.test(text)) paragraph.role = 'source';
    else if (LABEL.test(text)) paragraph.role = 'label';
    else if (STATUS.test(text)) paragraph.role = 'status';
    else if (/[:：]$/u.test(text) && text.includes('、') && !text.includes('。')) paragraph.role = 'addressee';
  }
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.type !== 'paragraph' || block.role !== 'date') continue;
    for (let back = index - 1; back >= 0; back--) {
      const before = blocks[back]!;
      if (before.type !== 'paragraph' || before.role !== 'body' || !SIGNATURE.test(before.text)) break;
      before.role = 'signature';
    }
  }
}
