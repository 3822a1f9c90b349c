import type { Measure, OutlineNode } from '../../src/schema/model.ts';
import { SeedError } from '../lib/seed-error.ts';
import type { ParsedDocument } from '../parse/parse-seed.ts';
import { readResponsibilities } from './responsibilities.ts';
import { childParagraphs, outlineNodes } from './walk.ts';

const DEADLINE = /完成时限[:：]\s*(\d{4})年(\d{1,2})月/u;
/** A numeric target: the clause ending in "N项以上" / "N个以上". */
const TARGET = /([^。；，,]*?(\d+)(项|个)以上)/u;

function readTarget(text: string): { atLeast: number; unit: string; clause: string } | undefined {
  const match = TARGET.exec(text);
  return match ? { atLeast: Number(match[2]), unit: match[3]!, clause: match[1]! } : undefined;
}

/** The text after an outline node's title: its lead (anchor `${id}-lead`, as the document page prints it) and its paragraphs. */
function piecesOf(node: OutlineNode): Array<{ anchor: string; text: string }> {
  return [...(node.lead ? [{ anchor: `${node.id}-lead`, text: node.lead }] : []), ...childParagraphs(node).map((paragraph) => ({ anchor: paragraph.id, text: paragraph.text }))];
}

/** The measures of a document: the outline nodes its manifest entry selects. */
export function buildMeasures(document: ParsedDocument): Measure[] {
  const spec = document.entry.measures!;
  const measures: Measure[] = [];
  for (const { node, ancestors } of outlineNodes(document.blocks)) {
    if (node.depth !== spec.depth) continue;
    const section = ancestors.find((ancestor) => ancestor.depth === 1);
    if (!section) throw new SeedError(node.source.file, node.source.line, `measure ${node.marker} stands outside any section (一、…)`);
    if (spec.sections && !spec.sections.includes(section.ordinal)) continue;
    const parent = spec.depth === 3 ? ancestors.find((ancestor) => ancestor.depth === 2) : undefined;
    const key = spec.numbering === 'continuous' ? String(node.ordinal) : [section.ordinal, parent?.ordinal, node.ordinal].filter((part) => part !== undefined).join('-');
    const body = piecesOf(node);
    const deadline = DEADLINE.exec(`${node.title}${node.lead ?? ''}`);
    measures.push({
      id: `${document.entry.id}-${key}`,
      document: document.entry.id,
      key,
      marker: node.marker,
      number: node.ordinal,
      title: node.title,
      body,
      items: node.children.filter((child): child is OutlineNode => child.type === 'outline').map((item) => {
        const pieces = piecesOf(item);
        const text = pieces.map((piece) => piece.text).join('');
        const target = readTarget(text);
        return { marker: item.marker, title: item.title, text, anchor: item.id, parts: pieces.map((piece) => piece.anchor), ...(target ? { target } : {}) };
      }),
      section: { ordinal: section.ordinal, marker: section.marker, title: section.title, anchor: section.id },
      ...(parent ? { parent: { marker: parent.marker, title: parent.title, anchor: parent.id } } : {}),
      label: spec.label,
      anchor: node.id,
      ...(deadline ? { deadline: `${deadline[1]}-${deadline[2]!.padStart(2, '0')}` } : {}),
      responsibilities: spec.responsibilityBrackets ? readResponsibilities(body.map((piece) => piece.text).join('')) : [],
      truncated: false,
      source: node.source,
    });
  }
  if (measures.length === 0) throw new SeedError(`seeds/${document.seed.file}`, undefined, `no measures found in "${document.entry.id}" for the selection in seeds/manifest.json`);
  if (document.entry.truncated) measures.at(-1)!.truncated = true;
  return measures;
}
