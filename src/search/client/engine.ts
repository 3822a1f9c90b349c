/**
 * The search itself, for both interfaces (the header box and the search page), in three steps a reader
 * sees in turn:
 * 1. `instant`: pages whose names hold what was typed, from the search table (src/search/table.ts),
 *    fetched when a box is focused — on every keystroke, before Pagefind has answered;
 * 2. `search`: Pagefind's full-text results (prepared the way the index was, src/search/terms.ts),
 *    mapped to table rows by their ids and ranked by the table (src/search/rank.ts) — one hit per
 *    entity, in the edition the query is written in, with a link to the other;
 * 3. `loadExcerpts`: Pagefind's fragments, fetched only for the hits actually shown.
 */
import { SEARCH_UI } from '../../i18n/search-ui.ts';
import { routes } from '../../lib/routes.ts';
import { comparedPlaces } from '../compare.ts';
import { queryPhrases, unspace } from '../terms.ts';
import { foldMap, foldMapFor } from './fold.ts';
import { exactRuns, pagefindQuery } from './design.ts';
import type { Facet } from '../facets.ts';
import { correctWord, findDocNumbers, mayHold, otherSpellings, parseNumberQuery, printsWord, synonymSpans, type NumberQuery } from '../forms.ts';
import { matchWords, namedBy, nameMatches, placeWords, rank, rowMatchesFilters, tellingPhrases, type Candidate } from '../rank.ts';
import { orderSections } from '../sections.ts';
import { aliasesOf, editionPath, TABLE_FILE, type Edition, type EditionRow, type SearchTable, type TableRow } from '../table.ts';

export type { Edition };
export type Filters = Partial<Record<Facet, string[]>>;

interface SubHit {
  url: string;
  title: string;
  /** Plain text of the paragraph around the match (marked by the renderer). */
  excerpt: string;
}
export interface Hit {
  /** The page's path without the edition prefix: the same for both editions of an entity. */
  key: string;
  row: TableRow;
  edition: Edition;
  page: EditionRow;
  url: string;
  score: number;
  /** Pagefind's id of the page, when Pagefind found it (its excerpt can be loaded). */
  id?: string;
  /** Plain text around the match, once loaded (`loadExcerpts`). */
  excerpt?: string;
  subHits: SubHit[];
  /** The same entity's page in the other edition. */
  other?: { url: string; edition: Edition };
  /** The entity the query named by number ("task 47", 措施十一). */
  numbered?: boolean;
}
export interface SearchOutcome {
  query: string;
  /** The reader's runs, folded (Chinese runs whole): what is highlighted. */
  phrases: string[];
  hits: Hit[];
  /** No page holds every word: the hits hold most of them. */
  partial: boolean;
  /** A numbered entity that more than one document has ("task 15": the Task List's and Wuhan's). */
  alsoNumbered: Hit[];
  /** Nothing matched what was typed; these are the results for this spelling (one edit away). */
  corrected?: string;
}

interface PagefindSubResult { url: string; title: string; excerpt: string; anchor?: unknown }
interface PagefindData { url: string; excerpt: string; sub_results: PagefindSubResult[] }
interface PagefindResult { id: string; score: number; data: () => Promise<PagefindData> }
interface PagefindSearch { results: PagefindResult[] }
interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch>;
}

const scripts = new URL('./', import.meta.url);
const bundle = new URL('../pagefind/', import.meta.url);
/** The site's base path (/ or /policy-site/). */
const base = new URL('../', import.meta.url).pathname;

let pagefind: Promise<PagefindModule> | undefined;
let table: Promise<SearchTable> | undefined;
let loadedTable: SearchTable | undefined;
/** Pagefind's results by page id, from the searches so far: what `loadExcerpts` loads. */
const results = new Map<string, PagefindResult>();

/** Loads Pagefind (once); called when the reader focuses a search box, so the first search is quick. */
function loadEngine(): Promise<PagefindModule> {
  pagefind ??= (async () => {
    const module = (await import(`${bundle.href}pagefind.js`)) as PagefindModule;
    await module.options({ excerptLength: 28, excerptEllipsis: '…' });
    await module.init();
    return module;
  })();
  return pagefind;
}

