import { loadGazetteer } from '../../../scripts/lib/load_reference';
import { detectFormat, readFiles } from '../../../src/formats';
import { indicatorTableDriver } from '../../../src/formats/indicator_table';
import type { ReadResult } from '../../../src/formats/types';
import type { Gazetteer } from '../../../src/places/types';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
});

const file = (text: string, path = 'figures.csv') => ({
  path,
  bytes: new TextEncoder().encode(text),
});

function read(text: string, path?: string): ReadResult {
  return readFiles([file(text, path)], { gazetteer });
}

function issuesAt(result: ReadResult, row: number) {
  return result.report.issues
    .filter((issue) => issue.row === row)
    .map((issue) => [issue.code, issue.field]);
}

describe('a table of figures per commune, long', () => {
  it('is told apart from a sheet of services and read figure by figure', () => {
    const text = [
      'Commune;Indicateur;Valeur;Unité;Date;Source',
      'Liège;personnes_pt;1 234,5;personnes;2024-01;Statbel',
      'Lüttich;personnes_pt;1 240;personnes;2024-02;Statbel',
      'Namen;personnes_pt;12.500;personnes;janv. 2024;Statbel',
    ].join('\n');
    expect(detectFormat([file(text)])?.id).toBe('indicators');
    expect(detectFormat([file('Nom du service;Commune;Valeur\nA;Liège;1\n')])?.id).toBe('flat-csv');
    const result = read(text);
    expect(result.report).toMatchObject({
      format: 'indicators',
      rows: 3,
      accepted: 3,
      rejected: 0,
    });
    expect(
      result.dataset.indicators.map((row) => [
        row.nis_code,
        row.reference_date,
        row.value,
        row.year,
      ]),
    ).toEqual([
      ['62063', '2024-01', 1234.5, 2024],
      ['62063', '2024-02', 1240, 2024],
      ['92094', '2024-01', 12500, 2024],
    ]);
    expect(result.dataset.indicators[0]).toMatchObject({
      indicator: 'personnes_pt',
      unit: 'personnes',
      source: 'Statbel',
    });
  });

  it('rejects, by row and column as the file names it, what it cannot read', () => {
    const result = read(
      [
        'NIS;Indicator;Value;Date',
        '99999;x;1;2024-01',
        '62063;x;many;2024-01',
        '62063;x;2;soon',
        '82005;x;3;2024-01',
        '62063;x;4;2024-02',
        '62063;x;5;2024-02',
        '62063;x;4;2024-02',
      ].join('\n'),
    );
    expect(issuesAt(result, 2)).toEqual([['unknown_place', 'NIS']]);
    expect(issuesAt(result, 3)).toEqual([['invalid_value', 'Value']]);
    expect(issuesAt(result, 4)).toEqual([['invalid_date', 'Date']]);
    // Bertogne merged into Bastogne in 2025: the figure is kept under today's code, with a note.
    expect(issuesAt(result, 5)).toEqual([['nis_code_updated', 'NIS']]);
    expect(issuesAt(result, 7)).toEqual([['conflicting_value', 'Value']]);
    expect(issuesAt(result, 8)).toEqual([['duplicate_row', 'Value']]);
    expect(result.report).toMatchObject({ rows: 7, accepted: 3, rejected: 4 });
    expect(result.dataset.indicators.map((row) => [row.nis_code, row.value])).toEqual([
      ['82039', 3],
      ['62063', 4],
    ]);
  });
});

describe('a wide table of monthly figures per province', () => {
  it('reads each month column, names in any language, and warns where communes and total disagree', () => {
    const result = read(
      [
        'Province,Unit,janv. 2024,févr. 2024,2024-03',
        'Luxembourg,persons,100,110,',
        'Provinz Lüttich,persons,200,210,220',
        'Henegouwen,persons,300,x,320',
      ].join('\n'),
      'attestations.csv',
    );
    expect(result.report).toMatchObject({ rows: 3, accepted: 2, rejected: 1 });
    expect(issuesAt(result, 4)).toEqual([['invalid_value', 'févr. 2024']]);
    expect(
      result.dataset.indicators.map((row) => [
        row.nis_code,
        row.indicator,
        row.reference_date,
        row.value,
      ]),
    ).toEqual([
      ['80000', 'attestations', '2024-01', 100],
      ['80000', 'attestations', '2024-02', 110],
      ['60000', 'attestations', '2024-01', 200],
      ['60000', 'attestations', '2024-02', 210],
      ['60000', 'attestations', '2024-03', 220],
    ]);
  });

  it('warns when the communes of a province do not add up to its figure', () => {
    const communes = gazetteer.communesOfArea('20002');
    const lines = [
      'NIS code,Indicator,2024-01',
      '20002,x,1000',
      ...communes.map((commune) => `${commune.nis_code},x,10`),
    ];
    const result = read(lines.join('\n'));
    const mismatch = result.report.issues.filter((issue) => issue.code === 'sum_mismatch');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatchObject({ row: 2, severity: 'warning' });
    expect(mismatch[0]?.message).toContain(`add up to ${10 * communes.length}, not 1000`);
  });

  it('writes back in the long form, read back the same', () => {
    const first = read('Commune;Indicateur;Valeur;Date\nArlon;x;1,5;2024-01\nNamur;x;2;2024-01\n');
    const [written] = indicatorTableDriver.write(first.dataset, { delimiter: ';' });
    const again = read(written?.content as string);
    expect(again.dataset.indicators).toEqual(first.dataset.indicators);
  });
});
