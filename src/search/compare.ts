/**
 * Two places side by side (/compare/{a}/{b}/) as a search result, for a query that names two places and
 * nothing else but words of comparing: 成都 重庆, Chengdu vs Chongqing, 北京和上海对比. Those pages are
 * not indexed (there is one for every pair of places, and each repeats the tasks of both), so the result
 * is made from the two places' rows of the search table.
 */
import { pairOf } from '../lib/explore/compare.ts';
import { aliasesOf, type SearchTable, type TableRow } from './table.ts';
import { foldScript, narrowAlnum, type CharMap } from './terms.ts';

/** English words a comparing query may hold besides the two places. */
const COMPARING_WORDS = new Set(['vs', 'v', 'versus', 'and', 'or', 'with', 'to', 'between', 'compare', 'compared', 'comparing', 'comparison', 'side', 'by', 'task', 'tasks']);
/** Chinese words a comparing query may hold besides the two places, longest first (对比 before 对). */
const COMPARING_ZH = ['对比', '比较', '对照', '比对', '相比', '区别', '差异', '异同', '任务', '与', '和', '及', '同', '跟', '的'];

/** A place's name, as a query is compared with it: folded, narrowed, lower-cased. */
function normal(text: string, map: CharMap): string {
  return narrowAlnum(foldScript(text, map)).toLowerCase();
}

/**
 * The names a place is found by in a query: titles in both editions, other names. Chinese names of one
 * character (渝, 沪) are left out: one character stands inside too many other words (京 in 南京).
 */
function placeNames(row: TableRow, map: CharMap): string[] {
  const names = [row.zh, row.en].flatMap((page) => (page ? [page.title, page.folded ?? '', ...aliasesOf(row, page)] : []));
  return [...new Set(names.map((name) => normal(name, map)))].filter((name) => (/^[\p{Script=Han}]+$/u.test(name) ? name.length >= 2 : name.length >= 3));
}

interface Named {
  start: number;
  end: number;
  row: TableRow;
}

/** Where each place is named in the query: a Latin name as whole words, a Chinese one anywhere. */
function namings(query: string, table: SearchTable, map: CharMap): Named[] {
  const found: Named[] = [];
  for (const row of table.rows) {
    if (row.type !== 'city') continue;
    for (const name of placeNames(row, map)) {
      const latin = /[a-z0-9]/.test(name);
      for (let start = query.indexOf(name); start !== -1; start = query.indexOf(name, start + 1)) {
        const end = start + name.length;
        if (latin && (/[a-z0-9]/.test(query[start - 1] ?? '') || /[a-z0-9]/.test(query[end] ?? ''))) continue;
        found.push({ start, end, row });
      }
    }
  }
  // The longest naming wins where two overlap (重庆市 over 重庆; Guangzhou City over Guangzhou).
  const kept: Named[] = [];
  for (const naming of found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (kept.every((other) => naming.end <= other.start || naming.start >= other.end)) kept.push(naming);
  }
  return kept;
}

/** Whether what is left of a query, the places taken out, is only words of comparing. */
function onlyComparing(rest: string): boolean {
  let left = rest;
  for (const word of COMPARING_ZH) left = left.split(word).join(' ');
  return left
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((word) => COMPARING_WORDS.has(word));
}

/**
 * The two places a query asks to compare, in their page's order (by id), with their ids; undefined
 * unless the query names exactly two places and holds nothing else but words of comparing.
 */
export function comparedPlaces(table: SearchTable, query: string, map: CharMap): [ComparedPlace, ComparedPlace] | undefined {
  const text = normal(query, map);
  const named = namings(text, table, map);
  const places = [...new Map(named.map(({ row }) => [row.key, row])).values()];
  if (places.length !== 2) return undefined;
  let rest = text;
  for (const { start, end } of named) rest = `${rest.slice(0, start)}${' '.repeat(end - start)}${rest.slice(end)}`;
  if (!onlyComparing(rest)) return undefined;
  const [a, b] = places.map((row) => ({ id: row.facets.city?.[0], row }));
  if (!a?.id || !b?.id) return undefined;
  return pairOf({ id: a.id, row: a.row }, { id: b.id, row: b.row });
}

/** A place of a comparison: its id (its compare page's path segment) and its row. */
export interface ComparedPlace {
  id: string;
  row: TableRow;
}
