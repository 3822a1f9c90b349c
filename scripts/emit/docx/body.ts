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

/** The width of the text on a page, in twips: the library's default A4 page less its one-inch margins. Tables span it. */
export const TEXT_WIDTH = 11_906 - 2 * 1_440;

/**
 * Column widths (twips, spanning TEXT_WIDTH) by what each column holds, so that 序号 is narrow and the
 * task wide: a column's share grows with the square root of its cells' average length (its heading's
 * at least), which keeps one long column from squeezing the others to a character each. Without them
 * LibreOffice draws every column alike.
 */
function columnWidths(headings: string[], rows: string[][]): number[] {
  const length = (text: string) => [...text].length;
  const weights = headings.map((heading, index) => {
    const cells = rows.map((row) => row[index] ?? '');
    const average = cells.reduce((sum, cell) => sum + length(cell), 0) / Math.max(1, cells.length);
    return Math.sqrt(Math.max(length(heading), average, 1));
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => Math.round((TEXT_WIDTH * weight) / total));
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '999999' } as const;
export const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function tableOf(table: TableNode, lang: Lang, textOf: SegmentText, markers: Markers): Table {
  const cell = (text: string, options: { bold?: boolean; columnSpan?: number } = {}) => new TableCell({ columnSpan: options.columnSpan, children: [paragraph(text, lang, { bold: options.bold })] });
  // Word repeats the header row on every page, as the source printed it once per page.
  const headings = table.columns.map((column, index) => textOf(`${table.id}-col-${index + 1}`, column));
  const texts = new Map(table.groups.flatMap((group) => group.rows).map((row) => [row.id, row.cells.map((value, index) => textOf(`${row.id}-c${index + 1}`, value))]));
  const header = new TableRow({ tableHeader: true, children: headings.map((heading) => cell(heading, { bold: true })) });
  const rows = table.groups.flatMap((group) => [
    new TableRow({ children: [cell(groupRowText(group, textOf, markers), { bold: true, columnSpan: table.columns.length })] }),
    ...group.rows.map((row) => new TableRow({ children: texts.get(row.id)!.map((text) => cell(text)) })),
  ]);
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: columnWidths(headings, [...texts.values()]), borders: BORDERS, rows: [header, ...rows] });
}
