/**
 * The ¶ permalink of a paragraph, task line, section or table row on a document page: a real link to
 * the anchor (it works without scripts and by keyboard), labelled for screen readers; the script in
 * Base also copies its absolute URL. Rendered as an HTML string for components that place it inside
 * markup their slot renders (a section's heading, a row's first cell).
 */
export function permalinkHtml(id: string, label: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<a class="permalink" href="#${escape(id)}" aria-label="${escape(label)}" data-pagefind-ignore>¶</a>`;
}

/** Puts `html` right after the opening tag of the first element matching `tag` (h2–h5, td/th). */
export function insertAfterFirstOpening(markup: string, tag: RegExp, html: string): string {
  const match = tag.exec(markup);
  if (!match) return markup;
  const end = match.index + match[0].length;
  return markup.slice(0, end) + html + markup.slice(end);
}
