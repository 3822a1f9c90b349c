/**
 * Reads a Word file back for the tests: unzips it (fflate, which the docx package itself zips with)
 * and takes the text of each paragraph of word/document.xml — table cells' paragraphs included, in
 * document order — as the runs hold it, XML entities decoded. The docx library writes one `<w:t>` per
 * run; nothing else in a paragraph holds text.
 */
import { unzipSync } from 'fflate';

export interface WordParts {
  /** word/document.xml as written. */
  xml: string;
  /** The text of each paragraph of the document's body. */
  paragraphs: string[];
  /** The text of the footers, paragraph by paragraph. */
  footer: string[];
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (text: string) => text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => (name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? whole)));

function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map((match) => [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((run) => decode(run[1]!)).join(''));
}

export function readWordFile(bytes: Uint8Array): WordParts {
  const files = unzipSync(bytes);
  const text = (name: string) => new TextDecoder().decode(files[name]);
  const xml = text('word/document.xml');
  const footers = Object.keys(files).filter((name) => /^word\/footer\d*\.xml$/.test(name)).sort();
  return { xml, paragraphs: paragraphsOf(xml), footer: footers.flatMap((name) => paragraphsOf(text(name))) };
}