/**
 * Starts what a search needs when the reader focuses a box: the table first, which the instant list
 * draws from, then Pagefind, whose script and WebAssembly would otherwise compete with that first list
 * for a slow phone's main thread (its script downloads meanwhile). Starting Pagefind first measured no
 * sooner: its worker takes about as long to load as the main thread takes to draw the instant list.
 * `requested` is the table already on its way: the header's bootstrap fetches and parses it while this
 * script downloads, so the first keystroke's list is drawn as soon as the script has run.
 */
export function prepare(requested?: Promise<unknown>): void {
  if (prepared) return;
  prepared = true;
  const preload = document.createElement('link');
  preload.rel = 'modulepreload';
  preload.href = `${bundle.href}pagefind.js`;
  document.head.append(preload);
  if (requested) table ??= requested.then((parsed) => (loadedTable = parsed as SearchTable));
  void loadTable()
    .catch(() => undefined)
    .then(() => loadEngine());
}

let prepared = false;

/** Loads the search table (once); called on focus, before `loadEngine`. */
function loadTable(): Promise<SearchTable> {
  table ??= fetch(new URL(TABLE_FILE, scripts)).then(async (response) => {
    if (!response.ok) throw new Error(`search: ${response.url} answered ${response.status}`);
    loadedTable = (await response.json()) as SearchTable;
    return loadedTable;
  });
  return table;
}

/** The edition a query asks for: Chinese if it has Chinese characters, English if it has Latin letters. */
function queryEdition(query: string, fallback: Edition): Edition {
  if (/\p{Script=Han}/u.test(query)) return 'zh';
  if (/\p{Script=Latin}/u.test(query)) return 'en';
  return fallback;
}

function preferredEdition(query: string, filters: Filters, fallback: Edition): Edition {
  return filters.lang?.length === 1 ? (filters.lang[0] as Edition) : queryEdition(query, fallback);
}

/**
 * Two places side by side, when the query names them and nothing else (../compare.ts): the result the
 * reader asked for, so it comes first. Not when a facet is chosen: a reader narrowing asks for entities.
 */
function comparison(query: string, table: SearchTable, filters: Filters, edition: Edition): Hit | undefined {
  if (Object.values(filters).some((values) => values !== undefined && values.length > 0)) return undefined;
  const places = comparedPlaces(table, query, foldMapFor(query));
  if (!places) return undefined;
  const [a, b] = places;
  const page = (titled: Edition): EditionRow => {
    const title = (place: TableRow) => (place[titled] ?? place.zh ?? place.en)!.title;
    return { id: '', title: SEARCH_UI[titled].compareTitle(title(a.row), title(b.row)) };
  };
  const row: TableRow = { key: routes.compare(a.id, b.id), type: 'compare', facets: { city: [a.id, b.id] }, zh: page('zh'), en: page('en') };
  return toHit({ row, edition, page: row[edition]!, score: Infinity }, Infinity);
}

function toHit(candidate: Candidate, score: number): Hit {
  const { row, edition, page } = candidate;
  const otherEdition: Edition = edition === 'en' ? 'zh' : 'en';
  return {
    key: row.key,
    row,
    edition,
    page,
    url: `${base}${editionPath(row.key, edition).slice(1)}`,
    score,
    id: results.has(page.id) ? page.id : undefined,
    subHits: [],
    other: row[otherEdition] ? { url: `${base}${editionPath(row.key, otherEdition).slice(1)}`, edition: otherEdition } : undefined,
  };
}

/** The entity types a number query can mean: an item (第三条) is a measure, else a task. */
const NUMBERED_TYPES: Record<NumberQuery['kind'], readonly TableRow['type'][]> = { task: ['task'], measure: ['measure'], item: ['measure', 'task'], category: ['category'] };

/** Whether a row is the one a number query names, apart from its document: its type and number (or category key). */
function isNumbered(row: TableRow, asked: NumberQuery): boolean {
  if (!NUMBERED_TYPES[asked.kind].includes(row.type)) return false;
  if (asked.kind === 'category') return (row.facets.category ?? []).some((category) => category.endsWith(`/${asked.number}-${asked.section}`));
  return row.number === asked.number;
}

