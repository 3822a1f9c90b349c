/**
 * The Traditional → Simplified map the index was folded with (scripts/index/fold-map.ts), compiled into
 * each search script as two strings, character for character (scripts/index/client-bundle.ts): a query
 * in Traditional script is folded at once, with no file to fetch before its first list.
 */
import { needsFolding, type CharMap } from '../terms.ts';

/** The characters the map changes, and what each becomes, in the same order. */
declare const __FOLDABLE__: string;
declare const __FOLDED__: string;

let map: CharMap | undefined;

/** The whole map, made on first use. */
export function foldMap(): CharMap {
  if (!map) {
    const folded = [...__FOLDED__];
    map = Object.fromEntries([...__FOLDABLE__].map((char, index) => [char, folded[index]!]));
  }
  return map;
}

/** The map a query needs: none for a query without a character it changes (most queries). */
export function foldMapFor(query: string): CharMap {
  return needsFolding(query, __FOLDABLE__) ? foldMap() : {};
}
