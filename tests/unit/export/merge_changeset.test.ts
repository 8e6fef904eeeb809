import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import type { Change } from '../../../src/edits/patch';
import type { Transaction } from '../../../src/edits/transaction';
import { mergeChangeset, type RejectedRecord } from '../../../src/export/merge_changeset';
import { subsetOfSites } from '../../../src/export/subset';
import type { Dataset } from '../../../src/model/dataset';
import { stableId } from '../../../src/model/ids';
import type { Service } from '../../../src/model/schemas';
import { loadedStore } from '../ui/render_atlas';

/** The rejected records with their reasons as the command line prints them (in English). */
function withReasons(rejected: readonly RejectedRecord[]) {
  return rejected.map(({ problems, ...record }) => ({
    ...record,
    reasons: problems.map((problem) => problem.message),
  }));
}

/** The sites of the province of Namur: real records, small enough to merge quickly. */
function namur(): Dataset {
  const store = loadedStore();
  store.getState().setFilters({ provinces: ['Namur'] });
  return Object.freeze(subsetOfSites(store.getState().dataset, store.getState().visible));
}

function transaction(tx: string, changes: Change[]): Transaction {
  return { tx, author: 'Anna', time: '2026-11-29T09:30:00.000Z', label: 'editRecord', changes };
}

function firstService(dataset: Dataset, index = 0): Service {
  const service = dataset.services[index];
  if (!service) throw new Error('the fixture has services');
  return service;
}

