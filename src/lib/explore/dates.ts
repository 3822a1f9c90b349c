/** Dates of the timeline in each edition's style: 2024年10月25日 / 25 October 2024, 2025年4月 / April 2025. */
import type { Locale } from '../../i18n/locales.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(date: string, locale: Locale, end?: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (end) return locale === 'zh' ? `${year}—${end}年` : `${year}–${end}`;
  if (locale === 'zh') return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  return [day, month ? MONTHS[month - 1] : undefined, year].filter((part) => part !== undefined).join(' ');
}
