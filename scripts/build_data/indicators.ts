import type { CommuneRecord } from './communes';
import type { CsvRow, IndicatorSpec } from './specs';
import { joinParts, sourceFile } from './text';

export const FIGURES_FILE = 'services/ukraine_context_figures.csv';

export const FIGURE_COLUMNS = [
  'metric',
  'geography',
  'value',
  'unit',
  'reference_date',
  'source_url',
  'source_publisher',
  'source_date',
  'notes',
] as const;

const POPULATION_SOURCE =
  'Statbel, legal population on 1 January 2020 (https://statbel.fgov.be/nl/open-data/bevolking-naar-woonplaats-nationaliteit-burgerlijke-staat-leeftijd-en-geslacht-10), via bmesuere/belgium-topojson source_data/bevolking_per_gemeente.csv @3e3fe4c61f39b7fa90ce993cd2a8a367df0f9534; property population_2020 of ../shared/data/geo/wallonia_communes_2025.geojson (see data/sources/SOURCES_geo.md)';

/** The population of each 2025 commune on 1 January 2020 (Statbel), as `population`. */
export function buildPopulation(communes: readonly CommuneRecord[]): IndicatorSpec[] {
  return communes.flatMap((commune) => {
    if (commune.population_2020 === null) return [];
    const merged =
      commune.merged_from.length > 0
        ? `; derived: sum of the merged communes ${commune.merged_from.join(' and ')}`
        : '';
    return [
      {
        nis_code: commune.nis_code,
        indicator: 'population',
        value: commune.population_2020,
        unit: 'persons',
        year: 2020,
        reference_date: '2020-01-01',
        source: `${POPULATION_SOURCE}${merged}`,
      },
    ];
  });
}

/** A geography's REFNIS code and what its label adds (e.g. a qualifier), or why it has none. */
type GeographyCode = { code: string; basis: string } | { none: string };

/**
 * The REFNIS code of a geography named in ukraine_context_figures.csv: Belgium 01000,
 * the Walloon Region 03000, the Flemish Region 02000, and a province by its short name
 * (the communes' `province` / `province_nis`). Combined areas and the Fédération
 * Wallonie-Bruxelles (a community, with no REFNIS code) have none.
 */
export function geographyCode(
  geography: string,
  communes: readonly CommuneRecord[],
): GeographyCode {
  const fixed: Record<string, string> = {
    Belgium: '01000',
    'Belgium (Fedasil + partners)': '01000',
    Wallonia: '03000',
    Flanders: '02000',
  };
  const code = fixed[geography];
  if (code) return { code, basis: code === '02000' ? 'REFNIS code of the Flemish Region' : '' };
  const province = /^Province (?:de |du |de la )?(.+)$/.exec(geography)?.[1];
  if (province) {
    const commune = communes.find((candidate) => candidate.province === province);
    if (commune) return { code: commune.province_nis, basis: '' };
  }
  return { none: `"${geography}" has no REFNIS code` };
}

/** The ISO part of a reference date ("2024-02 (since …)" → "2024-02"), or ''. */
export function isoReferenceDate(value: string): string {
  return /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\s|$)/.exec(value.trim())?.[1] ?? '';
}

export interface FigureResult {
  indicators: IndicatorSpec[];
  /** Rows left out, with the reason. */
  notes: string[];
}

/**
 * Each row of ukraine_context_figures.csv as an indicator: `indicator` = metric, the
 * numeric value, the unit as given, the year and ISO reference date when the source's
 * date has one (the date as given is kept in `source` when it says more), and
 * source = URL (publisher, date) plus the row's notes. Rows whose geography has no
 * REFNIS code are left out and listed in `notes`. Throws on a non-numeric value.
 */
export function buildFigures(
  rows: readonly CsvRow[],
  communes: readonly CommuneRecord[],
): FigureResult {
  const indicators: IndicatorSpec[] = [];
  const notes: string[] = [];
  rows.forEach((row, index) => {
    const rowNumber = index + 2;
    const geography = geographyCode(row.geography ?? '', communes);
    if ('none' in geography) {
      notes.push(`${FIGURES_FILE} row ${rowNumber} (${row.metric}): not used — ${geography.none}`);
      return;
    }
    const value = Number(row.value);
    if (!row.value || !Number.isFinite(value)) {
      throw new Error(`${FIGURES_FILE} row ${rowNumber}: value "${row.value}" is not a number`);
    }
    const givenDate = row.reference_date ?? '';
    const referenceDate = isoReferenceDate(givenDate);
    const geographyNote =
      row.geography !== 'Belgium' && row.geography !== 'Wallonia'
        ? `geography as given: ${row.geography}`
        : '';
    indicators.push({
      nis_code: geography.code,
      indicator: row.metric ?? '',
      value,
      unit: row.unit ?? '',
      year: referenceDate ? Number(referenceDate.slice(0, 4)) : null,
      reference_date: referenceDate,
      source: joinParts([
        `${row.source_url} (${joinParts([row.source_publisher ?? '', row.source_date ?? ''], ', ')})`,
        referenceDate !== givenDate ? `reference date as given: ${givenDate}` : '',
        geographyNote,
        geography.basis,
        row.notes ? `note: ${row.notes}` : '',
        sourceFile(FIGURES_FILE),
      ]),
    });
  });
  return { indicators, notes };
}
