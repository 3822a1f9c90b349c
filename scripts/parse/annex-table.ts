import type { z } from 'zod';
import type { AnnexTableSchema } from '../../src/schema/manifest.ts';
import type { TableNode } from '../../src/schema/model.ts';
import { SeedError } from '../lib/seed-error.ts';
import type { SourceLine } from '../lib/source-line.ts';
import { asciiDigits } from '../text/chinese-numerals.ts';
import { readMarker } from '../text/markers.ts';
import type { IdAllocator } from './outline.ts';

type TableSpec = z.output<typeof AnnexTableSchema>;

/**
 * Reads a table printed one cell per tab-indented line, rows separated by blank lines, its header row
 * repeated at each page break and its groups introduced by one-cell rows (一、…). Returns the table and
 * the lines after it.
 */
export function parseAnnexTable(
  lines: SourceLine[],
  spec: TableSpec,
  file: string,
  ids: IdAllocator,
): { table: TableNode; rest: SourceLine[] } {
  const chunks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  let index = 0;
  for (; index < lines.length; index++) {
    const entry = lines[index]!;
    if (entry.text.trim() === '') {
      if (current.length > 0) chunks.push(current);
      current = [];
      continue;
    }
    if (!entry.text.startsWith('\t')) break;
    current.push(entry);
  }
  if (current.length > 0) chunks.push(current);
  // The table ends at the first line that is not a cell; cells after it mean a stray line broke the table.
  const strayCell = lines.slice(index).find((entry) => entry.text.startsWith('\t'));
  if (strayCell && index < lines.length) {
    throw new SeedError(file, lines[index]!.line, `this line interrupts the annex table: table cells (tab-indented lines) continue at line ${strayCell.line}`);
  }
  if (chunks.length === 0) throw new SeedError(file, lines[0]?.line, 'the annex table declared in seeds/manifest.json is missing: expected tab-indented cells after the annex title');

  const table: TableNode = { type: 'table', id: ids.claim('annex-table'), columns: spec.columns, headerRepeats: 0, groups: [] };
  const header = spec.columns.join('\u0000');
  let lastNumber = 0;
  for (const chunk of chunks) {
    const cells = chunk.map((entry) => entry.text.trim());
    const first = chunk[0]!;
    if (cells.join('\u0000') === header) {
      table.headerRepeats += 1;
      continue;
    }
    if (table.headerRepeats === 0) throw new SeedError(file, first.line, `the table must start with its header row (${spec.columns.join(' · ')})`);
    const marker = cells.length === 1 ? readMarker(cells[0]!) : undefined;
    if (marker?.depth === 1) {
      const expected = (table.groups.at(-1)?.ordinal ?? 0) + 1;
      if (marker.ordinal !== expected) throw new SeedError(file, first.line, `table group ${marker.text} follows group ${expected - 1}; groups must be numbered without gaps or repeats`);
      table.groups.push({ id: ids.claim(`annex-g${marker.ordinal}`, { file, line: first.line }), marker: marker.text, ordinal: marker.ordinal, title: marker.rest, rows: [], source: { file, line: first.line } });
      continue;
    }
    if (cells.length !== spec.columns.length) {
      throw new SeedError(file, first.line, `a table row has ${cells.length} cells; expected ${spec.columns.length} (${spec.columns.join(' · ')}) — is a cell missing or split across lines?`);
    }
    const group = table.groups.at(-1);
    if (!group) throw new SeedError(file, first.line, 'a table row stands before the first group heading (一、…)');
    const numberCell = asciiDigits(cells[spec.columns.indexOf(spec.roles.number)]!);
    const number = Number(numberCell);
    if (!/^\d+$/.test(numberCell)) throw new SeedError(file, first.line, `the row number "${numberCell}" is not a number`);
    if (number === lastNumber) throw new SeedError(file, first.line, `duplicate row number ${number}`);
    if (number !== lastNumber + 1) throw new SeedError(file, first.line, `row number ${number} follows ${lastNumber}; rows must be numbered without gaps`);
    lastNumber = number;
    group.rows.push({ id: ids.claim(`row-${number}`, { file, line: first.line }), cells, source: { file, line: first.line } });
  }
  return { table, rest: lines.slice(index) };
}
