/**
 * Ranking, in one place for both search boxes (the header panel and the search page) and for the
 * query-set gate that runs in Node (tests/search/): what a reader means by a match is a page whose
 * title, label (任务60, 商资发〔2024〕314号) or other name is what they typed. Everything here reads the
 * search table (table.ts), never Pagefind's fragments, so a list can be ranked before any is fetched.
 */
import { ENTITY_TYPES, type ResultType } from './facets.ts';
import { canonicalDocNumber, docNumberKeys, findDocNumbers } from './forms.ts';
import { narrowAlnum } from './terms.ts';
import { aliasesOf, type Edition, type EditionRow, type SearchTable, type TableRow } from './table.ts';

export interface Candidate {
  row: TableRow;
  edition: Edition;
  page: EditionRow;
  /** Pagefind's score of the page (0 for a page found only by its names in the table). */
  score: number;
}

/** Letters and digits only, lower-cased, 文号 brackets made one form, 号文件 as its short form 号文: what matching compares. */
export function matchable(text: string): string {
  return canonicalDocNumber(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}〔〕]/gu, '')
    .replaceAll('号文件', '号文');
}

/** A page's names as printed: title (and folded), label, other names. */
function printedNamesOf(row: TableRow, page: EditionRow): string[] {
  return [page.title, page.folded, page.label, ...aliasesOf(row, page)].filter((name): name is string => Boolean(name));
}

/** A page's names as one matchable string: title (as printed and folded), label, other names, and a 文号's short forms. */
function namesOf(row: TableRow, page: EditionRow): string {
  let names = NAMES.get(page);
  if (names === undefined) {
    names = [...printedNamesOf(row, page), ...docNumberForms(row, page)].map(matchable).join('|');
    NAMES.set(page, names);
  }
  return names;
}
/**
 * The 文号s a page's names hold, each in the forms readers type (`docNumberKeys`): an attachment
 * carries its notice's 文号 as another name.
 */
function docNumberForms(row: TableRow, page: EditionRow): string[] {
  return printedNamesOf(row, page)
    .flatMap((text) => findDocNumbers(text))
    .flatMap((number) => docNumberKeys(number));
}

/**
 * A page's names, made once per table: the instant list scans every row on every keystroke, and the
 * 文号 and bracket rules are regular expressions.
 */
const NAMES = new WeakMap<EditionRow, string>();

/**
 * The characters of a matchable word that the page's names must print (lower-cased, digits narrowed)
 * for the word to be in them: `matchable` and the 文号 keys only add 〔〕 (for other brackets), the 文 of
 * 314号文 and the 年 and 第 of 商资发2024年314号 and 商资发2024第314号, and narrow a 文号's digits from full width.
 */
function printedChars(word: string): string[] {
  return [...new Set(word)].filter((char) => !/[〔〕文年第]/u.test(char));
}

/** A page's names as printed, lower-cased and with digits narrowed, in one string: what `mayName` looks in. */
function printedNames(row: TableRow, page: EditionRow): string {
  let printed = PRINTED.get(page);
  if (printed === undefined) {
    printed = narrowAlnum(printedNamesOf(row, page).join('|').toLowerCase());
    PRINTED.set(page, printed);
  }
  return printed;
}
const PRINTED = new WeakMap<EditionRow, string>();

/**
 * Whether a page's names as printed hold every character of each word (`printedChars`): a quick test
 * before its matchable names are made, so a first query makes them for the few pages that may hold
 * the words, not for every page that shares one character with them (every task's 任务).
 */
function mayName(row: TableRow, page: EditionRow, printed: ReadonlyArray<readonly string[]>): boolean {
  const names = printedNames(row, page);
  return printed.every((chars) => chars.every((char) => names.includes(char)));
}

/** Share of `text`'s letters covered by the query's words. */
export function coverage(text: string, words: readonly string[]): number {
  const letters = matchable(text);
  if (!letters) return 0;
  const covered = new Array<boolean>(letters.length).fill(false);
  for (const word of words) {
    if (!word) continue;
    for (let at = letters.indexOf(word); at !== -1; at = letters.indexOf(word, at + 1)) covered.fill(true, at, at + word.length);
  }
  return covered.filter(Boolean).length / letters.length;
}

/** Share of the query's letters found in `haystack` (already matchable). */
export function answered(haystack: string, words: readonly string[]): number {
  const total = words.reduce((sum, word) => sum + word.length, 0);
  return total === 0 ? 0 : words.filter((word) => haystack.includes(word)).reduce((sum, word) => sum + word.length, 0) / total;
}

