/**
 * Two places side by side (/compare/{a}/{b}/) as a search result, for a query that names two places and
 * nothing else but words of comparing: 成都 重庆, Chengdu vs Chongqing, 北京和上海对比. Those pages are
 * not indexed (there is one for every pair of places, and each repeats the tasks of both), so the result
 * is made from the two places' rows of the search table.
 */
import { pairOf } from '../lib/explore/compare.ts';
import { placeId } from './rank.ts';
import { aliasesOf, type SearchTable, type TableRow } from './table.ts';
import { foldScript, narrowAlnum, type CharMap } from './terms.ts';

/** English words a comparing query may hold besides the two places. */
const COMPARING_WORDS = new Set(['vs', 'v', 'versus', 'and', 'or', 'with', 'to', 'between', 'compare', 'compared', 'comparing', 'comparison', 'side', 'by', 'task', 'tasks']);
/** Chinese words a comparing query may hold besides the two places. */
const COMPARING_ZH = ['对比', '比较', '对照', '比对', '相比', '区别', '差异', '异同', '任务', '与', '和', '及', '同', '跟', '的'];

/** A place of a comparison: its id (its compare page's path segment) and its row. */
export interface ComparedPlace {
  id: string;
  row: TableRow;
}

/** Text as a query is compared with a place's names: folded, narrowed, lower-cased. */
function normal(text: string, map: CharMap): string {
  return narrowAlnum(foldScript(text, map)).toLowerCase();
}

/**
 * The names a place is found by in a query: titles in both editions, other names. Chinese names of one
 * character (渝, 沪) are left out, as one character stands inside too many other words (京 in 南京), and
 * so are Latin ones of one or two letters.
 */
function placeNames(row: TableRow, map: CharMap): string[] {
  const names = [row.zh, row.en].flatMap((page) => (page ? [page.title, page.folded ?? '', ...aliasesOf(row, page)] : []));
  return [...new Set(names.map((name) => normal(name, map)))].filter((name) => name.length >= (/\p{Script=Han}/u.test(name) ? 2 : 3));
}

interface Naming extends ComparedPlace {
  start: number;
  end: number;
}

/** Where places are named in the query; where two namings overlap, the longer (重庆市 over 重庆). */
function namings(query: string, table: SearchTable, map: CharMap): Naming[] {
  const found: Naming[] = [];
  for (const row of table.rows) {
    const id = placeId(row);
    if (!id) continue;
    for (const name of placeNames(row, map)) {
      for (let start = query.indexOf(name); start !== -1; start = query.indexOf(name, start + 1)) found.push({ id, row, start, end: start + name.length });
    }
  }
  const kept: Naming[] = [];
  for (const naming of found.sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (kept.every((other) => naming.end <= other.start || naming.start >= other.end)) kept.push(naming);
  }
  return kept;
}

/** Whether what is left of a query, the places taken out, is only words of comparing (or nothing). */
function onlyComparing(rest: string): boolean {
  const left = COMPARING_ZH.reduce((text, word) => text.replaceAll(word, ' '), rest);
  return (left.match(/[\p{L}\p{N}]+/gu) ?? []).every((word) => COMPARING_WORDS.has(word));
}

/**
 * The two places a query asks to compare, in their page's order (by id); undefined unless the query names
 * exactly two places and holds nothing else but words of comparing.
 */
export function comparedPlaces(table: SearchTable, query: string, map: CharMap): [ComparedPlace, ComparedPlace] | undefined {
  const text = normal(query, map);
  const named = namings(text, table, map);
  const [a, b, ...more] = [...new Map(named.map(({ id, row }) => [id, { id, row }])).values()];
  if (!a || !b || more.length > 0) return undefined;
  const rest = named.reduce((left, { start, end }) => `${left.slice(0, start)}${' '.repeat(end - start)}${left.slice(end)}`, text);
  return onlyComparing(rest) ? pairOf(a, b) : undefined;
}
