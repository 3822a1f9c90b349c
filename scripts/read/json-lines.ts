/**
 * The line each value of a JSON text starts on, by its path (`["departments", "shang-wu-bu", 0, "text"]`),
 * so that a problem found after parsing can still be reported as `file:line`. The text is read with
 * jsonc-parser (VS Code's), which keeps every node's offset: a key repeated elsewhere in the file is
 * found where the path says, never at its first occurrence. Only for text that JSON.parse accepted.
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

export type JsonPath = readonly (string | number)[];

export function jsonLines(raw: string): (path: JsonPath) => number | undefined {
  const tree = parseTree(raw);
  const lineStarts = [...raw.matchAll(/\n/g)].map((match) => match.index);
  /** 1-based: the number of line breaks before the offset, plus one. */
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (lineStarts[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
  // A member's line is its key's (where an editor looks for it), not its value's.
  const start = (node: Node) => (node.parent?.type === 'property' ? node.parent.offset : node.offset);
  return (path) => {
    if (!tree) return undefined;
    // A path into a value that has no line of its own (a zod issue about a missing key) falls back to its parent.
    for (let length = path.length; length >= 0; length--) {
      const node = length === 0 ? tree : findNodeAtLocation(tree, [...path.slice(0, length)]);
      if (node) return lineAt(start(node));
    }
    return undefined;
  };
}
