/**
 * The terms the open data (and the site's editorial content) is published under. One place, so the
 * data files, the data page and the README say the same.
 * The editorial licence is the project's choice; the policy texts' status is the law's, not ours.
 */
export const EDITORIAL_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** The one-line statement carried in every JSON file. */
export const LICENCE_LINE =
  `Policy texts: as published by their issuing authorities (PRC Copyright Law art. 5 excludes official documents of state organs and their official translations from copyright). Editorial additions (structure, links, translations, glossary): ${EDITORIAL_LICENCE.name} ${EDITORIAL_LICENCE.url}`;
