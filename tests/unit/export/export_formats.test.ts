import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { parseChangeset, type Transaction } from '../../../src/edits/transaction';
import {
  changesetExport,
  datasetExport,
  exportDate,
  exportFileName,
} from '../../../src/export/export_formats';
import { flatCsvDriver } from '../../../src/formats/flat_csv';
import { toFlatRows } from '../../../src/formats/flat_rows';
import { geojsonDriver } from '../../../src/formats/geojson';
import { normalisedCsvDriver } from '../../../src/formats/normalised_csv';
import type { Dataset } from '../../../src/model/dataset';
import { curatedDataset } from '../ui/render_atlas';

const DATE = '2026-11-29';
const BOM = [0xef, 0xbb, 0xbf];

function text(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

function firstLine(bytes: Uint8Array): string {
  return text(bytes).slice(1).split('\r\n')[0] ?? '';
}

/** The curated data with one service whose name a spreadsheet would run as a formula. */
function withFormula(): { dataset: Dataset; name: string } {
  const dataset = structuredClone(curatedDataset());
  const name = '=HYPERLINK("http://example.invalid","click")';
  const [service] = dataset.services;
  if (!service) throw new Error('the curated data has services');
  service.name = name;
  return { dataset, name };
}

describe('file names', { timeout: 30_000 }, () => {
  it('name the content and the day, and say when the data is a filtered subset', () => {
    expect(exportFileName('flat-csv', DATE)).toBe('atlas-services-2026-11-29.csv');
    expect(exportFileName('csv', DATE, true)).toBe('atlas-tables-filtered-2026-11-29.zip');
    expect(exportFileName('geojson', DATE)).toBe('atlas-services-2026-11-29.geojson');
    expect(exportFileName('hsds', DATE)).toBe('atlas-hsds-2026-11-29.zip');
    expect(exportFileName('changeset', DATE)).toBe('atlas-changes-2026-11-29.json');
  });

  it('use the local day', () => {
    expect(exportDate(new Date(2026, 10, 29, 23, 59))).toBe(DATE);
    expect(exportDate(new Date(2027, 0, 3, 0, 1))).toBe('2027-01-03');
  });
});

describe('flat CSV export', { timeout: 30_000 }, () => {
  it('is UTF-8 with a BOM, one row per service at a site, and reads back whole', () => {
    const dataset = curatedDataset();
    const file = datasetExport(dataset, { format: 'flat-csv', date: DATE });
    expect(file.name).toBe('atlas-services-2026-11-29.csv');
    expect([...file.bytes.slice(0, 3)]).toEqual(BOM);
    expect(firstLine(file.bytes).split(',').slice(0, 3)).toEqual([
      'service_id',
      'service_name',
      'category',
    ]);
    const { dataset: back, report } = flatCsvDriver.read([{ path: file.name, bytes: file.bytes }], {
      gazetteer: loadGazetteerSync(),
    });
    expect(report.rows).toBe(toFlatRows(dataset).length);
    expect(report.rejected).toBe(0);
    expect(back.services).toHaveLength(dataset.services.length);
    expect(back.service_at_locations).toHaveLength(dataset.service_at_locations.length);
  });

  it('with `;` for Excel in Belgium, separates by semicolons and writes decimal commas', () => {
    const dataset = curatedDataset();
    const file = datasetExport(dataset, { format: 'flat-csv', delimiter: ';', date: DATE });
    const header = firstLine(file.bytes).split(';');
    expect(header.length).toBeGreaterThan(20);
    const latitude = header.indexOf('latitude');
    const rows = Papa.parse<string[]>(text(file.bytes).slice(1), { delimiter: ';' }).data.slice(1);
    const sited = rows.map((row) => row[latitude] ?? '').filter(Boolean);
    expect(sited.length).toBeGreaterThan(0);
    for (const value of sited) expect(value).toMatch(/^\d{2},\d+$/);
    const { dataset: back, report } = flatCsvDriver.read([{ path: file.name, bytes: file.bytes }], {
      gazetteer: loadGazetteerSync(),
    });
    expect(report.delimiter).toBe(';');
    expect(report.rejected).toBe(0);
    const latitudes = (records: Dataset) =>
      records.locations.map((location) => location.latitude).sort();
    const used = new Set(dataset.service_at_locations.map((link) => link.location_id));
    expect(latitudes(back)).toEqual(
      latitudes({ ...dataset, locations: dataset.locations.filter((l) => used.has(l.id)) }),
    );
  });

  it('neutralises a cell a spreadsheet would run as a formula, and reads it back as typed', () => {
    const { dataset, name } = withFormula();
    const file = datasetExport(dataset, { format: 'flat-csv', date: DATE });
    const csv = text(file.bytes);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"",""click"")"`);
    expect(csv).not.toMatch(/(^|[,\n])"?=HYPERLINK/);
    const { dataset: back } = flatCsvDriver.read([{ path: file.name, bytes: file.bytes }], {
      gazetteer: loadGazetteerSync(),
    });
    expect(back.services.map((service) => service.name)).toContain(name);
  });
});

describe('normalised CSV export', { timeout: 30_000 }, () => {
  it('is one zip of the six tables, each UTF-8 with a BOM, that reads back to the same data', () => {
    const dataset = curatedDataset();
    const file = datasetExport(dataset, { format: 'csv', date: DATE });
    expect(file.name).toBe('atlas-tables-2026-11-29.zip');
    const entries = unzipSync(file.bytes);
    expect(Object.keys(entries).sort()).toEqual([
      'indicators.csv',
      'locations.csv',
      'organizations.csv',
      'relationships.csv',
      'service_at_location.csv',
      'services.csv',
    ]);
    for (const bytes of Object.values(entries)) expect([...bytes.slice(0, 3)]).toEqual(BOM);
    const files = Object.entries(entries).map(([path, bytes]) => ({ path, bytes }));
    const { dataset: back, report } = normalisedCsvDriver.read(files, {
      gazetteer: loadGazetteerSync(),
    });
    expect(report.rejected).toBe(0);
    expect(back).toEqual(dataset);
  });

  it('neutralises formulas in the tables too, and `;` separates every table', () => {
    const { dataset } = withFormula();
    const file = datasetExport(dataset, { format: 'csv', delimiter: ';', date: DATE });
    const entries = unzipSync(file.bytes);
    const services = strFromU8(entries['services.csv'] ?? new Uint8Array());
    expect(services).toContain(`"'=HYPERLINK(""http://example.invalid"",""click"")"`);
    for (const bytes of Object.values(entries)) expect(firstLine(bytes)).toMatch(/^id;/);
  });
});

describe('GeoJSON export', { timeout: 30_000 }, () => {
  it('is a FeatureCollection of the services at their sites, in WGS84, that reads back', () => {
    const dataset = curatedDataset();
    const file = datasetExport(dataset, { format: 'geojson', date: DATE });
    expect(file.name).toBe('atlas-services-2026-11-29.geojson');
    const json = JSON.parse(text(file.bytes));
    expect(json.type).toBe('FeatureCollection');
    expect(json.features).toHaveLength(toFlatRows(dataset).length);
    expect(json.crs).toBeUndefined();
    const { dataset: back, report } = geojsonDriver.read([{ path: file.name, bytes: file.bytes }], {
      gazetteer: loadGazetteerSync(),
    });
    expect(report.rejected).toBe(0);
    expect(back.services).toHaveLength(dataset.services.length);
  });
});

describe('changeset export', { timeout: 30_000 }, () => {
  it('lists every local change with its author and time, and parses back to the same transactions', () => {
    const service = curatedDataset().services[0];
    if (!service) throw new Error('the curated data has services');
    const transactions: Transaction[] = [
      {
        tx: 'a3c1e6a4-5b8e-4f57-9d0c-0b3c3f1c2a11',
        author: 'Anna',
        time: '2026-11-29T09:30:00.000Z',
        label: 'editRecord',
        changes: [
          {
            table: 'services',
            id: service.id,
            field: 'phone',
            old: service.phone,
            new: '081 23 45 67',
          },
          {
            table: 'services',
            id: service.id,
            field: 'languages',
            old: service.languages,
            new: ['uk'],
          },
        ],
      },
    ];
    const file = changesetExport(transactions, 'base-1', DATE, '2026-11-29T10:00:00.000Z');
    expect(file.name).toBe('atlas-changes-2026-11-29.json');
    const json = JSON.parse(text(file.bytes));
    expect(json).toMatchObject({ format: 'atlas-changeset', base: 'base-1' });
    expect(json.changes[0]).toEqual({
      tx: 'a3c1e6a4-5b8e-4f57-9d0c-0b3c3f1c2a11',
      author: 'Anna',
      time: '2026-11-29T09:30:00.000Z',
      label: 'editRecord',
      table: 'services',
      id: service.id,
      field: 'phone',
      old: service.phone,
      new: '081 23 45 67',
    });
    const parsed = parseChangeset(text(file.bytes));
    expect(parsed.ok && parsed.transactions).toEqual(transactions);
  });
});
