import fc from 'fast-check';
import {
  figureDate,
  latestPoint,
  monthRange,
  monthsOfPeriod,
  needsOwnAxes,
  periodStart,
  provinceMultiples,
  seriesByUnit,
  seriesInContext,
  seriesIndex,
  seriesOf,
  seriesOfPlace,
  sourcesOf,
  unitsAgree,
  WALLOON_PROVINCES,
} from '../../../src/analysis/series';
import type { Indicator } from '../../../src/model/schemas';

let counter = 0;
function figure(
  nis_code: string,
  indicator: string,
  reference_date: string,
  value: number,
  extra: Partial<Indicator> = {},
): Indicator {
  counter += 1;
  return {
    id: `00000000-0000-5000-8000-${String(counter).padStart(12, '0')}`,
    nis_code,
    indicator,
    value,
    unit: 'persons',
    year: Number(reference_date.slice(0, 4)) || null,
    reference_date,
    source: 'SPF Intérieur',
    source_consulted: '',
    last_verified: '',
    ...extra,
  };
}

describe('periods', () => {
  it('places a year, a quarter, a month and a day at their first day', () => {
    expect(periodStart('2024')).toBe(Date.UTC(2024, 0, 1));
    expect(periodStart('2024-Q3')).toBe(Date.UTC(2024, 6, 1));
    expect(periodStart('2024-02')).toBe(Date.UTC(2024, 1, 1));
    expect(periodStart('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(periodStart('')).toBeNull();
    expect(periodStart('février 2024')).toBeNull();
  });

  it('says which months a period covers', () => {
    expect(monthsOfPeriod('2024-Q4')).toEqual(['2024-10', '2024-11', '2024-12']);
    expect(monthsOfPeriod('2023-05-17')).toEqual(['2023-05']);
    expect(monthsOfPeriod('2022')).toHaveLength(12);
  });

  it('counts every month between two, across years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 100 }), (a, span) => {
        const key = (n: number) =>
          `${2000 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
        const months = monthRange(key(a), key(a + span));
        expect(months).toHaveLength(span + 1);
        expect(months).toEqual(Array.from({ length: span + 1 }, (_, i) => key(a + i)));
      }),
    );
  });

  it('dates a figure by its reference date, else its year', () => {
    expect(figureDate(figure('62063', 'x', '', 1, { year: 2021 }))).toBe('2021');
    expect(figureDate(figure('62063', 'x', '2021-03', 1))).toBe('2021-03');
  });
});

describe('series of a place', () => {
  const data = [
    figure('62063', 'cpas_helped', '2024-03', 30),
    figure('62063', 'cpas_helped', '2024-01', 10),
    figure('62063', 'cpas_helped', '2024-02', 20),
    figure('60000', 'cpas_helped', '2024-01', 100),
    figure('60000', 'cpas_helped', '2024-02', 110),
    figure('03000', 'cpas_helped', '2024-01', 500),
    figure('62063', 'places', '2024-01', 7, { unit: 'places' }),
    figure('62063', 'undated', '', 7, { year: null }),
  ];
  const index = seriesIndex(data);

  it('orders the figures of one indicator and place by date', () => {
    const series = seriesOf(index, 'cpas_helped', '62063');
    expect(series?.points.map((p) => p.value)).toEqual([10, 20, 30]);
    expect(series && latestPoint(series)?.date).toBe('2024-03');
  });

  it('leaves out a figure with no date', () => {
    expect(seriesOf(index, 'undated', '62063')).toBeNull();
  });

  it('puts a commune beside its province and Wallonia', () => {
    const places = seriesInContext(index, 'cpas_helped', '62063').map((s) => s.place);
    expect(places).toEqual(['62063', '60000', '03000']);
  });

  it('leaves out the levels that have no series', () => {
    const places = seriesInContext(index, 'places', '62063').map((s) => s.place);
    expect(places).toEqual(['62063']);
    // A commune of Walloon Brabant's province is 20002, not 20000.
    const brabant = seriesIndex([
      figure('20002', 'x', '2024-01', 1),
      figure('25005', 'x', '2024-01', 1),
    ]);
    expect(seriesInContext(brabant, 'x', '25005').map((s) => s.place)).toEqual(['25005', '20002']);
  });

  it('gives the five provinces as small multiples, empty where a province has no figure', () => {
    const multiples = provinceMultiples(index, 'cpas_helped');
    expect(multiples.map((m) => m.province)).toEqual([...WALLOON_PROVINCES]);
    expect(multiples.filter((m) => m.series).map((m) => m.province)).toEqual(['60000']);
  });

  it('lists every indicator a place has a series of', () => {
    expect(seriesOfPlace(index, '62063').map((s) => s.indicator)).toEqual([
      'cpas_helped',
      'places',
    ]);
  });

  it('tells the sources with the first and last date each gives', () => {
    const sources = sourcesOf([seriesOf(index, 'cpas_helped', '62063')].filter((s) => s !== null));
    expect(sources).toEqual([{ source: 'SPF Intérieur', first: '2024-01', last: '2024-03' }]);
  });
});

describe('unit agreement', () => {
  const index = seriesIndex([
    figure('62063', 'a', '2024-01', 1),
    figure('62063', 'b', '2024-01', 2),
    figure('62063', 'c', '2024-01', 3, { unit: 'places' }),
    figure('62063', 'd', '2024-01', 4),
    figure('62063', 'd', '2024-02', 5, { unit: 'households' }),
  ]);
  const all = seriesOfPlace(index, '62063');
  const named = (...names: string[]) => all.filter((s) => names.includes(s.indicator));

  it('draws on one axis only series of one unit', () => {
    expect(unitsAgree(named('a', 'b'))).toBe(true);
    expect(unitsAgree(named('a', 'c'))).toBe(false);
    expect(unitsAgree([])).toBe(false);
  });

  it('lets a series whose unit changes share an axis with none', () => {
    expect(unitsAgree(named('d'))).toBe(false);
    const groups = seriesByUnit(all);
    expect([...groups.keys()]).toEqual(['persons', 'places']);
    expect(groups.get('persons')?.map((s) => s.indicator)).toEqual(['a', 'b']);
  });
});

describe('one value axis or one each', () => {
  const index = seriesIndex([
    figure('62063', 'a', '2024-01', 40),
    figure('60000', 'a', '2024-01', 900),
    figure('03000', 'a', '2024-01', 5000),
    figure('62063', 'share', '2024-01', 3),
    figure('03000', 'share', '2024-01', 5),
  ]);
  it('gives each its axis when one would flatten another', () => {
    expect(needsOwnAxes(seriesInContext(index, 'a', '62063'))).toBe(true);
    expect(needsOwnAxes(seriesInContext(index, 'share', '62063'))).toBe(false);
    expect(needsOwnAxes(seriesInContext(index, 'a', '03000'))).toBe(false);
  });
});
