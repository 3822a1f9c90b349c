/** How long a search box waits for the reader to pause typing before it searches (the benchmark reports it too). */
export const TYPING_PAUSE_MS = 120;
