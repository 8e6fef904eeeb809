/**
 * Long work done a few milliseconds at a time, so that the page keeps drawing and answering
 * meanwhile: `steps` is an iterator that does a little more work on each `next()` and
 * returns its result when done (a generator function that yields now and then).
 * `runInSlices` calls it for about `budgetMs` at a time, giving the thread back between
 * slices, and resolves to the result; once `signal` is aborted it stops and never resolves.
 * Imports nothing.
 */
export function runInSlices<T>(
  steps: Iterator<unknown, T>,
  signal: AbortSignal,
  budgetMs = 8,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const slice = () => {
      if (signal.aborted) return;
      const end = performance.now() + budgetMs;
      try {
        for (;;) {
          const step = steps.next();
          if (step.done) {
            resolve(step.value);
            return;
          }
          if (performance.now() >= end) break;
        }
      } catch (error) {
        reject(error);
        return;
      }
      setTimeout(slice, 0);
    };
    slice();
  });
}

/** Runs `steps` to its end at once: the same work where nothing else waits for the thread. */
export function runAtOnce<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