/**
 * The rows a number query names ("task 47" → the first Task List's task 47; "Wuhan task 5" → Wuhan's;
 * "若干措施 第三条" → the Opinions' measure 3; "（十三）公共安全服务" → the measure (十三) so titled). The words
 * around the number name the document or the entry: each word is looked for in the names of the
 * documents and places and in the entry's own titles (the rows that hold most of them win).
 */
function numbered(query: string, search: SearchTable, edition: Edition, filters: Filters): Candidate[] {
  const asked = parseNumberQuery(query);
  if (!asked) return [];
  const hints = (asked.documentHint ?? '').split(/\s+/).filter(Boolean);
  const rows = search.rows.filter((row) => isNumbered(row, asked));
  const hintsMet = (row: TableRow) => {
    const document = row.facets.document?.[0];
    const names = search.rows.filter((other) => other.type === 'document' && other.facets.document?.[0] === document);
    const places = (row.facets.city ?? []).map((id) => search.rows.find((other) => other.type === 'city' && other.facets.city?.[0] === id));
    const text = [...names, ...places].flatMap((other) => (other ? [other.zh, other.en].flatMap((page) => (page ? [page.title, page.label ?? '', ...aliasesOf(other, page)] : [])) : [])).concat([row.zh?.title ?? '', row.en?.title ?? '']).join('|').toLowerCase();
    return hints.filter((hint) => text.includes(hint) || (document ?? '').includes(hint)).length;
  };
  const fallbackDocument = asked.kind === 'task' || asked.kind === 'category' ? search.defaults.taskList : search.defaults.measures;
  let chosen = rows;
  if (hints.length > 0) {
    const met = new Map(rows.map((row) => [row, hintsMet(row)]));
    const most = Math.max(0, ...met.values());
    chosen = rows.filter((row) => most > 0 && met.get(row) === most);
  }
  const typeOrder = NUMBERED_TYPES[asked.kind];
  const ordered = chosen.sort(
    (a, b) => Number(b.facets.document?.[0] === fallbackDocument) - Number(a.facets.document?.[0] === fallbackDocument) || typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type),
  );
  return ordered.flatMap((row) => {
    const page = row[edition] ?? row[edition === 'en' ? 'zh' : 'en'];
    const pageEdition = row[edition] ? edition : edition === 'en' ? 'zh' : 'en';
    return page && rowMatchesFilters(row, pageEdition, filters) ? [{ row, edition: pageEdition, page, score: 0 }] : [];
  });
}

/** One hit per entity, in the preferred edition when it has that page. */
function oneHitPerEntity(ranked: ReadonlyArray<Candidate & { rankScore: number }>, preferred: Edition): Hit[] {
  const groups = new Map<string, Array<Candidate & { rankScore: number }>>();
  for (const candidate of ranked) {
    const group = groups.get(candidate.row.key);
    if (group) group.push(candidate);
    else groups.set(candidate.row.key, [candidate]);
  }
  return [...groups.values()].map((group) => {
    const chosen = group.find((candidate) => candidate.edition === preferred) ?? group[0]!;
    return toHit(chosen, group[0]!.rankScore);
  });
}

/**
 * The instant list: pages whose names hold the query, from the table alone. `undefined` until the
 * table has arrived: `instantReady` says when.
 */
export function instant(query: string, filters: Filters, edition: Edition): Hit[] | undefined {
  const search = loadedTable;
  if (!search) return undefined;
  const phrases = queryPhrases(query, foldMapFor(query));
  const preferred = preferredEdition(query, filters, edition);
  const byNumber = numbered(query, search, preferred, filters);
  const byName = nameMatches(search, phrases, preferred, filters).filter((candidate) => !byNumber.some((number) => number.row === candidate.row));
  const compared = comparison(query, search, filters, preferred);
  return [...(compared ? [compared] : []), ...byNumber.map((candidate) => ({ ...toHit(candidate, 0), numbered: true })), ...byName.map((candidate) => toHit(candidate, 0))];
}

