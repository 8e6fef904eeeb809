import { subsetOfSites } from '../../../src/export/subset';
import type { Dataset } from '../../../src/model/dataset';
import { stableId } from '../../../src/model/ids';
import { curatedDataset, loadedStore } from '../ui/render_atlas';

const LIEGE = '62063';

/** Every reference of the subset points to a record of the subset. */
function danglingReferences(subset: Dataset): string[] {
  const organizations = new Set(subset.organizations.map((record) => record.id));
  const services = new Set(subset.services.map((record) => record.id));
  const locations = new Set(subset.locations.map((record) => record.id));
  const communes = new Set(subset.locations.map((record) => record.nis_code));
  return [
    ...subset.services
      .filter((service) => !organizations.has(service.organization_id))
      .map((service) => `service ${service.id}`),
    ...subset.locations
      .filter(
        (location) => location.organization_id && !organizations.has(location.organization_id),
      )
      .map((location) => `location ${location.id}`),
    ...subset.organizations
      .filter((org) => org.parent_organization_id && !organizations.has(org.parent_organization_id))
      .map((org) => `parent of ${org.id}`),
    ...subset.service_at_locations
      .filter((link) => !services.has(link.service_id) || !locations.has(link.location_id))
      .map((link) => `link ${link.id}`),
    ...subset.relationships
      .filter(
        (relationship) =>
          !organizations.has(relationship.source_organization_id) ||
          !organizations.has(relationship.target_organization_id),
      )
      .map((relationship) => `relationship ${relationship.id}`),
    ...subset.indicators
      .filter((indicator) => !communes.has(indicator.nis_code))
      .map((indicator) => `indicator ${indicator.id}`),
  ];
}

describe('subsetOfSites', { timeout: 30_000 }, () => {
  it('takes the services, sites and organisations behind the filtered sites of one commune', () => {
    const store = loadedStore();
    store.getState().setFilters({ communes: [LIEGE] });
    const { dataset, visible } = store.getState();
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(store.getState().sites.length);

    const subset = subsetOfSites(dataset, visible);

    expect(new Set(subset.services.map((service) => service.id))).toEqual(
      new Set(visible.map((site) => site.service.id)),
    );
    expect(subset.service_at_locations.map((link) => link.id).sort()).toEqual(
      visible.map((site) => site.id).sort(),
    );
    expect(subset.locations.every((location) => location.nis_code === LIEGE)).toBe(true);
    expect(subset.organizations.map((org) => org.name)).toContain('CPAS de Liège');
    expect(danglingReferences(subset)).toEqual([]);
  });

  it('keeps the relationships among the included organisations and the indicators of their communes', () => {
    const store = loadedStore();
    store.getState().setFilters({ provinces: ['Namur'] });
    const { dataset, visible } = store.getState();
    const subset = subsetOfSites(dataset, visible);
    const communes = new Set(visible.map((site) => site.commune?.nis_code).filter(Boolean));
    const included = new Set(subset.organizations.map((org) => org.id));
    const expected = dataset.relationships.filter(
      (relationship) =>
        included.has(relationship.source_organization_id) &&
        included.has(relationship.target_organization_id),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(subset.relationships).toEqual(expected);
    expect(subset.indicators.length).toBeGreaterThan(0);
    expect(subset.indicators).toEqual(
      dataset.indicators.filter((indicator) => communes.has(indicator.nis_code)),
    );
    // Figures for Wallonia (03000) or Belgium (01000) describe no commune of the subset.
    expect(subset.indicators.some((indicator) => indicator.nis_code.endsWith('000'))).toBe(false);
  });

  it('brings an organisation’s parents along, and leaves out a relationship to anyone else', () => {
    const dataset = structuredClone(curatedDataset());
    const store = loadedStore(dataset);
    store.getState().setFilters({ communes: [LIEGE] });
    const [first] = store.getState().visible;
    if (!first?.organization) throw new Error('a Liège site with an organisation is expected');
    const child = dataset.organizations.find((org) => org.id === first.organization?.id);
    const outsider = dataset.organizations.find(
      (org) =>
        !store.getState().visible.some((site) => site.organization?.id === org.id) &&
        !org.parent_organization_id,
    );
    if (!child || !outsider) throw new Error('fixture organisations are expected');
    const parent = { ...outsider, id: stableId('organization', 'test parent'), name: 'Parent' };
    const grandparent = {
      ...outsider,
      id: stableId('organization', 'test grandparent'),
      name: 'Grandparent',
    };
    parent.parent_organization_id = grandparent.id;
    child.parent_organization_id = parent.id;
    dataset.organizations.push(parent, grandparent);

    const subset = subsetOfSites(dataset, store.getState().visible);

    const names = subset.organizations.map((org) => org.name);
    expect(names).toEqual(expect.arrayContaining(['Parent', 'Grandparent']));
    expect(subset.organizations.some((org) => org.id === outsider.id)).toBe(false);
    expect(
      subset.relationships.some(
        (relationship) =>
          relationship.source_organization_id === outsider.id ||
          relationship.target_organization_id === outsider.id,
      ),
    ).toBe(false);
    expect(danglingReferences(subset)).toEqual([]);
  });

  it('keeps every table in the dataset’s order and leaves the dataset unchanged', () => {
    const dataset = curatedDataset();
    const before = JSON.stringify(dataset);
    const store = loadedStore(dataset);
    store.getState().setFilters({ categories: ['language'] });
    const subset = subsetOfSites(dataset, store.getState().visible);
    const order = dataset.services.map((service) => service.id);
    const positions = subset.services.map((service) => order.indexOf(service.id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(subset.services.every((service) => service.category === 'language')).toBe(true);
    expect(JSON.stringify(dataset)).toBe(before);
  });

  it('with no filter, has every service, but no organisation without a site', () => {
    const store = loadedStore();
    const { dataset, visible } = store.getState();
    const subset = subsetOfSites(dataset, visible);
    expect(subset.services).toHaveLength(dataset.services.length);
    expect(subset.service_at_locations).toHaveLength(dataset.service_at_locations.length);
    expect(subset.organizations.length).toBeLessThan(dataset.organizations.length);
    expect(danglingReferences(subset)).toEqual([]);
  });
});
