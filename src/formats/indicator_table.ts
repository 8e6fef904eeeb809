import { ReportBuilder } from '../import/report_builder';
import { emptyDataset } from '../model/dataset';
import { stableId } from '../model/ids';
import type { Finding } from '../model/report';
import type { Indicator } from '../model/schemas';
import { decodeText, isUnreadable } from '../text/decode';
import { type Delimiter, parseDelimited } from '../text/delimited';
import { foldAscii } from '../text/fold';
import { FLAT_FIELD_ALIASES, resolveHeaders } from '../text/headers';
import { toCsv } from '../text/write_csv';
import { parsePeriod, periodOf } from '../validate/period';
import { type PlaceColumn, resolvePlace } from './indicator_places';
import { checkSums } from './indicator_sums';
import type { FormatDriver, InputFile, ReadContext, ReadResult, WriteOptions } from './types';

/**
 * A table of figures per place, as the working group and analysts exchange them, in either
 * shape:
 * - long: one figure per row (place, indicator, date, value, unit, source);
 * - wide: one row per place (and indicator), one column per date (`2024-01`, `janv. 2024`,
 *   `jan 2024`, `01/2024`, `2024-Q1`, `2024`).
 * Places by REFNIS code, or by name (French, Dutch, German) in a column that says the level
 * (commune, arrondissement, province) or a general place column. Each figure becomes an
 * indicator record; the file is reported row by row like every import. Written back in the
 * long form.
 */

export const INDICATOR_FIELD_ALIASES: Readonly<Record<string, readonly string[]>> = {
  nis_code: [
    'nis',
    'code nis',
    'code ins',
    'ins',
    'niscode',
    'nis code',
    'refnis',
    'code refnis',
    'code',
  ],
  commune: ['commune', 'gemeente', 'gemeinde', 'municipality', 'nom commune', 'naam gemeente'],
  arrondissement: ['arrondissement', 'bezirk', 'district'],
  province: ['province', 'provincie', 'provinz'],
  place: [
    'place',
    'lieu',
    'plaats',
    'ort',
    'territoire',
    'zone',
    'entité',
    'entite',
    'geography',
    'région',
    'region',
  ],
  indicator: [
    'indicator',
    'indicateur',
    'indikator',
    'variable',
    'mesure',
    'metric',
    'reeks',
    'série',
    'serie',
  ],
  value: ['value', 'valeur', 'waarde', 'wert', 'nombre', 'aantal', 'anzahl', 'count', 'total'],
  unit: ['unit', 'unité', 'unite', 'eenheid', 'einheit'],
  reference_date: [
    'date',
    'reference date',
    'date de référence',
    'période',
    'periode',
    'period',
    'mois',
    'maand',
    'monat',
    'month',
    'datum',
    'année',
    'annee',
    'jaar',
    'jahr',
    'year',
  ],
  source: ['source', 'bron', 'quelle', 'source url'],
};

const PLACE_COLUMNS: readonly PlaceColumn[] = [
  'nis_code',
  'commune',
  'arrondissement',
  'province',
  'place',
];

interface Shape {
  kind: 'long' | 'wide';
  fields: (string | null)[];
  /** Wide: the columns that are dates, with their period. */
  periods: { index: number; header: string; value: string; year: number }[];
}

/** Which shape a header makes, if any: a place column and a value column, or date columns. */
function shapeOf(header: readonly string[]): Shape | null {
  const { fields } = resolveHeaders(header, INDICATOR_FIELD_ALIASES);
  if (!PLACE_COLUMNS.some((column) => fields.includes(column))) return null;
  if (fields.includes('value')) return { kind: 'long', fields, periods: [] };
  const periods = header.flatMap((name, index) => {
    const period = fields[index] === null ? periodOf(name) : null;
    return period ? [{ index, header: name, ...period }] : [];
  });
  return periods.length > 0 ? { kind: 'wide', fields, periods } : null;
}

/** The first line of a file, cheaply, to tell its shape. */
function headerOf(file: InputFile): string[] {
  const head = decodeText(file.bytes.subarray(0, 64 * 1024)).text;
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  return parseDelimited(firstLine).header;
}

/** A number as the table writes it: `1 234,5`; with `;` separators also `1.234,5` and `12.500`. */
function figureOf(text: string, delimiter: Delimiter): number | null {
  let value = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (delimiter === ';' && /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(value))
    value = value.replaceAll('.', '');
  value = value.replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value)) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