/** Settles when `instant` can answer (the table has arrived); rejects if it cannot be loaded. */
export function instantReady(): Promise<unknown> {
  return loadTable();
}

function toPagefindFilters(filters: Filters): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [facet, values] of Object.entries(filters)) if (values && values.length > 0) out[facet] = { any: values };
  return out;
}

/** Finds the table row and edition of each page Pagefind returned. */
function indexRows(search: SearchTable): Map<string, { row: TableRow; edition: Edition; page: EditionRow }> {
  const byId = new Map<string, { row: TableRow; edition: Edition; page: EditionRow }>();
  for (const row of search.rows) for (const edition of ['zh', 'en'] as const) if (row[edition]) byId.set(row[edition]!.id, { row, edition, page: row[edition]! });
  return byId;
}
let rowsById: Map<string, { row: TableRow; edition: Edition; page: EditionRow }> | undefined;
let placeNamesOfTable: Set<string> | undefined;

/**
 * Pagefind's matches of a prepared query: every word must be on a page. Each Chinese run of two
 * characters or more is also searched as typed (characters in a row): when pages hold every run as
 * typed, they are the results; only when none does are pages with the characters apart shown.
 */
async function fullText(engine: PagefindModule, query: string, phrases: string[], filters: Filters): Promise<PagefindResult[]> {
  const map = foldMapFor(query);
  const pagefindFilters = toPagefindFilters(filters);
  const [found, ...exact] = await Promise.all([engine.search(pagefindQuery(query, map), { filters: pagefindFilters }), ...exactRuns(phrases).map((run) => engine.search(run, { filters: pagefindFilters }))]);
  const inRow = exact.map((result) => new Set(result!.results.map((entry) => entry.id)));
  const asTyped = found!.results.filter((result) => inRow.every((ids) => ids.has(result.id)));
  return asTyped.length > 0 ? asTyped : found!.results;
}

/**
 * The pages (of those `among` keeps) that hold the most of `queries`, each searched alone, each scored by
 * the sum of its scores; and which queries each holds.
 */
async function holdingMost(engine: PagefindModule, queries: readonly string[], filters: Filters, among: (id: string) => boolean = () => true): Promise<{ results: PagefindResult[]; held: boolean[][] }> {
  const each = await Promise.all(queries.map((query) => engine.search(query, { filters: toPagefindFilters(filters) })));
  const counts = new Map<string, { result: PagefindResult; held: boolean[]; score: number }>();
  each.forEach((found, index) => {
    for (const result of found.results.filter((candidate) => among(candidate.id))) {
      const entry = counts.get(result.id) ?? { result, held: queries.map(() => false), score: 0 };
      entry.held[index] = true;
      entry.score += result.score;
      counts.set(result.id, entry);
    }
  });
  const heldBy = (entry: { held: boolean[] }) => entry.held.filter(Boolean).length;
  const most = Math.max(0, ...[...counts.values()].map(heldBy));
  const chosen = [...counts.values()].filter((entry) => most > 0 && heldBy(entry) === most);
  return { results: chosen.map((entry) => ({ ...entry.result, score: entry.score })), held: chosen.map((entry) => entry.held) };
}

/** A Chinese run's two-character pieces, in order, each once (直播带货基地 → 直播 播带 带货 货基 基地). */
function pairsOf(run: string): string[] {
  const chars = [...run];
  return [...new Set(chars.slice(1).map((char, at) => chars[at]! + char))];
}

/**
 * When no page holds every word: the pages that hold the most of them (each word searched alone), and
 * the words they hold, which rank and mark them. A query of one Chinese run counts its two-character
 * pieces in a row (直播带货基地: no page has the run; task 9's 直播基地 holds 直播 and 基地), then, when no
 * page holds a piece, its characters as the index holds them — so it too never ends in an empty list
 * while pages hold some of it. Nothing when no page holds any, or the query is one word or character.
 */
