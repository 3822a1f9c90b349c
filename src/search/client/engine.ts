/**
 * The search itself, for both interfaces (the header box and the search page): prepares the query the
 * way the index was prepared (src/search/terms.ts), asks Pagefind, and turns its results into one hit
 * per entity — a task found on its Chinese and its English page is one hit, shown in the edition whose
 * language the query is written in, with a link to the other.
 */
import { needsFolding, queryPhrases, queryText, spaceWords, unspace, type CharMap } from '../terms.ts';
import type { Facet } from '../facets.ts';

/** Traditional characters the fold map changes; generated at build time (scripts/index/client-bundle.ts). */
declare const __FOLDABLE__: string;
/** The index design the build chose (scripts/index/pagefind.ts); only `full` is the site's, the others are measured. */
declare const __DESIGN__: 'pagefind' | 'one-index' | 'words-only' | 'words' | 'full';
const PREPARED = __DESIGN__ !== 'pagefind' && __DESIGN__ !== 'one-index';
const UNIT = __DESIGN__ === 'words-only' || __DESIGN__ === 'words' ? 'word' : 'char';

export type Edition = 'zh' | 'en';
export type Filters = Partial<Record<Facet, string[]>>;

export interface SubHit {
  url: string;
  title: string;
  excerpt: string;
}
export interface Hit {
  /** The page's path without the edition prefix: the same for both editions of an entity. */
  key: string;
  /** Pagefind's score, reweighted by how well the title and label answer the query (see `rank`). */
  score: number;
  /** The national task a local task repeats word for word (its key). */
  adopts?: string;
  url: string;
  edition: Edition;
  type: string;
  title: string;
  /** The title as the page prints it, when the index folded it (a Traditional-script title). */
  originalTitle?: string;
  label?: string;
  assignees?: string;
  /** Pagefind's excerpt: escaped HTML with <mark> around matches. */
  excerpt: string;
  /** The excerpt was folded into Simplified script from a Traditional-script text. */
  folded: boolean;
  subHits: SubHit[];
  /** The same entity's page in the other edition, when it matched too. */
  other?: { url: string; edition: Edition };
}
export interface SearchOutcome {
  query: string;
  /** The query as the index understands it. */
  processed: string;
  /** The reader's runs, folded (Chinese runs whole). */
  phrases: string[];
  hits: Hit[];
  /** Pages that matched (both editions counted). */
  pages: number;
}

interface PagefindSubResult { url: string; title: string; excerpt: string; anchor?: unknown }
interface PagefindData { url: string; excerpt: string; meta: Record<string, string | undefined>; sub_results: PagefindSubResult[] }
interface PagefindResult { id: string; score: number; data: () => Promise<PagefindData> }
interface PagefindSearch { results: PagefindResult[] }
interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch>;
}

const bundle = new URL('../pagefind/', import.meta.url);
const foldUrl = new URL('fold.json', import.meta.url);
/** The site's base path (/ or /policy-site/), for telling an edition from a path. */
const base = new URL('../', import.meta.url).pathname;

let pagefind: Promise<PagefindModule> | undefined;
let foldMap: Promise<CharMap> | undefined;

/** Loads Pagefind (once); called when the reader focuses a search box, so the first search is quick. */
export function loadEngine(): Promise<PagefindModule> {
  pagefind ??= (async () => {
    const module = (await import(`${bundle.href}pagefind.js`)) as PagefindModule;
    await module.options({ excerptLength: 28, excerptEllipsis: '…' });
    await module.init();
    return module;
  })();
  return pagefind;
}

/** The Traditional → Simplified map, fetched only for a query that holds a character it changes. */
function foldMapFor(query: string, always = false): Promise<CharMap> {
  if (!always && !needsFolding(query, __FOLDABLE__)) return Promise.resolve({});
  foldMap ??= fetch(foldUrl).then((response) => {
    if (!response.ok) throw new Error(`search: ${foldUrl.href} answered ${response.status}`);
    return response.json().then((file: { chars: CharMap }) => file.chars);
  });
  return foldMap;
}

