import type { SiteRow } from '../explore/sites';
import type { Dataset } from '../model/dataset';

/**
 * The dataset behind a list of sites (the explorer's filtered `visible` SiteRows), complete
 * enough to be read back without a dangling reference:
 *
 * - services: those of the sites;
 * - service_at_locations: the sites' own links (a site without a location has none);
 * - locations: those the included links point to (a location no included service uses is
 *   left out);
 * - organisations: those running an included service or holding an included location,
 *   plus their parents up the `parent_organization_id` chain, so every reference stands;
 * - relationships: those whose two ends are both included organisations;
 * - indicators: those of the communes where an included location is (by its NIS code);
 *   figures for larger areas (arrondissement, province, region, Belgium) and for communes
 *   with no included site are left out, as they do not describe the sites chosen.
 *
 * Every table keeps the dataset's order, so a subset lists its records as "all data" does.
 * The input is not changed.
 */
export function subsetOfSites(dataset: Dataset, sites: readonly SiteRow[]): Dataset {
  const siteIds = new Set(sites.map((site) => site.id));
  const serviceIds = new Set(sites.map((site) => site.service.id));
  const services = dataset.services.filter((service) => serviceIds.has(service.id));
  const links = dataset.service_at_locations.filter((link) => siteIds.has(link.id));
  const locationIds = new Set(links.map((link) => link.location_id));
  const locations = dataset.locations.filter((location) => locationIds.has(location.id));

  const parentOf = new Map(
    dataset.organizations.map((organization) => [
      organization.id,
      organization.parent_organization_id,
    ]),
  );
  const organizationIds = new Set<string>();
  const include = (id: string) => {
    // Climbs the parent chain; the `has` check also stops on a cycle.
    let current: string | undefined = id;
    while (current && !organizationIds.has(current) && parentOf.has(current)) {
      organizationIds.add(current);
      current = parentOf.get(current);
    }
  };
  for (const service of services) include(service.organization_id);
  for (const location of locations) include(location.organization_id);
  const organizations = dataset.organizations.filter((organization) =>
    organizationIds.has(organization.id),
  );

  const relationships = dataset.relationships.filter(
    (relationship) =>
      organizationIds.has(relationship.source_organization_id) &&
      organizationIds.has(relationship.target_organization_id),
  );
  const communes = new Set(locations.map((location) => location.nis_code).filter(Boolean));
  const indicators = dataset.indicators.filter((indicator) => communes.has(indicator.nis_code));

  return {
    organizations,
    services,
    locations,
    service_at_locations: links,
    relationships,
    indicators,
  };
}

/** The sites of one organisation (its services' sites), for a collection template. */
export function sitesOfOrganization(sites: readonly SiteRow[], organizationId: string): SiteRow[] {
  return sites.filter((site) => site.service.organization_id === organizationId);
}

/** The sites in one commune, for a collection template. */
export function sitesInCommune(sites: readonly SiteRow[], nisCode: string): SiteRow[] {
  return sites.filter((site) => site.location?.nis_code === nisCode);
}
