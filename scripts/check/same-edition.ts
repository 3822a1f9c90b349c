/**
 * Same edition (withastro/docs' checks/same-language.ts is the model): a page of the English edition
 * links only to English pages, a Chinese page only to Chinese ones, so a reader who chose an edition
 * stays in it. Exempt are links that say they change language (an `hreflang` on the link: the language
 * switch, the `<link rel="alternate">` alternates) and what has no edition: the seed texts under
 * /sources/ and data files (the target is not a page). Only pages are passed in, so the second rule
 * holds by construction. A page that belongs to both editions — it declares no language alternates:
 * the one 404 page a static host serves for every missing address — speaks each language in its own
 * passage, so there a link leads to the edition of the language it stands in (its nearest `lang`).
 */
import type { BuiltPage, PageLink } from '../lib/built-page.ts';

/** The edition a link is meant to stay in. */
function editionOfLink(page: BuiltPage, link: PageLink): BuiltPage['edition'] {
  if (Object.keys(page.alternates).length > 0) return page.edition;
  return link.lang?.startsWith('en') ? 'en' : link.lang?.startsWith('zh') ? 'zh' : page.edition;
}

/** Why `link` from `page` to `target` leaves the page's edition, or undefined when it does not. */
export function otherEditionLink(page: BuiltPage, link: PageLink, target: BuiltPage): string | undefined {
  if (link.hreflang !== undefined) return undefined;
  const edition = editionOfLink(page, link);
  if (target.edition === edition) return undefined;
  return `a link of the ${edition} edition to a page of the ${target.edition} edition, without hreflang`;
}
