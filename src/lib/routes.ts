/**
 * The site's URL scheme, in one place. URLs are permanent: change them only with a redirect.
 * Paths here are without the deployment base; `href()` adds it.
 */
export const routes = {
  home: () => '/',
  documents: () => '/documents/',
  document: (id: string) => `/documents/${id}/`,
  /** A document side by side with its translation, paragraph by paragraph. */
  parallel: (id: string) => `/documents/${id}/parallel/`,
  /** A Chinese document converted to the other script: `simplified` or `traditional`. */
  script: (id: string, script: 'simplified' | 'traditional') => `/documents/${id}/${script}/`,
  tasks: () => '/tasks/',
  /** A task list, or a local plan's task table. */
  taskList: (list: string) => `/tasks/${list}/`,
  /** A national task (task-list-1/60) or a local task (wuhan-plan/3): the list and the number. */
  task: (list: string, number: number) => `/tasks/${list}/${number}/`,
  category: (list: string, key: string) => `/tasks/${list}/category/${key}/`,
  measures: () => '/measures/',
  measureList: (document: string) => `/measures/${document}/`,
  measure: (document: string, key: string) => `/measures/${document}/${key}/`,
  /**
   * Places. In code the concept is a place (a pilot province, municipality or city: `PlaceEntity`,
   * `model.places`); its published URLs (/cities/, the search's ?city=) and the open data's entity type
   * (`city`) keep the word they were published with.
   */
  places: () => '/cities/',
  place: (id: string) => `/cities/${id}/`,
  departments: () => '/departments/',
  department: (id: string) => `/departments/${id}/`,
  /** Instruments the texts cite that are not documents of the corpus (agreements, plans, guides). */
  instruments: () => '/instruments/',
  instrument: (id: string) => `/instruments/${id}/`,
  search: () => '/search/',
  /** The overview pages that look across all documents. */
  explore: () => '/explore/',
  /** Every task in one table; the query string carries filters and sort (?place=chongqing&level=local&sort=title&dir=desc). */
  explorer: () => '/explore/tasks/',
  /** The statistics of a task list; the first list's are the statistics page itself (`list` undefined). */
  statistics: (list?: string) => (list ? `/explore/statistics/${list}/` : '/explore/statistics/'),
  /** The atlas of a task list; the first list's is the atlas itself (`list` undefined). */
  atlas: (list?: string) => (list ? `/explore/atlas/${list}/` : '/explore/atlas/'),
  targets: () => '/explore/targets/',
  timeline: () => '/explore/timeline/',
  crosswalk: () => '/explore/crosswalk/',
  /** Two places side by side: every pair once, `a` before `b` in the manifest's order of places. */
  compareIndex: () => '/compare/',
  compare: (a: string, b: string) => `/compare/${a}/${b}/`,
  glossary: () => '/glossary/',
  about: () => '/about/',
  /** The raw seed text as published, for checking the site against its source. */
  seed: (file: string) => `/sources/${file}`,
  /** A document's Word file (src/lib/downloads.ts names them): /downloads/notice-2024-314.en.docx. */
  download: (name: string) => `/downloads/${name}`,
  /** The open-data page; the files it describes live beside it in /data/ (one copy, in both languages). */
  data: () => '/data/',
  dataFile: (name: string) => `/data/${name}`,
  /** An entity's data next to its page: /tasks/task-list-1/60/ → /tasks/task-list-1/60.json (root only: the data is bilingual). */
  entityJson: (pagePath: string) => `${pagePath.replace(/\/$/, '')}.json`,
  /** A page's 1200×630 preview image (Open Graph), shared by both editions: /previews/tasks/task-list-1/60.png. */
  preview: (pagePath: string) => `/previews${pagePath.replace(/\/$/, '')}.png`,
  /** The preview image of pages without one of their own. */
  sitePreview: () => '/previews/site.png',
  /** Atom feed of the documents, per edition. */
  feed: () => '/feed.xml',
  sitemap: () => '/sitemap.xml',
  /** Short aliases (static redirect pages; see src/lib/share/aliases.ts for the scheme). */
  shortTask: (number: number) => `/t/${number}/`,
  shortMeasure: (document: string, key: string) => `/m/${document}/${key}/`,
  shortDocument: (document: string) => `/d/${document}/`,
} as const;

/**
 * A task category's id and filter values, each written one way. `category` is the model's id
 * (task-list-1-3); the other two are query-string values of public URLs, kept as they were published:
 * the search's `?category=task-list-1/3` and the task explorer's `?category=task-list-1:3`.
 */
export const categoryIds = {
  category: (list: string, key: string) => `${list}-${key}`,
  searchFilter: (list: string, key: string) => `${list}/${key}`,
  explorerFilter: (list: string, key: string) => `${list}:${key}`,
} as const;

/** The deployment base without its final slash: '' at the root, '/policy-site' under a sub-path (Astro's `base`). */
function basePath(): string {
  return (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');
}

/** A site path with the deployment base (e.g. /policy-site/) in front. */
export function href(path: string, hash?: string): string {
  return `${basePath()}${path}${hash ? `#${hash}` : ''}`;
}

/** A URL's path on the site, the deployment base taken off: /policy-site/en/tasks/ → /en/tasks/. */
export function sitePath(url: URL): string {
  return url.pathname.slice(basePath().length) || '/';
}

/** Splits an entity id `${list}-${number}` into its list and number. */
export function splitNumberedId(id: string): { list: string; number: number } {
  const match = /^(.*)-(\d+)$/.exec(id);
  if (!match) throw new Error(`not a numbered id: ${id}`);
  return { list: match[1]!, number: Number(match[2]) };
}
