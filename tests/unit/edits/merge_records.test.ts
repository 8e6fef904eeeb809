import { findDuplicates } from '../../../src/analysis/duplicates/find_duplicates';
import { markDistinct, mergeRecords } from '../../../src/edits/merge_records';
import { applyPatch, conflictsOf, invertPatch } from '../../../src/edits/patch';
import { type Dataset, TABLE_NAMES } from '../../../src/model/dataset';
import { stableId } from '../../../src/model/ids';
import type { Organization } from '../../../src/model/schemas';
import { TABLE_REFERENCES } from '../../../src/model/tables';
import { editFixture } from './edit_fixture';

/** Every reference of every record, that names no record. */
function danglingReferences(dataset: Dataset): string[] {
  const ids = new Set(TABLE_NAMES.flatMap((table) => dataset[table].map((record) => record.id)));
  return TABLE_NAMES.flatMap((table) =>
    dataset[table].flatMap((record) =>
      TABLE_REFERENCES[table]
        .map((ref) => (record as Record<string, unknown>)[ref.field] as string)
        .filter((value) => value !== '' && !ids.has(value))
        .map((value) => `${table} ${record.id} → ${value}`),
    ),
  );
}

function sorted(dataset: Dataset): Record<string, unknown[]> {
  return Object.fromEntries(
    TABLE_NAMES.map((table) => [
      table,
      [...dataset[table]].sort((a, b) => a.id.localeCompare(b.id)),
    ]),
  );
}

/** The fixture, with the CPAS written a second time: its own service, site and ties. */
function withDuplicate() {
  const base = editFixture();
  const [cpas, commune] = base.organizations as [Organization, Organization];
  const twin: Organization = {
    ...cpas,
    id: stableId('organization', 'twin'),
    name: 'C.P.A.S. de Liège',
    phone: '04 220 60 11',
    source: 'partner workbook',
  };
  const child: Organization = {
    ...commune,
    id: stableId('organization', 'child'),
    name: 'Antenne du CPAS',
    parent_organization_id: twin.id,
  };
  const other: Organization = {
    ...commune,
    id: stableId('organization', 'other'),
    name: 'Autre',
    distinct_from: [twin.id],
  };
  const [service] = base.services;
  const [site] = base.locations;
  const [link] = base.service_at_locations;
  const [supervises] = base.relationships;
  if (!service || !site || !link || !supervises) throw new Error('fixture');
  const twinService = { ...service, id: stableId('service', 'twin'), organization_id: twin.id };
  const twinSite = { ...site, id: stableId('location', 'twin'), organization_id: twin.id };
  const dataset: Dataset = {
    ...base,
    organizations: [cpas, commune, twin, child, other],
    services: [service, twinService],
    locations: [site, twinSite],
    service_at_locations: [
      link,
      {
        ...link,
        id: stableId('service_at_location', 'twin'),
        service_id: twinService.id,
        location_id: twinSite.id,
      },
    ],
    relationships: [
      supervises,
      // The same tie to the twin, from another source: one tie remains, with both sources.
      {
        ...supervises,
        id: stableId('relationship', 'twin'),
        target_organization_id: twin.id,
        source: 'annual report',
      },
      // A tie between the two: it would link the CPAS to itself.
      {
        ...supervises,
        id: stableId('relationship', 'between'),
        source_organization_id: cpas.id,
        target_organization_id: twin.id,
        type: 'partners_with',
      },
    ],
  };
  return { dataset, cpas, twin, child, other, twinService, twinSite };
}

