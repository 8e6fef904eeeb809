import fc from 'fast-check';
import { distance } from 'geokdbush';
import {
  computeGaps,
  DEFAULT_GAP_PARAMS,
  type GapParams,
} from '../../../../src/analysis/gaps/gaps';
import { CATEGORIES } from '../../../../src/model/enums';
import { all, type CommuneSpec, fixtureInput, type SiteSpec } from './gap_fixture';

const params = (changes: Partial<GapParams> = {}): GapParams => ({
  ...DEFAULT_GAP_PARAMS,
  ...changes,
});

/** 1 degree of longitude on the equator, in km (geokdbush's sphere). */
const DEGREE = distance(0, 0, 1, 0);

describe('the two-step floating catchment area index', () => {
  it('gives the figures computed by hand on a small case', () => {
    // Three communes on the equator, 0, 11.1 and 33.4 km from the west; one site at the
    // first, two at the third; d0 = 15 km.
    const communes: CommuneSpec[] = [
      { code: '92001', lon: 0, lat: 0, population: 1000 },
      { code: '92002', lon: 0.1, lat: 0, population: 2000 },
      { code: '92003', lon: 0.3, lat: 0, population: 500 },
    ];
    const sites: SiteSpec[] = [
      { service: 0, category: 0, lon: 0, lat: 0, commune: 0 },
      { service: 1, category: 0, lon: 0.3, lat: 0, commune: 2 },
      { service: 2, category: 0, lon: 0.3, lat: 0, commune: 2 },
    ];
    const input = fixtureInput(communes, sites);
    const result = computeGaps(input, all(input), params({ catchmentKm: 15 }));
    // R1 = 1 / (1000 + 2000); R2 = 2 / 500. A = R × 10,000 inhabitants.
    const access = result.communes.map((row) => row.access);
    expect(access[0]).toBeCloseTo((1 / 3000) * 10_000, 9);
    expect(access[1]).toBeCloseTo((1 / 3000) * 10_000, 9);
    expect(access[2]).toBeCloseTo((2 / 500) * 10_000, 9);
    expect(result.communes.map((row) => row.nearest_km)).toEqual([0, 0.1 * DEGREE, 0]);
    expect(result.communes.map((row) => row.services)).toEqual([1, 0, 2]);
  });

  it('equals a brute-force computation on random places', () => {
    const place = fc.record({
      lon: fc.double({ min: 3, max: 6.5, noNaN: true }),
      lat: fc.double({ min: 49.5, max: 50.8, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.record({ place, population: fc.integer({ min: 0, max: 100_000 }) }), {
          minLength: 1,
          maxLength: 25,
        }),
        fc.array(fc.record({ place, commune: fc.nat() }), { maxLength: 40 }),
        fc.double({ min: 1, max: 80, noNaN: true }),
        (communeSeeds, siteSeeds, catchmentKm) => {
          const communes = communeSeeds.map(({ place: { lon, lat }, population }, index) => ({
            code: String(92001 + index),
            lon,
            lat,
            population,
          }));
          const sites = siteSeeds.map(({ place: { lon, lat }, commune }, service) => ({
            service,
            category: 0,
            lon,
            lat,
            commune: commune % communes.length,
          }));
          const input = fixtureInput(communes, sites);
          const result = computeGaps(input, all(input), params({ catchmentKm }));
          // Brute force, straight from the formulas: R_j = S_j / Σ_{k: d_kj ≤ d0} P_k, A_i = Σ R_j.
          const ratios = sites.map((site) => {
            const people = communes
              .filter(
                (commune) => distance(site.lon, site.lat, commune.lon, commune.lat) <= catchmentKm,
              )
              .reduce((sum, commune) => sum + commune.population, 0);
            return people > 0 ? 1 / people : 0;
          });
          communes.forEach((commune, index) => {
            const expected = sites.reduce(
              (sum, site, j) =>
                distance(commune.lon, commune.lat, site.lon, site.lat) <= catchmentKm
                  ? sum + (ratios[j] ?? 0)
                  : sum,
              0,
            );
            const nearest =
              sites.length === 0
                ? null
                : Math.min(
                    ...sites.map((site) => distance(commune.lon, commune.lat, site.lon, site.lat)),
                  );
            const row = result.communes[index];
            expect(row?.access).toBeCloseTo(expected * 10_000, 6);
            if (nearest === null) expect(row?.nearest_km).toBeNull();
            else expect(row?.nearest_km).toBeCloseTo(nearest, 9);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('counts and sums', () => {
  const communes: CommuneSpec[] = [
    { code: '92001', lon: 4.8, lat: 50.4, population: 10_000, protected: 50 },
    { code: '92002', lon: 4.9, lat: 50.5, population: 30_000 },
    { code: '93001', lon: 4.5, lat: 50.1, population: 20_000, protected: 20 },
  ];
  // Service 0 serves the three communes (a stated area) from one site; service 1 has a site
  // in 92002 and no area; service 2 is of another category.
  const sites: SiteSpec[] = [
    { service: 0, category: 0, lon: 4.8, lat: 50.4, commune: 0 },
    { service: 1, category: 0, lon: 4.9, lat: 50.5, commune: 1 },
    { service: 2, category: 3, lon: 4.5, lat: 50.1, commune: 2 },
  ];
  const input = fixtureInput(communes, sites, [[0, 1, 2]]);

  it('counts a service in every commune of its area, and once in each unit above', () => {
    const result = computeGaps(input, all(input), params({ category: CATEGORIES[0] }));
    expect(result.communes.map((row) => row.services)).toEqual([1, 2, 1]);
    expect(result.communes.map((row) => row.sites)).toEqual([1, 1, 0]);
    expect(result.wallonia.services).toBe(2);
    expect(result.arrondissements.map((row) => [row.code, row.services])).toEqual([
      ['92000', 2],
      ['93000', 1],
    ]);
    expect(result.counted).toMatchObject({ services: 2, sites: 2, servicesWithArea: 1 });
  });

  it('gives services per 10,000 inhabitants and per 1,000 people under protection where known', () => {
    const result = computeGaps(input, all(input), params({ protectedIndicator: 'protected' }));
    expect(result.communes[1]?.services_per_10k).toBeCloseTo((2 / 30_000) * 10_000, 9);
    expect(result.communes[0]?.services_per_1k_protected).toBeCloseTo((1 / 50) * 1_000, 9);
    expect(result.communes[1]?.services_per_1k_protected).toBeNull();
    expect(result.wallonia.population).toBe(60_000);
    expect(result.wallonia.services_per_10k).toBeCloseTo((3 / 60_000) * 10_000, 9);
  });

  it('follows the selection: only the sites chosen count', () => {
    const result = computeGaps(input, Int32Array.from([1]), params());
    expect(result.communes.map((row) => row.services)).toEqual([0, 1, 0]);
    expect(result.counted.services).toBe(1);
  });

  it('marks under-served communes by the rule the user sets', () => {
    const far = computeGaps(
      input,
      Int32Array.from([1]),
      params({ underServed: { rule: 'distance', value: 20 } }),
    );
    const kilometres = far.communes.map((row) => row.nearest_km ?? Number.NaN);
    expect(far.communes.map((row) => row.under_served)).toEqual(kilometres.map((km) => km > 20));
    expect(far.wallonia.under_served_communes).toBe(kilometres.filter((km) => km > 20).length);
    const few = computeGaps(
      input,
      all(input),
      params({ underServed: { rule: 'per_10k', value: 1 } }),
    );
    // 1 service for 10,000, 2 for 30,000, 2 for 20,000 (services 0 and 2).
    expect(few.communes.map((row) => row.under_served)).toEqual([false, true, false]);
  });
});

describe('capacities', () => {
  it('count a service at its places in the access index where a source gives them', () => {
    const communes: CommuneSpec[] = [
      { code: '92001', lon: 0, lat: 0, population: 1000 },
      { code: '92002', lon: 0.05, lat: 0, population: 1000 },
    ];
    const sites: SiteSpec[] = [
      { service: 0, category: 0, lon: 0, lat: 0, commune: 0 },
      { service: 1, category: 0, lon: 0, lat: 0, commune: 0 },
    ];
    const input = fixtureInput(communes, sites);
    input.serviceCapacity[0] = 150;
    const result = computeGaps(input, all(input), params({ catchmentKm: 15 }));
    // One point, supply 150 places + 1 service without a capacity, shared by 2,000 people.
    expect(result.communes[0]?.access).toBeCloseTo((151 / 2000) * 10_000, 9);
  });
});
