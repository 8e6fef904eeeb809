import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { applyPatch } from '../../../src/edits/patch';
import { createRecord, updateRecord } from '../../../src/edits/record_edits';
import { buildSiteRows, refreshSiteRows, replacedRows } from '../../../src/explore/sites';
import { editFixture } from '../edits/edit_fixture';

const gazetteer = loadGazetteerSync();
const lookup = (nis: string) => gazetteer.communeByNis(nis);

describe('site rows after an edit', () => {
  it('are the rows a full rebuild gives, for field edits of a service, a location and an organisation', () => {
    const dataset = editFixture();
    const [service] = dataset.services;
    const [location] = dataset.locations;
    const [organization] = dataset.organizations;
    if (!service || !location || !organization) throw new Error('fixture');
    const sites = buildSiteRows(dataset, lookup);
    const patch = [
      ...updateRecord('services', service, { name: 'Épicerie sociale' }),
      ...updateRecord('locations', location, { nis_code: '92094', city: 'Namur' }),
      ...updateRecord('organizations', organization, { name: 'CPAS de Namur' }),
    ];
    const edited = applyPatch(dataset, patch);
    const refreshed = refreshSiteRows(sites, edited, patch, lookup);
    expect(refreshed).toEqual(buildSiteRows(edited, lookup));
    expect(refreshed[0]?.commune?.name_fr).toBe('Namur');
    expect(refreshed[0]?.searchText).toContain('epicerie sociale');
  });

  it('rebuild when a service is created, and stay the same list when nothing shown changed', () => {
    const dataset = editFixture();
    const sites = buildSiteRows(dataset, lookup);
    const service = {
      ...dataset.services[0],
      id: '0b8a8a52-8d0b-4c39-9a53-0f3f1d1a2b3c',
      name: 'Nouveau',
    };
    const created = createRecord('services', service as (typeof dataset.services)[number]);
    const withService = applyPatch(dataset, created);
    expect(refreshSiteRows(sites, withService, created, lookup)).toHaveLength(sites.length + 1);
    const relationship = dataset.relationships[0];
    if (!relationship) throw new Error('fixture');
    const unrelated = updateRecord('relationships', relationship, { description: 'x' });
    expect(refreshSiteRows(sites, applyPatch(dataset, unrelated), unrelated, lookup)).toBe(sites);
  });

  it('name the rows an edit replaced, or nothing when the list of sites changed', () => {
    const dataset = editFixture();
    const [service] = dataset.services;
    if (!service) throw new Error('fixture');
    const sites = buildSiteRows(dataset, lookup);
    const patch = updateRecord('services', service, { name: 'Épicerie sociale' });
    const edited = refreshSiteRows(sites, applyPatch(dataset, patch), patch, lookup);
    expect(replacedRows(sites, edited)).toEqual([[sites[0], edited[0]]]);
    expect(replacedRows(sites, sites)).toEqual([]);
    const created = createRecord('services', {
      ...service,
      id: 'f1c2d3e4-0000-4000-8000-000000000001',
    });
    const more = refreshSiteRows(sites, applyPatch(dataset, created), created, lookup);
    expect(replacedRows(sites, more)).toBeNull();
    expect(replacedRows(more, [...more].reverse())).toBeNull();
  });
});