describe('mergeRecords', () => {
  it('moves services, sites, ties and children to the kept organisation and keeps every source', () => {
    const { dataset, cpas, twin, child, other, twinService, twinSite } = withDuplicate();
    const result = mergeRecords(dataset, {
      table: 'organizations',
      keepId: cpas.id,
      dropId: twin.id,
      fromDropped: ['phone'],
    });
    if (!('patch' in result)) throw new Error(result.disabled);
    expect(conflictsOf(dataset, result.patch)).toEqual([]);
    const merged = applyPatch(dataset, result.patch);
    expect(merged.organizations.map((org) => org.id)).not.toContain(twin.id);
    const kept = merged.organizations.find((org) => org.id === cpas.id);
    expect(kept?.phone).toBe('04 220 60 11');
    expect(kept?.name).toBe('CPAS de Liège');
    expect(kept?.source).toBe('test; partner workbook');
    expect(merged.services.find((s) => s.id === twinService.id)?.organization_id).toBe(cpas.id);
    expect(merged.locations.find((l) => l.id === twinSite.id)?.organization_id).toBe(cpas.id);
    expect(merged.organizations.find((o) => o.id === child.id)?.parent_organization_id).toBe(
      cpas.id,
    );
    expect(merged.organizations.find((o) => o.id === other.id)?.distinct_from).toEqual([cpas.id]);
    expect(merged.relationships).toHaveLength(1);
    expect(merged.relationships[0]?.source).toBe('test; annual report');
    expect(danglingReferences(merged)).toEqual([]);
  });

  it('is undone whole by the inverse of its one patch', () => {
    const { dataset, cpas, twin } = withDuplicate();
    const result = mergeRecords(dataset, {
      table: 'organizations',
      keepId: twin.id,
      dropId: cpas.id,
      fromDropped: ['name'],
    });
    if (!('patch' in result)) throw new Error(result.disabled);
    const merged = applyPatch(dataset, result.patch);
    expect(danglingReferences(merged)).toEqual([]);
    const undone = applyPatch(merged, invertPatch(result.patch));
    expect(conflictsOf(merged, invertPatch(result.patch))).toEqual([]);
    expect(sorted(undone)).toEqual(sorted(dataset));
  });

  it('merges two sites: a service at both is at the kept one once', () => {
    const { dataset, twinSite } = withDuplicate();
    const [site] = dataset.locations;
    if (!site) throw new Error('fixture');
    // The CPAS's service is at both sites.
    const both: Dataset = {
      ...dataset,
      service_at_locations: [
        ...dataset.service_at_locations,
        {
          ...(dataset.service_at_locations[0] as Dataset['service_at_locations'][number]),
          id: stableId('service_at_location', 'both'),
          location_id: twinSite.id,
          source: 'workbook',
        },
      ],
    };
    const result = mergeRecords(both, {
      table: 'locations',
      keepId: site.id,
      dropId: twinSite.id,
      fromDropped: [],
    });
    if (!('patch' in result)) throw new Error(result.disabled);
    const merged = applyPatch(both, result.patch);
    expect(merged.locations.map((l) => l.id)).toEqual([site.id]);
    const links = merged.service_at_locations.map((l) => `${l.service_id} ${l.location_id}`);
    expect(new Set(links).size).toBe(links.length);
    expect(merged.service_at_locations).toHaveLength(2);
    expect(merged.service_at_locations[0]?.source).toBe('test; workbook');
    expect(danglingReferences(merged)).toEqual([]);
  });

  it('refuses to merge a record with itself or with one that is gone', () => {
    const { dataset, cpas } = withDuplicate();
    const request = { table: 'organizations', keepId: cpas.id, fromDropped: [] } as const;
    expect(mergeRecords(dataset, { ...request, dropId: cpas.id })).toEqual({
      disabled: 'mergeWithItself',
    });
    expect(mergeRecords(dataset, { ...request, dropId: stableId('organization', 'gone') })).toEqual(
      { disabled: 'recordMissing' },
    );
  });
});

describe('markDistinct', () => {
  it('remembers that two records are not the same, so the pair is not proposed again', () => {
    const { dataset, cpas, twin } = withDuplicate();
    const located: Dataset = {
      ...dataset,
      organizations: dataset.organizations.map((org) =>
        org.id === twin.id ? { ...org, name: cpas.name, phone: '' } : org,
      ),
    };
    const pairs = findDuplicates(located).filter((pair) => pair.table === 'organizations');
    expect(pairs.map((pair) => pair.ids)).toContainEqual([cpas.id, twin.id]);
    const result = markDistinct(located, 'organizations', [cpas.id, twin.id]);
    if (!('patch' in result)) throw new Error(result.disabled);
    const marked = applyPatch(located, result.patch);
    expect(findDuplicates(marked).map((pair) => pair.ids)).not.toContainEqual([cpas.id, twin.id]);
    expect(sorted(applyPatch(marked, invertPatch(result.patch)))).toEqual(sorted(located));
  });
});
