import type { Indicator } from '../../../src/model/schemas';
import {
  selectChoropleth,
  selectLevel,
  selectLevels,
  selectMeasureValues,
  selectSliderMonths,
} from '../../../src/store/choropleth';
import { loadedStore } from '../ui/render_atlas';

const PROVINCES = { '20002': 310, '50000': 1210, '60000': 1530, '80000': 402, '90000': 705 };

/** Six months of a figure per province, each month a little more, as the working group sends them. */
function monthlyPerProvince(): Indicator[] {
  return Object.entries(PROVINCES).flatMap(([nis_code, first]) =>
    ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'].map((month, at) => ({
      id: `attestations-${nis_code}-${month}`,
      nis_code,
      indicator: 'attestations_pt',
      value: first + at * 10,
      unit: 'persons',
      year: 2024,
      reference_date: month,
      source: 'SPF Intérieur',
      source_consulted: '',
      last_verified: '',
    })),
  );
}

function storeWithProvinceFigures() {
  const store = loadedStore();
  const result = store.getState().transact(
    monthlyPerProvince().map((record) => ({
      table: 'indicators' as const,
      id: record.id,
      field: null,
      old: null,
      new: record,
    })),
    'Import',
  );
  expect(result.ok).toBe(true);
  store.getState().setAnalysis({ measure: 'indicator:attestations_pt', choropleth: true });
  return store;
}

describe('the choropleth of an indicator given per province', () => {
  it('colours the five provinces, at the finest level the indicator is known at', () => {
    const store = storeWithProvinceFigures();
    expect(selectLevels(store.getState())).toEqual(['province']);
    expect(selectLevel(store.getState())).toBe('province');
    const choropleth = selectChoropleth(store.getState());
    expect(choropleth?.level).toBe('province');
    expect([...(choropleth?.colors.keys() ?? [])].sort()).toEqual(Object.keys(PROVINCES).sort());
    expect(choropleth?.classes.noData).toBe(0);
  });

  it('plays its months on the slider, each month its own values', () => {
    const store = storeWithProvinceFigures();
    expect(selectSliderMonths(store.getState())).toHaveLength(6);
    store.getState().setAnalysis({ month: '2024-03' });
    expect(selectMeasureValues(store.getState())?.values.get('80000')).toBe(422);
  });

  it('keeps only the provinces of the communes the place filters keep', () => {
    const store = storeWithProvinceFigures();
    store.getState().setFilters({ communes: ['81001'] });
    expect([...(selectMeasureValues(store.getState())?.values.keys() ?? [])]).toEqual(['80000']);
  });

  it('divides by the province’s inhabitants, the sum of its communes’', () => {
    const store = storeWithProvinceFigures();
    store.getState().setAnalysis({ perCapita: true });
    const luxembourg = selectMeasureValues(store.getState())?.values.get('80000') ?? 0;
    // The province of Luxembourg had some 286,000 inhabitants in 2020.
    expect(luxembourg).toBeGreaterThan((440 / 300_000) * 1000);
    expect(luxembourg).toBeLessThan((440 / 270_000) * 1000);
  });

  it('falls back to the finest level known when the level chosen has no figure', () => {
    const store = storeWithProvinceFigures();
    store.getState().setAnalysis({ level: 'commune' });
    expect(selectLevel(store.getState())).toBe('province');
    // Another figure starts again from its finest level.
    store.getState().setAnalysis({ measure: 'indicator:population' });
    expect(store.getState().analysis.level).toBe('');
    expect(selectLevel(store.getState())).toBe('commune');
    // Given per commune alone, it is never drawn as provinces with no figure.
    store.getState().setAnalysis({ level: 'province' });
    expect(selectChoropleth(store.getState())?.level).toBe('commune');
    expect(selectMeasureValues(store.getState())?.values.size).toBe(261);
  });

  it('lets the user choose between the levels an indicator is given at', () => {
    const store = storeWithProvinceFigures();
    const arlon = { ...monthlyPerProvince()[0], nis_code: '81000' } as Indicator;
    const perArrondissement = { ...arlon, id: 'attestations-81000-2024-01', value: 120 };
    store.getState().transact(
      [
        {
          table: 'indicators',
          id: perArrondissement.id,
          field: null,
          old: null,
          new: perArrondissement,
        },
      ],
      'Import',
    );
    expect(selectLevels(store.getState())).toEqual(['arrondissement', 'province']);
    expect(selectChoropleth(store.getState())?.level).toBe('arrondissement');
    // Every Walloon arrondissement is drawn; those without a figure are "no data".
    const values = selectMeasureValues(store.getState())?.values;
    expect(values?.size).toBe(20);
    expect(values?.get('81000')).toBe(120);
    expect(values?.get('92000')).toBeNull();
    store.getState().setAnalysis({ level: 'province' });
    expect(selectChoropleth(store.getState())?.level).toBe('province');
  });
});
