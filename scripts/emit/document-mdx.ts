import type { BlockContent, Paragraph, PhrasingContent, Root } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Lang } from '../../src/schema/manifest.ts';
import type { BlockNode, Model, OutlineNode, PolicyDocument, TableNode } from '../../src/schema/model.ts';
import { sentenceAnchor } from '../../src/lib/share/sentence-anchor.ts';
import type { DocumentComponent } from '../../src/components/doc/names.ts';
import { GENERATED_NOTICE } from './generated.ts';
import { englishNoteMarker, englishOutlineMarker } from '../translate/english-markers.ts';
import { sentenceRanges } from '../text/sentences.ts';
import { sentenceBases } from '../text/sentence-anchors.ts';


/** Entity links the components render for outline nodes and rows, keyed by anchor. */
export interface DocumentLinks {
  /** anchor → measure key within this document */
  measures: Map<string, string>;
  /** anchor → task number within this document's list (national or local) */
  tasks: Map<string, string>;
  /** anchor → task category key */
  categories: Map<string, string>;
  /** anchor → measures a paragraph discusses (editorial, seeds/editorial/commentary.json) */
  discusses: Map<string, string[]>;
  /** The document these links are for. */
  document: string;
}

/**
 * The text of each segment in the language being emitted: the original, or a translation keyed by the
 * segment ids of scripts/translate/segments.ts.
 */
export type SegmentText = (segment: string, original: string) => string;
const ORIGINAL: SegmentText = (_segment, original) => original;

/** How markers are printed: as in the source, or in English form for an English translation. */
export interface Markers {
  outline: (marker: string, depth: number, ordinal: number) => string;
  note: (marker: string) => string;
}
const AS_PRINTED: Markers = { outline: (marker) => marker, note: (marker) => marker };
const ENGLISH: Markers = { outline: (_marker, depth, ordinal) => englishOutlineMarker(depth, ordinal), note: englishNoteMarker };

/** The markers of a text in `lang`: English forms for an English translation, else as printed. The Word files print the same. */
export const markersOf = (lang: unknown, translated: boolean): Markers => (translated && lang === 'en' ? ENGLISH : AS_PRINTED);

/** The heading row of an annex table's group, as the page prints it: its marker and title (a space between them in English). */
export const groupRowText = (group: TableNode['groups'][number], textOf: SegmentText, markers: Markers) =>
  `${markers.outline(group.marker, 1, group.ordinal)}${markers === ENGLISH ? ' ' : ''}${textOf(group.id, group.title)}`;

/** A task line as the page prints it: the original as it stands; a translation joins the task and its assignee. */
export const taskLineText = (block: OutlineNode, textOf: SegmentText, translated: boolean) =>
  translated ? `${textOf(block.id, '')} (${textOf(`${block.id}-assignment`, '')})` : `${block.title}${block.lead ?? ''}`;

/**
 * A document as MDX: its metadata as frontmatter and its text as a tree of components. The tree is
 * built as mdast and serialised by mdast-util-to-markdown with the MDX extensions, which escape
 * everything that could be read as code or markup — `{`, `<`, `import`, `export` in the source stay text.
 */
export function documentToMdx(document: { blocks: PolicyDocument['blocks'] } & Record<string, unknown>, links: DocumentLinks, textOf: SegmentText = ORIGINAL): string {
  const { blocks, ...meta } = document;
  const translated = textOf !== ORIGINAL;
  const markers = markersOf(meta.lang, translated);
  const options: EmitOptions = { links, textOf, translated, markers, lang: meta.lang as Lang, bases: sentenceBases(blocks) };
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'yaml', value: JSON.stringify(meta, null, 2) },
      { type: 'mdxFlowExpression', value: `/* ${GENERATED_NOTICE} */` },
      ...blocks.map((block) => blockToMdast(block, options)),
    ],
  };
  return toMarkdown(tree, { extensions: [frontmatterToMarkdown(['yaml']), mdxToMarkdown()] });
}

interface EmitOptions {
  links: DocumentLinks;
  textOf: SegmentText;
  /** True when emitting a translation: task lines are then rebuilt from their two segments. */
  translated: boolean;
  markers: Markers;
  /** The language of the text emitted (the original's, or the translation's): how it splits into sentences. */
  lang: Lang;
  /** The base of each paragraph's and note's sentence anchors (scripts/text/sentence-anchors.ts). */
  bases: Map<string, string>;
}