async function closest(engine: PagefindModule, phrases: string[], filters: Filters): Promise<{ results: PagefindResult[]; words: string[] }> {
  const run = phrases.length === 1 && /^\p{Script=Han}+$/u.test(phrases[0]!) ? phrases[0]! : undefined;
  const pieces = run ? pairsOf(run) : [];
  if (pieces.length > 1) {
    const byPieces = await holdingMost(engine, exactRuns(pieces), filters);
    if (byPieces.results.length > 0) return { results: byPieces.results, words: pieces.filter((_, index) => byPieces.held.some((held) => held[index])) };
  }
  const words = run ? [...run] : phrases;
  if (words.length < 2) return { results: [], words: phrases };
  const byWords = await holdingMost(engine, words.map((word) => pagefindQuery(word, {})), filters);
  return { results: byWords.results, words: phrases };
}

/** Pages whose text repeats other pages': a document its measures and tasks, a place, department or category the tasks it lists. */
const WHOLES: ReadonlySet<TableRow['type']> = new Set(['document', 'category', 'city', 'department']);
/** The pages a whole repeats: what a reader listing a topic's words means. */
const PARTS: ReadonlySet<TableRow['type']> = new Set(['task', 'measure']);

/**
 * When only wholes hold every word — a document holds any words of its text, however far apart — or,
 * when no page holds every word, only wholes hold the most of them: the
 * tasks and measures of the query's edition that hold the most of them in one place, at least two and
 * at least half (养老机构 康复 护理 培训: the task on rehabilitation in care homes, not the province that
 * lists it among others). Each word is searched alone, a Chinese run as typed; numbers alone (2024, 314)
 * and English stop words name no topic and are not counted.
 */
async function partsHoldingMost(engine: PagefindModule, phrases: readonly string[], filters: Filters, rows: ReadonlyMap<string, { row: TableRow; edition: Edition }>, edition: Edition): Promise<PagefindResult[]> {
  const topical = tellingPhrases(phrases).filter((phrase) => !/^\p{N}+$/u.test(phrase));
  if (topical.length < 2) return [];
  const queries = topical.map((phrase) => (/\p{Script=Han}/u.test(phrase) && [...phrase].length > 1 ? exactRuns([phrase])[0]! : pagefindQuery(phrase, {})));
  const { results, held } = await holdingMost(engine, queries, filters, (id) => {
    const known = rows.get(id);
    return known !== undefined && known.edition === edition && PARTS.has(known.row.type);
  });
  const most = held[0]?.filter(Boolean).length ?? 0;
  return most >= 2 && most * 2 >= topical.length ? results : [];
}

/**
 * Whether the parts of a query's wholes are wanted before them: every candidate is a whole, and the query
 * asks more than a place and names none of them by it (a 文号, Opinions, "official interpretation").
 */
function wantsParts(query: string, phrases: readonly string[], candidates: readonly Candidate[], searchTable: SearchTable): boolean {
  if (candidates.length === 0 || !candidates.every((candidate) => WHOLES.has(candidate.row.type))) return false;
  const places = (placeNamesOfTable ??= placeWords(searchTable));
  const beyondPlaces = matchWords(phrases).filter((word) => !places.has(word));
  return beyondPlaces.length > 0 && findDocNumbers(query).length === 0 && !candidates.some((candidate) => namedBy(candidate, beyondPlaces));
}

let vocabulary: Promise<string[]> | undefined;
/** The index's English words, most frequent first: fetched only when a query finds nothing. */
function loadVocabulary(): Promise<string[]> {
  vocabulary ??= fetch(new URL('words.en.json', scripts)).then(async (response) => {
    if (!response.ok) throw new Error(`search: ${response.url} answered ${response.status}`);
    return ((await response.json()) as { words: string[] }).words;
  });
  return vocabulary;
}

/** A token of a query as a word: lower-cased, without the punctuation at its ends ("Trade-in," → trade-in). */
const bareWord = (token: string) => token.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** A query's English words as typed, hyphens kept (e-commerce), for synonyms and spelling. */
function latinWords(query: string): string[] {
  return query
    .split(/\s+/)
    .map(bareWord)
    .filter((word) => /\p{Script=Latin}/u.test(word));
}

