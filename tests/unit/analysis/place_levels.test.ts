import fc from 'fast-check';
import {
  gridPerCapita,
  levelShown,
  levelsWithFigures,
  perCapita,
  placesAtLevel,
  populationsOf,
} from '../../../src/analysis/place_levels';
import { seriesIndex } from '../../../src/analysis/series';
import { monthGrid, valuesAtMonth } from '../../../src/analysis/series_months';
import type { Indicator } from '../../../src/model/schemas';

const figure = (
  nis_code: string,
  reference_date: string,
  value: number,
  indicator = 'attestations',
): Indicator => ({
  id: `${indicator}-${nis_code}-${reference_date}`,
  nis_code,
  indicator,
  value,
  unit: 'persons',
  year: Number(reference_date.slice(0, 4)),
  reference_date,
  source: 'SPF Intérieur',
  source_consulted: '',
  last_verified: '',
});

// Arlon and Attert (arrondissement of Arlon, 81000; province of Luxembourg, 80000), Namur
// (92000, 90000), Wavre (25000, Walloon Brabant 20002).
const COMMUNES = ['81001', '81003', '92094', '25112'];

describe('the places of a level', () => {
  it('are the communes, or their arrondissements or provinces, each once', () => {
    expect(placesAtLevel(COMMUNES, 'commune')).toEqual(COMMUNES);
    expect(placesAtLevel(COMMUNES, 'arrondissement')).toEqual(['81000', '92000', '25000']);
    expect(placesAtLevel(COMMUNES, 'province')).toEqual(['80000', '90000', '20002']);
  });
});

describe('the levels an indicator is known at', () => {
  const index = seriesIndex([
    figure('80000', '2024-01', 402),
    figure('90000', '2024-01', 705),
    figure('81001', '2024-01', 12, 'helped'),
    figure('90000', '2024-01', 300, 'helped'),
  ]);

  it('are those with a figure for one of the places kept, finest first', () => {
    expect(levelsWithFigures(index, 'attestations', COMMUNES)).toEqual(['province']);
    expect(levelsWithFigures(index, 'helped', COMMUNES)).toEqual(['commune', 'province']);
    // Namur's province alone has a figure: kept without it, the indicator is known nowhere.
    expect(levelsWithFigures(index, 'attestations', ['25112'])).toEqual([]);
    expect(levelsWithFigures(index, 'unknown', COMMUNES)).toEqual([]);
  });

  it('give the level shown: the one chosen where known, else the finest', () => {
    expect(levelShown('', ['province'])).toBe('province');
    expect(levelShown('', ['commune', 'province'])).toBe('commune');
    expect(levelShown('province', ['commune', 'province'])).toBe('province');
    expect(levelShown('arrondissement', ['commune', 'province'])).toBe('commune');
    expect(levelShown('', [])).toBe('commune');
  });
});

describe('the inhabitants of a place', () => {
  const population = new Map(
    [
      figure('81001', '2020-01-01', 30_000, 'population'),
      figure('81003', '2020-01-01', 5_000, 'population'),
      figure('92094', '2020-01-01', 110_000, 'population'),
    ].map((one) => [one.nis_code, one]),
  );
  const communesOf = (place: string) =>
    ({ '81000': ['81001', '81003'], '92000': ['92094', '92000x'] })[place] ?? [];

  it('add up its communes’, and are unknown when one of them is missing', () => {
    const { values, date } = populationsOf(['81000', '92000', '81001'], communesOf, population);
    expect(values.get('81000')).toBe(35_000);
    expect(values.get('92000')).toBeNull();
    expect(values.get('81001')).toBe(30_000);
    expect(date).toBe('2020-01-01');
  });

  it('divide a figure per 1,000 of them, never by an unknown or empty population', () => {
    expect(perCapita(70, 35_000)).toBe(2);
    expect(perCapita(70, null)).toBeNull();
    expect(perCapita(70, 0)).toBeNull();
    expect(perCapita(null, 35_000)).toBeNull();
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 1e7 }),
        (value, people) => {
          expect(perCapita(value, people)).toBeCloseTo((value * 1000) / people, 6);
        },
      ),
    );
  });

  it('turn every month of a grid into a figure per 1,000 inhabitants', () => {
    const index = seriesIndex([figure('81001', '2024-01', 60), figure('92094', '2024-02', 55)]);
    const grid = monthGrid(index, 'attestations', ['81001', '92094', '81003']);
    if (!grid) throw new Error('the grid has figures');
    const scaled = gridPerCapita(grid, {
      values: new Map([
        ['81001', 30_000],
        ['92094', 110_000],
        ['81003', null],
      ]),
      date: '2020-01-01',
      sources: [],
    });
    expect(Object.fromEntries(valuesAtMonth(scaled, '2024-01'))).toEqual({
      '81001': 2,
      '92094': null,
      '81003': null,
    });
    expect(valuesAtMonth(scaled, '2024-02').get('92094')).toBeCloseTo(0.5);
  });
});
