/**
 * The Markdown syntax the document MDX is read with, declared once for the site build
 * (astro.config.mjs) and for the tests that parse the emitted MDX back.
 *
 * The emitter (scripts/emit/document-mdx.ts) writes MDX components around plain text and escapes what CommonMark and
 * MDX would read as syntax. GFM and smart punctuation would still change policy text on the way to
 * HTML: `www.…` would become a link, `~~…~~` strikethrough, and straight quotes, `--` and `...` in the
 * English interpretation would be rewritten as typographic ones. Neither is needed, so both are off.
 */
export const MDX_SYNTAX = { gfm: false, smartPunctuation: false } as const;
