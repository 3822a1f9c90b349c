/**
 * The Traditional → Simplified character map search uses on both sides (src/search/terms.ts): built
 * from OpenCC's character table (TSCharacters, one Traditional character to its Simplified form),
 * restricted to what this corpus needs, so the browser loads a few kilobytes, not OpenCC.
 *
 * A character is folded only if it never occurs in the Simplified-script documents: 著 or 乾 are
 * Simplified characters too, and folding them would change Simplified text. That makes the map a
 * no-op on Simplified text, so the index can run it over every page.
 */
import TSCharacters from 'opencc-js/dict/TSCharacters';
import type { CharMap } from '../../src/search/terms.ts';
import type { LocalizedDocument } from '../../src/schema/localized.ts';

const HAN = /\p{Script=Han}/gu;

function hanOf(text: string): Set<string> {
  return new Set(text.match(HAN) ?? []);
}

export function buildFoldMap(documents: LocalizedDocument[]): CharMap {
  const simplified = hanOf(documents.filter((document) => document.lang === 'zh-Hans').map((document) => JSON.stringify(document.blocks)).join(''));
  const traditional = hanOf(documents.filter((document) => document.lang === 'zh-Hant').map((document) => JSON.stringify(document.blocks)).join(''));
  const map: Record<string, string> = {};
  for (const entry of TSCharacters.split('|')) {
    const [from, to] = [...entry.split(' ')] as [string, string | undefined];
    if (!to || from === to || [...from].length !== 1 || [...to].length !== 1 || simplified.has(from)) continue;
    // Characters a reader might type for text the site has: the Simplified form is in the corpus,
    // or the Traditional form is in a Traditional-script document.
    if (simplified.has(to) || traditional.has(from)) map[from] = to;
  }
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : 1)));
}
