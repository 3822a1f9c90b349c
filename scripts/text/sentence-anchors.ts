/**
 * The base of each paragraph's and note's sentence anchors (src/lib/share/sentence-anchor.ts: the
 * sentence is `{base}-{n}`).
 *
 * Why not the ¶ anchor (`p12-3`): paragraphs and notes are counted through the whole document
 * (scripts/parse/outline.ts `IdAllocator`), so one paragraph more in an early section — a seed
 * corrected, a cleaning rule that joins lines differently — renumbers every later `p`, and a sentence
 * anchor built on it would move with it. A link to a sentence is a quotation someone keeps, so it is
 * tied to what the document prints instead: the numbered section it stands in (`s2`, `m5`, `task-60`,
 * the annex), and its place among that section's own paragraphs (`s2-p3`). A change elsewhere in the
 * document then leaves it as it is; only a paragraph added before it in the same section, or the
 * section renumbered by the source itself, moves it. The lead of a numbered item (the rest of its
 * line, `m5-lead`) already has such an anchor and keeps it. Outside any section there is nothing
 * printed to count from: the preamble is counted from the start (`p1`, as its ¶ anchors are), the
 * closing lines after the last section from the end of the sections (`end-p1`), so a section growing
 * does not move the signature's or the date's.
 *
 * Headings, task lines and table cells are not split: their own anchors (`s3`, `task-60`, `row-3`)
 * already point at a line of one sentence or less.
 */
import type { BlockNode } from '../../src/schema/model.ts';

/** The base for each paragraph and note, keyed by its block id (a lead paragraph by `${outline}-lead`). */
export function sentenceBases(blocks: BlockNode[]): Map<string, string> {
  const bases = new Map<string, string>();
  const walk = (children: BlockNode[], container: string | undefined): void => {
    const counts = { p: 0, note: 0 };
    let prefix = container === undefined ? '' : `${container}-`;
    for (const block of children) {
      switch (block.type) {
        case 'paragraph':
        case 'note': {
          const kind = block.type === 'paragraph' ? 'p' : 'note';
          counts[kind] += 1;
          bases.set(block.id, `${prefix}${kind}${counts[kind]}`);
          break;
        }
        case 'outline':
          if (block.lead) bases.set(`${block.id}-lead`, `${block.id}-lead`);
          walk(block.children, block.id);
          break;
        case 'annex':
          walk(block.children, block.id);
          break;
        case 'table':
          break;
      }
      // At the top level, what follows the first section or annex is counted from there.
      if (container === undefined && prefix === '' && (block.type === 'outline' || block.type === 'annex')) {
        prefix = 'end-';
        counts.p = 0;
        counts.note = 0;
      }
    }
  };
  walk(blocks, undefined);
  return bases;
}
