/**
 * A document and its translation as aligned pairs, for the side-by-side view: one pair per heading,
 * paragraph, task line, note and table row, in reading order, each with the anchor the document page
 * uses for the same text.
 */
import type { BlockNode, Model, PolicyDocument } from '../../src/schema/model.ts';
import type { TranslationFile } from '../../src/schema/translation.ts';
import type { ParallelPair } from '../../src/schema/localized.ts';


export function parallelOf(document: PolicyDocument, model: Model, file: TranslationFile): ParallelPair[] {
  const text = new Map(file.segments.map((entry) => [entry.id, entry.text]));
  const tr = (id: string) => text.get(id) ?? '';
  const tasks = new Map(model.tasks.filter((task) => task.list === document.id).map((task) => [task.anchor, task]));
  const pairs: ParallelPair[] = [];
  const walk = (blocks: BlockNode[]) => {
    for (const block of blocks) {
      switch (block.type) {
        case 'paragraph':
          pairs.push({ anchor: block.id, kind: 'text', original: block.text, translation: tr(block.id) });
          break;
        case 'note':
          pairs.push({ anchor: block.id, kind: 'note', marker: block.marker, original: block.text, translation: tr(block.id) });
          break;
        case 'outline':
          if (tasks.has(block.id)) {
            pairs.push({ anchor: block.id, kind: 'task', marker: block.marker, original: `${block.title}${block.lead ?? ''}`, translation: `${tr(block.id)} (${tr(`${block.id}-assignment`)})` });
          } else {
            pairs.push({ anchor: block.id, kind: 'heading', depth: block.depth, marker: block.marker, original: block.title, translation: tr(block.id) });
            if (block.lead) pairs.push({ anchor: `${block.id}-lead`, kind: 'text', original: block.lead, translation: tr(`${block.id}-lead`) });
          }
          walk(block.children);
          break;
        case 'annex':
          pairs.push({ anchor: block.id, kind: 'heading', depth: 1, original: block.title, translation: tr(block.id) });
          walk(block.children);
          break;
        case 'table':
          pairs.push({ anchor: block.id, kind: 'row', original: block.columns.join(' ｜ '), translation: block.columns.map((_, index) => tr(`${block.id}-col-${index + 1}`)).join(' | ') });
          for (const group of block.groups) {
            pairs.push({ anchor: group.id, kind: 'heading', depth: 2, marker: group.marker, original: group.title, translation: tr(group.id) });
            for (const row of group.rows) {
              pairs.push({ anchor: row.id, kind: 'row', original: row.cells.join(' ｜ '), translation: row.cells.map((_, index) => tr(`${row.id}-c${index + 1}`)).join(' | ') });
            }
          }
          break;
      }
    }
  };
  walk(document.blocks);
  return pairs;
}
