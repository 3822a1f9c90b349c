import { readFile } from 'node:fs/promises';
import { SeedError } from '../lib/seed-error.ts';
import type { SourceLine } from '../lib/source-line.ts';

export interface ReadSeed {
  /** Path as shown in messages, e.g. seeds/000_….txt. */
  label: string;
  lines: SourceLine[];
  /** Encoding repairs made on reading (BOM, CRLF), reported on the document page. */
  repairs: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads a seed as strict UTF-8 and splits it into numbered lines; refuses what cannot be text. */
export async function readSeed(path: string, label: string): Promise<ReadSeed> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw new SeedError(label, undefined, 'cannot read the file (is it listed in the manifest but missing?)', { cause });
  }
  return decodeSeed(bytes, label);
}

function decodeSeed(bytes: Uint8Array, label: string): ReadSeed {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (cause) {
    const line = lineOfFirstInvalidByte(bytes);
    throw new SeedError(label, line, 'the file is not valid UTF-8 text; convert it to UTF-8 (e.g. iconv -f GB18030 -t UTF-8)', { cause });
  }
  const repairs: string[] = [];
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    repairs.push('removed a byte-order mark (BOM) at the start of the file');
  }
  if (text.includes('\r')) {
    const count = (text.match(/\r\n?/g) ?? []).length;
    text = text.replace(/\r\n?/g, '\n');
    repairs.push(`normalised ${count} CRLF/CR line endings to LF`);
  }
  if (text.trim() === '') {
    throw new SeedError(label, undefined, 'the file is empty');
  }
  const lines = text.split('\n').map((value, index) => ({ line: index + 1, text: value }));
  if (lines.at(-1)?.text === '') lines.pop();
  const control = lines.find((entry) => /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(entry.text));
  if (control) {
    throw new SeedError(label, control.line, 'the line contains control characters; the file may be binary or damaged');
  }
  return { label, lines, repairs };
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  for (let index = 0; index < bytes.length; index++) {
    try {
      decoder.decode(bytes.subarray(index, index + 1), { stream: true });
    } catch {
      return line;
    }
    if (bytes[index] === 0x0a) line++;
  }
  return line;
}
