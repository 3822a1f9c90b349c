/**
 * Reads emitted MDX back with the MDX parser the site build uses (satteri, with the build's syntax
 * options) and reports anything that is not the emitter's own shape: a generated-notice comment, the
 * document components with literal attributes, and paragraphs of plain text — a paragraph's or note's
 * text as `<p>` holding its sentences, each a `<span id>` with a sentence anchor and nothing but text
 * (scripts/emit/document-mdx.ts). An expression, an
 * import/export, an unknown element or any Markdown construct means source text turned into code.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { DOCUMENT_COMPONENTS } from '../../src/components/doc/names.ts';
import { GENERATED_NOTICE } from '../../scripts/emit/generated.ts';
import { MDX_SYNTAX } from '../../src/lib/mdx-syntax.ts';
import { SENTENCE_ANCHOR } from '../../src/lib/share/sentence-anchor.ts';

const COMPONENTS = new Set<string>(DOCUMENT_COMPONENTS);

export interface MdxReading {
  /** What is not plain text inside the document components. */
  findings: string[];
  /** All text the MDX holds, in order. */
  text: string;
}

type Node = MdastNode & { children?: Node[]; value?: string; name?: string | null; attributes?: Array<{ type: string; name?: string; value?: unknown }>; position?: { start: { line: number } } };

/**
 * The emitter's sentence markup: a `<p>` without attributes as the text of a Para or Note (read as a
 * flow or a text element, as the parser takes the line), and in it `<span id>`s with a sentence anchor
 * holding only text.
 */
function isSentenceMarkup(node: Node, parent: Node | undefined): boolean {
  const attributes = node.attributes ?? [];
  if (node.name === 'p') return attributes.length === 0 && (parent?.type === 'paragraph' || parent?.name === 'Para' || parent?.name === 'Note');
  const [id] = attributes;
  return node.name === 'span' && parent?.name === 'p' && attributes.length === 1 && id!.type === 'mdxJsxAttribute' && id!.name === 'id' && typeof id!.value === 'string' && SENTENCE_ANCHOR.test(id!.value) && (node.children ?? []).every((child) => child.type === 'text');
}

export function readMdx(mdx: string): MdxReading {
  const root = mdxToMdast(mdx, { features: MDX_SYNTAX }) as Node;
  const findings: string[] = [];
  let text = '';
  const where = (node: Node) => `line ${node.position?.start.line ?? '?'}`;
  const visit = (node: Node, top: boolean, index: number, parent?: Node) => {
    switch (node.type) {
      case 'yaml':
        if (!(top && index === 0)) findings.push(`front matter at ${where(node)}`);
        return;
      case 'mdxFlowExpression':
        if (!(top && index === 1 && node.value === `/* ${GENERATED_NOTICE} */`)) findings.push(`expression {${String(node.value).slice(0, 40)}} at ${where(node)}`);
        return;
      case 'mdxJsxTextElement':
        if (!isSentenceMarkup(node, parent)) {
          findings.push(`${node.type} at ${where(node)}`);
          return;
        }
        break;
      case 'mdxJsxFlowElement':
        if (isSentenceMarkup(node, parent)) break;
        if (!COMPONENTS.has(node.name ?? '')) findings.push(`element <${node.name ?? ''}> at ${where(node)}`);
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') findings.push(`computed attribute ${attribute.name ?? '{…}'} on <${node.name}> at ${where(node)}`);
        }
        break;
      case 'paragraph':
        break;
      case 'text':
        text += node.value ?? '';
        return;
      default:
        findings.push(`${node.type} at ${where(node)}`);
        return;
    }
    (node.children ?? []).forEach((child, childIndex) => visit(child, false, childIndex, node));
  };
  (root.children ?? []).forEach((child, index) => visit(child, true, index));
  return { findings, text };
}
