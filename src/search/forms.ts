/**
 * The forms a reader's query takes that plain word search misses: a numbered task or measure
 * ("task 47", 措施十一, （十一）), a document number in any bracket style (商资发[2024]314号), a
 * synonym, a typo, and where to mark what was typed in a result.
 *
 * Pure functions only (no DOM, no fetch, no Pagefind) and no tables: this ships to the browser, and
 * the search client decides what to do with the answers.
 */
import { narrowAlnum } from './terms.ts';

const DIGIT: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** 二十三 → 23, 一百零四 → 104, 两 → 2, ４７ → 47; undefined for anything that is not one number. */
export function chineseNumeral(text: string): number | undefined {
  const plain = narrowAlnum(text.trim());
  if (/^\d+$/.test(plain)) return Number(plain);
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(plain)) return undefined;
  let total = 0;
  let pending: number | undefined;
  let lastUnit = Infinity;
  let zero = false;
  for (const char of plain) {
    const unit = UNIT[char];
    if (unit === undefined) {
      if (pending !== undefined) return undefined; // 一二: digits one by one are not a numeral here
      if (char === '零' || char === '〇') zero = true;
      else pending = DIGIT[char];
      continue;
    }
    if (unit >= lastUnit || (pending === undefined && unit !== 10)) return undefined; // 十十, 百
    total += (pending ?? 1) * unit; // a leading 十 is 10 (十一), as is 一百十's
    pending = undefined;
    lastUnit = unit;
  }
  // 一百四 is 140 in speech; with 零 (一百零四) the digit is units.
  if (pending !== undefined) total += lastUnit > 10 && lastUnit !== Infinity && !zero ? (pending * lastUnit) / 10 : pending;
  return total;
}

/**
 * A reader asking for one numbered task (of the Task List), measure (（一）…（十七） of a document), item
 * (第三条, "article 3": a measure or a task, whichever the document named has) or task category (三（四）).
 */
export interface NumberQuery {
  kind: 'task' | 'measure' | 'item' | 'category';
  number: number;
  /** A category's second number: 三（四） is category 3-4. */
  section?: number;
  /** What else the query says, lower-cased ("wuhan", "意见"): which document to look in. */
  documentHint?: string;
  /** The query without the number part. */
  rest: string;
}

/** A number: up to three Arabic digits (task numbers run to 104, so 2024 and 12345 are not), or a Chinese numeral. */
const N = '(?<![\\d零〇一二两三四五六七八九十百千])(\\d{1,3}|[零〇一二两三四五六七八九十百千]+)(?![\\d零〇一二两三四五六七八九十百千])';
const HAS_NUMBER = /[\d零〇一二两三四五六七八九十百千]/;
/** After a number that ends the form: no letter or digit, so 任务十分重要 and "task 5g" are not asks. */
const END = '(?![\\p{L}\\p{N}])';
const NO = '\\s*(?:no\\.?|number|#)?\\s*';
/**
 * Tried in order: 第十一项措施 must be a measure before 第十一项 is taken for a task, and 三（四） a category
 * before （四） is taken for a measure.
 */
const NUMBER_FORMS: ReadonlyArray<readonly [NumberQuery['kind'], RegExp]> = [
  ['task', new RegExp(`第\\s*${N}\\s*[项条]\\s*任务`, 'u')],
  ['measure', new RegExp(`第\\s*${N}\\s*[项条]?\\s*措施`, 'u')],
  ['category', new RegExp(`${N}\\s*[(（]\\s*${N}\\s*[)）]`, 'u')],
  ['task', new RegExp(`第\\s*${N}\\s*项|任务\\s*${N}${END}|${N}\\s*号任务|(?<!\\p{L})(?:tasks?|rows?)${NO}${N}${END}`, 'iu')],
  ['measure', new RegExp(`措施\\s*${N}${END}|(?<!\\p{L})measures?${NO}[(（]?\\s*${N}\\s*[)）]?${END}|[(（]\\s*${N}\\s*[)）]`, 'iu')],
  ['item', new RegExp(`第\\s*${N}\\s*条|(?<!\\p{L})(?:items?|articles?)${NO}${N}${END}`, 'iu')],
];

/**
 * Recognises "task 47", "第47项任务", "47号任务", "措施十一", "Measure (11)", "（十一）", "第三条", "row 16",
 * "三（四）", with a word naming the document before or after ("Wuhan task 5"). A bare number is not an ask: 12345 is the
 * hotline of task 60, 2024 a year, 5G a technology.
 */
