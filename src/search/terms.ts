/**
 * How text becomes search words — one module for both sides of the search, so that the words the
 * index holds and the words a query asks for are cut the same way.
 *
 * The build (scripts/index/) runs `indexText` over every text node of a page before Pagefind sees it;
 * the browser (src/search/client/) runs `queryText` over what the reader typed. Pagefind then only
 * splits on spaces (the index is built with `forceLanguage: 'en'`, see scripts/index/pagefind.ts).
 * Both sides cut Chinese the same way — into single characters in the design the site ships (`full`,
 * scripts/index/designs.ts), into ICU's words (`Intl.Segmenter`) in the `words` designs the benchmark
 * compares — and fold Traditional characters into Simplified with the same character map, so 電池 and
 * 电池 are one word.
 */

/** A Traditional → Simplified character map (one character to one character, so positions survive). */
export type CharMap = Readonly<Record<string, string>>;

const HAN = /\p{Script=Han}/u;
/** A character of Chinese running text: Han, CJK punctuation, full-width forms. */
const CJK_CHAR = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2014\u2026]/u;

let segmenter: Intl.Segmenter | undefined;
/** ICU's words. Made on first use: creating a segmenter loads ICU's dictionaries, 70–130 ms on a slow phone. */
function words(text: string): Iterable<Intl.SegmentData> {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter.segment(text);
}

/**
 * Text that ICU's word breaking can only cut where cutting it into code points would put the same spaces
 * (`spaceWords` spaces only at the edges of Chinese characters and punctuation): Han, ASCII, Latin
 * letters, whitespace, and the Chinese punctuation and full-width forms that Unicode's word-break rules
 * never join to a neighbour. Not the ones they may join: curly apostrophes and full-width ＇ ． ， ； ：
 * (between letters or digits, as in "China’s"), full-width letters, digits and ＿, kana repeat marks and 〼,
 * combining marks, half-width kana and Hangul. tests/unit/search-terms-fast.test.ts holds the two ways
 * equal over every text of the seeds and generated mixtures.
 */
const CUT_BY_CHARACTER = /^(?:(?![\u00ad\u2018\u2019\u302a-\u302f\u3031-\u3035\u303c\uff07\uff0c\uff0e\uff10-\uff1b\uff21-\uff3a\uff3f\uff41-\uff5a\uff61-\uffef])[\p{Script=Han}\s\x00-\u024f\u3000-\u303f\uff00-\uffef\u201c\u201d\u2014\u2026])*$/u;

/** How Chinese text is cut: into words (ICU's dictionary) or into single characters. */
export type Unit = 'word' | 'char';

/**
 * Chinese characters one by one, other text in ICU's words — without ICU where it could not cut
 * differently (`CUT_BY_CHARACTER`): a query typed in a search box never waits for ICU to load.
 */
function* characters(text: string): Generator<{ segment: string }> {
  if (CUT_BY_CHARACTER.test(text)) {
    for (const char of text) yield { segment: char };
    return;
  }
  for (const { segment } of words(text)) {
    if (HAN.test(segment)) for (const char of segment) yield { segment: char };
    else yield { segment };
  }
}

