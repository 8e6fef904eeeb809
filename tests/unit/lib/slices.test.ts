import fc from 'fast-check';
import { runAtOnce, runInSlices } from '../../../src/lib/slices';

/** Sums the numbers, one step per number, counting how many steps were taken. */
function* summing(numbers: readonly number[], taken: { steps: number }): Generator<void, number> {
  let sum = 0;
  for (const value of numbers) {
    sum += value;
    taken.steps += 1;
    yield;
  }
  return sum;
}

describe('work done in slices', () => {
  it('gives the result the work gives at once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: -1000, max: 1000 })), async (numbers) => {
        const atOnce = runAtOnce(summing(numbers, { steps: 0 }));
        const sliced = await runInSlices(
          summing(numbers, { steps: 0 }),
          new AbortController().signal,
          0,
        );
        expect(sliced).toBe(atOnce);
        expect(atOnce).toBe(numbers.reduce((sum, value) => sum + value, 0));
      }),
      { numRuns: 50 },
    );
  });

  it('gives the thread back between slices, and stops once aborted', async () => {
    vi.useFakeTimers();
    try {
      const taken = { steps: 0 };
      const stop = new AbortController();
      const done = vi.fn();
      // A budget of 0 ms: one step per slice, the next one in a task of its own.
      void runInSlices(summing([1, 2, 3, 4, 5], taken), stop.signal, 0).then(done);
      expect(taken.steps).toBe(1);
      vi.advanceTimersToNextTimer();
      expect(taken.steps).toBe(2);
      stop.abort();
      vi.runAllTimers();
      await Promise.resolve();
      expect(taken.steps).toBe(2);
      expect(done).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects with the error the work throws', async () => {
    function* failing(): Generator<void, number> {
      yield;
      throw new Error('broken');
    }
    await expect(runInSlices(failing(), new AbortController().signal, 0)).rejects.toThrow('broken');
  });
});