export function parseNumberQuery(query: string): NumberQuery | undefined {
  const plain = narrowAlnum(query).replace(/\s+/g, ' ').trim();
  // Every form holds a number; most queries hold none, and the forms are dear to compile on a first query.
  if (!HAS_NUMBER.test(plain)) return undefined;
  for (const [kind, form] of NUMBER_FORMS) {
    const match = form.exec(plain);
    const [number, section] = (match?.slice(1).filter((group) => group !== undefined) ?? []).map(chineseNumeral);
    if (!match || number === undefined || number < 1) continue;
    if (kind === 'category' && !(section && section >= 1)) continue;
    // Spaces and punctuation left at the edges ("Wuhan, task 5") belong to neither the number nor the hint.
    const rest = `${plain.slice(0, match.index)} ${plain.slice(match.index + match[0].length)}`.replace(/\s+/g, ' ').replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
    const asked = kind === 'category' ? { kind, number, section } : { kind, number };
    return rest ? { ...asked, documentHint: rest.toLowerCase(), rest } : { ...asked, rest };
  }
  return undefined;
}

/**
 * Issuer (1–8 Han characters), year in any brackets, number, 号: the 文号 of a Chinese official document.
 * The issuer may be missing here, so that a query for [2024]314号 folds to a key (see `docNumberKeys`).
 */
const DOC_NUMBER = /(\p{Script=Han}{0,8})\s*[〔[(（【]\s*([\d０-９]{4})\s*[〕\])）】]\s*第?\s*([\d０-９]+)\s*号/gu;
/** Words that run into an issuer in prose (按照商资发〔2024〕314号) and are not part of it. */
const LEAD_IN = /^(?:根据|按照|依据|参照|印发|转发|详见|另见|见)/u;

/** A 文号 as found in prose, without a word that ran into its issuer (依据国发〔2019〕1号 → 国发〔2019〕1号). */
export function withoutLeadIn(docNumber: string): string {
  return docNumber.replace(LEAD_IN, '');
}

/** Every bracket style of a 文号's year as the official 〔〕, digits narrowed, spaces and a 第 before the number dropped: 商资发〔2024〕314号. */
export function canonicalDocNumber(text: string): string {
  // Most names hold no 文号, and the pattern is dear on Chinese text (it tries every position).
  if (!text.includes('号')) return text;
  return text.replace(DOC_NUMBER, (_, issuer: string, year: string, number: string) => `${issuer}〔${narrowAlnum(year)}〕${narrowAlnum(number)}号`);
}

/** The 文号s a text cites, canonical, each once, in order of first appearance. */
export function findDocNumbers(text: string): string[] {
  if (!text.includes('号')) return [];
  const found = [...text.matchAll(DOC_NUMBER)]
    .map(([whole, issuer = '']) => ({ whole, issuer, cited: withoutLeadIn(issuer) }))
    .filter(({ cited }) => cited) // （2023）5号 and 见（2023）5号 name no issuer
    .map(({ whole, issuer, cited }) => cited + canonicalDocNumber(whole).slice(issuer.length));
  return [...new Set(found)];
}

/**
 * The forms readers type for a canonical 文号, to match a query against (after `canonicalDocNumber`
 * and with spaces removed). For 商资发〔2024〕314号:
 * - 商资发〔2024〕314号 — the official form (and every bracket style, once canonical);
 * - 商资发2024314号 — typed without brackets (no 〔〕 key on a keyboard), and 商资发2024年314号, the year with 年;
 * - 商资发2024第314号 — with the 第 some citations print before the number (商资发（2024）第314号 once
 *   its brackets are dropped, as a query's words are);
 * - 〔2024〕314号 and 2024314号 — the issuer left out, as on a page that already names it;
 * - 商资发314号 — the year left out, as officials say it;
 * - 314号文 — "document 314", the spoken short form (314号文件 is matched as it: `matchable`).
 * Not 314号 alone: every issuer has a 314号 each year. Text that is not a 文号 is its own only key.
 */
export function docNumberKeys(docNumber: string): string[] {
  const match = /^(\p{Script=Han}{1,8})〔(\d{4})〕(\d+)号$/u.exec(docNumber);
  if (!match) return [docNumber];
  const [, issuer, year, number] = match;
  return [docNumber, `${issuer}${year}${number}号`, `${issuer}${year}年${number}号`, `${issuer}${year}第${number}号`, `〔${year}〕${number}号`, `${year}${number}号`, `${issuer}${number}号`, `${number}号文`];
}

/** Terms that mean the same to a reader: "SMEs", "small and medium-sized enterprises", "中小企业". */
export interface SynonymGroup {
  terms: string[];
}

/** Query words `from` (inclusive) to `to` (exclusive), as typed and joined by spaces, and what else they may be. */
export interface SynonymSpan {
  from: number;
  to: number;
  term: string;
  alternatives: string[];
}

