/**
 * The pages of a built site, discovered from its output directory rather than listed by hand, so every
 * gate (links, validity, accessibility, budgets) covers pages added later — such as the English edition
 * under /en/ — without being told about them. The walker lives with the page reader in
 * scripts/lib/built-page.ts; this module keeps the names the benchmark imports.
 */
export { builtPages, fileForPath } from '../lib/built-page.ts';
