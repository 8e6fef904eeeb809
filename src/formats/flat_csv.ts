import { FlatAssembler } from '../import/assemble_flat';
import { ReportBuilder } from '../import/report_builder';
import type { Crs } from '../model/report';
import { parseCoordinateNumber } from '../places/coordinates';
import { detectCrs } from '../places/crs';
import { FLAT_FIELD_ALIASES } from '../text/headers';
import type { TableRow } from '../text/read_table';
import { readTable } from '../text/read_table';
import { toCsv } from '../text/write_csv';
import { flatColumns, toFlatRows } from './flat_rows';
import type { FormatDriver, InputFile, ReadContext, ReadResult, WriteOptions } from './types';

const PROGRESS_EVERY = 5000;
const RELEASED: TableRow = { row: 0, fields: {}, original: {} };

/** The CRS of a file's coordinates, told from their ranges; lat/lon columns holding Lambert x/y are moved. */
function projectedColumns(rows: readonly TableRow[]): Crs | null {
  const sample: [number, number][] = [];
  for (const { fields } of rows) {
    const x = parseCoordinateNumber(fields.x ?? fields.longitude ?? '');
    const y = parseCoordinateNumber(fields.y ?? fields.latitude ?? '');
    if (x !== null && y !== null) sample.push([x, y]);
    if (sample.length >= 200) break;
  }
  return sample.length > 0 ? detectCrs(sample) : null;
}

function read(files: readonly InputFile[], context: ReadContext): ReadResult {
  const file = files[0];
  const report = new ReportBuilder(file?.path ?? '', 'flat-csv');
  if (!file)
    return { dataset: new FlatAssembler(context.gazetteer).dataset(), report: report.build() };
  const table = readTable(file.path, file.bytes, FLAT_FIELD_ALIASES, [['service_name']]);
  report.encoding = table.encoding;
  report.delimiter = table.delimiter;
  report.addIssues(table.issues);
  report.addColumns(table.columns);
  if (table.refused) {
    return { dataset: new FlatAssembler(context.gazetteer).dataset(), report: report.build() };
  }
  const crs = projectedColumns(table.rows);
  if (crs) report.crs = crs;
  const lambert = crs !== null && crs !== 'EPSG:4326';
  const assembler = new FlatAssembler(context.gazetteer, crs);
  for (const row of table.malformed) report.addRow(row.row, row.findings ?? [], row);
  // Without its name column every row lacks its name: each is read, and rejected for it.
  const rows = table.rows;
  const total = rows.length;
  for (let index = 0; index < total; index += 1) {
    const row = rows[index];
    if (!row) continue;
    // Each row is let go once read, so a large file's parsed values do not all stay in memory.
    rows[index] = RELEASED;
    const fields = row.fields;
    if (lambert && fields.x === undefined) {
      fields.x = fields.longitude ?? '';
      fields.y = fields.latitude ?? '';
      fields.latitude = '';
      fields.longitude = '';
    }
    report.addRow(row.row, assembler.addRow(fields), row);
    if (context.onProgress && index % PROGRESS_EVERY === 0) context.onProgress(index / total);
  }
  context.onProgress?.(1);
  return { dataset: assembler.dataset(), report: report.build() };
}

/** Decimal commas go with `;` separators, as Excel expects them in Belgian locales. */
function localiseNumber(value: string, delimiter: ',' | ';'): string {
  return delimiter === ';' && /^-?\d+\.\d+$/.test(value) ? value.replace('.', ',') : value;
}

export const flatCsvDriver: FormatDriver = {
  id: 'flat-csv',
  detect: (files) => files.length === 1 && /\.(csv|tsv|txt)$/i.test(files[0]?.path ?? ''),
  read,
  write(dataset, options: WriteOptions = {}) {
    const delimiter = options.delimiter ?? ',';
    const columns = flatColumns(options.includeInternal);
    const rows = toFlatRows(dataset).map(({ row }) =>
      columns.map((column) =>
        column === 'latitude' || column === 'longitude'
          ? localiseNumber(row[column], delimiter)
          : row[column],
      ),
    );
    return [{ path: 'atlas_flat.csv', content: toCsv(columns, rows, { delimiter, bom: true }) }];
  },
};
