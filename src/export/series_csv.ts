import type { Series } from '../analysis/series';
import { toCsv } from '../text/write_csv';
import { numberText } from './gap_table';

export interface SeriesCsvOptions {
  /** A place's name in the interface language, by its REFNIS code. */
  nameOf(code: string): string;
  /** `;` with decimal commas (French and Dutch Excel), or `,`. */
  delimiter: ',' | ';';
}

/** The long form's columns (as `convert --to indicators` writes them), with the place's name beside its code. */
const COLUMNS = ['nis_code', 'name', 'indicator', 'reference_date', 'value', 'unit', 'source'];

/**
 * The figures a chart draws, one per row, in the long form the Atlas reads back (place's
 * code and name, indicator, date, value, unit, source), with a BOM so that Excel reads
 * the accents; cells a spreadsheet would run are neutralised.
 */
export function seriesCsv(series: readonly Series[], options: SeriesCsvOptions): string {
  const rows = series.flatMap((one) =>
    one.points.map((point) => [
      one.place,
      options.nameOf(one.place),
      one.indicator,
      point.date,
      numberText(point.value, options.delimiter),
      point.unit,
      point.source,
    ]),
  );
  return toCsv(COLUMNS, rows, { delimiter: options.delimiter, bom: true });
}
