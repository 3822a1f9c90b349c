/**
 * The reader's today (YYYY-MM-DD, local time), the access date of a citation copied from a page (README
 * "Access-date policy"). One script works it out: the copy script (../security/inline-scripts.ts
 * COPY_SCRIPT), which puts it into the page's citations and on `<html>` as this attribute, where a
 * module script reads it. Inline at the end of the body, the copy script has run before any module does.
 */
export const TODAY_ATTRIBUTE = 'data-today';

/** The date the copy script put on the page; without it (the script blocked) there is no date to give. */
export function readerToday(): string {
  const today = document.documentElement.getAttribute(TODAY_ATTRIBUTE);
  if (!today) throw new Error(`no ${TODAY_ATTRIBUTE} on <html>: the copy script (COPY_SCRIPT) did not run`);
  return today;
}