/** The same map for the highlighter, which folds page text as well as the query. */
export function loadFoldMap(): Promise<CharMap> {
  return foldMapFor('', true);
}

/**
 * Prepares a query: folds Traditional characters and cuts Chinese text as the index did (`processed`);
 * `phrases` are the reader's runs (Chinese runs whole), for ranking and highlighting.
 */
export async function prepare(query: string): Promise<{ processed: string; phrases: string[] }> {
  const map = PREPARED ? await foldMapFor(query) : {};
  const processed = PREPARED ? queryText(query, map, UNIT) : query.trim();
  return { processed, phrases: queryPhrases(query, map) };
}

/** Pagefind's exact-phrase form of a Chinese run (its characters, quoted: they must stand in a row). */
function exactPhrase(phrase: string): string {
  return `"${spaceWords(phrase, UNIT)}"`;
}

function editionOf(url: string): { edition: Edition; key: string } {
  const path = url.startsWith(base) ? url.slice(base.length - 1) : url;
  return path.startsWith('/en/') ? { edition: 'en', key: path.slice(3) } : { edition: 'zh', key: path };
}

/** The edition a query asks for: Chinese if it has Chinese characters, English if it has Latin letters. */
export function queryEdition(query: string, fallback: Edition): Edition {
  if (/\p{Script=Han}/u.test(query)) return 'zh';
  if (/\p{Script=Latin}/u.test(query)) return 'en';
  return fallback;
}

function toPagefindFilters(filters: Filters): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [facet, values] of Object.entries(filters)) if (values && values.length > 0) out[facet] = { any: values };
  return out;
}

/** One mark for a run of marked characters: <mark>陶</mark><mark>瓷</mark> → <mark>陶瓷</mark>. */
function joinMarks(html: string): string {
  return html.replace(/<\/mark>(\s?)<mark>/g, '$1');
}

function toHit(data: PagefindData, score: number): Hit {
  const { edition, key } = editionOf(new URL(data.url, location.href).pathname);
  const meta = data.meta;
  return {
    key,
    score,
    adopts: meta.adopts,
    url: data.url,
    edition,
    type: meta.type ?? 'page',
    title: unspace(meta.title ?? data.url),
    originalTitle: meta.original_title,
    label: meta.label,
    assignees: meta.assignees,
    excerpt: joinMarks(unspace(data.excerpt)),
    folded: meta.script === 'zh-Hant',
    subHits: data.sub_results
      .filter((sub) => sub.anchor !== undefined && sub.url !== data.url)
      .map((sub) => ({ url: sub.url, title: unspace(sub.title), excerpt: joinMarks(unspace(sub.excerpt)) })),
  };
}

/** Sub-results shown under a hit. */
const SUB_HITS = 3;

/**
 * The paragraphs or sections that answer the query best: those holding its runs as typed, then
 * Pagefind's order (which counts matched characters, wherever they stand).
 */
function withBestSubHits(hit: Hit, phrases: string[]): Hit {
  const plain = (html: string) => html.replace(/<[^>]*>/g, '');
  const lower = phrases.map((phrase) => phrase.toLowerCase());
  const best = hit.subHits
    .map((sub, index) => ({ sub, index, answer: answered(`${sub.title} ${plain(sub.excerpt)}`, lower) }))
    .sort((a, b) => b.answer - a.answer || a.index - b.index)
    .slice(0, SUB_HITS)
    .map(({ sub }) => sub);
  return { ...hit, subHits: best };
}

/** Share of `text`'s letters covered by the query's words. */
function coverage(text: string, words: string[]): number {
  const letters = text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (!letters) return 0;
  const covered = new Array<boolean>(letters.length).fill(false);
  for (const word of words) {
    for (let at = letters.indexOf(word); at !== -1; at = letters.indexOf(word, at + 1)) covered.fill(true, at, at + word.length);
  }
  return covered.filter(Boolean).length / letters.length;
}

