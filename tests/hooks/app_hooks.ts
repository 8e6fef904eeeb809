import type { AnyRecord } from '../../src/edits/patch';
import { createRecord } from '../../src/edits/record_edits';
import { type Dataset, TABLE_NAMES } from '../../src/model/dataset';
import { CATEGORIES, LEVELS, ORG_TYPES, RELATIONSHIP_TYPES } from '../../src/model/enums';
import { stableId } from '../../src/model/ids';
import type { Indicator } from '../../src/model/schemas';
import type { Persister } from '../../src/persist/persister';
import { provinceCode, WALLONIA_NIS } from '../../src/places/areas';
import type { AtlasStore } from '../../src/store/atlas_store';

/**
 * The app as the browser tests and benchmarks reach it, on `window.__atlas`: the store, and
 * a generator of large datasets placed in the real communes.
 */
export interface AppHooks {
  store: AtlasStore;
  /** Resolves when every edit so far is written to IndexedDB. */
  settled(): Promise<void>;
  /**
   * Replaces the data with `sites` generated services at generated sites (of up to 2,000
   * organisations), and `relationships` generated relationships between the organisations.
   */
  loadGenerated(sites: number, relationships?: number): void;
  /**
   * Imports `sites` generated services at generated sites through the write path (one
   * transaction, as an import adds them); resolves to the milliseconds the store took.
   */
  importGenerated(sites: number): number;
  /** The same generated records written by a bare Dexie bulkPut: milliseconds. */
  bareBulkPut(sites: number): Promise<number>;
  /**
   * Adds to the data's own figures `indicators` generated monthly series of `months` months
   * from January 2022 for every commune, with their provinces' and Wallonia's sums;
   * returns how many series and figures it made.
   */
  loadGeneratedSeries(months: number, indicators: number): { series: number; points: number };
}

/** The name of the i-th generated indicator. */
export const generatedIndicator = (index: number) => `generated_${index + 1}`;

