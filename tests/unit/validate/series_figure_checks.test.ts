import type { Indicator } from '../../../src/model/schemas';
import { seriesFigureChecks } from '../../../src/validate/record_checks';

const figure = (id: string, reference_date: string, unit = 'persons'): Indicator => ({
  id,
  nis_code: '90000',
  indicator: 'attestations_pt',
  value: 700,
  unit,
  year: Number(reference_date.slice(0, 4)),
  reference_date,
  source: 'SPF Intérieur',
  source_consulted: '',
  last_verified: '',
});

describe('the checks of a figure added to or edited in a series', () => {
  const series = [figure('a', '2024-01'), figure('b', '2024-02')];
  const elsewhere = { ...figure('c', '2024-03'), nis_code: '80000' };
  const check = (id: string) =>
    seriesFigureChecks([...series, elsewhere], {
      id,
      nis_code: '90000',
      indicator: 'attestations_pt',
    });

  it('refuses a date the series already has a figure for, as an import does', () => {
    const problems = check('new')({ reference_date: '2024-02', unit: 'persons' });
    expect(problems.get('reference_date')).toEqual([
      { severity: 'error', key: 'problem.figureDateTaken', values: { value: '700' } },
    ]);
  });

  it('lets a figure keep its own date, and take a date only another place has', () => {
    expect(check('b')({ reference_date: '2024-02', unit: 'persons' }).size).toBe(0);
    expect(check('new')({ reference_date: '2024-03', unit: 'persons' }).size).toBe(0);
  });

  it('warns of a unit other than the series’, without refusing it', () => {
    const problems = check('new')({ reference_date: '2024-04', unit: '%' });
    expect(problems.get('unit')).toEqual([
      { severity: 'warning', key: 'problem.figureUnitDiffers', values: { units: 'persons' } },
    ]);
    expect(problems.has('reference_date')).toBe(false);
  });
});
