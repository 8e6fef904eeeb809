import {
  type CarriedFields,
  nameSimilarity,
  reviewPatch,
  reviewReturn,
} from '../../../src/edits/partner_review';
import { applyPatch } from '../../../src/edits/patch';
import type { Dataset } from '../../../src/model/dataset';
import { stableId } from '../../../src/model/ids';
import { editFixture } from './edit_fixture';

const EVERYTHING: CarriedFields = {
  organizations: new Set(['name', 'phone', 'email', 'enterprise_number', 'org_type']),
  services: new Set(['name', 'phone', 'email', 'url', 'category', 'status', 'languages']),
  locations: new Set(['address_1', 'postal_code', 'city', 'nis_code']),
};

/** The fixture as a partner sends it back: a copy whose records may be changed. */
function returned(change: (dataset: Dataset) => void = () => {}): Dataset {
  const copy = structuredClone(editFixture());
  change(copy);
  return copy;
}

function cpasOf(dataset: Dataset) {
  const cpas = dataset.organizations.find((organization) => organization.name === 'CPAS de Liège');
  if (!cpas) throw new Error('no CPAS in the fixture');
  return cpas;
}

describe('matching what a partner sends back', () => {
  it('finds a record by its id, and lists only the fields that changed', () => {
    const atlas = editFixture();
    const back = returned((dataset) => {
      const [service] = dataset.services;
      if (service) service.phone = '+32 4 220 58 00';
    });
    const review = reviewReturn(atlas, back, EVERYTHING);
    const changed = review.items.filter((item) => item.status === 'changed');
    expect(changed.map((item) => [item.name, item.fields])).toEqual([
      ['Aide sociale', [{ field: 'phone', old: '', new: '+32 4 220 58 00' }]],
    ]);
  });

  it('finds an organisation by its enterprise number when the file gives another id', () => {
    const atlas = editFixture();
    cpasOf(atlas).enterprise_number = '0212.345.668';
    const back = returned((dataset) => {
      const cpas = cpasOf(dataset);
      const newId = stableId('organization', 'from the partner');
      for (const service of dataset.services) service.organization_id = newId;
      for (const location of dataset.locations) location.organization_id = newId;
      cpas.id = newId;
      cpas.name = 'C.P.A.S. de Liège';
      cpas.enterprise_number = '0212.345.668';
    });
    const review = reviewReturn(atlas, back, EVERYTHING);
    const cpas = review.items.find((item) => item.name === 'CPAS de Liège');
    expect(cpas?.status).toBe('changed');
    expect(cpas?.id).toBe(cpasOf(atlas).id);
    expect(review.items.some((item) => item.status === 'new')).toBe(false);
  });

  it('proposes a close name in the same commune, and merges it only once the user confirms', () => {
    const atlas = editFixture();
    const newId = stableId('organization', 'unknown id');
    const back = returned((dataset) => {
      const cpas = cpasOf(dataset);
      for (const service of dataset.services) service.organization_id = newId;
      for (const location of dataset.locations) location.organization_id = newId;
      cpas.id = newId;
      cpas.name = 'CPAS Liège';
    });
    const first = reviewReturn(atlas, back, EVERYTHING);
    expect(first.proposals).toMatchObject([
      { returnedName: 'CPAS Liège', atlasName: 'CPAS de Liège', exact: false },
    ]);
    expect(first.items.find((item) => item.name === 'CPAS Liège')?.status).toBe('new');
    const confirmed = reviewReturn(atlas, back, EVERYTHING, new Map([[newId, cpasOf(atlas).id]]));
    expect(confirmed.items.find((item) => item.id === cpasOf(atlas).id)?.status).toBe('changed');
    expect(confirmed.items.filter((item) => item.status === 'new')).toEqual([]);
  });

  it('tells apart names that are not close', () => {
    expect(nameSimilarity('cpas de liege', 'cpas liege')).toBeGreaterThanOrEqual(0.8);
    expect(nameSimilarity('cpas de liege', 'forem liege')).toBeLessThan(0.8);
  });

  it('lists the partner’s services the file no longer lists, as to be made inactive', () => {
    const atlas = editFixture();
    const back = returned((dataset) => {
      dataset.services = [];
      dataset.service_at_locations = [];
    });
    const review = reviewReturn(atlas, back, EVERYTHING);
    expect(review.items.filter((item) => item.status === 'missing')).toMatchObject([
      { name: 'Aide sociale', fields: [{ field: 'status', old: 'active', new: 'inactive' }] },
    ]);
  });
});

describe('the patch of a review', () => {
  it('applies the accepted fields only, and a new service with its link to its site', () => {
    const atlas = editFixture();
    const newService = stableId('service', 'new course');
    const back = returned((dataset) => {
      const [service] = dataset.services;
      const [link] = dataset.service_at_locations;
      if (!service || !link) throw new Error('fixture without a service at a site');
      service.phone = '+32 4 220 58 00';
      service.email = 'aide@cpas.example';
      dataset.services.push({
        ...service,
        id: newService,
        name: 'Cours de français',
        category: 'language',
      });
      dataset.service_at_locations.push({
        ...link,
        id: stableId('service_at_location', 'new'),
        service_id: newService,
      });
    });
    const review = reviewReturn(atlas, back, EVERYTHING);
    const changed = review.items.find((item) => item.status === 'changed');
    const added = review.items.find((item) => item.status === 'new');
    if (!changed || !added) throw new Error('expected a changed and a new service');
    const patch = reviewPatch(
      atlas,
      back,
      review,
      new Map([
        [changed.key, new Set(['phone'])],
        [added.key, new Set<string>()],
      ]),
    );
    const after = applyPatch(atlas, patch);
    const service = after.services.find((record) => record.id === changed.id);
    expect(service?.phone).toBe('+32 4 220 58 00');
    expect(service?.email).toBe('');
    expect(after.services.map((record) => record.name)).toContain('Cours de français');
    expect(after.service_at_locations.some((link) => link.service_id === newService)).toBe(true);
  });

  it('changes nothing when nothing is accepted', () => {
    const atlas = editFixture();
    const back = returned((dataset) => {
      for (const service of dataset.services) service.phone = '081 00 00 00';
    });
    expect(reviewPatch(atlas, back, reviewReturn(atlas, back, EVERYTHING), new Map())).toEqual([]);
  });
});
