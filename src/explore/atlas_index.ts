import type { Dataset } from '../model/dataset';
import type { Indicator, Location, Organization, Relationship, Service } from '../model/schemas';
import type { SiteRow } from './sites';

/** Look-ups the detail panels need, built once per dataset. */
export interface AtlasIndex {
  siteById: Map<string, SiteRow>;
  organizationById: Map<string, Organization>;
  servicesByOrganization: Map<string, Service[]>;
  sitesByService: Map<string, SiteRow[]>;
  sitesByCommune: Map<string, SiteRow[]>;
  /** Locations of an organisation that no service is linked to (e.g. an office). */
  bareLocationsByOrganization: Map<string, Location[]>;
  /** The CPAS of a commune: organisations of type cpas with a location or a site there. */
  cpasByCommune: Map<string, Organization[]>;
  /** The latest 'population' indicator of each commune. */
  populationByCommune: Map<string, Indicator>;
  relationshipsByOrganization: Map<string, Relationship[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addUnique(map: Map<string, Organization[]>, key: string, org: Organization): void {
  const list = map.get(key);
  if (!list) map.set(key, [org]);
  else if (!list.some((item) => item.id === org.id)) list.push(org);
}

export function buildAtlasIndex(dataset: Dataset, sites: readonly SiteRow[]): AtlasIndex {
  const index: AtlasIndex = {
    siteById: new Map(),
    organizationById: new Map(dataset.organizations.map((org) => [org.id, org])),
    servicesByOrganization: new Map(),
    sitesByService: new Map(),
    sitesByCommune: new Map(),
    bareLocationsByOrganization: new Map(),
    cpasByCommune: new Map(),
    populationByCommune: new Map(),
    relationshipsByOrganization: new Map(),
  };
  for (const service of dataset.services) {
    push(index.servicesByOrganization, service.organization_id, service);
  }
  const linkedLocations = new Set<string>();
  for (const site of sites) {
    index.siteById.set(site.id, site);
    push(index.sitesByService, site.service.id, site);
    if (site.location) linkedLocations.add(site.location.id);
    if (site.commune) {
      push(index.sitesByCommune, site.commune.nis_code, site);
      if (site.organization?.org_type === 'cpas') {
        addUnique(index.cpasByCommune, site.commune.nis_code, site.organization);
      }
    }
  }
  for (const location of dataset.locations) {
    const org = index.organizationById.get(location.organization_id);
    if (!org) continue;
    if (org.org_type === 'cpas' && location.nis_code) {
      addUnique(index.cpasByCommune, location.nis_code, org);
    }
    if (!linkedLocations.has(location.id)) {
      push(index.bareLocationsByOrganization, org.id, location);
    }
  }
  for (const indicator of dataset.indicators) {
    if (indicator.indicator !== 'population') continue;
    const known = index.populationByCommune.get(indicator.nis_code);
    if (!known || (indicator.year ?? 0) > (known.year ?? 0)) {
      index.populationByCommune.set(indicator.nis_code, indicator);
    }
  }
  for (const relationship of dataset.relationships) {
    push(index.relationshipsByOrganization, relationship.source_organization_id, relationship);
    if (relationship.target_organization_id !== relationship.source_organization_id) {
      push(index.relationshipsByOrganization, relationship.target_organization_id, relationship);
    }
  }
  return index;
}

const cache = new WeakMap<readonly SiteRow[], { dataset: Dataset; index: AtlasIndex }>();

/** The index of the store's dataset and sites (rebuilt only when they change). */
export function atlasIndex(dataset: Dataset, sites: readonly SiteRow[]): AtlasIndex {
  const cached = cache.get(sites);
  if (cached && cached.dataset === dataset) return cached.index;
  const index = buildAtlasIndex(dataset, sites);
  cache.set(sites, { dataset, index });
  return index;
}
