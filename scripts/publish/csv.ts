/**
 * CSV as RFC 4180 describes it: CRLF line ends, a header row, fields quoted when they hold a comma,
 * quote or line break. A UTF-8 byte order mark goes first so that spreadsheet programs read the
 * Chinese text as UTF-8 (read it with encoding "utf-8-sig" in Python).
 */
export const BOM = '\uFEFF';

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(columns: string[], records: Array<Record<string, string>>): string {
  const lines = [columns, ...records.map((record) => columns.map((column) => record[column] ?? ''))];
  return BOM + lines.map((cells) => cells.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Reads what toCsv writes (and any RFC 4180 text): a list of records keyed by the header row. */
export function parseCsv(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && body[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index++;
    } else cell += char;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  const [header, ...records] = rows;
  if (!header) return [];
  return records.map((cells, line) => {
    if (cells.length !== header.length) throw new Error(`CSV row ${line + 2} has ${cells.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((name, position) => [name, cells[position]!]));
  });
}
