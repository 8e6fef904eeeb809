import type { SiteRow } from '../../explore/sites';
import { CATEGORIES, type Category } from '../../model/enums';
import type { Indicator } from '../../model/schemas';
import { arrondissementCode, provinceCode } from '../../places/areas';
import type { CommuneInfo, Gazetteer } from '../../places/types';

/**
 * What the gap analysis reads, in columns of numbers that cross to a worker at little cost:
 * the communes (their point and population), the services and their areas, and the sites
 * (one per service at a location, as the explorer lists them) with their service, category,
 * point and commune. Built once per dataset; a filter change then only says which sites
 * are selected (see `selectedSites`).
 */
export interface GapInput {
  /** The communes, in the gazetteer's order: their codes, and the point each is measured from. */
  communeCodes: string[];
  communeLon: Float64Array;
  communeLat: Float64Array;
  /** Each commune's arrondissement and province code. */
  communeArrondissement: string[];
  communeProvince: string[];
  /** Inhabitants (the latest population figure of the commune; NaN where none). */
  population: Float64Array;
  /** Where the population figures come from: their indicator's source and date. */
  populationSource: FigureSource | null;
  /** Per-commune figures of every other indicator the dataset holds, by indicator name. */
  indicators: Record<string, { values: Float64Array; unit: string; source: FigureSource }>;
  /** The service of each site (an index into serviceIds). */
  siteService: Int32Array;
  /** The category of each site's service (an index into CATEGORIES). */
  siteCategory: Uint8Array;
  /** Each site's point (an index into pointLon and pointLat; -1 when it has none) and commune (-1 when unknown). */
  sitePoint: Int32Array;
  siteCommune: Int32Array;
  /** The distinct points the sites stand at (many share their commune's or postcode's). */
  pointLon: Float64Array;
  pointLat: Float64Array;
  serviceIds: string[];
  /**
   * The communes each service serves, as commune indices: its service area expanded to its
   * communes, or, when it has none, the communes of its sites. `serviceAreaStart[s]` to
   * `serviceAreaStart[s + 1]` index `serviceAreaCommunes`.
   */
  serviceAreaStart: Int32Array;
  serviceAreaCommunes: Int32Array;
  /** Whether each service's communes come from its stated area (1) or from its sites (0). */
  serviceHasArea: Uint8Array;
  /** Each service's places, where a source gives them (NaN otherwise). */
  serviceCapacity: Float64Array;
}

export interface FigureSource {
  source: string;
  /** The figure's reference date or year, as the indicator gives it. */
  date: string;
}

/** The indicator of the bundled population (Statbel, legal population on 1 January). */
export const POPULATION_INDICATOR = 'population';

/** A figure's date, as its record gives it: the reference date, else the year. */
function dateOf(indicator: Indicator): string {
  return indicator.reference_date || (indicator.year === null ? '' : String(indicator.year));
}

/**
 * The latest figure of each commune for each indicator (by its date; the first given when
 * two share one), in the communes' order.
 */
function communeFigures(
  indicators: readonly Indicator[],
  communeIndex: ReadonlyMap<string, number>,
  count: number,
): Map<string, { values: Float64Array; dates: string[]; unit: string; source: FigureSource }> {
  const byName = new Map<
    string,
    { values: Float64Array; dates: string[]; unit: string; source: FigureSource }
  >();
  for (const indicator of indicators) {
    const at = communeIndex.get(indicator.nis_code);
    if (at === undefined) continue;
    let figures = byName.get(indicator.indicator);
    if (!figures) {
      figures = {
        values: new Float64Array(count).fill(Number.NaN),
        dates: new Array<string>(count).fill(''),
        unit: indicator.unit,
        source: { source: indicator.source, date: dateOf(indicator) },
      };
      byName.set(indicator.indicator, figures);
    }
    const date = dateOf(indicator);
    if (Number.isNaN(figures.values[at]) || date > (figures.dates[at] ?? '')) {
      figures.values[at] = indicator.value;
      figures.dates[at] = date;
      if (date > figures.source.date) figures.source = { source: indicator.source, date };
    }
  }
  return byName;
}

/**
 * One number per point to the metre (1e-5 degree): sites less than a metre apart share their
 * point, which changes no distance the analysis measures.
 */
function pointKey(lon: number, lat: number): number {
  return Math.round((lon + 180) * 1e5) * 2e7 + Math.round((lat + 90) * 1e5);
}

const CATEGORY_INDEX = new Map(CATEGORIES.map((category, index) => [category, index]));

