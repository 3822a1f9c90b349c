/** Runs one build stage, logs how long it took, and rethrows failures with the stage named. */
export async function timed<T>(stage: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    console.log(`[${stage}] ${Math.round(performance.now() - start)} ms`);
  }
}
