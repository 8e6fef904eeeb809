import { CATEGORIES, type Category } from '../../model/enums';
import { arrondissementCode, BELGIUM_NIS, provinceCode, WALLONIA_NIS } from '../../places/areas';
import type { AreaLevel } from '../../places/types';
import type { FigureSource, GapInput } from './input';
import { nearestDistances } from './nearest';
import { pointSupply } from './supply_points';
import { twoStepAccess } from './two_step';

/** A figure the analysis gives for each unit, and that a map or a ranking can show. */
export const MEASURES = [
  'services',
  'sites',
  'services_per_10k',
  'services_per_1k_protected',
  'nearest_km',
  'access',
] as const;
export type Measure = (typeof MEASURES)[number];

/** When a commune counts as under-served: one rule, with the value the user sets. */
export interface UnderServedRule {
  /**
   * distance: no site of the category within `value` km; per_10k, per_1k_protected, access:
   * that figure below `value`.
   */
  rule: 'distance' | 'per_10k' | 'per_1k_protected' | 'access';
  value: number;
}

export interface GapParams {
  /** The category of the services counted, or every category the filters let through. */
  category: Category | 'all';
  /** The catchment distance d0 of the two-step floating catchment area method, in km. */
  catchmentKm: number;
  /** Who the services are for in the access index: the inhabitants, or the people under temporary protection. */
  population: 'inhabitants' | 'protected';
  /** The indicator that gives the people under temporary protection per commune ('' when none). */
  protectedIndicator: string;
  underServed: UnderServedRule;
}

export const DEFAULT_GAP_PARAMS: GapParams = {
  category: 'all',
  catchmentKm: 15,
  population: 'inhabitants',
  protectedIndicator: '',
  underServed: { rule: 'distance', value: 20 },
};

/** The figures of one unit: a commune, or the sum of the communes of an arrondissement, province or Wallonia. */
export interface GapRow {
  code: string;
  level: AreaLevel;
  /** Inhabitants (null when unknown for a commune; the known ones summed above it). */
  population: number | null;
  /** People under temporary protection, where the chosen indicator gives them. */
  protected: number | null;
  /** The services that serve the unit: each counts in every commune of its area (once in a unit above). */
  services: number;
  /** The sites in the unit. */
  sites: number;
  services_per_10k: number | null;
  services_per_1k_protected: number | null;
  /** Straight-line km to the nearest site (above a commune: the mean of its communes', weighted by population). */
  nearest_km: number | null;
  /** The two-step floating catchment area index (above a commune: weighted by population). */
  access: number | null;
  /** Whether the commune is under-served by the rule (null when a figure it needs is unknown). */
  under_served: boolean | null;
  /** How many of the unit's communes are under-served (1 or 0 for a commune). */
  under_served_communes: number;
}

export interface GapResult {
  params: GapParams;
  communes: GapRow[];
  arrondissements: GapRow[];
  provinces: GapRow[];
  wallonia: GapRow;
  /** How many services and sites were counted (the category's, among those the filters select). */
  counted: { services: number; sites: number; sitesWithoutPoint: number; servicesWithArea: number };
  /** Whether any commune has a figure of people under temporary protection. */
  hasProtected: boolean;
  /** Where the figures divided by come from: their source and date. */
  sources: { population: FigureSource | null; protected: FigureSource | null };
}

/**
 * The name of the user timing measure (performance.measure) under which the place that
 * runs `computeGaps` for the app keeps the time of its latest computation.
 */
export const GAP_MEASURE = 'gap analysis';

const ratio = (count: number, of: number, per: number): number | null =>
  Number.isFinite(of) && of > 0 ? (count / of) * per : null;

/**
 * The gap analysis of the sites selected (indices into the input's sites), for one
 * category: per commune, and summed per arrondissement, province and Wallonia. Pure.
 */