function generateSeries(store: AtlasStore, months: number, indicators: number): Indicator[] {
  const { gazetteer } = store.getState();
  if (!gazetteer) throw new Error('the data is not loaded yet');
  const figures: Indicator[] = [];
  const add = (nis: string, name: string, month: string, value: number) =>
    figures.push({
      id: stableId('indicator', 'bench', nis, name, month),
      nis_code: nis,
      indicator: name,
      value,
      unit: 'persons',
      year: Number(month.slice(0, 4)),
      reference_date: month,
      source: 'generated for a benchmark',
      source_consulted: '',
      last_verified: '',
    });
  for (let i = 0; i < indicators; i += 1) {
    const name = generatedIndicator(i);
    for (let m = 0; m < months; m += 1) {
      const month = `${2022 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      const sums = new Map<string, number>();
      gazetteer.communes.forEach((commune, c) => {
        // A rise then a slow fall, different in each commune and indicator.
        const value = Math.round(((c * 37 + i * 11) % 90) * (1 + m / 6) * Math.exp(-m / 30));
        add(commune.nis_code, name, month, value);
        const province = provinceCode(commune.nis_code);
        sums.set(province, (sums.get(province) ?? 0) + value);
        sums.set(WALLONIA_NIS, (sums.get(WALLONIA_NIS) ?? 0) + value);
      });
      for (const [nis, value] of sums) add(nis, name, month, value);
    }
  }
  return figures;
}

function generate(store: AtlasStore, count: number, relationships = 0): Dataset {
  const { gazetteer } = store.getState();
  if (!gazetteer) throw new Error('the data is not loaded yet');
  const communes = gazetteer.communes;
  const dataset: Dataset = {
    organizations: [],
    services: [],
    locations: [],
    service_at_locations: [],
    relationships: [],
    // The real figures per commune (the population), so the analysis has its denominators.
    indicators: store.getState().dataset.indicators,
  };
  const provenance = {
    source: 'generated for a benchmark',
    source_consulted: '',
    last_verified: '',
  };
  for (let index = 0; index < count; index += 1) {
    const commune = communes[index % communes.length];
    if (!commune) break;
    const organizationId = stableId('organization', 'bench', String(index % 2000));
    if (index < 2000) {
      dataset.organizations.push({
        id: organizationId,
        name: `Organisation ${index}`,
        alternate_name: '',
        description: '',
        org_type: ORG_TYPES[index % ORG_TYPES.length] ?? 'ngo',
        level: LEVELS[index % LEVELS.length] ?? '',
        website: '',
        email: '',
        phone: '',
        enterprise_number: '',
        parent_organization_id: '',
        contact_person: '',
        notes: '',
        ...provenance,
      });
    }
    const serviceId = stableId('service', 'bench', String(index));
    const locationId = stableId('location', 'bench', String(index));
    const jitter = ((index % 97) - 48) / 40_000;
    dataset.services.push({
      id: serviceId,
      organization_id: organizationId,
      name: `Service ${index}`,
      category: CATEGORIES[index % CATEGORIES.length] ?? 'other',
      description: '',
      audience: '',
      languages: index % 3 === 0 ? ['fr', 'uk'] : ['fr'],
      status: 'active',
      url: '',
      email: '',
      phone: '',
      eligibility: '',
      fees: '',
      service_area: [],
      capacity: null,
      contact_person: '',
      notes: '',
      ...provenance,
    });
    dataset.locations.push({
      id: locationId,
      organization_id: organizationId,
      name: `Site ${index}`,
      address_1: '',
      postal_code: '',
      city: commune.name_fr,
      nis_code: commune.nis_code,
      latitude: commune.interior_point[1] + jitter,
      longitude: commune.interior_point[0] - jitter,
      location_precision: 'exact',
      ...provenance,
    });
    dataset.service_at_locations.push({
      id: stableId('service_at_location', serviceId, locationId),
      service_id: serviceId,
      location_id: locationId,
      ...provenance,
    });
  }
  // A network with hubs and local ties: each edge links an organisation to one a few steps
  // away, or (one in five) to one of the first fifty.
  const organizations = dataset.organizations;
  for (let index = 0; index < relationships && organizations.length > 1; index += 1) {
    const from = index % organizations.length;
    const step = 1 + ((index * 7) % 23);
    const to = index % 5 === 0 ? (index * 13) % 50 : (from + step) % organizations.length;
    const source = organizations[from];
    const target = organizations[to === from ? (to + 1) % organizations.length : to];
    if (!source || !target) break;
    dataset.relationships.push({
      id: stableId('relationship', 'bench', String(index)),
      source_organization_id: source.id,
      target_organization_id: target.id,
      type: RELATIONSHIP_TYPES[index % RELATIONSHIP_TYPES.length] ?? 'partners_with',
      description: '',
      evidence: '',
      confidence: '',
      ...provenance,
    });
  }
  return dataset;
}

/** Puts the hooks of the page's `store` and `persister` on `target.__atlas`. */
export function installAppHooks(target: Window, store: AtlasStore, persister: Persister): void {
  const hooks: AppHooks = {
    store,
    settled: () => persister.settled(),
    loadGenerated(sites, relationships = 0) {
      const { gazetteer, geography } = store.getState();
      if (!gazetteer || !geography) throw new Error('the data is not loaded yet');
      store.getState().datasetLoaded(generate(store, sites, relationships), gazetteer, geography);
    },
    importGenerated(sites) {
      const dataset = generate(store, sites);
      // The indicators are the data's own (see generate): only the sites are new.
      const patch = TABLE_NAMES.filter((table) => table !== 'indicators').flatMap((table) =>
        (dataset[table] as AnyRecord[]).flatMap((record) => createRecord(table, record)),
      );
      const start = performance.now();
      const result = store.getState().transact(patch, 'importAdd');
      if (!result.ok) throw new Error(`the generated import was refused: ${result.reason}`);
      return performance.now() - start;
    },
    loadGeneratedSeries(months, indicators) {
      const { gazetteer, geography, dataset } = store.getState();
      if (!gazetteer || !geography) throw new Error('the data is not loaded yet');
      const generated = generateSeries(store, months, indicators);
      store
        .getState()
        .datasetLoaded(
          { ...dataset, indicators: [...dataset.indicators, ...generated] },
          gazetteer,
          geography,
        );
      const series = new Set(generated.map((figure) => `${figure.indicator}:${figure.nis_code}`));
      return { series: series.size, points: generated.length };
    },
    async bareBulkPut(sites) {
      const { bareBulkPut } = await import('../bench/bare_bulk_put');
      return bareBulkPut(generate(store, sites));
    },
  };
  (target as Window & { __atlas?: AppHooks }).__atlas = hooks;
}
