import type { BlockNode, PolicyDocument, SourceRef } from '../../src/schema/model.ts';

/** A piece of a document's text and the anchor (element id) its document page gives it. */
export interface AnchoredText {
  anchor: string;
  /** The translation segment holding the same text (seeds/translations/): the anchor, or for a table cell `${row}-c${column}`. */
  segment: string;
  text: string;
  source: SourceRef;
}

/**
 * Every text a document page shows, in reading order, each with the id of the element that holds it:
 * an outline heading (`s3`, `m5`, `task-60`), the rest of its line (`m5-lead`), a paragraph, a note, a
 * table row (`row-3`, one entry per cell). Extractors quote from here, so each quote links back to its place.
 */
export function* anchoredTexts(document: Pick<PolicyDocument, 'blocks'>): Generator<AnchoredText> {
  yield* walk(document.blocks);
}

/** The text a page shows at an anchor (a paragraph, note, heading or the rest of its line), if any. */
export function textAt(document: Pick<PolicyDocument, 'blocks'>, anchor: string): string | undefined {
  for (const entry of anchoredTexts(document)) if (entry.anchor === anchor) return entry.text;
  return undefined;
}

function* walk(blocks: BlockNode[]): Generator<AnchoredText> {
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
      case 'note':
        yield { anchor: block.id, segment: block.id, text: block.text, source: block.source };
        break;
      case 'outline':
        yield { anchor: block.id, segment: block.id, text: block.title, source: block.source };
        if (block.lead) yield { anchor: `${block.id}-lead`, segment: `${block.id}-lead`, text: block.lead, source: block.source };
        yield* walk(block.children);
        break;
      case 'annex':
        yield { anchor: block.id, segment: block.id, text: block.title, source: block.source };
        yield* walk(block.children);
        break;
      case 'table':
        for (const group of block.groups) {
          yield { anchor: group.id, segment: group.id, text: group.title, source: group.source };
          for (const row of group.rows) for (const [index, cell] of row.cells.entries()) yield { anchor: row.id, segment: `${row.id}-c${index + 1}`, text: cell, source: row.source };
        }
        break;
    }
  }
}

/**
 * The sentences of an English text, as quotes are taken from them: a break after . ; ! ? (and a closing
 * quote) that a capital, bracket or quote follows. Like `sentencesOf`, it breaks at the semicolons that
 * join a sentence's parallel clauses, so a quote is the clause that says the thing.
 */
export function englishSentences(text: string): string[] {
  return (
    text
      .split(/(?<=[.;!?]["”’]?)\s+(?=[A-Z(["“‘])/u)
      // A responsibility bracket closes the sentence before it, as 〔…〕 does in the Chinese text.
      .map((sentence) => sentence.replace(/^\[[^\]]*\]\s*/u, ''))
      .filter((sentence) => sentence.trim() !== '')
  );
}

/** The sentences of a Chinese text, each with its closing 。 or ；. */
export function sentencesOf(text: string): string[] {
  return text.match(/[^。；]+[。；]?/gu) ?? [];
}

/** The comma-delimited clause of a sentence that contains the character at `index`. */
export function clauseAt(sentence: string, index: number): string {
  const start = Math.max(...[',', '，', '。', '；'].map((mark) => sentence.lastIndexOf(mark, index - 1))) + 1;
  const ends = [',', '，', '。', '；'].map((mark) => sentence.indexOf(mark, index)).filter((end) => end >= 0);
  return sentence.slice(start, ends.length ? Math.min(...ends) : sentence.length).trim();
}
