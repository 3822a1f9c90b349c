/**
 * The site's CSV, for the open data's tables (/data/*.csv) and the task explorer's download of a view
 * alike, as the data page describes it: RFC 4180 (CRLF line ends, a header row, a field quoted when it
 * holds a comma, quote or line break, a quote inside doubled), with a UTF-8 byte order mark first so that
 * spreadsheet programs read the Chinese text as UTF-8 (Python reads it with encoding "utf-8-sig").
 */
const BOM = '\uFEFF';

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A header and its rows as CSV text, every row ended by CRLF. */
export function toCsv(header: string[], rows: string[][]): string {
  return `${BOM}${[header, ...rows].map((cells) => cells.map(field).join(',')).join('\r\n')}\r\n`;
}