function blockToMdast(block: BlockNode, options: EmitOptions): MdxJsxFlowElement {
  const { links, textOf, translated, markers, lang, bases } = options;
  const prose = (id: string, value: string) => sentenceSpans(value, bases.get(id)!, lang);
  const children = (blocks: BlockNode[]) => blocks.map((child) => blockToMdast(child, options));
  switch (block.type) {
    case 'paragraph':
      return element('Para', { id: block.id, role: block.role, discusses: links.discusses.get(block.id)?.join(' ') }, [prose(block.id, textOf(block.id, block.text))]);
    case 'note':
      return element('Note', { id: block.id, marker: markers.note(block.marker) }, [prose(block.id, textOf(block.id, block.text))]);
    case 'outline': {
      const task = links.tasks.get(block.id);
      if (task) {
        const line = taskLineText(block, textOf, translated);
        // Text printed under a task line (a note, a stray paragraph) belongs to the task and is shown with it.
        return element('Task', { id: block.id, list: links.document, number: task, marker: markers.outline(block.marker, block.depth, block.ordinal) }, [text(line), ...children(block.children)]);
      }
      const title = element('Title', { document: links.document, depth: String(block.depth), marker: markers.outline(block.marker, block.depth, block.ordinal), measure: links.measures.get(block.id), category: links.categories.get(block.id) }, [text(textOf(block.id, block.title))]);
      const lead = block.lead ? [element('Para', { id: `${block.id}-lead`, role: 'body' }, [prose(`${block.id}-lead`, textOf(`${block.id}-lead`, block.lead))])] : [];
      return element('Section', { id: block.id }, [title, ...lead, ...children(block.children)]);
    }
    case 'annex':
      return element('Annex', { id: block.id }, [element('Title', { depth: '1', marker: '' }, [text(textOf(block.id, block.title))]), ...children(block.children)]);
    case 'table':
      return tableToMdast(block, textOf, markers);
  }
}

function tableToMdast(table: TableNode, textOf: SegmentText, markers: Markers): MdxJsxFlowElement {
  const header = element('TableHead', {}, [element('Row', {}, table.columns.map((column, index) => element('Cell', { header: 'true' }, [text(textOf(`${table.id}-col-${index + 1}`, column))])))]);
  // One row group per group of the annex, so its heading row's scope="rowgroup" covers exactly its tasks.
  const groups = table.groups.map((group) =>
    element('RowGroup', {}, [
      element('GroupRow', { id: group.id, span: String(table.columns.length) }, [text(groupRowText(group, textOf, markers))]),
      ...group.rows.map((row) => element('Row', { id: row.id }, row.cells.map((cell, index) => element('Cell', {}, [text(textOf(`${row.id}-c${index + 1}`, cell))])))),
    ]),
  );
  return element('AnnexTable', { id: table.id, repeats: String(table.headerRepeats) }, [header, ...groups]);
}

function element(name: DocumentComponent, attributes: Record<string, string | undefined>, children: Array<BlockContent | MdxJsxFlowElement | Paragraph>): MdxJsxFlowElement {
  const attrs: MdxJsxAttribute[] = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value }));
  return { type: 'mdxJsxFlowElement', name, attributes: attrs, children: children as MdxJsxFlowElement['children'] };
}

function text(value: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value }] };
}

/**
 * Running text, each sentence a `<span id>` holding it as text (escaped like any other text), what lies
 * between two sentences (an English space) left between them: the page reads exactly as before.
 * The `<p>` is written out: MDX unravels a paragraph of nothing but elements and spaces into bare
 * elements, which would drop the paragraph and the spaces between its sentences.
 */
function sentenceSpans(value: string, base: string, lang: Lang): Paragraph {
  const children: PhrasingContent[] = [];
  let from = 0;
  for (const [index, { start, end }] of sentenceRanges(value, lang).entries()) {
    if (start > from) children.push({ type: 'text', value: value.slice(from, start) });
    const span: MdxJsxTextElement = { type: 'mdxJsxTextElement', name: 'span', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: sentenceAnchor(base, index + 1) }], children: [{ type: 'text', value: value.slice(start, end) }] };
    children.push(span);
    from = end;
  }
  if (from < value.length) children.push({ type: 'text', value: value.slice(from) });
  return { type: 'paragraph', children: [{ type: 'mdxJsxTextElement', name: 'p', attributes: [], children }] };
}

/** The entity links of one document, keyed by the anchors of its outline nodes and table rows. */
export function documentLinksOf(model: Model, document: string): DocumentLinks {
  return {
    document,
    measures: new Map(model.measures.filter((measure) => measure.document === document).map((measure) => [measure.anchor, measure.key])),
    tasks: new Map([
      ...model.tasks.filter((task) => task.list === document).map((task) => [task.anchor, String(task.number)] as const),
      ...model.localTasks.filter((task) => task.document === document).map((task) => [task.anchor, String(task.number)] as const),
    ]),
    categories: new Map(model.categories.filter((category) => category.list === document).map((category) => [category.anchor, category.key])),
    discusses: model.commentary
      .filter((link) => link.document === document)
      .reduce((map, link) => map.set(link.anchor, [...new Set([...(map.get(link.anchor) ?? []), ...link.measures])]), new Map<string, string[]>()),
  };
}