/** Full-width digits and Latin letters (１２３４５, ＥＳＧ) as ASCII, one UTF-16 unit for one (so positions survive); punctuation keeps its width. */
export function narrowAlnum(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/** Folds Traditional characters into Simplified ones, character by character. */
export function foldScript(text: string, map: CharMap): string {
  let out = '';
  for (const char of text) out += map[char] ?? char;
  return out;
}

/** Does the text hold a character the map would change (so the map is worth loading)? */
export function needsFolding(text: string, foldable: string): boolean {
  for (const char of text) if (HAN.test(char) && foldable.includes(char)) return true;
  return false;
}

/**
 * Puts a space between the words of Chinese text (and around Chinese punctuation), leaving other
 * text as it is: "支撑设备更新、以旧换新" → "支撑 设备 更新 、 以 旧 换 新".
 */
export function spaceWords(text: string, unit: Unit = 'word'): string {
  let out = '';
  let previous = '';
  for (const { segment } of unit === 'word' ? words(text) : characters(text)) {
    if (previous && !/\s$/.test(previous) && !/^\s/.test(segment) && (HAN.test(previous) || HAN.test(segment) || CJK_CHAR.test(previous) || CJK_CHAR.test(segment))) {
      out += ' ';
    }
    out += segment;
    previous = segment;
  }
  return out;
}

/**
 * Marks a space that was in the text itself (not put there by `spaceWords`) next to Chinese text, so
 * `unspace` can keep it. U+2060 WORD JOINER is invisible, and standing alone between spaces (`KEPT_GAP`)
 * it is no word to Pagefind, which keeps it in a page's content, so excerpts carry it. It must never touch
 * a word: Pagefind keeps such a character in the word it touches ("\u2060下" became a term no query
 * reaches). Not U+200B ZERO WIDTH SPACE: Pagefind deletes every one from the content it stores (it marks
 * its own word boundaries with it), so excerpts lost the text's spaces ("goods.支撑…。Source").
 */
const KEPT_SPACE = '\u2060';
const KEPT = KEPT_SPACE;
/** A space of the text, as the index writes it: the marker between two spaces. */
export const KEPT_GAP = ` ${KEPT} `;

/** The text of a page as the index should hold it. */
export function indexText(text: string, map: CharMap, unit: Unit = 'word'): string {
  const folded = foldScript(narrowAlnum(text), map);
  return folded
    .split(/(\s+)/)
    .map((part, index, parts) => {
      if (index % 2 === 0) return spaceWords(part, unit);
      const nextToChinese = CJK_CHAR.test(parts[index - 1]?.slice(-1) ?? '') || CJK_CHAR.test(parts[index + 1]?.slice(0, 1) ?? '');
      return nextToChinese ? `${part}${KEPT} ` : part;
    })
    .join('');
}

/** A reader's query as the index understands it. */
export function queryText(query: string, map: CharMap, unit: Unit = 'word'): string {
  return spaceWords(foldScript(narrowAlnum(query), map), unit).replace(/\s+/g, ' ').trim();
}

/**
 * The runs of a query as the reader wrote them — Chinese runs whole, other words one by one, a hyphenated
 * word whole — folded and lower-cased: "ESG评价标准 北京" → ["esg", "评价标准", "北京"], "trade-in" →
 * ["trade-in"] (not "in", which every English page holds). Results are ranked and highlighted by these.
 */
export function queryPhrases(query: string, map: CharMap): string[] {
  return foldScript(narrowAlnum(query), map)
    .toLowerCase()
    .split(/\s+/)
    .flatMap((token) => token.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [])
    .flatMap((run) => (HAN_RUN.test(run) ? [run] : (run.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [])));
}

/** A run of Han characters (the runs alternate: Han, then not). */
const HAN_RUN = /^\p{Script=Han}/u;

/** The words of a processed query, for highlighting. */
export function queryWords(processed: string): string[] {
  return processed
    .split(' ')
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
}

/**
 * Next to Chinese text, a space the index did not mark as the text's own is one `spaceWords` put
 * there: Chinese runs on without spaces, into digits, Latin letters and punctuation too.
 */
function joins(before: string, after: string): boolean {
  return (CJK_CHAR.test(before) && after.trim() !== '') || (CJK_CHAR.test(after) && before.trim() !== '');
}

/**
 * Removes the spaces the index put next to Chinese words, for showing indexed text to readers, and
 * keeps the spaces the text had (marked by `indexText`). Works on Pagefind's excerpts: tags (<mark>)
 * are skipped when looking at the neighbours of a space.
 */
export function unspace(html: string): string {
  const visibleAt = (from: number, step: 1 | -1): string => {
    let inTag = false;
    for (let i = from; i >= 0 && i < html.length; i += step) {
      const char = html[i]!;
      if (char === (step === 1 ? '<' : '>')) inTag = true;
      else if (char === (step === 1 ? '>' : '<')) inTag = false;
      else if (!inTag && char !== KEPT) return char;
    }
    return '';
  };
  let out = '';
  let inTag = false;
  for (let i = 0; i < html.length; i++) {
    const char = html[i]!;
    if (char === '<') inTag = true;
    else if (char === '>') inTag = false;
    if (char === KEPT) continue;
    // The space after a marker belongs to the marker (KEPT_GAP); the one before it is the text's.
    if (!inTag && char === ' ' && html[i - 1] === KEPT) continue;
    if (!inTag && char === ' ' && html[i + 1] !== KEPT && joins(visibleAt(i - 1, -1), visibleAt(i + 1, 1))) continue;
    out += char;
  }
  return out;
}
