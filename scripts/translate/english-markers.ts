/**
 * Outline markers as an English reader expects them: 一、 → I.  （一） → (1)  1. → 1.  注：1. → Note 1.
 * The Chinese pages keep the markers as printed; only translated English text uses these.
 */
const ROMAN: Array<[number, string]> = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

function roman(value: number): string {
  let rest = value;
  let out = '';
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
}

/** The English marker of an outline node of the given depth and ordinal. */
export function englishOutlineMarker(depth: number, ordinal: number): string {
  if (depth === 1) return `${roman(ordinal)}.`;
  if (depth === 3) return `${ordinal}.`;
  return `(${ordinal})`;
}

/** A note's marker ("注：1.") in English ("Note 1."). */
export function englishNoteMarker(marker: string): string {
  return marker.normalize('NFKC').replace(/^注:?\s*/u, 'Note ').trim();
}