/**
 * English words that tell nothing of a page: nearly every English title and text holds them, so in a
 * query beside other words they would lift every page whose names hold them ("and", "of").
 */
const STOP_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'by', 'for', 'from', 'how', 'in', 'is', 'it', 'its', 'of', 'on', 'or', 'the', 'to', 'what', 'which', 'who', 'with']);

/** The phrases of a query without its English stop words, unless it has nothing else. */
export function tellingPhrases(phrases: readonly string[]): string[] {
  const telling = phrases.filter((phrase) => !STOP_WORDS.has(matchable(phrase)));
  return telling.length > 0 ? telling : [...phrases];
}

/** The query's words as matching compares them (`tellingPhrases`). */
export function matchWords(phrases: readonly string[]): string[] {
  return tellingPhrases(phrases)
    .map(matchable)
    .filter((word) => word.length > 0);
}

/** How well a page's own names answer the query: 1 + share of the query in its names, × 1 + 2 × share of its title the query covers. */
function nameWeight(row: TableRow, page: EditionRow, words: readonly string[]): { asked: number; weight: number } {
  const asked = answered(namesOf(row, page), words);
  // Names that hold none of the query cover none of the title either (the title is one of them).
  if (asked === 0) return { asked, weight: 1 };
  const byTitle = Math.max(coverage(page.folded ?? page.title, words), page.label ? coverage(page.label, words) : 0, ...aliasesOf(row, page).map((alias) => coverage(alias, words)));
  return { asked, weight: (1 + asked) * (1 + 2 * byTitle) };
}

/** A place's names, each whole and matchable, in both editions: a query word that is one of them names the place. */
function placeNames(row: TableRow): Set<string> {
  return new Set((['zh', 'en'] as const).flatMap((edition) => (row[edition] ? namesOf(row, row[edition]!).split('|') : [])));
}

/**
 * Whether the query names a page: its own names (title, label, other names) hold half of the query's
 * words, letter by letter, or one of the words is one of its names whole (Opinions, 314号文).
 */
export function namedBy({ row, page }: Pick<Candidate, 'row' | 'page'>, words: readonly string[]): boolean {
  const names = namesOf(row, page);
  return answered(names, words) >= 0.5 || names.split('|').some((name) => words.includes(name));
}

/** Every name of every place in the table, matchable: a query word that is one names a place. */
export function placeWords(table: SearchTable): Set<string> {
  return new Set(table.rows.filter((row) => placeId(row)).flatMap((row) => [...placeNames(row)]));
}

/** The place of a row's page (a city or province): its id, as the `city` facet of the pages assigned to it. */
export const placeId = (row: TableRow) => (row.type === 'city' ? row.facets.city?.[0] : undefined);

/** Share of the query's letters in `part`. */
const shareOf = (part: readonly string[], words: readonly string[]) => part.join('').length / words.join('').length;

/**
 * A query that names a place among the candidates and asks more of it (重庆 医保经办, Hangzhou data IP)
 * asks for that more in that place, not for the place's page: the place's words, and what the rest asks.
 */
function placeAsked(candidates: readonly Candidate[], words: readonly string[]): { id: string; share: number; rest: string[] } | undefined {
  for (const { row } of candidates) {
    const id = placeId(row);
    if (!id) continue;
    const names = placeNames(row);
    const placeWords = words.filter((word) => names.has(word));
    const rest = words.filter((word) => !names.has(word));
    if (placeWords.length > 0 && rest.length > 0) return { id, share: shareOf(placeWords, words), rest };
  }
  return undefined;
}

/**
 * A query that cites a 文号 and asks more (商资发 314 意见, 314号文 任务清单) asks which of the documents
 * carrying it: the notice or one of its attachments, which carry its 文号 too. The words found in the
 * forms of a candidate's 文号, its number among them, are the citation; the rest choose.
 */
function docNumberAsked(candidates: readonly Candidate[], words: readonly string[]): { carries: (candidate: Candidate) => boolean; share: number; rest: string[] } | undefined {
  for (const candidate of candidates) {
    const forms = docNumberForms(candidate.row, candidate.page).map(matchable);
    const serial = forms[0]?.match(/(\d+)号$/)?.[1];
    if (!serial) continue;
    const cited = words.filter((word) => forms.some((form) => form.includes(word)));
    const rest = words.filter((word) => !cited.includes(word));
    if (rest.length === 0 || !cited.some((word) => word.includes(serial))) continue;
    const number = forms[0]!;
    const carries = ({ row, page }: Candidate) => docNumberForms(row, page).map(matchable).includes(number);
    return { carries, share: shareOf(cited, words), rest };
  }
  return undefined;
}

