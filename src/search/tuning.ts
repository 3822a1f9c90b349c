/** The search boxes' timing and load limits, shared with the benchmark's report so it states them as they are. */

/** How long a search box waits for the reader to pause typing before it searches. */
export const TYPING_PAUSE_MS = 120;

/** How many matching pages the search page loads and ranks before it shows results (one small file each). */
export const PAGES_RANKED = 40;
