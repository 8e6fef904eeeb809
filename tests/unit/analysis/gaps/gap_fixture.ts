import type { GapInput } from '../../../../src/analysis/gaps/input';

export interface CommuneSpec {
  code: string;
  lon: number;
  lat: number;
  population: number;
  protected?: number;
}

export interface SiteSpec {
  service: number;
  category: number;
  lon: number;
  lat: number;
  /** Index of the commune the site is in (-1: none). */
  commune: number;
}

/** A GapInput from plain lists, as `gapInput` would build it (areas given as commune indices). */
export function fixtureInput(
  communes: readonly CommuneSpec[],
  sites: readonly SiteSpec[],
  areas: readonly (readonly number[])[] = [],
): GapInput {
  const serviceCount = Math.max(0, ...sites.map((site) => site.service + 1), areas.length);
  const start: number[] = [];
  const covered: number[] = [];
  const hasArea: number[] = [];
  for (let service = 0; service < serviceCount; service += 1) {
    start.push(covered.length);
    const area = areas[service] ?? [];
    hasArea.push(area.length > 0 ? 1 : 0);
    const own =
      area.length > 0
        ? area
        : sites
            .filter((site) => site.service === service && site.commune >= 0)
            .map((site) => site.commune);
    covered.push(...new Set(own));
  }
  start.push(covered.length);
  return {
    communeCodes: communes.map((commune) => commune.code),
    communeLon: Float64Array.from(communes, (commune) => commune.lon),
    communeLat: Float64Array.from(communes, (commune) => commune.lat),
    communeArrondissement: communes.map((commune) => `${commune.code.slice(0, 2)}000`),
    communeProvince: communes.map(() => '90000'),
    population: Float64Array.from(communes, (commune) => commune.population),
    populationSource: { source: 'test', date: '2020-01-01' },
    indicators: {
      protected: {
        values: Float64Array.from(communes, (commune) => commune.protected ?? Number.NaN),
        unit: 'persons',
        source: { source: 'test', date: '2024-01' },
      },
    },
    siteService: Int32Array.from(sites, (site) => site.service),
    siteCategory: Uint8Array.from(sites, (site) => site.category),
    ...points(sites),
    siteCommune: Int32Array.from(sites, (site) => site.commune),
    serviceIds: Array.from({ length: serviceCount }, (_, service) => `s${service}`),
    serviceAreaStart: Int32Array.from(start),
    serviceAreaCommunes: Int32Array.from(covered),
    serviceHasArea: Uint8Array.from(hasArea),
    serviceCapacity: new Float64Array(serviceCount).fill(Number.NaN),
  };
}

export const all = (input: GapInput) => Int32Array.from(input.siteService.keys());

/** The sites' distinct points, as gapInput finds them. */
function points(sites: readonly SiteSpec[]) {
  const at = new Map<string, number>();
  const lon: number[] = [];
  const lat: number[] = [];
  const sitePoint = sites.map((site) => {
    const key = `${site.lon},${site.lat}`;
    if (!at.has(key)) {
      at.set(key, lon.length);
      lon.push(site.lon);
      lat.push(site.lat);
    }
    return at.get(key) ?? -1;
  });
  return {
    sitePoint: Int32Array.from(sitePoint),
    pointLon: Float64Array.from(lon),
    pointLat: Float64Array.from(lat),
  };
}