function baseName(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.[^.]+$/, '');
}

/** One figure read from a cell, before it is checked against the others. */
interface Figure {
  record: Indicator;
  row: number;
  field: string;
}

function read(files: readonly InputFile[], context: ReadContext): ReadResult {
  const file = files[0];
  const dataset = emptyDataset();
  const report = new ReportBuilder(file?.path ?? '', 'indicators');
  if (!file) return { dataset, report: report.build() };
  const decoded = decodeText(file.bytes);
  report.encoding = decoded.encoding;
  report.addIssues(decoded.findings.map((finding) => ({ ...finding, file: file.path, row: null })));
  if (isUnreadable(decoded)) return { dataset, report: report.build() };
  const parsed = parseDelimited(decoded.text);
  report.delimiter = parsed.delimiter;
  if (parsed.refusal) {
    report.addIssues([{ ...parsed.refusal, file: file.path, row: null }]);
    return { dataset, report: report.build() };
  }
  const shape = shapeOf(parsed.header);
  if (!shape) {
    report.addIssues([
      {
        file: file.path,
        row: 1,
        field: null,
        severity: 'error',
        code: 'missing_column',
        message:
          'No place column (NIS code, commune, arrondissement, province) with a value column or date columns was found in the header',
        variant: 'figures',
        values: {},
      },
    ]);
    return { dataset, report: report.build() };
  }
  const column = (field: string) => shape.fields.indexOf(field);
  const placeColumn = PLACE_COLUMNS.find((name) => column(name) >= 0) ?? 'place';
  const defaultIndicator = foldAscii(baseName(file.path)).replaceAll(' ', '_');
  const malformed = new Map(parsed.findings.map(({ row, ...finding }) => [row, finding]));
  const figures: Figure[] = [];
  const keyOf = (record: Indicator) =>
    `${record.nis_code}|${record.indicator}|${record.reference_date}`;
  const seen = new Map<string, Figure>();
  const units = new Map<string, string>();

  for (const row of parsed.rows) {
    const cell = (field: string) => row.values[column(field)]?.trim() ?? '';
    const original = Object.fromEntries(
      parsed.header.map((name, index) => [name || `column ${index + 1}`, row.values[index] ?? '']),
    );
    const findings: Finding[] = [];
    const broken = malformed.get(row.row);
    if (broken || row.malformed) {
      report.addRow(
        row.row,
        [
          broken ?? {
            field: null,
            severity: 'error',
            code: 'malformed_row',
            message: 'The row could not be read',
            variant: 'unread',
            values: {},
          },
        ],
        { original },
      );
      continue;
    }
    const header = (field: string) => parsed.header[column(field)] ?? field;
    const place = resolvePlace(
      cell(placeColumn),
      placeColumn,
      context.gazetteer,
      header(placeColumn),
    );
    findings.push(...place.findings);
    const indicator = cell('indicator') || defaultIndicator;
    const unit = cell('unit');
    const source = cell('source');
    const cells =
      shape.kind === 'long'
        ? [
            {
              text: cell('value'),
              field: header('value'),
              period: parsePeriod(cell('reference_date'), header('reference_date')),
            },
          ]
        : shape.periods.map((period) => ({
            text: row.values[period.index]?.trim() ?? '',
            field: period.header,
            period: { value: { value: period.value, year: period.year }, findings: [] },
          }));
    const rowFigures: Figure[] = [];
    for (const { text, field, period } of cells) {
      if (shape.kind === 'wide' && text === '') continue;
      findings.push(...period.findings);
      if (shape.kind === 'long' && !period.value && period.findings.length === 0) {
        findings.push({
          field,
          severity: 'error',
          code: 'missing_required',
          message: 'The date the figure refers to is required but empty',
          values: {},
        });
      }
      const value = figureOf(text, parsed.delimiter);
      if (value === null) {
        findings.push({
          field,
          severity: 'error',
          code: text === '' ? 'missing_required' : 'invalid_value',
          message: text === '' ? 'The value is required but empty' : `"${text}" is not a number`,
          ...(text === '' ? { values: {} } : { variant: 'number', values: { value: text } }),
        });
        continue;
      }
      if (!place.value || !period.value) continue;
      rowFigures.push({
        row: row.row,
        field,
        record: {
          id: stableId('indicator', place.value, indicator, period.value.value),
          nis_code: place.value,
          indicator,
          value,
          unit,
          year: period.value.year,
          reference_date: period.value.value,
          source,
          source_consulted: '',
          last_verified: '',
        },
      });
    }
    for (const figure of rowFigures) {
      const known = seen.get(keyOf(figure.record));
      if (known && known.record.value !== figure.record.value) {
        findings.push({
          field: figure.field,
          severity: 'error',
          code: 'conflicting_value',
          message: `${figure.record.indicator} for ${figure.record.nis_code} on ${figure.record.reference_date} is already ${known.record.value} (row ${known.row}), not ${figure.record.value}`,
          variant: 'figure',
          values: {
            indicator: figure.record.indicator,
            place: figure.record.nis_code,
            date: figure.record.reference_date,
            known: known.record.value,
            row: known.row,
            value: figure.record.value,
          },
        });
      } else if (known) {
        findings.push({
          field: figure.field,
          severity: 'warning',
          code: 'duplicate_row',
          message: `${figure.record.indicator} for ${figure.record.nis_code} on ${figure.record.reference_date} was given already (row ${known.row}); kept once`,
          values: {
            indicator: figure.record.indicator,
            place: figure.record.nis_code,
            date: figure.record.reference_date,
            row: known.row,
          },
        });
      }
      const series = `${figure.record.nis_code}|${figure.record.indicator}`;
      const unitBefore = units.get(series);
      if (unitBefore !== undefined && unitBefore !== figure.record.unit) {
        findings.push({
          field: header('unit'),
          severity: 'warning',
          code: 'inconsistent_unit',
          message: `The unit of ${figure.record.indicator} for ${figure.record.nis_code} changes from "${unitBefore}" to "${figure.record.unit}"`,
          values: {
            indicator: figure.record.indicator,
            place: figure.record.nis_code,
            from: unitBefore,
            to: figure.record.unit,
          },
        });
      }
    }
    if (!report.addRow(row.row, findings, { original })) continue;
    for (const figure of rowFigures) {
      const key = keyOf(figure.record);
      if (seen.has(key)) continue;
      seen.set(key, figure);
      units.set(`${figure.record.nis_code}|${figure.record.indicator}`, figure.record.unit);
      figures.push(figure);
    }
  }
  dataset.indicators = figures.map((figure) => figure.record);
  report.addIssues(checkSums(figures, context.gazetteer, file.path));
  return { dataset, report: report.build() };
}