/** The columns of the analysis for these sites (all sites of the dataset, in order). */
export function gapInput(
  sites: readonly SiteRow[],
  indicators: readonly Indicator[],
  gazetteer: Gazetteer,
): GapInput {
  const communes: readonly CommuneInfo[] = gazetteer.communes;
  const communeIndex = new Map(communes.map((commune, index) => [commune.nis_code, index]));
  const figures = communeFigures(indicators, communeIndex, communes.length);
  const population = figures.get(POPULATION_INDICATOR);
  figures.delete(POPULATION_INDICATOR);

  const serviceIndex = new Map<string, number>();
  const serviceIds: string[] = [];
  const serviceAreas: string[][] = [];
  const capacities: number[] = [];
  const siteService = new Int32Array(sites.length);
  const siteCategory = new Uint8Array(sites.length);
  const sitePoint = new Int32Array(sites.length);
  const pointAt = new Map<number, number>();
  const pointLon: number[] = [];
  const pointLat: number[] = [];
  const siteCommune = new Int32Array(sites.length);
  const siteCommunes: Set<number>[] = [];
  sites.forEach((site, index) => {
    let service = serviceIndex.get(site.service.id);
    if (service === undefined) {
      service = serviceIds.length;
      serviceIndex.set(site.service.id, service);
      serviceIds.push(site.service.id);
      serviceAreas.push(site.service.service_area);
      capacities.push(site.service.capacity ?? Number.NaN);
      siteCommunes.push(new Set());
    }
    siteService[index] = service;
    siteCategory[index] = CATEGORY_INDEX.get(site.service.category as Category) ?? 0;
    const lon = site.location?.longitude;
    const lat = site.location?.latitude;
    if (
      typeof lon === 'number' &&
      typeof lat === 'number' &&
      Number.isFinite(lon) &&
      Number.isFinite(lat)
    ) {
      const key = pointKey(lon, lat);
      let point = pointAt.get(key);
      if (point === undefined) {
        point = pointLon.length;
        pointAt.set(key, point);
        pointLon.push(lon);
        pointLat.push(lat);
      }
      sitePoint[index] = point;
    } else sitePoint[index] = -1;
    const commune = site.commune ? (communeIndex.get(site.commune.nis_code) ?? -1) : -1;
    siteCommune[index] = commune;
    if (commune >= 0) siteCommunes[service]?.add(commune);
  });

  const serviceAreaStart = new Int32Array(serviceIds.length + 1);
  const serviceHasArea = new Uint8Array(serviceIds.length);
  const covered: number[] = [];
  serviceIds.forEach((_, service) => {
    serviceAreaStart[service] = covered.length;
    const area = new Set<number>();
    for (const code of serviceAreas[service] ?? []) {
      for (const commune of gazetteer.communesOfArea(code)) {
        const at = communeIndex.get(commune.nis_code);
        if (at !== undefined) area.add(at);
      }
    }
    serviceHasArea[service] = area.size > 0 ? 1 : 0;
    for (const commune of area.size > 0 ? area : (siteCommunes[service] ?? []))
      covered.push(commune);
  });
  serviceAreaStart[serviceIds.length] = covered.length;

  return {
    communeCodes: communes.map((commune) => commune.nis_code),
    communeLon: Float64Array.from(communes, (commune) => commune.interior_point[0]),
    communeLat: Float64Array.from(communes, (commune) => commune.interior_point[1]),
    communeArrondissement: communes.map((commune) => arrondissementCode(commune.nis_code)),
    communeProvince: communes.map((commune) => provinceCode(commune.nis_code)),
    population: population?.values ?? new Float64Array(communes.length).fill(Number.NaN),
    populationSource: population?.source ?? null,
    indicators: Object.fromEntries(
      [...figures].map(([name, { values, unit, source }]) => [name, { values, unit, source }]),
    ),
    siteService,
    siteCategory,
    sitePoint,
    siteCommune,
    pointLon: Float64Array.from(pointLon),
    pointLat: Float64Array.from(pointLat),
    serviceIds,
    serviceAreaStart,
    serviceAreaCommunes: Int32Array.from(covered),
    serviceHasArea,
    serviceCapacity: Float64Array.from(capacities),
  };
}

/**
 * The indices of `visible` in `sites`: both list the same rows in the same order (the
 * filters keep the order), so one walk finds them.
 */
export function selectedSites(sites: readonly SiteRow[], visible: readonly SiteRow[]): Int32Array {
  if (visible === sites) return Int32Array.from(sites.keys());
  const indices = new Int32Array(visible.length);
  let at = 0;
  for (let index = 0; index < sites.length && at < visible.length; index += 1) {
    if (sites[index] === visible[at]) {
      indices[at] = index;
      at += 1;
    }
  }
  return at === visible.length ? indices : indices.slice(0, at);
}

/**
 * The latest figure of one indicator for each place that has one, by REFNIS code: what a
 * map of that indicator shows.
 */
export function latestFigures(
  indicators: readonly Indicator[],
  name: string,
): Map<string, Indicator> {
  const latest = new Map<string, Indicator>();
  for (const indicator of indicators) {
    if (indicator.indicator !== name) continue;
    const known = latest.get(indicator.nis_code);
    if (!known || dateOf(indicator) > dateOf(known)) latest.set(indicator.nis_code, indicator);
  }
  return latest;
}