/** The query with each word `replace` gives another for written so, its spaces kept; undefined when it gives none. */
function reworded(query: string, replace: (word: string) => string | undefined): string | undefined {
  let changed = false;
  const tokens = query.split(/(\s+)/).map((token) => {
    const other = replace(bareWord(token));
    if (other === undefined) return token;
    changed = true;
    return other;
  });
  return changed ? tokens.join('') : undefined;
}

/** At most this many rewordings of a query are searched for its synonyms. */
const SYNONYM_QUERIES = 6;

/** The query with one of its words (or phrases) replaced by a synonym from the reviewed list, each way it can be. */
function synonymQueries(query: string, groups: SearchTable['synonyms']): string[] {
  if (groups.length === 0 || !/\p{Script=Latin}/u.test(query)) return [];
  const spans = synonymSpans(latinWords(query), groups);
  const queries: string[] = [];
  spans.forEach((span, index) => {
    for (const alternative of span.alternatives) {
      queries.push(spans.map((other, at) => (at === index ? alternative : other.term)).join(' '));
    }
  });
  return queries.slice(0, SYNONYM_QUERIES);
}

/** Pagefind's results for the query and for each synonym rewording (those found only so a little lower). */
async function withSynonyms(engine: PagefindModule, query: string, phrases: string[], filters: Filters, groups: SearchTable['synonyms']): Promise<PagefindResult[]> {
  const rewordings = synonymQueries(query, groups);
  const [found, ...others] = await Promise.all([fullText(engine, query, phrases, filters), ...rewordings.map((reworded) => fullText(engine, reworded, queryPhrases(reworded, {}), filters))]);
  return merged(found!, others.flat(), SYNONYM_WEIGHT);
}

/** `found`, then the pages of `more` it lacks, their scores × `weight`. */
function merged(found: PagefindResult[], more: PagefindResult[], weight: number): PagefindResult[] {
  const seen = new Set(found.map((result) => result.id));
  const all = [...found];
  for (const result of more) {
    if (seen.has(result.id)) continue;
    seen.add(result.id);
    all.push({ ...result, score: result.score * weight });
  }
  return all;
}
/** How a page found only through a synonym ranks against one that has the reader's own word. */
const SYNONYM_WEIGHT = 0.8;

/** The English words of the table's names (titles, labels, other names), lower-cased: made once. */
function nameWords(searchTable: SearchTable): Set<string> {
  return (namedWords ??= new Set(
    searchTable.rows.flatMap((row) => [row.en, row.zh].flatMap((page) => (page ? [page.title, page.label ?? '', ...aliasesOf(row, page)] : []))).flatMap((name) => name.toLowerCase().split(/[^a-z]+/)),
  ));
}
let namedWords: Set<string> | undefined;

/** A phrase that may be a typo the search corrects: an English word of five letters or more (shorter ones have too many neighbours). */
const mayBeTypo = (phrase: string) => /^\p{Script=Latin}{5,}$/u.test(phrase);

/**
 * The query's words that may be typos (`mayBeTypo`) and that the index holds in no form (`mayHold`):
 * typo suspects, whatever Pagefind found for them. The names in the table answer most; the index's
 * English words are fetched only for a word they do not.
 */
async function unknownWords(phrases: readonly string[], searchTable: SearchTable): Promise<string[]> {
  const unnamed = phrases.filter((phrase) => mayBeTypo(phrase) && !mayHold(phrase, nameWords(searchTable)));
  if (unnamed.length === 0) return [];
  const known = await loadVocabulary();
  return unnamed.filter((word) => !mayHold(word, known));
}

/**
 * The query with each of the `missing` words (English, five letters or more, on no page) spelled as the
 * index has it, when one is a single edit away; undefined when none is.
 */
async function corrected(query: string, missing: readonly string[]): Promise<string | undefined> {
  if (!missing.some((word) => word.length >= 5)) return undefined;
  const known = await loadVocabulary();
  return reworded(query, (word) => (missing.includes(word) ? correctWord(word, known) : undefined));
}

/**
 * The query's English words that no page holds — not in the text (Pagefind finds nothing for the word
 * alone; in a longer query it would silently leave the word out), not in a page's names, and not
 * standing for a synonym the text uses.
 */