/**
 * Cuts the query words into spans that cover them all, in order: a run of words that spells a term of
 * a group (whole words, case-insensitive, the longest term first) is one span with the group's other
 * terms as alternatives; any other word is a span of its own with none. So the client can rebuild the
 * query span by span, a multi-word term replaced as a whole.
 */
export function synonymSpans(words: readonly string[], groups: readonly SynonymGroup[]): SynonymSpan[] {
  const split = (term: string) => term.toLowerCase().split(/\s+/).filter(Boolean);
  const lower = words.map((word) => word.toLowerCase());
  const spans: SynonymSpan[] = [];
  for (let from = 0; from < words.length; ) {
    let to = from + 1;
    let alternatives = new Set<string>();
    let best = 0;
    for (const { terms } of groups) {
      for (const term of terms) {
        const parts = split(term);
        if (parts.length < best || parts.length === 0 || !parts.every((part, i) => lower[from + i] === part)) continue;
        if (parts.length > best) alternatives = new Set();
        best = parts.length;
        to = from + best;
        for (const other of terms) if (split(other).join(' ') !== parts.join(' ')) alternatives.add(other);
      }
    }
    spans.push({ from, to, term: words.slice(from, to).join(' '), alternatives: [...alternatives] });
    from = to;
  }
  return spans;
}

/**
 * How the other variety of English spells a word, British ↔ American, by the endings that differ:
 * neighbourhood ↔ neighborhood, centre ↔ center, organisation ↔ organization, analyse ↔ analyze,
 * catalogue ↔ catalog, licence ↔ license, modelling ↔ modeling, programme ↔ program. Only candidates:
 * a rule also turns "sector" into "sectour", so the caller keeps those the index holds.
 */
export function otherSpellings(word: string): string[] {
  const typed = word.toLowerCase();
  if (typed.length < 5 || !/^[a-z]+$/.test(typed)) return [];
  const found = new Set<string>();
  for (const [pattern, replacement] of SPELLING_RULES) if (pattern.test(typed)) found.add(typed.replace(pattern, replacement));
  return [...found];
}
const SUFFIXES = '(s|ed|ing|ite|ites|able|ably|hood|hoods|er|ers|ful|less)?';
/** Each rule one way, each with its way back; none gives back the word it was given. */
const SPELLING_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [new RegExp(`^([a-z]{2,})our${SUFFIXES}$`), '$1or$2'],
  [new RegExp(`^([a-z]{2,}[^aeiou])or${SUFFIXES}$`), '$1our$2'],
  [/^([a-z]{2,}[bt])re(s)?$/, '$1er$2'],
  [/^([a-z]{2,}[bt])er(s)?$/, '$1re$2'],
  [/^([a-z]{3,})is(e|ed|es|ing|ation|ations|ational|er|ers)$/, '$1iz$2'],
  [/^([a-z]{3,})iz(e|ed|es|ing|ation|ations|ational|er|ers)$/, '$1is$2'],
  [/^([a-z]{2,})ys(e|ed|es|ing)$/, '$1yz$2'],
  [/^([a-z]{2,})yz(e|ed|es|ing)$/, '$1ys$2'],
  [/^([a-z]{3,})ogue(s)?$/, '$1og$2'],
  [/^([a-z]+(?:al|at|ec))og(s)?$/, '$1ogue$2'],
  [/^([a-z]*(?:licen|defen|offen|preten))ce(s)?$/, '$1se$2'],
  [/^([a-z]*(?:licen|defen|offen|preten))se(s)?$/, '$1ce$2'],
  [/^([a-z]{2,}[aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
  [/^([a-z]{2,}[aeiou])l(ed|ing|er|ers)$/, '$1ll$2'],
  [/^([a-z]*)programme(s)?$/, '$1program$2'],
  [/^([a-z]*)program(s)?$/, '$1programme$2'],
];

/** A vocabulary's words by lower case, with their rank (place in an ordered list; 0 for a set). */
const ranked = new WeakMap<object, Map<string, { word: string; rank: number }>>();
function rankVocabulary(vocabulary: ReadonlySet<string> | readonly string[]): Map<string, { word: string; rank: number }> {
  let index = ranked.get(vocabulary);
  if (!index) {
    index = new Map();
    const ordered = Array.isArray(vocabulary);
    let rank = 0;
    for (const word of vocabulary) if (!index.has(word.toLowerCase())) index.set(word.toLowerCase(), { word, rank: ordered ? rank++ : 0 });
    ranked.set(vocabulary, index);
  }
  return index;
}

/** Every string one edit away: deletion, adjacent transposition, substitution, insertion (a–z). */
function* edits(word: string): Generator<string> {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) yield head + tail.slice(1);
    if (tail.length > 1) yield head + tail[1] + tail[0] + tail.slice(2);
    for (const letter of letters) {
      if (tail) yield head + letter + tail.slice(1);
      yield head + letter + tail;
    }
  }
}

