import type { DocumentEntry, SeedEntry } from '../../src/schema/manifest.ts';
import type { AnnexNode, BlockNode, CleaningReport, ParagraphNode } from '../../src/schema/model.ts';
import { applyCleaning } from '../clean/apply-cleaning.ts';
import type { SourceLine } from '../lib/source-line.ts';
import type { ReadSeed } from '../read/read-seed.ts';
import { parseAnnexTable } from './annex-table.ts';
import { SOURCE_LINE } from './paragraph-roles.ts';
import { IdAllocator, parseOutline, type OutlineContext } from './outline.ts';
import { splitParts } from './split-parts.ts';

/** A document as parsed: its manifest entry, its tree and what cleaning did to it. */
export interface ParsedDocument {
  entry: DocumentEntry;
  seed: SeedEntry;
  blocks: BlockNode[];
  /** The source lines printing its title. */
  headingLines: SourceLine[];
  cleaning: CleaningReport[];
  /** Encoding repairs made when reading the file. */
  repairs: string[];
}

/** Cleans one seed as declared and parses each document in it into a tree. */
export function parseSeed(read: ReadSeed, seed: SeedEntry): ParsedDocument[] {
  const { lines, reports } = applyCleaning(read.lines, seed.cleaning, read.label);
  const parts = splitParts(lines, seed, read.label);
  return parts.map((part) => {
    const ids = new IdAllocator();
    const context: OutlineContext = { file: read.label, lang: seed.lang, ids, anchorFor: anchorPolicy(part.entry) };
    const blocks: BlockNode[] = [...part.front.filter((line) => line.text.trim() !== '').map((line) => frontParagraph(line, read.label, ids))];
    blocks.push(...parseOutline(part.body, context));
    if (part.annex && part.entry.annex) {
      const { table, rest } = parseAnnexTable(part.annex.body, part.entry.annex.table, read.label, ids);
      const annex: AnnexNode = {
        type: 'annex',
        id: ids.claim('annex'),
        title: part.entry.annex.heading,
        source: { file: read.label, line: part.annex.headingLines[0]!.line },
        children: [table, ...parseOutline(rest, context)],
      };
      blocks.push(annex);
    }
    return { entry: part.entry, seed, blocks, headingLines: part.headingLines, cleaning: reportsFor(reports, part.body, part.front, part.headingLines, part.annex?.body), repairs: read.repairs };
  });
}

/** Readable anchors where the numbering is the reader's own reference: #task-60, #m5. */
function anchorPolicy(entry: DocumentEntry): OutlineContext['anchorFor'] {
  return (path, marker) => {
    if (entry.taskList && marker.depth === entry.taskList.depth) return `task-${marker.ordinal}`;
    if (entry.measures?.numbering === 'continuous' && marker.depth === entry.measures.depth) return `m${marker.ordinal}`;
    return undefined;
  };
}

function frontParagraph(line: SourceLine, file: string, ids: IdAllocator): ParagraphNode {
  const role = SOURCE_LINE.test(line.text.trim()) ? 'source' : 'lead';
  return { type: 'paragraph', id: ids.next('p'), role, text: line.text.trim(), source: { file, line: line.line } };
}

/** Before/after examples shown per rule on a document page. */
const EXAMPLES_SHOWN = 4;

/** A cleaning report narrowed to the lines of one document of a multi-document seed. */
function reportsFor(reports: CleaningReport[], ...groups: Array<SourceLine[] | undefined>): CleaningReport[] {
  const lineNumbers = groups.flatMap((group) => group ?? []).map((line) => line.line);
  if (lineNumbers.length === 0) return reports.map((report) => ({ ...report, examples: report.examples.slice(0, EXAMPLES_SHOWN) }));
  const first = Math.min(...lineNumbers);
  const last = Math.max(...lineNumbers);
  const inRange = (line: number) => line >= first && line <= last;
  return reports.map((report) => {
    // Furniture is cut before the text is split into documents, so it belongs to every document of the file.
    if (report.rule === 'page-furniture') return { ...report, examples: report.examples.slice(0, EXAMPLES_SHOWN) };
    const lines = report.lines.filter(inRange);
    return { ...report, changes: lines.length, lines, examples: report.examples.filter((example) => inRange(example.line)).slice(0, EXAMPLES_SHOWN) };
  });
}