async function missingWords(engine: PagefindModule, query: string, phrases: readonly string[], filters: Filters, searchTable: SearchTable): Promise<string[]> {
  const latin = phrases.filter((phrase) => /^\p{Script=Latin}+(?:-\p{Script=Latin}+)*$/u.test(phrase));
  if (latin.length === 0) return [];
  const covered = new Set(synonymSpans(latinWords(query), searchTable.synonyms).filter((span) => span.alternatives.length > 0).flatMap((span) => span.term.split(/[\s-]+/)));
  const alone = await Promise.all(latin.map((word) => engine.search(word, { filters: toPagefindFilters(filters) })));
  return latin.filter((word, index) => alone[index]!.results.length === 0 && !covered.has(word) && nameMatches(searchTable, [word], 'en', filters).length === 0);
}

/**
 * The query with each English word written as the other variety of English spells it, where the index
 * prints that spelling (neighbourhood centre → neighborhood center: the translations mostly spell the
 * American way, a few words the British way), and whether the index prints every such word as the reader
 * spelled it too; undefined when no word has another spelling there. What the index prints is read from
 * the table's names and the index's English words (`printsWord`), not from Pagefind, which finds pages
 * for a spelling it holds in no form through the stem it shares with one it holds (enterprize: the
 * 87 pages of enterprise).
 */
async function spelledOtherwise(query: string, searchTable: SearchTable): Promise<{ query: string; asTypedToo: boolean } | undefined> {
  const asked = [...new Set(latinWords(query))].map((word) => ({ word, others: otherSpellings(word) })).filter(({ others }) => others.length > 0);
  if (asked.length === 0) return undefined;
  const names = nameWords(searchTable);
  // The index's words are fetched only when the names do not print every spelling asked about.
  const known = asked.every(({ word, others }) => [word, ...others].every((spelling) => printsWord(spelling, names))) ? names : (printedWords ??= new Set([...names, ...(await loadVocabulary())]));
  const spellings = new Map<string, string>();
  let asTypedToo = true;
  for (const { word, others } of asked) {
    const other = others.find((spelling) => printsWord(spelling, known));
    if (other === undefined) continue;
    spellings.set(word, other);
    if (!printsWord(word, known)) asTypedToo = false;
  }
  const respelled = reworded(query, (word) => spellings.get(word));
  return respelled === undefined ? undefined : { query: respelled, asTypedToo };
}
let printedWords: Set<string> | undefined;

