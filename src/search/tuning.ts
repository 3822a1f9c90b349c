/** The search boxes' timing and load limits, shared with the benchmark's report so it states them as they are. */

/** How long a search box waits for the reader to pause typing before it searches again (the first query goes at once). */
export const TYPING_PAUSE_MS = 120;

/** Hits the search page shows at a time, each with its excerpt (one small file each); "show more" adds as many. */
export const PAGE_HITS = 10;