describe('mergeChangeset', { timeout: 30_000 }, () => {
  it('applies a change whose field still holds what its author saw', () => {
    const dataset = namur();
    const service = firstService(dataset);
    const change: Change = {
      table: 'services',
      id: service.id,
      field: 'phone',
      old: service.phone,
      new: '081 23 45 67',
    };
    const result = mergeChangeset(dataset, [transaction('t1', [change])], loadGazetteerSync());
    expect(result.conflicts).toEqual([]);
    expect(withReasons(result.rejected)).toEqual([]);
    expect(result.applied.flatMap((tx) => tx.changes)).toEqual([change]);
    expect(result.dataset.services.find((record) => record.id === service.id)?.phone).toBe(
      '081 23 45 67',
    );
  });

  it('reports a field changed in the data since as a conflict, with its current value', () => {
    const dataset = namur();
    const service = firstService(dataset);
    const change: Change = {
      table: 'services',
      id: service.id,
      field: 'name',
      old: 'A name it no longer has',
      new: 'New name',
    };
    const result = mergeChangeset(dataset, [transaction('t1', [change])], loadGazetteerSync());
    expect(result.applied).toEqual([]);
    expect(result.conflicts).toEqual([
      { tx: 't1', author: 'Anna', time: '2026-11-29T09:30:00.000Z', change, current: service.name },
    ]);
    expect(result.dataset).toEqual(dataset);
  });

  it('rejects a record a change would make invalid, whole, and applies the other records', () => {
    const dataset = namur();
    const broken = firstService(dataset, 0);
    const fine = firstService(dataset, 1);
    const bad: Change = {
      table: 'services',
      id: broken.id,
      field: 'category',
      old: broken.category,
      new: 'nonsense',
    };
    const alongside: Change = {
      table: 'services',
      id: broken.id,
      field: 'fees',
      old: broken.fees,
      new: 'free',
    };
    const good: Change = {
      table: 'services',
      id: fine.id,
      field: 'fees',
      old: fine.fees,
      new: 'free',
    };
    const result = mergeChangeset(
      dataset,
      [transaction('t1', [bad, alongside]), transaction('t2', [good])],
      loadGazetteerSync(),
    );
    expect(withReasons(result.rejected)).toEqual([
      {
        table: 'services',
        id: broken.id,
        reasons: [expect.stringMatching(/^category: /)],
        changes: [bad, alongside],
      },
    ]);
    expect(result.applied.flatMap((tx) => tx.changes)).toEqual([good]);
    expect(result.dataset.services.find((record) => record.id === broken.id)).toEqual(broken);
  });

  it('rejects deleting an organisation whose services would be left without it', () => {
    const dataset = namur();
    const service = firstService(dataset);
    const organization = dataset.organizations.find((org) => org.id === service.organization_id);
    if (!organization) throw new Error('the service has its organisation');
    const deletion: Change = {
      table: 'organizations',
      id: organization.id,
      field: null,
      old: organization,
      new: null,
    };
    const result = mergeChangeset(dataset, [transaction('t1', [deletion])], loadGazetteerSync());
    expect(result.applied).toEqual([]);
    expect(withReasons(result.rejected)).toEqual([
      expect.objectContaining({
        table: 'organizations',
        id: organization.id,
        reasons: expect.arrayContaining([expect.stringContaining('organization_id')]),
      }),
    ]);
    expect(result.unexplained).toEqual([]);
    expect(result.dataset.organizations).toContainEqual(organization);
  });

  it('rejects a change to a field the table does not have, or to an id', () => {
    const dataset = namur();
    const service = firstService(dataset);
    const result = mergeChangeset(
      dataset,
      [
        transaction('t1', [
          { table: 'services', id: service.id, field: 'colour', old: null, new: 'blue' },
        ]),
      ],
      loadGazetteerSync(),
    );
    expect(withReasons(result.rejected)).toEqual([
      expect.objectContaining({ id: service.id, reasons: ['colour: services has no such field'] }),
    ]);
    expect(result.conflicts).toEqual([]);
  });

  it('applies a new service placed at an existing site, and leaves alone what is already there', () => {
    const dataset = namur();
    const existing = firstService(dataset);
    const link = dataset.service_at_locations[0];
    if (!link) throw new Error('the fixture has sites');
    const service: Service = {
      ...existing,
      id: stableId('service', 'test new service'),
      name: 'Cours de français langue étrangère',
      category: 'language',
    };
    const newLink = {
      ...link,
      id: stableId('service_at_location', service.id, link.location_id),
      service_id: service.id,
    };
    const already: Change = {
      table: 'services',
      id: existing.id,
      field: 'name',
      old: 'Whatever it was',
      new: existing.name,
    };
    const result = mergeChangeset(
      dataset,
      [
        transaction('t1', [
          { table: 'services', id: service.id, field: null, old: null, new: service },
          { table: 'service_at_locations', id: newLink.id, field: null, old: null, new: newLink },
        ]),
        transaction('t2', [already]),
      ],
      loadGazetteerSync(),
    );
    expect(withReasons(result.rejected)).toEqual([]);
    expect(result.conflicts).toEqual([]);
    expect(result.applied.map((tx) => tx.tx)).toEqual(['t1']);
    expect(result.dataset.services.at(-1)).toEqual(service);
    expect(result.dataset.service_at_locations.at(-1)).toEqual(newLink);
  });

  it('refuses what is not a value of its field or not a record, in the browser as on the command line', () => {
    const dataset = namur();
    const [first, second, third] = dataset.services;
    if (!first || !second || !third) throw new Error('the fixture has services');
    const transactions = [
      transaction('t1', [
        { table: 'services', id: first.id, field: 'name', old: first.name, new: ['a', 'list'] },
        { table: 'services', id: second.id, field: 'fees', old: second.fees, new: { a: 1 } },
        {
          table: 'organizations',
          id: stableId('organization', 'a string'),
          field: null,
          old: null,
          new: 'Asbl given as a string',
        },
        { table: 'services', id: third.id, field: 'phone', old: third.phone, new: '081 00 00 00' },
      ]),
    ];
    for (const gazetteer of [loadGazetteerSync(), null]) {
      const result = mergeChangeset(dataset, transactions, gazetteer);
      expect(withReasons(result.rejected).map((record) => [record.id, record.reasons])).toEqual([
        [first.id, ['name: a text is expected; found a list']],
        [second.id, [expect.stringMatching(/^fees: /)]],
        [stableId('organization', 'a string'), [expect.stringContaining('found a text')]],
      ]);
      expect(result.applied.flatMap((tx) => tx.changes).map((change) => change.id)).toEqual([
        third.id,
      ]);
      expect(result.dataset.organizations).toHaveLength(dataset.organizations.length);
    }
  });

  it('refuses a change to a record that is not in the data, even one that would change nothing', () => {
    const dataset = namur();
    const id = stableId('service', 'never created');
    const result = mergeChangeset(
      dataset,
      [
        transaction('t1', [
          { table: 'services', id, field: 'fees', old: '', new: '' },
          { table: 'services', id, field: 'phone', old: null, new: null },
          { table: 'services', id, field: null, old: null, new: null },
        ]),
      ],
      loadGazetteerSync(),
    );
    expect(result.applied).toEqual([]);
    expect(withReasons(result.rejected)).toEqual([
      expect.objectContaining({
        id,
        reasons: expect.arrayContaining([
          expect.stringContaining('not in the data'),
          expect.stringContaining('does neither'),
        ]),
      }),
    ]);
  });

  it('refuses a new record pointing to an organisation that does not exist, without the read-back too', () => {
    const dataset = namur();
    const service: Service = {
      ...firstService(dataset),
      id: stableId('service', 'orphan'),
      organization_id: stableId('organization', 'nowhere'),
    };
    const result = mergeChangeset(
      dataset,
      [
        transaction('t1', [
          { table: 'services', id: service.id, field: null, old: null, new: service },
        ]),
      ],
      null,
    );
    expect(withReasons(result.rejected)).toEqual([
      expect.objectContaining({
        id: service.id,
        reasons: [expect.stringMatching(/^organization_id: .* is no record of organizations/)],
      }),
    ]);
  });

  it('finds everything already there when the same changeset is merged twice', () => {
    const dataset = namur();
    const existing = firstService(dataset);
    const created: Service = { ...existing, id: stableId('service', 'twice'), name: 'Nouveau' };
    const transactions = [
      transaction('t1', [
        { table: 'services', id: created.id, field: null, old: null, new: created },
      ]),
      transaction('t2', [
        { table: 'services', id: created.id, field: 'fees', old: created.fees, new: 'Gratuit' },
        { table: 'services', id: existing.id, field: 'phone', old: existing.phone, new: '081 1' },
      ]),
      transaction('t3', [
        {
          table: 'services',
          id: created.id,
          field: 'fees',
          old: 'Gratuit',
          new: 'Gratuit pour tous',
        },
        { table: 'services', id: existing.id, field: 'phone', old: '081 1', new: '081 2' },
      ]),
    ];
    const once = mergeChangeset(dataset, transactions, loadGazetteerSync());
    expect(once.conflicts).toEqual([]);
    expect(once.applied.flatMap((tx) => tx.changes)).toHaveLength(5);
    const twice = mergeChangeset(once.dataset, transactions, loadGazetteerSync());
    expect(twice).toMatchObject({ applied: [], conflicts: [], rejected: [] });
    expect(twice.dataset).toEqual(once.dataset);
  });

  it('refuses a text longer than one value may hold, as an import would', () => {
    const dataset = namur();
    const service = firstService(dataset);
    const result = mergeChangeset(
      dataset,
      [
        transaction('t1', [
          {
            table: 'services',
            id: service.id,
            field: 'description',
            old: service.description,
            new: 'x'.repeat(100_001),
          },
        ]),
      ],
      null,
    );
    expect(withReasons(result.rejected)).toEqual([
      expect.objectContaining({
        reasons: [expect.stringMatching(/^description: 100,001 characters/)],
      }),
    ]);
  });
});
