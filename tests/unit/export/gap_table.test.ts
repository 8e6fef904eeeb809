import Papa from 'papaparse';
import { computeGaps, DEFAULT_GAP_PARAMS } from '../../../src/analysis/gaps/gaps';
import { GAP_COLUMNS, gapTableCsv, INDICATOR_COLUMNS } from '../../../src/export/gap_table';
import { createI18n } from '../../../src/i18n';
import type { Indicator } from '../../../src/model/schemas';
import { all, fixtureInput } from '../analysis/gaps/gap_fixture';

const input = fixtureInput(
  [
    { code: '92001', lon: 4.8, lat: 50.4, population: 1000 },
    { code: '92003', lon: 4.9, lat: 50.4, population: 2000 },
  ],
  [{ service: 0, category: 0, lon: 4.8, lat: 50.4, commune: 0 }],
);
const result = computeGaps(input, all(input), DEFAULT_GAP_PARAMS);

function figure(nis_code: string, value: number, reference_date: string): Indicator {
  return {
    id: `00000000-0000-5000-8000-${nis_code.padStart(12, '0')}`,
    nis_code,
    indicator: 'Bénéficiaires',
    value,
    unit: 'personnes',
    year: Number(reference_date.slice(0, 4)),
    reference_date,
    source: 'CPAS, tableau du groupe de travail',
    source_consulted: '',
    last_verified: '',
  };
}

function table(text: string) {
  const body = text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
  return Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: true }).data;
}

describe('the gap analysis table in CSV', () => {
  const t = createI18n('en').t;
  const options = {
    nameOf: (code: string) => code,
    t,
    date: '2026-12-07',
    filters: '',
    delimiter: ',' as const,
    communes: null,
  };

  it('writes the measures only, when the analysis shows no indicator', () => {
    const rows = table(gapTableCsv(result, options));
    expect(Object.keys(rows[0] ?? {})).toEqual([...GAP_COLUMNS]);
  });

  it('adds the latest figure of the indicator shown, its date, unit and source, and says so', () => {
    const latest = new Map([['92001', figure('92001', 42.5, '2025-06')]]);
    const text = gapTableCsv(result, {
      ...options,
      indicator: { name: 'Bénéficiaires', latest },
    });
    expect(text).toMatch(/^\uFEFF# .*\r\n(# .*\r\n)*# Indicator shown: Bénéficiaires/);
    const rows = table(text);
    expect(Object.keys(rows[0] ?? {})).toEqual([...GAP_COLUMNS, ...INDICATOR_COLUMNS]);
    const known = rows.find((row) => row.nis_code === '92001');
    expect(known).toMatchObject({
      indicator_value: '42.5',
      indicator_date: '2025-06',
      indicator_unit: 'personnes',
      indicator_source: 'CPAS, tableau du groupe de travail',
    });
    // A place without the figure has empty cells, never a zero.
    expect(rows.find((row) => row.nis_code === '92003')?.indicator_value).toBe('');
  });
});
