import type { Lang } from '../../src/schema/manifest.ts';

/**
 * Chinese sentences end at 。！？ and at ；/; (which closes a clause as long as a sentence in official
 * prose); closing quotes and brackets stay with the sentence they close.
 */
const CHINESE_SENTENCE = /[^。！？；;]+(?:[。！？；;]+[”’」』）)〕》]*|$)|[。！？；;]+[”’」』）)〕》]*/gu;
/** English sentences end at . ! ? ; followed by a space, after any closing quotes or brackets. */
const ENGLISH_BREAK = /(?<=[.!?;]["'”’)\]]*)\s+/u;

/**
 * The sentences of one line of text, as the fidelity check looks for them: Chinese splits after
 * 。！？；, English after . ! ? ; before a space. A line end always ends a sentence (the caller splits
 * lines first). Pieces that are only whitespace are dropped.
 */
export function splitSentences(line: string, lang: Lang): string[] {
  const pieces = lang === 'en' ? line.split(ENGLISH_BREAK) : (line.match(CHINESE_SENTENCE) ?? []);
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
}

/** A character that, with another one of its kind beside it, makes a space meaningful (between words). */
const WORD = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/**
 * Text as compared by the fidelity check: every run of whitespace becomes one space, and a space is
 * kept only between two Latin letters or digits ("11 provinces"). Elsewhere a space carries no meaning
 * that survives HTML layout — the page separates a marker from its text, a cell from the next, with
 * markup and line breaks the source does not have — so it is dropped on both sides of the comparison.
 */
export function normalizeText(text: string): string {
  const collapsed = text.replace(/\s+/gu, ' ').trim();
  let out = '';
  for (let index = 0; index < collapsed.length; index++) {
    const char = collapsed[index]!;
    if (char !== ' ') {
      out += char;
      continue;
    }
    const before = out.at(-1) ?? '';
    const after = collapsed[index + 1] ?? '';
    if (isLatinWordChar(before) && isLatinWordChar(after)) out += ' ';
  }
  return out;
}

function isLatinWordChar(char: string): boolean {
  return WORD.test(char) && !HAN.test(char);
}
