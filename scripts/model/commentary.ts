import { CommentaryFileSchema, type CommentaryFile } from '../../src/schema/editorial.ts';
import type { BlockNode, Commentary, Measure, PolicyDocument } from '../../src/schema/model.ts';
import { SeedError } from '../lib/seed-error.ts';
import { readEditorialJson } from '../read/editorial-json.ts';

const LABEL = 'seeds/editorial/commentary.json';

/** Reads and validates the editorial interpretation → measure links. */
export function readCommentary(seedsDir: string): Promise<CommentaryFile> {
  return readEditorialJson(seedsDir, 'editorial/commentary.json', CommentaryFileSchema);
}

function paragraphText(blocks: BlockNode[], anchor: string): string | undefined {
  for (const block of blocks) {
    if (block.type === 'paragraph' && block.id === anchor) return block.text;
    if (block.type === 'outline' || block.type === 'annex') {
      const found = paragraphText(block.children, anchor);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The links as model entities: the paragraph must exist, hold the quote word for word, and the measures must exist. */
export function resolveCommentary(file: CommentaryFile, documents: PolicyDocument[], measures: Measure[]): Commentary[] {
  const interpretation = documents.find((document) => document.id === file.interpretation);
  if (!interpretation) throw new SeedError(LABEL, undefined, `document "${file.interpretation}" does not exist`);
  return file.links.map((link) => {
    const text = paragraphText(interpretation.blocks, link.paragraph);
    if (text === undefined) throw new SeedError(LABEL, undefined, `paragraph "${link.paragraph}" does not exist in "${file.interpretation}"`);
    if (!text.includes(link.quote)) throw new SeedError(LABEL, undefined, `the quote for ${link.paragraph} ("${link.quote.slice(0, 40)}…") is not in that paragraph word for word`);
    const ids = link.measures.map((key) => `${file.measuresOf}-${key}`);
    const missing = ids.find((id) => !measures.some((measure) => measure.id === id));
    if (missing) throw new SeedError(LABEL, undefined, `measure "${missing}" does not exist`);
    return { id: `${file.interpretation}-${link.paragraph}-${link.measures.join('-')}`, document: file.interpretation, anchor: link.paragraph, quote: link.quote, measures: ids, reason: link.reason, en: { reason: link.reasonEn } };
  });
}
