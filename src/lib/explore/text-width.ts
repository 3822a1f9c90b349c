/**
 * Rough widths of label text, for laying out SVG charts at build time without measuring fonts: a CJK
 * character is about 1 em wide, Latin letters and digits about 0.6 em. Used only to leave room, never
 * to cut a label short.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF（），、：]/u.test(char) ? 1 : 0.6;
  return ems * fontSize;
}

/** Breaks a label into lines no wider than `max`: at spaces in Latin text, anywhere in CJK text. */
export function wrapLabel(text: string, fontSize: number, max: number): string[] {
  if (textWidth(text, fontSize) <= max) return [text];
  // Latin words stay whole (with the space after them); CJK text may break at any character.
  const pieces = text.match(/[A-Za-z0-9'’“”"()\-–.,:;/&]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line && textWidth(line + piece, fontSize) > max) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}
