import { type GapResult, type GapRow, rowsOf } from '../analysis/gaps/gaps';
import { methodNotes } from '../analysis/gaps/method_notes';
import type { Translate } from '../i18n';
import type { Indicator } from '../model/schemas';
import { toCsv } from '../text/write_csv';

/** The columns of the analysis table, in order. */
export const GAP_COLUMNS = [
  'level',
  'nis_code',
  'name',
  'population',
  'protected',
  'services',
  'sites',
  'services_per_10k',
  'services_per_1k_protected',
  'nearest_km',
  'access',
  'under_served',
  'under_served_communes',
] as const;

export interface GapTableOptions {
  /** A unit's name (its code when unknown). */
  nameOf(code: string): string;
  /** The language of the notes. */
  t: Translate;
  /** The day the figures were computed (YYYY-MM-DD). */
  date: string;
  /** What the filters kept, said in the preamble ('' when nothing was filtered). */
  filters: string;
  delimiter: ',' | ';';
  /** The communes to list (with the units above them); all when null. */
  communes: ReadonlySet<string> | null;
  /**
   * The indicator the analysis shows, when it shows one: its latest figure for each place
   * (by REFNIS code) is written in four more columns (value, date, unit, source).
   */
  indicator?: { name: string; latest: ReadonlyMap<string, Indicator> };
}

/** The columns an indicator adds, after GAP_COLUMNS. */
export const INDICATOR_COLUMNS = [
  'indicator_value',
  'indicator_date',
  'indicator_unit',
  'indicator_source',
] as const;

function indicatorCells(figure: Indicator | undefined, delimiter: ',' | ';'): string[] {
  if (!figure) return ['', '', '', ''];
  return [
    numberText(figure.value, delimiter),
    figure.reference_date || String(figure.year ?? ''),
    figure.unit,
    figure.source,
  ];
}

/** A number as the table writes it: at most 4 decimals, a decimal comma with `;` separators. */
export function numberText(value: number | null, delimiter: ',' | ';'): string {
  if (value === null) return '';
  const text = String(Math.round(value * 10_000) / 10_000);
  return delimiter === ';' ? text.replace('.', ',') : text;
}

function cells(row: GapRow, name: string, delimiter: ',' | ';'): string[] {
  const number = (value: number | null) => numberText(value, delimiter);
  return [
    row.level,
    row.code,
    name,
    number(row.population),
    number(row.protected),
    number(row.services),
    number(row.sites),
    number(row.services_per_10k),
    number(row.services_per_1k_protected),
    number(row.nearest_km),
    number(row.access),
    row.under_served === null ? '' : row.under_served ? '1' : '0',
    number(row.under_served_communes),
  ];
}

/**
 * The analysis as a CSV table: one row per commune, arrondissement, province and Wallonia,
 * after a preamble of `#` lines (what was computed, when, with which parameters, from which
 * figures, and each method note), which spreadsheet and statistics tools skip as comments
 * (`comment='#'` in pandas, `comment.char` in R) or show as plain rows (Excel).
 */
export function gapTableCsv(result: GapResult, options: GapTableOptions): string {
  const { t, delimiter } = options;
  const { params } = result;
  const category =
    params.category === 'all'
      ? t('analysis:allCategories')
      : t(`model:category.${params.category}`);
  const preamble = [
    `${t('analysis:title')} — ${category}`,
    t('analysis:computedOn', { date: options.date }),
    `${t('analysis:catchment')}: ${params.catchmentKm}`,
    `${t('analysis:populationBasis')}: ${t(params.population === 'protected' ? 'analysis:protectedPeople' : 'analysis:inhabitants')}`,
    ...(params.protectedIndicator
      ? [`${t('analysis:protectedIndicator')}: ${params.protectedIndicator}`]
      : []),
    ...(options.filters ? [options.filters] : []),
    ...(options.indicator
      ? [t('analysis:indicatorColumns', { indicator: options.indicator.name })]
      : []),
    ...methodNotes(result, t),
  ].map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}`);
  const { indicator } = options;
  const rows = rowsOf(result, options.communes).map((row) => {
    const base = cells(row, options.nameOf(row.code), delimiter);
    return indicator
      ? [...base, ...indicatorCells(indicator.latest.get(row.code), delimiter)]
      : base;
  });
  const columns = indicator ? [...GAP_COLUMNS, ...INDICATOR_COLUMNS] : GAP_COLUMNS;
  const table = toCsv(columns, rows, { delimiter, bom: false });
  return `\uFEFF${preamble.join('\r\n')}\r\n${table}`;
}
