import type { BlockContent, Paragraph, Root } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { BlockNode, Model, PolicyDocument, TableNode } from '../../src/schema/model.ts';
import { GENERATED_NOTICE } from './generated.ts';

/** Entity links the components render for outline nodes and rows, keyed by anchor. */
export interface DocumentLinks {
  /** anchor → measure key within this document */
  measures: Map<string, string>;
  /** anchor → task number within this document's list (national or local) */
  tasks: Map<string, string>;
  /** anchor → task category key */
  categories: Map<string, string>;
  /** The document these links are for. */
  document: string;
}

/**
 * A document as MDX: its metadata as frontmatter and its text as a tree of components. The tree is
 * built as mdast and serialised by mdast-util-to-markdown with the MDX extensions, which escape
 * everything that could be read as code or markup — `{`, `<`, `import`, `export` in the source stay text.
 */
export function documentToMdx(document: PolicyDocument, links: DocumentLinks): string {
  const { blocks, ...meta } = document;
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'yaml', value: JSON.stringify(meta, null, 2) },
      { type: 'mdxFlowExpression', value: `/* ${GENERATED_NOTICE} */` },
      ...blocks.map((block) => blockToMdast(block, links)),
    ],
  };
  return toMarkdown(tree, { extensions: [frontmatterToMarkdown(['yaml']), mdxToMarkdown()] });
}

function blockToMdast(block: BlockNode, links: DocumentLinks): MdxJsxFlowElement {
  switch (block.type) {
    case 'paragraph':
      return element('Para', { id: block.id, role: block.role }, [text(block.text)]);
    case 'note':
      return element('Note', { id: block.id, marker: block.marker }, [text(block.text)]);
    case 'outline': {
      const task = links.tasks.get(block.id);
      if (task) return element('Task', { id: block.id, list: links.document, number: task, marker: block.marker }, [text(`${block.title}${block.lead ?? ''}`)]);
      const title = element('Title', { document: links.document, depth: String(block.depth), marker: block.marker, measure: links.measures.get(block.id), category: links.categories.get(block.id) }, [text(block.title)]);
      const lead = block.lead ? [element('Para', { id: `${block.id}-lead`, role: 'body' }, [text(block.lead)])] : [];
      return element('Section', { id: block.id }, [title, ...lead, ...block.children.map((child) => blockToMdast(child, links))]);
    }
    case 'annex':
      return element('Annex', { id: block.id }, [element('Title', { depth: '1', marker: '' }, [text(block.title)]), ...block.children.map((child) => blockToMdast(child, links))]);
    case 'table':
      return tableToMdast(block);
  }
}

function tableToMdast(table: TableNode): MdxJsxFlowElement {
  const header = element('TableHead', {}, [element('Row', {}, table.columns.map((column) => element('Cell', { header: 'true' }, [text(column)])))]);
  // One row group per group of the annex, so its heading row's scope="rowgroup" covers exactly its tasks.
  const groups = table.groups.map((group) =>
    element('RowGroup', {}, [
      element('GroupRow', { id: group.id, span: String(table.columns.length) }, [text(`${group.marker}${group.title}`)]),
      ...group.rows.map((row) => element('Row', { id: row.id }, row.cells.map((cell) => element('Cell', {}, [text(cell)])))),
    ]),
  );
  return element('AnnexTable', { id: table.id, repeats: String(table.headerRepeats) }, [header, ...groups]);
}

function element(name: string, attributes: Record<string, string | undefined>, children: Array<BlockContent | MdxJsxFlowElement | Paragraph>): MdxJsxFlowElement {
  const attrs: MdxJsxAttribute[] = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value }));
  return { type: 'mdxJsxFlowElement', name, attributes: attrs, children: children as MdxJsxFlowElement['children'] };
}

function text(value: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value }] };
}

/** The entity links of one document, keyed by the anchors of its outline nodes and table rows. */
export function linksOf(model: Model, document: string): DocumentLinks {
  return {
    document,
    measures: new Map(model.measures.filter((measure) => measure.document === document).map((measure) => [measure.anchor, measure.key])),
    tasks: new Map([
      ...model.tasks.filter((task) => task.list === document).map((task) => [task.anchor, String(task.number)] as const),
      ...model.localTasks.filter((task) => task.document === document).map((task) => [task.anchor, String(task.number)] as const),
    ]),
    categories: new Map(model.categories.filter((category) => category.list === document).map((category) => [category.anchor, category.key])),
  };
}
