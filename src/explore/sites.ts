import type { Patch } from '../edits/patch';
import type { Dataset } from '../model/dataset';
import type { Location, Organization, Service } from '../model/schemas';
import type { CommuneInfo } from '../places/types';
import { foldSearch } from '../text/fold';

/**
 * A site as the explorer lists it: one service at one location (or a service without a
 * site), with its organisation and commune joined in. The map, the table and the count all
 * show the same SiteRow list, filtered the same way.
 */
export interface SiteRow {
  /** The service_at_location id, or `service:<id>` for a service without a site. */
  id: string;
  service: Service;
  organization: Organization | undefined;
  location: Location | undefined;
  commune: CommuneInfo | undefined;
  /** Folded text of names, address and commune names, for the free-text filter. */
  searchText: string;
}

type CommuneLookup = (nisCode: string) => CommuneInfo | undefined;

/** One row: the service at the location, with its organisation and commune joined in. */
function siteRow(
  id: string,
  service: Service,
  organization: Organization | undefined,
  location: Location | undefined,
  communeByNis: CommuneLookup,
): SiteRow {
  const commune = location?.nis_code ? communeByNis(location.nis_code) : undefined;
  const searchText = foldSearch(
    [
      service.name,
      organization?.name ?? '',
      organization?.alternate_name ?? '',
      location?.name ?? '',
      location?.address_1 ?? '',
      location?.postal_code ?? '',
      location?.city ?? '',
      commune?.name_fr ?? '',
      commune?.name_nl ?? '',
      commune?.name_de ?? '',
    ].join(' '),
  );
  return { id, service, organization, location, commune, searchText };
}

export function buildSiteRows(dataset: Dataset, communeByNis: CommuneLookup): SiteRow[] {
  const organizations = new Map(dataset.organizations.map((org) => [org.id, org]));
  const locations = new Map(dataset.locations.map((location) => [location.id, location]));
  const placed = new Set<string>();
  const rows: SiteRow[] = [];
  const services = new Map(dataset.services.map((service) => [service.id, service]));
  const row = (id: string, service: Service, location: Location | undefined): SiteRow =>
    siteRow(id, service, organizations.get(service.organization_id), location, communeByNis);
  for (const link of dataset.service_at_locations) {
    const service = services.get(link.service_id);
    if (!service) continue;
    placed.add(service.id);
    rows.push(row(link.id, service, locations.get(link.location_id)));
  }
  for (const service of dataset.services) {
    if (!placed.has(service.id)) rows.push(row(`service:${service.id}`, service, undefined));
  }
  return rows;
}

/**
 * The site rows after `changes`, rebuilding only the rows whose service, location or
 * organisation changed, when the changes only edit fields (a form, a drag on the map):
 * an edit then costs a few rows, not a rebuild of 100,000. Creations and deletions of
 * services, locations or links change which rows exist: those rebuild everything.
 */
export function refreshSiteRows(
  sites: readonly SiteRow[],
  dataset: Dataset,
  changes: Patch,
  communeByNis: CommuneLookup,
): SiteRow[] {
  const touched = new Set<string>();
  for (const change of changes) {
    if (change.table === 'relationships' || change.table === 'indicators') continue;
    const organizationCreated = change.table === 'organizations' && change.old === null;
    if (change.field === null && !organizationCreated) {
      return buildSiteRows(dataset, communeByNis);
    }
    touched.add(change.id);
  }
  if (touched.size === 0) return sites as SiteRow[];
  const find = <T extends { id: string }>(records: readonly T[], id: string | undefined) =>
    id === undefined ? undefined : records.find((record) => record.id === id);
  return sites.map((row) => {
    const organizationId = row.service.organization_id;
    if (
      !touched.has(row.service.id) &&
      !(row.location && touched.has(row.location.id)) &&
      !touched.has(organizationId)
    ) {
      return row;
    }
    const service = find(dataset.services, row.service.id) ?? row.service;
    return siteRow(
      row.id,
      service,
      find(dataset.organizations, service.organization_id),
      find(dataset.locations, row.location?.id),
      communeByNis,
    );
  });
}

/**
 * The rows an edit replaced, as [before, after] pairs: `after` lists the same sites as
 * `before`, in the same order, some of them as new rows (see refreshSiteRows). Null when
 * it does not (sites added, removed or reordered): what depends on the rows must then be
 * worked out afresh. Lets the views follow an edit at the cost of the rows it changed.
 */
export function replacedRows(
  before: readonly SiteRow[],
  after: readonly SiteRow[],
): [SiteRow, SiteRow][] | null {
  if (before.length !== after.length) return null;
  const pairs: [SiteRow, SiteRow][] = [];
  for (let index = 0; index < after.length; index += 1) {
    const old = before[index] as SiteRow;
    const row = after[index] as SiteRow;
    if (old === row) continue;
    if (old.id !== row.id) return null;
    pairs.push([old, row]);
  }
  return pairs;
}
