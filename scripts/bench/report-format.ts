/** The report's number and table formatting, shared by its sections. */
import type { Bytes } from './page-weight.ts';

export const n = (value: number) => value.toLocaleString('en-US');
/** Raw / gzipped (zlib level 6, per response) and, where the browser fetched it, / as served (the server's precompressed brotli or gzip). */
export const bytes = (value: Bytes | undefined) => (value ? `${n(value.raw)} / ${n(value.gzip)}${value.served ? ` / ${n(value.served)}` : ''}` : '–');
export const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;
const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
export const table = (head: string[], rows: Array<Array<string | number>>) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