/**
 * The vocabulary word one typo away from an English word of five letters or more (shorter words have
 * too many neighbours to guess): the most frequent of an ordered list (most frequent first), else the
 * first alphabetically. The word's own edits are looked up (~54·n), so a 10,000-word vocabulary costs
 * nothing per keystroke once indexed. The index is kept per vocabulary object: pass the same object
 * each time, and a new one (not a changed one) when the vocabulary changes.
 */
export function correctWord(word: string, vocabulary: ReadonlySet<string> | readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  if (typed.length < 5 || !/^[a-z]+$/.test(typed)) return undefined;
  const index = rankVocabulary(vocabulary);
  if (index.has(typed)) return undefined;
  let best: { word: string; rank: number } | undefined;
  for (const edit of edits(typed)) {
    const found = index.get(edit);
    if (found && (!best || found.rank < best.rank || (found.rank === best.rank && found.word < best.word))) best = found;
  }
  return best?.word;
}

/**
 * Whether the index may hold an English word in some form: one of `known` (words the index prints)
 * begins with the word's first letters, all but its last three and four at least — what stemming leaves
 * of it (rated → rate…, standardizing → standardiz…). Pagefind's own answer cannot tell: for a word it
 * holds in no form it still finds pages, through the longest word of its loaded index chunks that begins
 * the word (sofware → so), so what it finds depends on the queries before.
 */
export function mayHold(word: string, known: Iterable<string>): boolean {
  const typed = word.toLowerCase();
  const stem = typed.slice(0, Math.max(4, typed.length - 3));
  for (const candidate of known) if (candidate.startsWith(stem)) return true;
  return false;
}

/**
 * Whether the index prints an English word as spelled, give or take a plain inflection (centre, centres,
 * centred): `known` is every word it prints. Stricter than `mayHold`, whose stem would let another
 * spelling through on the first letters it shares with a word the index has (enterprize → enterpr…,
 * which enterprise begins with).
 */
export function printsWord(word: string, known: ReadonlySet<string>): boolean {
  const typed = word.toLowerCase();
  const bare = typed.replace(INFLECTED, '');
  return [typed, bare, `${bare}e`, ...PLAIN_INFLECTIONS.map((ending) => bare + ending)].some((form) => known.has(form));
}

/** The endings an English word takes that leave it the same word to a reader (and to the highlighter). */
const PLAIN_INFLECTIONS = ['ing', 'es', 'ed', 's', 'd'];
/** A plain inflection at a word's end (the longest that ends it: centres → centr). */
const INFLECTED = new RegExp(`(?:${PLAIN_INFLECTIONS.join('|')})$`);

/** Where a <mark> goes: `start` inclusive, `end` exclusive, in UTF-16 units of the text. */
export interface MarkRange {
  start: number;
  end: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A letter or digit of a Latin word; Han is not, so "ESG评价" still has "ESG" as a whole word. */
const WORDLIKE = '(?:(?!\\p{Script=Han})[\\p{L}\\p{N}])';

/** The pattern for one phrase: a Chinese run as typed; a Latin word whole, with its plain inflections; a number whole. */
function phrasePattern(phrase: string): RegExp {
  if (/\p{Script=Han}/u.test(phrase)) return new RegExp(escape(phrase), 'giu');
  const inflections = /^\p{L}+$/u.test(phrase) ? `(?:${PLAIN_INFLECTIONS.join('|')})?(?:['’]s)?` : '';
  return new RegExp(`(?<!${WORDLIKE})${escape(phrase)}${inflections}(?!${WORDLIKE})`, 'giu');
}

/**
 * Where to mark the phrases a reader typed (see `queryPhrases` in terms.ts) in a text: longest match
 * first, ranges sorted and not overlapping. `fold` (Traditional → Simplified) must map one character
 * to one, so the positions found in the folded text hold in the original.
 */
export function markRanges(text: string, phrases: readonly string[], fold: (text: string) => string = (same) => same): MarkRange[] {
  const folded = narrowAlnum(fold(text));
  if (folded.length !== text.length) throw new RangeError(`markRanges: fold changed the text's length (${text.length} → ${folded.length})`);
  const found: MarkRange[] = [];
  for (const phrase of new Set(phrases.map((typed) => narrowAlnum(fold(typed.trim()))).filter(Boolean))) {
    for (const match of folded.matchAll(phrasePattern(phrase))) found.push({ start: match.index, end: match.index + match[0].length });
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: MarkRange[] = [];
  for (const range of found) if (kept.every((other) => range.end <= other.start || range.start >= other.end)) kept.push(range);
  return kept.sort((a, b) => a.start - b.start);
}
