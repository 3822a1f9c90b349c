/** /feed.xml and /en/feed.xml: an Atom feed of the documents, newest first, in each edition's language. */
import type { APIRoute } from 'astro';
import { pageContext } from '../../i18n/context.ts';
import { HTML_LANG, inBothEditions, localeOfUrl, localePath } from '../../i18n/locales.ts';
import { loadAll } from '../../lib/data.ts';
import { editionDate } from '../../lib/edition-date.ts';
import { href, routes } from '../../lib/routes.ts';
import { atomFeed } from '../../lib/share/atom.ts';

export function getStaticPaths() {
  return inBothEditions(() => [{ params: {} }]);
}

export const GET: APIRoute = async ({ url, site }) => {
  const locale = localeOfUrl(url);
  const { t, documentText } = pageContext(locale);
  const absolute = (path: string) => new URL(href(localePath(locale, path)), site).href;
  const data = await loadAll();
  const edition = editionDate();
  const entries = data.documents
    .map((document) => {
      const text = documentText(document.data);
      const date = document.data.date;
      const facts = [t.kind[document.data.kind], text.docNumber, date ?? text.dateNote].filter(Boolean);
      return {
        id: absolute(routes.document(document.id)),
        title: text.title,
        lang: text.lang,
        url: absolute(routes.document(document.id)),
        updated: date ?? edition,
        published: date,
        summary: `${facts.join(t.sep)}${text.original ? '' : t.unofficialTranslation}`,
        authors: text.issuers,
      };
    })
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
  const xml = atomFeed({
    id: absolute(routes.feed()),
    title: t.feedTitle,
    lang: HTML_LANG[locale],
    selfUrl: absolute(routes.feed()),
    siteUrl: absolute(routes.home()),
    updated: entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), ''),
    author: t.siteName,
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
