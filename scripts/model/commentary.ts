import { CommentaryFileSchema, type CommentaryFile } from '../../src/schema/editorial.ts';
import type { BlockNode, Commentary, Measure, PolicyDocument } from '../../src/schema/model.ts';
import { SeedError, SeedErrors } from '../lib/seed-error.ts';
import { readLocatedJson, type LocatedJson } from '../read/editorial-json.ts';

/** Reads and validates the editorial interpretation → measure links, keeping where each value stands. */
export function readCommentary(seedsDir: string): Promise<LocatedJson<CommentaryFile>> {
  return readLocatedJson(seedsDir, 'editorial/commentary.json', CommentaryFileSchema);
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

/**
 * The links as model entities: the paragraph must exist, hold the quote word for word, and the measures
 * must exist (every problem at once, at its line).
 */
export function resolveCommentary(located: LocatedJson<CommentaryFile>, documents: PolicyDocument[], measures: Measure[]): Commentary[] {
  const { data: file, label, lineOf } = located;
  const interpretation = documents.find((document) => document.id === file.interpretation);
  if (!interpretation) throw new SeedError(label, lineOf(['interpretation']), `document "${file.interpretation}" does not exist`);
  const problems: SeedError[] = [];
  const links = file.links.map((link, index) => {
    const text = paragraphText(interpretation.blocks, link.paragraph);
    if (text === undefined) problems.push(new SeedError(label, lineOf(['links', index, 'paragraph']), `paragraph "${link.paragraph}" does not exist in "${file.interpretation}"`));
    else if (!text.includes(link.quote)) problems.push(new SeedError(label, lineOf(['links', index, 'quote']), `the quote for ${link.paragraph} ("${link.quote.slice(0, 40)}…") is not in that paragraph word for word`));
    const ids = link.measures.map((key) => `${file.measuresOf}-${key}`);
    ids.forEach((id, at) => {
      if (!measures.some((measure) => measure.id === id)) problems.push(new SeedError(label, lineOf(['links', index, 'measures', at]), `measure "${id}" does not exist`));
    });
    return { id: `${file.interpretation}-${link.paragraph}-${link.measures.join('-')}`, document: file.interpretation, anchor: link.paragraph, quote: link.quote, measures: ids, reason: link.reason, en: { reason: link.reasonEn } };
  });
  if (problems.length > 0) throw new SeedErrors(problems);
  return links;
}
