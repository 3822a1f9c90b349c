/**
 * The date of this edition of the site: the day it was built, in Beijing time (the documents' own
 * calendar), or the day SOURCE_DATE_EPOCH names (the reproducible-builds convention) so that a
 * rebuild of the same edition writes the same date. Used where a date is required but the source
 * gives none: the Atom feed's "updated" and the access date printed in citations.
 */
export function editionDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const instant = epoch ? new Date(Number(epoch) * 1000) : new Date();
  if (Number.isNaN(instant.getTime())) throw new Error(`SOURCE_DATE_EPOCH is not a number of seconds: ${epoch}`);
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