/** Runs the full search: Pagefind's matches and the table's name matches, ranked together by the table. */
export async function search(query: string, filters: Filters, options: { edition: Edition }): Promise<SearchOutcome> {
  const searchTable = await loadTable();
  const engine = await loadEngine();
  const map = foldMapFor(query);
  let phrases = queryPhrases(query, map);
  const preferred = preferredEdition(query, filters, options.edition);
  const typed = phrases;
  // Typo suspects may need the index's English words: fetched beside the search, not after it.
  const unknownAsTyped = unknownWords(typed, searchTable);
  // Awaited below only while the query keeps its spelling; a failed fetch is reported there or by `corrected`.
  unknownAsTyped.catch(() => undefined);
  // The query as typed, and beside it (not before: most queries have no other spelling) whether the index spells some word the other way.
  const [asTyped, otherwise] = await Promise.all([
    Promise.all([withSynonyms(engine, query, phrases, filters, searchTable.synonyms), missingWords(engine, query, phrases, filters, searchTable)]),
    spelledOtherwise(query, searchTable),
  ]);
  let [found, missing] = asTyped;
  const asked = otherwise?.query ?? query;
  if (otherwise) {
    // Searched as the index spells them, those words are not missing; the reader's own spelling, where the
    // index has it too, still finds the pages that print it (centre, on Wuhan's plan), a little lower.
    phrases = queryPhrases(asked, map);
    [found, missing] = await Promise.all([withSynonyms(engine, asked, phrases, filters, searchTable.synonyms), missingWords(engine, asked, phrases, filters, searchTable)]);
    if (otherwise.asTypedToo) found = merged(found, asTyped[0], SYNONYM_WEIGHT);
  }
  // A word on no page may be a typo of one that is: search the corrected spelling, and say so. When
  // nothing matched at all, any long English word may be the typo; else a word the index holds in no
  // form is one too, though Pagefind found pages for it (by a shorter word); correctWord leaves the index's own words alone.
  const suspects = found.length === 0 ? phrases.filter(mayBeTypo) : [...new Set([...missing, ...(await (phrases === typed ? unknownAsTyped : unknownWords(phrases, searchTable)))])];
  let spelled = await corrected(asked, suspects);
  if (spelled) {
    const respelled = queryPhrases(spelled, map);
    const [refound, stillMissing] = await Promise.all([withSynonyms(engine, spelled, respelled, filters, searchTable.synonyms), missingWords(engine, spelled, respelled, filters, searchTable)]);
    if (refound.length > 0) [found, missing, phrases] = [refound, stillMissing, respelled];
    else spelled = undefined;
  }
  let partial = found.length > 0 && missing.length > 0 && phrases.length > 1;
  if (found.length === 0) {
    ({ results: found, words: phrases } = await closest(engine, phrases, filters));
    partial = found.length > 0;
  }
  const rows = (rowsById ??= indexRows(searchTable));
  const candidatesOf = (pages: readonly PagefindResult[]): Candidate[] =>
    pages.flatMap((result) => {
      const known = rows.get(result.id);
      return known ? [{ ...known, score: result.score }] : [];
    });
  const candidates = candidatesOf(found);
  // Pages found by their names alone (an alias, a 文号 written another way) join with the best full-text score.
  const top = Math.max(1, ...candidates.map((candidate) => candidate.score));
  const seen = new Set(candidates.map((candidate) => candidate.page.id));
  for (const candidate of nameMatches(searchTable, phrases, preferred, filters)) if (!seen.has(candidate.page.id)) candidates.push({ ...candidate, score: top });
  // Parts that hold most of the words in one place come before wholes that hold them all only far apart.
  const parts = wantsParts(query, phrases, candidates, searchTable) ? await partsHoldingMost(engine, phrases, filters, rows, preferred) : [];
  for (const result of [...parts, ...found]) results.set(result.id, result);
  const hits = oneHitPerEntity([...rank(candidatesOf(parts), phrases), ...rank(candidates, phrases)], preferred);
  const byNumber = numbered(query, searchTable, preferred, filters).map((candidate) => ({ ...toHit(candidate, Infinity), numbered: true }));
  const compared = comparison(query, searchTable, filters, preferred);
  const first = [...(compared ? [compared] : []), ...byNumber.slice(0, 1)];
  const rest = hits.filter((hit) => !first.some((chosen) => chosen.key === hit.key));
  return { query, phrases: otherwise ? [...new Set([...phrases, ...typed])] : phrases, hits: [...first, ...rest], partial, alsoNumbered: byNumber.slice(1), corrected: spelled };
}

/** Removes markup from Pagefind's excerpt (escaped text with <mark>s) and the spaces the index put in. */
function plainText(html: string): string {
  return new DOMParser().parseFromString(unspace(html), 'text/html').body.textContent ?? '';
}

/**
 * Fetches the excerpts (Pagefind's fragments) of the given hits — only those shown — with the
 * paragraphs that answer the query best (its runs as typed first, then Pagefind's order).
 */
export async function loadExcerpts(hits: Hit[], phrases: string[], subHits = 3): Promise<void> {
  const words = matchWords(phrases);
  await Promise.all(
    hits.map(async (hit) => {
      if (hit.excerpt !== undefined || !hit.id) return;
      const result = results.get(hit.id);
      if (!result) return;
      const data = await result.data();
      hit.excerpt = plainText(data.excerpt);
      const sections = data.sub_results
        .filter((sub) => sub.anchor !== undefined && sub.url !== data.url)
        .map((sub) => ({ url: sub.url, title: plainText(sub.title), excerpt: plainText(sub.excerpt) }));
      // A page in Traditional script has headings in it, which the sections' order compares with the folded query.
      hit.subHits = orderSections(sections, words, hit.row.traditional ? foldMap() : {}).slice(0, subHits);
    }),
  );
}
