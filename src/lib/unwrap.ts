/**
 * MDX wraps the text child of a component in <p>; headings and table cells want it bare. The input is
 * HTML Astro has already rendered and escaped, so only the outer tags are removed.
 */
export function unwrapParagraph(html: string): string {
  const match = /^\s*<p>([\s\S]*)<\/p>\s*$/.exec(html);
  return match ? match[1]! : html;
}