const COLUMNS = ['nis_code', 'indicator', 'reference_date', 'value', 'unit', 'source'] as const;

/** The long form's header and rows, values as numbers: what a workbook of figures holds. */
export function indicatorRows(dataset: Parameters<FormatDriver['write']>[0]): {
  header: readonly string[];
  rows: (string | number)[][];
} {
  const rows = dataset.indicators.map((indicator) => [
    indicator.nis_code,
    indicator.indicator,
    indicator.reference_date || (indicator.year === null ? '' : String(indicator.year)),
    indicator.value,
    indicator.unit,
    indicator.source,
  ]);
  return { header: COLUMNS, rows };
}

/** The dataset's indicators in the long form, one figure per row. */
function write(dataset: Parameters<FormatDriver['write']>[0], options: WriteOptions = {}) {
  const delimiter = options.delimiter ?? ',';
  const rows = dataset.indicators.map((indicator) => [
    indicator.nis_code,
    indicator.indicator,
    indicator.reference_date || (indicator.year === null ? '' : String(indicator.year)),
    delimiter === ';' ? String(indicator.value).replace('.', ',') : String(indicator.value),
    indicator.unit,
    indicator.source,
  ]);
  return [{ path: 'indicators_long.csv', content: toCsv(COLUMNS, rows, { delimiter, bom: true }) }];
}

export const indicatorTableDriver: FormatDriver = {
  id: 'indicators',
  detect: (files) => {
    const [file] = files;
    if (files.length !== 1 || !file || !/\.(csv|tsv|txt)$/i.test(file.path)) return false;
    const header = headerOf(file);
    // A sheet of services (a flat CSV) names its services: it is not a table of figures.
    const flat = resolveHeaders(header, FLAT_FIELD_ALIASES).fields;
    return (
      shapeOf(header) !== null &&
      !flat.includes('service_name') &&
      !flat.includes('organization_name')
    );
  },
  read,
  write,
};
