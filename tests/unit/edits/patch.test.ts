import fc from 'fast-check';
import {
  applyPatch,
  type Change,
  completeChange,
  conflictsOf,
  invertPatch,
} from '../../../src/edits/patch';
import { createRecord, deleteRecord, updateRecord } from '../../../src/edits/record_edits';
import { editFixture } from './edit_fixture';

describe('patches', () => {
  it('changes a field without touching the input or the other tables', () => {
    const dataset = editFixture();
    const [service] = dataset.services;
    if (!service) throw new Error('fixture');
    const patch = updateRecord('services', service, {
      name: 'Aide sociale générale',
      category: 'social_aid',
    });
    expect(patch).toEqual([
      {
        table: 'services',
        id: service.id,
        field: 'name',
        old: 'Aide sociale',
        new: 'Aide sociale générale',
      },
    ]);
    const next = applyPatch(dataset, patch);
    expect(next.services[0]?.name).toBe('Aide sociale générale');
    expect(dataset.services[0]?.name).toBe('Aide sociale');
    expect(next.organizations).toBe(dataset.organizations);
  });

  it('is undone by its inverse', () => {
    const dataset = editFixture();
    const result = deleteRecord(dataset, 'services', dataset.services[0]?.id ?? '');
    if (!('patch' in result)) throw new Error(result.disabled);
    const deleted = applyPatch(dataset, result.patch);
    expect(deleted.services).toHaveLength(0);
    expect(deleted.service_at_locations).toHaveLength(0);
    const restored = applyPatch(deleted, invertPatch(result.patch));
    expect(restored.services).toEqual(dataset.services);
    expect(restored.service_at_locations).toEqual(dataset.service_at_locations);
  });

  it('finds a conflict when the field moved on since the author saw it', () => {
    const dataset = editFixture();
    const service = dataset.services[0];
    if (!service) throw new Error('fixture');
    const mine = updateRecord('services', service, { name: 'Mine' });
    const theirs = applyPatch(dataset, updateRecord('services', service, { name: 'Theirs' }));
    expect(conflictsOf(theirs, mine)).toEqual(mine);
    expect(conflictsOf(dataset, mine)).toEqual([]);
    const again = createRecord('services', service);
    expect(conflictsOf(dataset, again)).toEqual(again);
  });

  it('refuses to delete an organisation that still has services, and to link one to itself', () => {
    const dataset = editFixture();
    expect(deleteRecord(dataset, 'organizations', dataset.organizations[0]?.id ?? '')).toEqual({
      disabled: 'organizationHasServices',
    });
    const other = deleteRecord(dataset, 'organizations', dataset.organizations[1]?.id ?? '');
    if (!('patch' in other)) throw new Error(other.disabled);
    expect(other.patch.map((change) => change.table)).toEqual(['relationships', 'organizations']);
  });

  it('property: any sequence of field edits followed by its inverse gives back the original', () => {
    const dataset = editFixture();
    const service = dataset.services[0];
    const location = dataset.locations[0];
    if (!service || !location) throw new Error('fixture');
    const edit = fc.oneof(
      fc
        .record({ field: fc.constantFrom('name', 'description', 'phone'), value: fc.string() })
        .map(({ field, value }) => ({ table: 'services' as const, id: service.id, field, value })),
      fc
        .record({ value: fc.option(fc.double({ min: -90, max: 90, noNaN: true })) })
        .map(({ value }) => ({
          table: 'locations' as const,
          id: location.id,
          field: 'latitude',
          value,
        })),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 20 }), (edits) => {
        let current = dataset;
        const changes: Change[] = [];
        for (const { table, id, field, value } of edits) {
          const record = current[table].find((candidate) => candidate.id === id);
          if (!record) throw new Error('missing');
          const patch = updateRecord(table, record, { [field]: value });
          changes.push(...patch);
          current = applyPatch(current, patch);
        }
        expect(applyPatch(current, invertPatch(changes))).toEqual(dataset);
      }),
    );
  });
});

describe('completeChange', () => {
  it('gives a record written before service areas existed an empty one, as the model reads it now', () => {
    const stored = { id: 'x', name: 'Service', languages: ['fr'] };
    const change = completeChange({
      table: 'services',
      id: 'x',
      field: null,
      old: stored,
      new: null,
    });
    expect(change.old).toMatchObject({ service_area: [], contact_person: '', notes: '' });
    // A field the record has is left as it is; a field change is not a record.
    const kept = completeChange({
      table: 'services',
      id: 'x',
      field: null,
      old: null,
      new: { id: 'x', service_area: ['62063'] },
    });
    expect(kept.new).toMatchObject({ service_area: ['62063'] });
    const field = { table: 'services' as const, id: 'x', field: 'name', old: 'A', new: 'B' };
    expect(completeChange(field)).toEqual(field);
  });
});