/** Share of the query's letters found in `text`. */
function answered(text: string, words: string[]): number {
  const haystack = text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const total = words.reduce((sum, word) => sum + word.length, 0);
  return total === 0 ? 0 : words.filter((word) => haystack.includes(word)).reduce((sum, word) => sum + word.length, 0) / total;
}

/**
 * Reorders Pagefind's results by what a reader means by a match: a page whose title (or label:
 * 任务60, 商资发〔2024〕314号) is what they typed comes first. Pagefind's score only sees words, and
 * prefers short pages: a department that mentions 商务部 would beat 商务部's own page.
 * A local task that repeats a national task word for word ranks right after it, unless the query
 * names something only the local task has (武汉, its lead unit).
 */
function rank(hits: Hit[], words: string[]): Hit[] {
  const lower = words.map((word) => word.toLowerCase());
  const scored = hits.map((hit) => {
    const named = `${hit.title} ${hit.label ?? ''}`;
    const byTitle = Math.max(coverage(hit.title, lower), hit.label ? coverage(hit.label, lower) : 0);
    return { hit, asked: answered(named, lower), score: hit.score * (1 + answered(named, lower)) * (1 + 2 * byTitle) };
  });
  for (const entry of scored) {
    const original = entry.hit.adopts && scored.find((other) => other.hit.key === entry.hit.adopts && other.hit.edition === entry.hit.edition);
    if (original && entry.asked <= original.asked) entry.score = Math.min(entry.score, original.score * 0.999);
  }
  return scored.sort((a, b) => b.score - a.score).map(({ hit, score }) => ({ ...hit, score }));
}

/**
 * Runs a search. `limit` pages are loaded (their data is fetched one small file each); the hits are
 * those pages grouped by entity, best first.
 */
export async function search(query: string, filters: Filters, options: { limit: number; edition: Edition }): Promise<SearchOutcome> {
  const engine = await loadEngine();
  const { processed, phrases } = await prepare(query);
  const pagefindFilters = toPagefindFilters(filters);
  // Every character of the query must be on a page (the search). Each Chinese run of two characters or
  // more is also searched as typed, characters in a row (one exact search per run): when pages hold
  // every run as typed, they are the results; only when none does are pages with the characters apart
  // shown (钢铁行业碳足迹 for 钢铁行业重点产品碳足迹…).
  const runs = __DESIGN__ === 'full' ? phrases.filter((phrase) => /\p{Script=Han}/u.test(phrase) && [...phrase].length > 1) : [];
  const [found, ...exact] = await Promise.all([engine.search(processed, { filters: pagefindFilters }), ...runs.map((run) => engine.search(exactPhrase(run), { filters: pagefindFilters }))]);
  const inRow = exact.map((result) => new Set(result.results.map((entry) => entry.id)));
  const asTyped = found.results.filter((result) => inRow.every((ids) => ids.has(result.id)));
  const matching = asTyped.length > 0 ? asTyped : found.results;
  const ordered = matching.map((result) => ({ result, score: result.score })).sort((a, b) => b.score - a.score);
  const top = ordered.slice(0, options.limit);
  const loaded = await Promise.all(top.map(({ result }) => result.data()));
  const preferred = filters.lang?.length === 1 ? (filters.lang[0] as Edition) : queryEdition(query, options.edition);
  const groups = new Map<string, Hit[]>();
  const pages = loaded.map((data, index) => withBestSubHits(toHit(data, top[index]!.score), phrases));
  for (const hit of __DESIGN__ === 'full' || __DESIGN__ === 'words' ? rank(pages, phrases) : pages) {
    const group = groups.get(hit.key);
    if (group) group.push(hit);
    else groups.set(hit.key, [hit]);
  }
  const hits = [...groups.values()].map((group) => {
    const chosen = group.find((hit) => hit.edition === preferred) ?? group[0]!;
    const other = group.find((hit) => hit !== chosen);
    return other ? { ...chosen, other: { url: other.url, edition: other.edition } } : chosen;
  });
  return { query, processed, phrases, hits, pages: matching.length };
}
