import fc from 'fast-check';
import { choroplethInClasses } from '../../../src/analysis/choropleth';
import { classify } from '../../../src/analysis/classes';
import { seriesIndex } from '../../../src/analysis/series';
import { allGridValues, monthGrid, valuesAtMonth } from '../../../src/analysis/series_months';
import type { Indicator } from '../../../src/model/schemas';

const figure = (nis_code: string, reference_date: string, value: number): Indicator => ({
  id: `${nis_code}-${reference_date}`,
  nis_code,
  indicator: 'helped',
  value,
  unit: 'persons',
  year: Number(reference_date.slice(0, 4)),
  reference_date,
  source: 's',
  source_consulted: '',
  last_verified: '',
});

describe('the months of an indicator per commune', () => {
  const data = [
    figure('62063', '2024-01', 1),
    figure('62063', '2024-03', 3),
    figure('92094', '2024-Q2', 40),
    figure('92094', '2024-05-20', 45),
  ];
  const grid = monthGrid(seriesIndex(data), 'helped', ['62063', '92094', '57081']);

  it('runs month by month from the first figure to the last', () => {
    expect(grid?.months).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
    ]);
  });

  it('gives each commune the figure of that month, and no figure where none covers it', () => {
    if (!grid) throw new Error('no grid');
    expect([...valuesAtMonth(grid, '2024-02')]).toEqual([
      ['62063', null],
      ['92094', null],
      ['57081', null],
    ]);
    expect(valuesAtMonth(grid, '2024-03').get('62063')).toBe(3);
    // A quarter holds for its three months; a figure of a day in May replaces it for May.
    expect(valuesAtMonth(grid, '2024-04').get('92094')).toBe(40);
    expect(valuesAtMonth(grid, '2024-05').get('92094')).toBe(45);
    expect(valuesAtMonth(grid, '2024-06').get('92094')).toBe(40);
  });

  it('has no grid for an indicator no commune has', () => {
    expect(monthGrid(seriesIndex(data), 'other', ['62063'])).toBeNull();
  });

  it('keeps one set of classes over every month: each month counts its communes in them', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }), {
            minLength: 3,
            maxLength: 3,
          }),
          {
            minLength: 2,
            maxLength: 12,
          },
        ),
        (table) => {
          const codes = ['62063', '92094', '57081'];
          const rows = table.flatMap((values, m) =>
            values.flatMap((value, c) =>
              value === null
                ? []
                : [figure(codes[c] ?? '', `2024-${String(m + 1).padStart(2, '0')}`, value)],
            ),
          );
          const g = monthGrid(seriesIndex(rows), 'helped', codes);
          if (!g) return;
          const classes = classify(allGridValues(g), 'quantile', 3);
          for (const month of g.months) {
            const values = valuesAtMonth(g, month);
            const shown = choroplethInClasses(values, classes, false);
            expect(shown.classes.bounds).toEqual(classes.bounds);
            const known = [...values.values()].filter((v) => v !== null).length;
            expect(shown.classes.counts.reduce((a, b) => a + b, 0)).toBe(known);
            expect(shown.classes.noData).toBe(values.size - known);
          }
        },
      ),
    );
  });
});
