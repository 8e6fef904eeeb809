import type { Dataset } from '../model/dataset';
import { CATEGORIES, type Category } from '../model/enums';
import type { Indicator, Organization } from '../model/schemas';
import { provinceCode, WALLONIA_NIS } from '../places/areas';
import type { AreaInfo, CommuneInfo, Gazetteer } from '../places/types';
import { foldName } from '../text/fold';
import type { AtlasIndex } from './atlas_index';
import type { SiteRow } from './sites';

/**
 * What a profile for a meeting says of a commune or a province: its communes, its service
 * sites by category, its CPAS and regional integration centres, its figures (each series
 * with its latest values) and every source the profile rests on, with the day it was read.
 * Pure: the profile view and its tests read the same.
 */

/** The places a profile is made for. */
export type ProfileLevel = 'commune' | 'province';

/** One dated value of an indicator. */
export interface FigurePoint {
  /** The reference date (YYYY, YYYY-MM or YYYY-MM-DD), or '' when the source gives none. */
  date: string;
  value: number;
  unit: string;
  source: string;
}

/** One indicator of one place: its values by date, the oldest first. */
export interface Figure {
  nis_code: string;
  indicator: string;
  points: FigurePoint[];
}

/** A source the profile rests on, and the latest day it was read. */
export interface ProfileSource {
  source: string;
  consulted: string;
  /** What the profile takes from it. */
  uses: ('population' | 'figure' | 'service' | 'organization' | 'location')[];
}

export interface CommuneRow {
  commune: CommuneInfo;
  population: number | null;
  sites: number;
}

export interface PlaceProfile {
  level: ProfileLevel;
  area: AreaInfo;
  /** The commune itself, or the province's communes. */
  communes: CommuneInfo[];
  /** The province (its name in French, as the data gives it). */
  province: string;
  /** The commune's arrondissement; '' for a province. */
  arrondissement: string;
  /** The legal population summed over the communes, and the year(s) it is given for. */
  population: { value: number; years: number[]; complete: boolean } | null;
  sites: SiteRow[];
  byCategory: { category: Category; sites: SiteRow[] }[];
  serviceCount: number;
  cpas: Organization[];
  integrationCentres: Organization[];
  /** The place's own figures besides its population. */
  figures: Figure[];
  /** The figures of the level above, for comparison: a commune's province, a province's Wallonia. */
  context: Figure[];
  /** A province's communes, for its table; empty for a commune. */
  communeRows: CommuneRow[];
  sources: ProfileSource[];
}

/**
 * The CPAS of a commune: the CPAS organisations with a location or a site in it; failing
 * that, the one named after it ("CPAS de Liège").
 */
export function communeCpas(commune: CommuneInfo, index: AtlasIndex): Organization[] {
  const placed = index.cpasByCommune.get(commune.nis_code);
  if (placed && placed.length > 0) return placed;
  const names = [commune.name_fr, commune.name_nl, commune.name_de]
    .filter(Boolean)
    .map((name) => foldName(name));
  return [...index.organizationById.values()].filter((org) => {
    if (org.org_type !== 'cpas') return false;
    const name = foldName(org.name);
    return names.some((communeFolded) => name.endsWith(` ${communeFolded}`));
  });
}

/** The level of a code a profile may be made for, or null. */
export function profileLevel(code: string, gazetteer: Gazetteer): ProfileLevel | null {
  const level = gazetteer.areaByNis(code)?.level;
  return level === 'commune' || level === 'province' ? level : null;
}

/** An indicator's date, as its figures are ordered: the reference date, or its year. */
export function figureDate(indicator: Indicator): string {
  return indicator.reference_date || (indicator.year === null ? '' : String(indicator.year));
}

/** The figures of one place, one per indicator, each with its values by date. */
export function placeFigures(indicators: readonly Indicator[], code: string): Figure[] {
  const byName = new Map<string, FigurePoint[]>();
  for (const indicator of indicators) {
    if (indicator.nis_code !== code) continue;
    const points = byName.get(indicator.indicator) ?? [];
    points.push({
      date: figureDate(indicator),
      value: indicator.value,
      unit: indicator.unit,
      source: indicator.source,
    });
    byName.set(indicator.indicator, points);
  }
  return [...byName.entries()]
    .map(([indicator, points]) => ({
      nis_code: code,
      indicator,
      points: points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    }))
    .sort((a, b) => (a.indicator === 'population' ? -1 : b.indicator === 'population' ? 1 : 0));
}

/**
 * The regional integration centres that serve a commune: those whose service's area covers
 * it or, for a service that states no area, that have a site in it.
 */
