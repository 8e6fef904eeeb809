import {
  buildFigures,
  buildPopulation,
  geographyCode,
  isoReferenceDate,
} from '../../../../scripts/build_data/indicators';
import { commune, realTables } from './test_sources';

function figure(fields: Record<string, string>) {
  return {
    metric: 'm',
    geography: 'Belgium',
    value: '12',
    unit: 'persons',
    reference_date: '2023-06-06',
    source_url: 'https://example.org',
    source_publisher: 'P',
    source_date: '2023-06',
    notes: '',
    ...fields,
  };
}

describe('indicators', () => {
  const communes = [
    commune('82039', 'Bastogne'),
    commune('92094', 'Namur', { province: 'Namur', province_nis: '90000' }),
  ];

  it('codes Belgium, the regions and provinces by REFNIS, and nothing for combined areas', () => {
    expect(geographyCode('Belgium', communes)).toMatchObject({ code: '01000' });
    expect(geographyCode('Wallonia', communes)).toMatchObject({ code: '03000' });
    expect(geographyCode('Province de Namur', communes)).toMatchObject({ code: '90000' });
    expect(geographyCode('Province du Luxembourg', communes)).toMatchObject({ code: '80000' });
    expect(geographyCode('Wallonia + Brussels', communes)).toHaveProperty('none');
  });

  it('keeps the ISO part of a reference date only', () => {
    expect(isoReferenceDate('2024-02 (since 2022-03-10)')).toBe('2024-02');
    expect(isoReferenceDate('2022-11-23 (press)')).toBe('2022-11-23');
    expect(isoReferenceDate('2023-2024')).toBe('');
    expect(isoReferenceDate('undated')).toBe('');
  });

  it('turns a figure into an indicator with year, date and a dated source', () => {
    const { indicators, notes } = buildFigures(
      [
        figure({ reference_date: '2024-02 (since 2022-03-10)' }),
        figure({ geography: 'Wallonia + Brussels' }),
      ],
      communes,
    );
    expect(indicators).toEqual([
      expect.objectContaining({
        nis_code: '01000',
        indicator: 'm',
        value: 12,
        year: 2024,
        reference_date: '2024-02',
      }),
    ]);
    expect(indicators[0]?.source).toContain('https://example.org (P, 2023-06)');
    expect(indicators[0]?.source).toContain('reference date as given: 2024-02 (since 2022-03-10)');
    expect(notes).toHaveLength(1);
  });

  it('fails on a value that is not a number', () => {
    expect(() => buildFigures([figure({ value: 'about 70,000' })], communes)).toThrow(
      /not a number/,
    );
  });

  it('gives the 2020 population of each of the 261 communes', () => {
    const population = buildPopulation(realTables().communes);
    expect(population).toHaveLength(261);
    expect(
      population.every((indicator) => indicator.year === 2020 && indicator.unit === 'persons'),
    ).toBe(true);
  });
});
