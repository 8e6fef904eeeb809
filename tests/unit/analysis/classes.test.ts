import fc from 'fast-check';
import { CLASS_METHODS, classColors, classify, classOf } from '../../../src/analysis/classes';

describe('classify', () => {
  it('puts every known value in one class, counts them, and keeps the unknown apart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null })),
        fc.constantFrom(...CLASS_METHODS),
        fc.integer({ min: 1, max: 9 }),
        (values, method, count) => {
          const classes = classify(values, method, count);
          const known = values.filter((value): value is number => value !== null);
          expect(classes.noData).toBe(values.length - known.length);
          expect(classes.counts.reduce((sum, n) => sum + n, 0)).toBe(known.length);
          if (known.length === 0) return;
          expect(classes.counts.length).toBeLessThanOrEqual(count);
          expect(classes.bounds[0]).toBe(Math.min(...known));
          expect(classes.bounds.at(-1)).toBe(Math.max(...known));
          for (let i = 1; i < classes.bounds.length - 1; i += 1) {
            expect(classes.bounds[i]).toBeGreaterThan(classes.bounds[i - 1] ?? 0);
          }
          for (const value of known) {
            const at = classOf(value, classes.bounds);
            expect(value).toBeGreaterThanOrEqual(classes.bounds[at] ?? 0);
            expect(value).toBeLessThanOrEqual(classes.bounds[at + 1] ?? 0);
          }
        },
      ),
    );
  });

  it('cuts by the method asked', () => {
    const values = [1, 2, 3, 4, 10, 11, 12, 50, 51, 52];
    expect(classify(values, 'equal', 3).bounds).toEqual([1, 18, 35, 52]);
    expect(classify(values, 'jenks', 3).bounds).toEqual([1, 10, 50, 52]);
    expect(classify(values, 'quantile', 2).counts).toEqual([5, 5]);
  });

  it('gives colour-blind-safe sequential colours, another scheme where more is worse', () => {
    expect(classColors(5, false)).toEqual(['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494']);
    expect(classColors(5, true)[4]).toBe('#bd0026');
    expect(classColors(2, false)).toHaveLength(2);
  });
});