function integrationCentresOf(
  communes: readonly CommuneInfo[],
  dataset: Dataset,
  index: AtlasIndex,
  gazetteer: Gazetteer,
): Organization[] {
  const codes = new Set(communes.map((commune) => commune.nis_code));
  const found = new Map<string, Organization>();
  for (const service of dataset.services) {
    const org = index.organizationById.get(service.organization_id);
    if (org?.org_type !== 'integration_centre' || found.has(org.id)) continue;
    const served =
      service.service_area.length > 0
        ? service.service_area.flatMap((code) =>
            gazetteer.communesOfArea(code).map((commune) => commune.nis_code),
          )
        : (index.sitesByService.get(service.id) ?? []).flatMap((site) =>
            site.commune ? [site.commune.nis_code] : [],
          );
    if (served.some((code) => codes.has(code))) found.set(org.id, org);
  }
  return [...found.values()];
}

function addSource(
  sources: Map<string, ProfileSource>,
  source: string,
  consulted: string,
  use: ProfileSource['uses'][number],
): void {
  if (!source) return;
  const known = sources.get(source);
  if (!known) {
    sources.set(source, { source, consulted, uses: [use] });
    return;
  }
  if (consulted > known.consulted) known.consulted = consulted;
  if (!known.uses.includes(use)) known.uses.push(use);
}

/** The profile of a commune or a province (by its REFNIS code), or null for another code. */
export function placeProfile(
  code: string,
  dataset: Dataset,
  index: AtlasIndex,
  gazetteer: Gazetteer,
): PlaceProfile | null {
  const area = gazetteer.areaByNis(code);
  const level = profileLevel(code, gazetteer);
  if (!area || !level) return null;
  const communes = [...gazetteer.communesOfArea(code)];
  const first = communes[0];
  if (!first) return null;
  const sources = new Map<string, ProfileSource>();

  const sites = communes.flatMap((commune) => index.sitesByCommune.get(commune.nis_code) ?? []);
  const byCategory = CATEGORIES.map((category) => ({
    category,
    sites: sites.filter((site) => site.service.category === category),
  })).filter((group) => group.sites.length > 0);
  for (const site of sites) {
    addSource(sources, site.service.source, site.service.source_consulted, 'service');
    if (site.organization) {
      const { source, source_consulted } = site.organization;
      addSource(sources, source, source_consulted, 'organization');
    }
    if (site.location) {
      addSource(sources, site.location.source, site.location.source_consulted, 'location');
    }
  }

  const populations = communes.map((commune) => index.populationByCommune.get(commune.nis_code));
  const known = populations.filter((figure): figure is Indicator => figure !== undefined);
  for (const figure of known)
    addSource(sources, figure.source, figure.source_consulted, 'population');
  const population =
    known.length === 0
      ? null
      : {
          value: known.reduce((sum, figure) => sum + figure.value, 0),
          years: [
            ...new Set(known.flatMap((figure) => (figure.year === null ? [] : [figure.year]))),
          ].sort(),
          complete: known.length === communes.length,
        };

  const cpas = communes.flatMap((commune) => communeCpas(commune, index));
  const integrationCentres = integrationCentresOf(communes, dataset, index, gazetteer);

  const own = placeFigures(dataset.indicators, code).filter(
    (figure) => figure.indicator !== 'population',
  );
  // The level just above, for comparison: a commune's province, a province's Wallonia.
  const contextCodes = level === 'commune' ? [provinceCode(code)] : [WALLONIA_NIS];
  const context = contextCodes.flatMap((place) =>
    placeFigures(dataset.indicators, place).filter((figure) => figure.indicator !== 'population'),
  );
  for (const figure of [...own, ...context]) {
    for (const point of figure.points) {
      const indicator = dataset.indicators.find(
        (item) => item.nis_code === figure.nis_code && item.source === point.source,
      );
      addSource(sources, point.source, indicator?.source_consulted ?? '', 'figure');
    }
  }

  const communeRows =
    level === 'province'
      ? communes.map((commune, at) => ({
          commune,
          population: populations[at]?.value ?? null,
          sites: index.sitesByCommune.get(commune.nis_code)?.length ?? 0,
        }))
      : [];

  return {
    level,
    area,
    communes,
    province: first.province,
    arrondissement: level === 'commune' ? first.arrondissement : '',
    population,
    sites,
    byCategory,
    serviceCount: new Set(sites.map((site) => site.service.id)).size,
    cpas,
    integrationCentres,
    figures: own,
    context,
    communeRows,
    sources: [...sources.values()],
  };
}