export function computeGaps(input: GapInput, selected: Int32Array, params: GapParams): GapResult {
  const communeCount = input.communeCodes.length;
  const category = params.category === 'all' ? -1 : CATEGORIES.indexOf(params.category);
  const sites =
    category < 0 ? selected : selected.filter((site) => input.siteCategory[site] === category);

  const serviceSelected = new Uint8Array(input.serviceIds.length);
  const sitesIn = new Float64Array(communeCount);
  let sitesWithoutPoint = 0;
  for (const site of sites) {
    serviceSelected[input.siteService[site] ?? 0] = 1;
    const commune = input.siteCommune[site] ?? -1;
    if (commune >= 0) sitesIn[commune] = (sitesIn[commune] ?? 0) + 1;
    if ((input.sitePoint[site] ?? -1) < 0) sitesWithoutPoint += 1;
  }
  const servicesIn = new Float64Array(communeCount);
  const services: number[] = [];
  let servicesWithArea = 0;
  serviceSelected.forEach((on, service) => {
    if (!on) return;
    services.push(service);
    servicesWithArea += input.serviceHasArea[service] ?? 0;
    for (
      let at = input.serviceAreaStart[service] ?? 0;
      at < (input.serviceAreaStart[service + 1] ?? 0);
      at += 1
    ) {
      const commune = input.serviceAreaCommunes[at] ?? 0;
      servicesIn[commune] = (servicesIn[commune] ?? 0) + 1;
    }
  });

  const protectedFigures =
    input.indicators[params.protectedIndicator]?.values ??
    new Float64Array(communeCount).fill(Number.NaN);
  const demand = params.population === 'protected' ? protectedFigures : input.population;
  const supply = pointSupply(input, sites);
  const nearest = nearestDistances(input, supply);
  const access = twoStepAccess(input, supply, demand, params.catchmentKm);
  const accessPer = params.population === 'protected' ? 1_000 : 10_000;

  const communes: GapRow[] = input.communeCodes.map((code, commune) => {
    const population = input.population[commune] ?? Number.NaN;
    const protectedCount = protectedFigures[commune] ?? Number.NaN;
    const row: GapRow = {
      code,
      level: 'commune',
      population: Number.isFinite(population) ? population : null,
      protected: Number.isFinite(protectedCount) ? protectedCount : null,
      services: servicesIn[commune] ?? 0,
      sites: sitesIn[commune] ?? 0,
      services_per_10k: ratio(servicesIn[commune] ?? 0, population, 10_000),
      services_per_1k_protected: ratio(servicesIn[commune] ?? 0, protectedCount, 1_000),
      nearest_km: nearest[commune] ?? null,
      access:
        access[commune] === undefined || access[commune] === null
          ? null
          : (access[commune] as number) * accessPer,
      under_served: null,
      under_served_communes: 0,
    };
    row.under_served = underServed(row, params.underServed);
    row.under_served_communes = row.under_served ? 1 : 0;
    return row;
  });

  // The units above each commune (its arrondissement, its province, Wallonia), each given an
  // index, so that the distinct services serving a unit are counted without a set per unit:
  // a unit remembers the last service that counted in it.
  const unitIndex = new Map<string, number>();
  const units: { code: string; level: AreaLevel; rows: GapRow[] }[] = [];
  const communeUnits = new Int32Array(communeCount * 3);
  communes.forEach((row, commune) => {
    const codes = [
      [input.communeArrondissement[commune] ?? '', 'arrondissement'],
      [input.communeProvince[commune] ?? '', 'province'],
      [WALLONIA_NIS, 'region'],
    ] as const;
    codes.forEach(([code, level], rank) => {
      let unit = unitIndex.get(code);
      if (unit === undefined) {
        unit = units.length;
        unitIndex.set(code, unit);
        units.push({ code, level, rows: [] });
      }
      units[unit]?.rows.push(row);
      communeUnits[commune * 3 + rank] = unit;
    });
  });
  const unitServices = new Float64Array(units.length);
  const lastService = new Int32Array(units.length).fill(-1);
  for (const service of services) {
    for (
      let at = input.serviceAreaStart[service] ?? 0;
      at < (input.serviceAreaStart[service + 1] ?? 0);
      at += 1
    ) {
      const commune = input.serviceAreaCommunes[at] ?? 0;
      for (let rank = 0; rank < 3; rank += 1) {
        const unit = communeUnits[commune * 3 + rank] ?? 0;
        if (lastService[unit] === service) continue;
        lastService[unit] = service;
        unitServices[unit] = (unitServices[unit] ?? 0) + 1;
      }
    }
  }
  const summed = units.map((unit, index) =>
    sumRows(unit.code, unit.level, unit.rows, unitServices[index] ?? 0),
  );
  const wallonia =
    summed.find((row) => row.code === WALLONIA_NIS) ?? sumRows(WALLONIA_NIS, 'region', [], 0);
  return {
    params,
    communes,
    arrondissements: summed.filter((row) => row.level === 'arrondissement'),
    provinces: summed.filter((row) => row.level === 'province'),
    wallonia,
    counted: {
      services: services.length,
      sites: sites.length,
      sitesWithoutPoint,
      servicesWithArea,
    },
    hasProtected: protectedFigures.some(Number.isFinite),
    sources: {
      population: input.populationSource,
      protected: input.indicators[params.protectedIndicator]?.source ?? null,
    },
  };
}

