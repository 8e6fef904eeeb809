/**
 * The gap analysis of a dataset, as the Atlas computes it, for researchers who want the
 * same figures reproducibly:
 *
 *   npm run analyse -- data --category language --catchment 15 --format csv
 *   npm run analyse -- data --category language --province Luxembourg --under-served distance:20
 *   npm run analyse -- my_data --population protected --protected-indicator temporary_protection
 *
 * Options: --category <code|all>, --catchment <km> (d0 of the 2SFCA index, default 15),
 * --population inhabitants|protected, --protected-indicator <indicator name>,
 * --under-served distance|per_10k|per_1k_protected|access:<value> (default distance:20),
 * --province, --arrondissement, --commune <name or code> (the shared filters, repeatable),
 * --format csv|json (default csv), --delimiter ',' or ';', --language fr|nl|en (the notes).
 * Writes the table to stdout; exit 0, or 2 when the input or an option cannot be read.
 */
import { parseArgs } from 'node:util';
import {
  computeGaps,
  DEFAULT_GAP_PARAMS,
  type GapParams,
  rowsOf,
  type UnderServedRule,
} from '../src/analysis/gaps/gaps';
import { gapInput, selectedSites } from '../src/analysis/gaps/input';
import { methodNotes } from '../src/analysis/gaps/method_notes';
import { filterSites } from '../src/explore/filter_sites';
import { inPlaces, isFiltered, NO_FILTERS, withoutPlaces } from '../src/explore/filters';
import { buildSiteRows } from '../src/explore/sites';
import { exportDate } from '../src/export/export_formats';
import { gapTableCsv } from '../src/export/gap_table';
import { createI18n } from '../src/i18n';
import { CATEGORIES, type Category } from '../src/model/enums';
import { LANGUAGES, type Language } from '../src/model/languages';
import { areaName } from '../src/places/place_names';
import type { Gazetteer } from '../src/places/types';
import { loadGazetteer } from './lib/load_reference';
import { readInput } from './lib/read_input';
import { CommandError, runCommand } from './lib/run_command';

const USAGE =
  "usage: npm run analyse -- <file or folder> [--category <code|all>] [--catchment <km>] [--population inhabitants|protected] [--protected-indicator <name>] [--under-served <rule>:<value>] [--province|--arrondissement|--commune <name or code>] [--format csv|json] [--delimiter ';'] [--language fr|nl|en]";

function fail(message: string): never {
  throw new CommandError([message, USAGE]);
}

function category(value: string): Category | 'all' {
  if (value === 'all' || (CATEGORIES as readonly string[]).includes(value)) {
    return value as Category | 'all';
  }
  return fail(`--category: "${value}" is not one of all, ${CATEGORIES.join(', ')}`);
}

function positive(value: string, option: string): number {
  const number = Number(value.replace(',', '.'));
  if (!Number.isFinite(number) || number <= 0)
    fail(`--${option}: "${value}" is not a positive number`);
  return number;
}

function underServed(value: string): UnderServedRule {
  const [rule = '', threshold = ''] = value.split(':');
  if (!['distance', 'per_10k', 'per_1k_protected', 'access'].includes(rule)) {
    fail(`--under-served: "${rule}" is not distance, per_10k, per_1k_protected or access`);
  }
  return { rule: rule as UnderServedRule['rule'], value: positive(threshold, 'under-served') };
}

/** The units the filters name, as the filters hold them (names of provinces and arrondissements, commune codes). */
function places(
  names: readonly string[],
  level: 'province' | 'arrondissement' | 'commune',
  gazetteer: Gazetteer,
) {
  return names.map((name) => {
    const found = /^\d{5}$/.test(name)
      ? [gazetteer.areaByNis(name)]
      : gazetteer.areasByName(level === 'commune' ? name : `${level} ${name}`);
    const area = found.find((candidate) => candidate?.level === level);
    if (!area) fail(`--${level}: "${name}" names no Walloon ${level}`);
    return level === 'commune' ? area.nis_code : area.name_fr;
  });
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      category: { type: 'string', default: 'all' },
      catchment: { type: 'string', default: String(DEFAULT_GAP_PARAMS.catchmentKm) },
      population: { type: 'string', default: 'inhabitants' },
      'protected-indicator': { type: 'string', default: '' },
      'under-served': { type: 'string', default: 'distance:20' },
      province: { type: 'string', multiple: true, default: [] },
      arrondissement: { type: 'string', multiple: true, default: [] },
      commune: { type: 'string', multiple: true, default: [] },
      format: { type: 'string', default: 'csv' },
      delimiter: { type: 'string', default: ',' },
      language: { type: 'string', default: 'en' },
    },
  });
  const path = positionals[0];
  if (!path || positionals.length > 1) fail('give one file or folder to analyse');
  if (!['csv', 'json'].includes(values.format))
    fail(`--format: "${values.format}" is not csv or json`);
  if (values.delimiter !== ',' && values.delimiter !== ';') fail('--delimiter: , or ;');
  if (!(LANGUAGES as readonly string[]).includes(values.language))
    fail(`--language: one of ${LANGUAGES.join(', ')}`);
  if (values.population !== 'inhabitants' && values.population !== 'protected') {
    fail('--population: inhabitants or protected');
  }
  const params: GapParams = {
    category: category(values.category),
    catchmentKm: positive(values.catchment, 'catchment'),
    population: values.population,
    protectedIndicator: values['protected-indicator'],
    underServed: underServed(values['under-served']),
  };
  const { dataset } = await readInput(path);
  const gazetteer = await loadGazetteer();
  if (
    params.population === 'protected' &&
    !dataset.indicators.some((row) => row.indicator === params.protectedIndicator)
  ) {
    fail(`--protected-indicator: the data has no indicator "${params.protectedIndicator}"`);
  }
  const filters = {
    ...NO_FILTERS,
    provinces: places(values.province, 'province', gazetteer),
    arrondissements: places(values.arrondissement, 'arrondissement', gazetteer),
    communes: places(values.commune, 'commune', gazetteer),
  };
  const sites = buildSiteRows(dataset, gazetteer.communeByNis);
  // The services are those the other filters keep, wherever they are; the place filters
  // choose the communes listed (a service just across a border still serves them).
  const visible = filterSites(sites, withoutPlaces(filters));
  const communes = isFiltered(filters)
    ? new Set(
        gazetteer.communes
          .filter((commune) => inPlaces(commune, filters))
          .map((commune) => commune.nis_code),
      )
    : null;
  const input = gapInput(sites, dataset.indicators, gazetteer);
  const result = computeGaps(input, selectedSites(sites, visible), params);
  const { t } = createI18n(values.language as Language);
  const nameOf = (code: string) => {
    const area = gazetteer.areaByNis(code);
    return area ? areaName(area, values.language as Language) : code;
  };
  const filtered =
    visible === sites
      ? ''
      : t('analysis:filtersNote', { count: visible.length, total: sites.length });
  if (values.format === 'json') {
    console.log(
      JSON.stringify({
        params,
        computed_on: exportDate(),
        filtered: filtered || null,
        counted: result.counted,
        notes: methodNotes(result, t),
        rows: rowsOf(result, communes).map((row) => ({ ...row, name: nameOf(row.code) })),
      }),
    );
  } else {
    process.stdout.write(
      gapTableCsv(result, {
        nameOf,
        t,
        date: exportDate(),
        filters: filtered,
        delimiter: values.delimiter,
        communes,
      }),
    );
  }
  return 0;
}

runCommand('analyse', main);