/**
 * Reorders candidates by what a reader means by a match: a page whose title or label is what they typed
 * comes first; Pagefind's score only sees words, and prefers short pages (a department that mentions
 * 商务部 would beat 商务部's own page). A query that names a place and more asks for the more in that
 * place: a page of the place (the place's own page too) is weighed by the place's words and its own
 * names for the rest, so the place's page, named by the place alone, gets no title boost.
 * A local task that repeats a national task word for word ranks right after it, unless the query names
 * something only the local task has (武汉, its lead unit).
 */
export function rank(candidates: readonly Candidate[], phrases: readonly string[]): Array<Candidate & { rankScore: number }> {
  const words = matchWords(phrases);
  const place = placeAsked(candidates, words);
  const cited = place ? undefined : docNumberAsked(candidates, words);
  // The documents carrying the 文号 cited weigh as the best-scored page, all alike: Pagefind's score of each
  // (the notice's text cites its number most) does not choose among them, the rest of the words do.
  const citedScore = cited ? Math.max(0, ...candidates.map((candidate) => candidate.score)) : 0;
  const scored = candidates.map((candidate) => {
    // In the place, the place's own page among them: its words are met there, the page's own names answer the rest.
    if (place && candidate.row.facets.city?.includes(place.id)) {
      const forRest = nameWeight(candidate.row, candidate.page, place.rest);
      return { ...candidate, asked: place.share + forRest.asked * (1 - place.share), rankScore: candidate.score * (1 + place.share) * forRest.weight };
    }
    if (cited?.carries(candidate)) {
      const forRest = nameWeight(candidate.row, candidate.page, cited.rest);
      return { ...candidate, asked: cited.share + forRest.asked * (1 - cited.share), rankScore: citedScore * (1 + cited.share) * forRest.weight };
    }
    const { asked, weight } = nameWeight(candidate.row, candidate.page, words);
    return { ...candidate, asked, rankScore: candidate.score * weight };
  });
  for (const entry of scored) {
    const original = entry.row.adopts && scored.find((other) => other.row.key === entry.row.adopts && other.edition === entry.edition);
    if (original && entry.asked <= original.asked) entry.rankScore = Math.min(entry.rankScore, original.rankScore * 0.999);
  }
  return scored.sort((a, b) => b.rankScore - a.rankScore).map(({ asked: _asked, ...rest }) => rest);
}

/** Filter values of a row, as the search page's facets name them. */
function rowMatchesFilters(row: TableRow, edition: Edition, filters: Partial<Record<string, string[]>>): boolean {
  for (const [facet, values] of Object.entries(filters)) {
    if (!values || values.length === 0) continue;
    if (facet === 'lang') {
      if (!values.includes(edition)) return false;
    } else if (facet === 'type') {
      if (!values.includes(row.type)) return false;
    } else {
      const own = row.facets[facet as keyof TableRow['facets']] ?? [];
      if (!own.some((value) => values.includes(value))) return false;
    }
  }
  return true;
}

const TYPE_ORDER = new Map<ResultType, number>(ENTITY_TYPES.map((type, index) => [type, index]));

/**
 * The pages whose names hold every word of the query — drawn from the table alone, on every keystroke,
 * before Pagefind has answered: best named first; on a tie, in the order of the type facet (tasks, measures, documents, …), then the table's.
 */
export function nameMatches(table: SearchTable, phrases: readonly string[], edition: Edition, filters: Partial<Record<string, string[]>> = {}): Candidate[] {
  const words = matchWords(phrases);
  if (words.length === 0) return [];
  const printed = words.map(printedChars);
  const found: Array<Candidate & { weight: number; order: number }> = [];
  table.rows.forEach((row, order) => {
    for (const candidateEdition of [edition, edition === 'en' ? 'zh' : 'en'] as const) {
      const page = row[candidateEdition];
      if (!page || !mayName(row, page, printed) || answered(namesOf(row, page), words) < 1 || !rowMatchesFilters(row, candidateEdition, filters)) continue;
      const { weight } = nameWeight(row, page, words);
      found.push({ row, edition: candidateEdition, page, score: 0, weight, order });
      break;
    }
  });
  return found
    .sort((a, b) => b.weight - a.weight || (TYPE_ORDER.get(a.row.type) ?? 99) - (TYPE_ORDER.get(b.row.type) ?? 99) || a.order - b.order)
    .map(({ weight: _weight, order: _order, ...candidate }) => candidate);
}

export { rowMatchesFilters };
