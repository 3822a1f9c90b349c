/**
 * CSV as RFC 4180 describes it: CRLF line ends, a header row, fields quoted when they hold a comma,
 * quote or line break. A UTF-8 byte order mark goes first so that spreadsheet programs read the
 * Chinese text as UTF-8 (read it with encoding "utf-8-sig" in Python).
 */
const BOM = '\uFEFF';

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(columns: string[], records: Array<Record<string, string>>): string {
  const lines = [columns, ...records.map((record) => columns.map((column) => record[column] ?? ''))];
  return BOM + lines.map((cells) => cells.map(field).join(',')).join('\r\n') + '\r\n';
}
