import { seriesInContext, seriesIndex } from '../../../src/analysis/series';
import { seriesCsv } from '../../../src/export/series_csv';
import type { Indicator } from '../../../src/model/schemas';

const figure = (
  nis_code: string,
  reference_date: string,
  value: number,
  source = 'SPP IS',
): Indicator => ({
  id: `${nis_code}-${reference_date}`,
  nis_code,
  indicator: 'cpas_helped',
  value,
  unit: 'persons',
  year: 2024,
  reference_date,
  source,
  source_consulted: '',
  last_verified: '',
});

describe('a chart’s data as CSV', () => {
  const index = seriesIndex([
    figure('62063', '2024-01', 10.5),
    figure('62063', '2024-02', 12),
    figure('60000', '2024-01', 100, '=HYPERLINK("x")'),
  ]);
  const series = seriesInContext(index, 'cpas_helped', '62063');
  const names: Record<string, string> = { '62063': 'Liège', '60000': 'Province de Liège' };

  it('writes one figure a row, in the long form, with the place’s name', () => {
    const text = seriesCsv(series, { nameOf: (code) => names[code] ?? code, delimiter: ',' });
    const lines = text.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('nis_code,name,indicator,reference_date,value,unit,source');
    expect(lines[1]).toBe('62063,Liège,cpas_helped,2024-01,10.5,persons,SPP IS');
    expect(lines).toHaveLength(4);
  });

  it('writes decimal commas with semicolons, and neutralises a formula', () => {
    const text = seriesCsv(series, { nameOf: (code) => names[code] ?? code, delimiter: ';' });
    expect(text).toContain('62063;Liège;cpas_helped;2024-01;10,5;persons;SPP IS');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
