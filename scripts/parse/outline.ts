import type { BlockNode, NoteNode, OutlineNode, ParagraphNode } from '../../src/schema/model.ts';
import type { Lang } from '../../src/schema/manifest.ts';
import { SeedError } from '../lib/seed-error.ts';
import type { SourceLine } from '../lib/source-line.ts';
import { readMarker, type Marker } from '../text/markers.ts';
import { classifyParagraphs } from './paragraph-roles.ts';

export interface OutlineContext {
  /** Seed file label for messages. */
  file: string;
  lang: Lang;
  /** Ids already used in the document (paragraph counters continue across parts of one document). */
  ids: IdAllocator;
  /** Anchor for an outline node; defaults to its path of ordinals (s3-5-60). */
  anchorFor?: (path: number[], marker: Marker) => string | undefined;
}

/** Hands out the sequential ids of a document: p1, p2 … for paragraphs, note-1 … for notes. */
export class IdAllocator {
  private readonly counters = new Map<string, number>();
  private readonly used = new Set<string>();

  next(prefix: string): string {
    const value = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, value);
    return this.claim(`${prefix}${value}`);
  }

  /**
   * Takes an anchor. An anchor made from the text (a section number, a row number) can repeat when the
   * text repeats a number in another part of the document, which is an input error at that line;
   * without a line it is a bug in the parser.
   */
  claim(id: string, where?: { file: string; line: number }): string {
    if (this.used.has(id)) {
      if (where) throw new SeedError(where.file, where.line, `this line would be a second #${id} in the document: its number repeats one given earlier (check the numbering, or a line that interrupts a table)`);
      throw new Error(`anchor id "${id}" is used twice in one document`);
    }
    this.used.add(id);
    return id;
  }
}

/** An English heading as the interpretation prints them: a short line in quotation marks. */
const QUOTED_HEADING = /^"[^"]{5,160}"$/u;
/** A note block starts with 注： (optionally followed by its first numbered note). */
const NOTE_START = /^注[:：]\s*/u;

/**
 * Builds the outline tree of a run of lines using the markers of Chinese official documents:
 * 一、 sections, （一） sub-sections, 1. items, （1） sub-items. Numbering must run without gaps:
 * each node is either the first of its parent (1, or continuing the document-wide count) or follows
 * its previous sibling.
 */
export function parseOutline(lines: SourceLine[], context: OutlineContext): BlockNode[] {
  const root: BlockNode[] = [];
  const stack: OutlineNode[] = [];
  const lastAtDepth = new Map<number, number>();
  let inNotes = false;

  const container = (): BlockNode[] => stack.at(-1)?.children ?? root;

  for (const entry of lines) {
    const text = entry.text.trim();
    if (text === '') continue;

    const noteStart = NOTE_START.exec(text);
    if (noteStart || inNotes) {
      const note = parseNote(noteStart ? text.slice(noteStart[0].length) : text, noteStart ? noteStart[0].trim() : '', entry, context, inNotes && !noteStart);
      if (note) {
        inNotes = true;
        container().push(note);
        continue;
      }
      inNotes = false;
    }

    const marker = context.lang === 'en' ? englishHeading(text, root) : readMarker(text);
    if (!marker) {
      container().push(paragraph(text, entry, context));
      continue;
    }

    while (stack.length > 0 && stack.at(-1)!.depth >= marker.depth) stack.pop();
    const siblings = container().filter((node): node is OutlineNode => node.type === 'outline' && node.depth === marker.depth);
    checkNumbering(marker, siblings.at(-1), lastAtDepth.get(marker.depth), entry, context.file);
    lastAtDepth.set(marker.depth, marker.ordinal);

    const path = [...stack.map((node) => node.ordinal), marker.ordinal];
    const id = context.ids.claim(context.anchorFor?.(path, marker) ?? `s${path.join('-')}`, { file: context.file, line: entry.line });
    const { title, lead } = splitTitle(marker.rest, marker.depth);
    const node: OutlineNode = {
      type: 'outline',
      id,
      depth: marker.depth,
      marker: marker.text,
      ordinal: marker.ordinal,
      title,
      ...(lead ? { lead } : {}),
      source: { file: context.file, line: entry.line },
      children: [],
    };
    container().push(node);
    stack.push(node);
  }
  classifyParagraphs(root);
  return liftClosingLines(root);
}

function checkNumbering(marker: Marker, previous: OutlineNode | undefined, lastAtDepth: number | undefined, entry: SourceLine, file: string): void {
  const expected = previous ? [previous.ordinal + 1] : [1, ...(lastAtDepth === undefined ? [] : [lastAtDepth + 1])];
  if (expected.includes(marker.ordinal)) return;
  const problem =
    previous && marker.ordinal === previous.ordinal
      ? `duplicate outline number ${marker.text} (the previous item has the same number)`
      : `outline numbering jumps to ${marker.text}; expected number ${expected.join(' or ')} here`;
  throw new SeedError(file, entry.line, problem);
}

/** The heading of a （一） or 1. node is its first sentence when the line goes on after it (a stray 。 right after the marker ends none). */
function splitTitle(rest: string, depth: number): { title: string; lead?: string } {
  if (depth === 1) return { title: rest };
  const stop = rest.indexOf('。');
  if (stop <= 0 || stop === rest.length - 1) return { title: rest };
  return { title: rest.slice(0, stop + 1), lead: rest.slice(stop + 1).trim() };
}

function englishHeading(text: string, root: BlockNode[]): Marker | undefined {
  if (!QUOTED_HEADING.test(text) || /\.\s*"$/u.test(text)) return undefined;
  const previous = root.filter((node): node is OutlineNode => node.type === 'outline').length;
  return { depth: 1, text: '', ordinal: previous + 1, rest: text };
}

function paragraph(text: string, entry: SourceLine, context: OutlineContext): ParagraphNode {
  return { type: 'paragraph', id: context.ids.next('p'), role: 'body', text, source: { file: context.file, line: entry.line } };
}

function parseNote(text: string, label: string, entry: SourceLine, context: OutlineContext, continuing: boolean): NoteNode | undefined {
  const marker = readMarker(text);
  if (continuing && (!marker || marker.depth !== 3)) return undefined;
  const printed = `${label}${marker && marker.depth === 3 ? marker.text : ''}`;
  return {
    type: 'note',
    id: context.ids.next('note-'),
    marker: printed,
    text: marker && marker.depth === 3 ? marker.rest : text,
    source: { file: context.file, line: entry.line },
  };
}

/** Signature, date and annex label close the document, not its last section: move them to the top level. */
function liftClosingLines(root: BlockNode[]): BlockNode[] {
  const last = root.at(-1);
  if (last?.type !== 'outline') return root;
  let innermost: OutlineNode = last;
  while (innermost.children.at(-1)?.type === 'outline') innermost = innermost.children.at(-1) as OutlineNode;
  const lifted: BlockNode[] = [];
  while (true) {
    const tail = innermost.children.at(-1);
    if (tail?.type !== 'paragraph' || !CLOSING_ROLES.has(tail.role)) break;
    lifted.unshift(innermost.children.pop()!);
  }
  return [...root, ...lifted];
}

const CLOSING_ROLES = new Set<ParagraphNode['role']>(['date', 'signature', 'label']);
