/**
 * The Atom feed of the documents (RFC 4287), built as an xast tree and serialised by
 * xast-util-to-xml, so titles with <, & or quotes stay text.
 */
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';

interface FeedEntry {
  id: string;
  title: string;
  lang: string;
  url: string;
  /** YYYY-MM-DD: the document's date when it has one, else the edition date. */
  updated: string;
  /** YYYY-MM-DD when the document has a date. */
  published?: string;
  summary: string;
  authors: string[];
}

export interface Feed {
  id: string;
  title: string;
  lang: string;
  selfUrl: string;
  siteUrl: string;
  updated: string;
  /** The feed's compiler: Atom gives it to entries without an author of their own (a draft that names no issuer). */
  author: string;
  entries: FeedEntry[];
}

/** Atom needs full timestamps; a date alone is taken as midnight in Beijing. */
const instant = (date: string) => `${date}T00:00:00+08:00`;

export function atomFeed(feed: Feed): string {
  const tree = x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
    x('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': feed.lang }, [
      x('id', feed.id),
      x('title', feed.title),
      x('updated', instant(feed.updated)),
      x('link', { rel: 'self', type: 'application/atom+xml', href: feed.selfUrl }),
      x('link', { rel: 'alternate', type: 'text/html', href: feed.siteUrl }),
      x('author', [x('name', feed.author)]),
      ...feed.entries.map((entry) =>
        x('entry', { 'xml:lang': entry.lang }, [
          x('id', entry.id),
          x('title', entry.title),
          x('link', { rel: 'alternate', type: 'text/html', href: entry.url }),
          x('updated', instant(entry.updated)),
          entry.published ? x('published', instant(entry.published)) : undefined,
          ...entry.authors.map((name) => x('author', [x('name', name)])),
          x('summary', entry.summary),
        ]),
      ),
    ]),
  ]);
  return `${toXml(tree)}\n`;
}
