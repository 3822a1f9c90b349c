/**
 * One Word file: its text in a page with the source and the retrieval address in the footer, packed
 * with the docx library and then zipped again with fixed dates, so a rebuild of the same edition writes
 * the same bytes (the library stamps every file and the document properties with the time of packing).
 */
import { Document, Footer, Packer, type Paragraph, type Table } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import type { Lang } from '../../../src/schema/manifest.ts';
import { paragraph } from './runs.ts';

export interface WordFile {
  /** The document's title, for the file's properties. */
  title: string;
  /** The words of the site that made it (its name), for the file's properties. */
  creator: string;
  /** The text: the title and notices first, then the body. */
  children: Array<Paragraph | Table>;
  /** The footer's lines on every page, each with the language it is written in. */
  footer: Array<{ text: string; lang: Lang }>;
  /** YYYY-MM-DD: the edition's date (src/lib/edition-date.ts), the file's creation date. */
  date: string;
}

const FOOTER_SIZE = 14; // half-points: 7 pt, so the reference fits on two lines at most

export async function packWordFile(file: WordFile): Promise<Uint8Array> {
  const document = new Document({
    title: file.title,
    creator: file.creator,
    lastModifiedBy: file.creator,
    // The library's title is 28 pt and its headings blue: a policy text's are its own size and black.
    styles: { default: { title: { run: { size: 36, bold: true } }, ...Object.fromEntries(['heading1', 'heading2', 'heading3', 'heading4'].map((name) => [name, { run: { color: '000000' } }])) } },
    sections: [{ footers: { default: new Footer({ children: file.footer.map((line) => paragraph(line.text, line.lang, { size: FOOTER_SIZE })) }) }, children: file.children }],
  });
  const packed = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
  const stamp = `${file.date}T00:00:00Z`;
  const core = new TextDecoder().decode(packed['docProps/core.xml']);
  packed['docProps/core.xml'] = new TextEncoder().encode(core.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`));
  return zipSync(packed, { mtime: new Date(`${file.date}T00:00:00`) });
}