/**
 * The rows of the communes kept (all when `kept` is null), then of the arrondissements,
 * provinces and Wallonia they lie in: what a table of the places the filters choose lists.
 */
export function rowsOf(result: GapResult, kept: ReadonlySet<string> | null): GapRow[] {
  const communes = kept ? result.communes.filter((row) => kept.has(row.code)) : result.communes;
  const units = new Set(
    communes.flatMap((row) => [arrondissementCode(row.code), provinceCode(row.code)]),
  );
  return [
    ...communes,
    ...result.arrondissements.filter((row) => units.has(row.code)),
    ...result.provinces.filter((row) => units.has(row.code)),
    result.wallonia,
  ];
}

/** Whether a commune is under-served by the rule; null when the figure it needs is unknown. */
export function underServed(row: GapRow, { rule, value }: UnderServedRule): boolean | null {
  switch (rule) {
    case 'distance':
      return row.nearest_km === null ? true : row.nearest_km > value;
    case 'per_10k':
      return row.services_per_10k === null ? null : row.services_per_10k < value;
    case 'per_1k_protected':
      return row.services_per_1k_protected === null ? null : row.services_per_1k_protected < value;
    case 'access':
      return row.access === null ? null : row.access < value;
  }
}

/** The mean of a figure over rows, weighted by their population; null when none has both. */
function weightedMean(
  rows: readonly GapRow[],
  figure: (row: GapRow) => number | null,
): number | null {
  let sum = 0;
  let weight = 0;
  for (const row of rows) {
    const value = figure(row);
    if (value === null || row.population === null) continue;
    sum += value * row.population;
    weight += row.population;
  }
  return weight > 0 ? sum / weight : null;
}

function total(rows: readonly GapRow[], figure: (row: GapRow) => number | null): number | null {
  let sum = 0;
  let known = false;
  for (const row of rows) {
    const value = figure(row);
    if (value === null) continue;
    sum += value;
    known = true;
  }
  return known ? sum : null;
}

/** A unit's figures from its communes'; `services` is the distinct services serving it. */
function sumRows(
  code: string,
  level: AreaLevel,
  rows: readonly GapRow[],
  services: number,
): GapRow {
  const population = total(rows, (row) => row.population);
  const protectedCount = total(rows, (row) => row.protected);
  return {
    code: level === 'country' ? BELGIUM_NIS : code,
    level,
    population,
    protected: protectedCount,
    services,
    sites: rows.reduce((sum, row) => sum + row.sites, 0),
    services_per_10k: ratio(services, population ?? Number.NaN, 10_000),
    services_per_1k_protected: ratio(services, protectedCount ?? Number.NaN, 1_000),
    nearest_km: weightedMean(rows, (row) => row.nearest_km),
    access: weightedMean(rows, (row) => row.access),
    under_served: null,
    under_served_communes: rows.reduce((sum, row) => sum + row.under_served_communes, 0),
  };
}
