/**
 * A reader's name for an anchor of a document page, for lists of links into a text: `p12` is a
 * paragraph, `m5` a measure, `task-60` a task line, `s3-1` a section, `row-3` a table row, `note-2` a
 * note; `-lead` (the rest of a heading's line) is named as its heading.
 */
import type { Locale } from '../../i18n/locales.ts';

export function anchorLabel(anchor: string, locale: Locale): string {
  const id = anchor.replace(/-lead$/u, '');
  const zh = locale === 'zh';
  let match: RegExpExecArray | null;
  if ((match = /^p(\d+)$/u.exec(id))) return zh ? `第${match[1]}段` : `¶ ${match[1]}`;
  if ((match = /^m(\d+)$/u.exec(id))) return zh ? `措施${match[1]}` : `measure ${match[1]}`;
  if ((match = /^task-(\d+)$/u.exec(id))) return zh ? `任务${match[1]}` : `task ${match[1]}`;
  if ((match = /^s([\d-]+)$/u.exec(id))) return zh ? `第${match[1]!.replace(/-/gu, '.')}节` : `§ ${match[1]!.replace(/-/gu, '.')}`;
  if ((match = /^row-(\d+)$/u.exec(id))) return zh ? `表第${match[1]}行` : `table row ${match[1]}`;
  if ((match = /^note-(\d+)$/u.exec(id))) return zh ? `注${match[1]}` : `note ${match[1]}`;
  if (id === 'annex' || id.startsWith('annex-')) return zh ? '附件' : 'annex';
  return id;
}
