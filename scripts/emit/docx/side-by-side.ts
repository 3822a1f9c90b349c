/**
 * The side-by-side Word file's text: a two-column table, the original on the left and the translation
 * on the right, one row per aligned pair — the pairs the side-by-side page shows
 * (scripts/translate/parallel.ts), so the file and the page align the same segments.
 */
import { Table, TableCell, TableRow, WidthType } from 'docx';
import type { ParallelPair } from '../../../src/schema/localized.ts';
import type { Lang } from '../../../src/schema/manifest.ts';
import { BORDERS, TEXT_WIDTH } from './body.ts';
import { paragraph } from './runs.ts';

interface Column {
  lang: Lang;
  /** The column's heading, in its own language: 原文 · 简体中文 | Translation · English (unofficial). */
  label: string;
}

export function sideBySideTable(pairs: ParallelPair[], original: Column, translation: Column): Table {
  const cell = (text: string, lang: Lang, bold: boolean) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [paragraph(text, lang, { bold })] });
  const header = new TableRow({ tableHeader: true, children: [cell(original.label, original.lang, true), cell(translation.label, translation.lang, true)] });
  const rows = pairs.map((pair) => {
    const bold = pair.kind === 'heading';
    return new TableRow({ children: [cell(`${pair.marker ?? ''}${pair.original}`, original.lang, bold), cell(pair.translation, translation.lang, bold)] });
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: [TEXT_WIDTH / 2, TEXT_WIDTH / 2], borders: BORDERS, rows: [header, ...rows] });
}
