/**
 * A document's text as Word paragraphs and tables, in the order and with the markers the document page
 * shows (scripts/emit/document-mdx.ts writes the page's MDX from the same blocks, segment texts and
 * markers): headings at their depth with their numbering as printed (or in English form in an English
 * translation), paragraphs, task lines, notes, and the annex table with its group rows.
 */
import { BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { BlockNode, TableNode } from '../../../src/schema/model.ts';
import type { Lang } from '../../../src/schema/manifest.ts';
import { groupRowText, markersOf, taskLineText, type Markers, type SegmentText } from '../document-mdx.ts';
import { heading, paragraph } from './runs.ts';

interface BodyOptions {
  lang: Lang;
  textOf: SegmentText;
  /** True for a translation: task lines are rebuilt from their two segments, markers take the English form. */
  translated: boolean;
  /** The anchors of the outline nodes that are task lines (DocumentLinks.tasks). */
  tasks: ReadonlyMap<string, string>;
}

export function bodyOf(blocks: BlockNode[], { lang, textOf, translated, tasks }: BodyOptions): Array<Paragraph | Table> {
  const markers = markersOf(lang, translated);
  const out: Array<Paragraph | Table> = [];
  const walk = (nodes: BlockNode[]) => {
    for (const block of nodes) {
      switch (block.type) {
        case 'paragraph':
          out.push(paragraph(textOf(block.id, block.text), lang));
          break;
        case 'note':
          out.push(paragraph(`${markers.note(block.marker)}${textOf(block.id, block.text)}`, lang));
          break;
        case 'outline': {
          const marker = markers.outline(block.marker, block.depth, block.ordinal);
          if (tasks.has(block.id)) {
            out.push(paragraph(`${marker}${taskLineText(block, textOf, translated)}`, lang));
          } else {
            out.push(heading(`${marker}${textOf(block.id, block.title)}`, lang, block.depth));
            if (block.lead) out.push(paragraph(textOf(`${block.id}-lead`, block.lead), lang));
          }
          walk(block.children);
          break;
        }
        case 'annex':
          out.push(heading(textOf(block.id, block.title), lang, 1));
          walk(block.children);
          break;
        case 'table':
          out.push(tableOf(block, lang, textOf, markers));
          break;
      }
    }
  };
  walk(blocks);
  return out;
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '999999' } as const;
export const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function tableOf(table: TableNode, lang: Lang, textOf: SegmentText, markers: Markers): Table {
  const cell = (text: string, options: { bold?: boolean; columnSpan?: number } = {}) => new TableCell({ columnSpan: options.columnSpan, children: [paragraph(text, lang, { bold: options.bold })] });
  // Word repeats the header row on every page, as the source printed it once per page.
  const header = new TableRow({ tableHeader: true, children: table.columns.map((column, index) => cell(textOf(`${table.id}-col-${index + 1}`, column), { bold: true })) });
  const rows = table.groups.flatMap((group) => [
    new TableRow({ children: [cell(groupRowText(group, textOf, markers), { bold: true, columnSpan: table.columns.length })] }),
    ...group.rows.map((row) => new TableRow({ children: row.cells.map((value, index) => cell(textOf(`${row.id}-c${index + 1}`, value))) })),
  ]);
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: BORDERS, rows: [header, ...rows] });
}
