/**
 * Interface prose that holds markup — a link, a code span, a word in the other language — kept in the
 * tables of `ui.ts` as data, so both editions' words live in one place and every piece reaches the page
 * as text (`Rich.astro` renders it; nothing here is HTML).
 */
type RichPart =
  | string
  | { code: string }
  /** A word in another language than the sentence's, marked with its `lang`. */
  | { lang: string; text: string }
  /** A link; `to` names one of the links the page passes to `Rich.astro`. */
  | { to: string; text: string; lang?: string; rel?: string };

export type Rich = readonly RichPart[];
