/**
 * Runs one build stage and logs how long it took, whether it succeeded or failed (the log line names the
 * stage). A failure passes through unchanged: an input error must reach scripts/build-site.ts as it is,
 * to be printed as `file:line: problem` without a stack.
 */
export async function timed<T>(stage: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    console.log(`[${stage}] ${Math.round(performance.now() - start)} ms`);
  }
}
