import fc from 'fast-check';
import { applyPatch, invertPatch } from '../../../src/edits/patch';
import { rebase } from '../../../src/edits/rebase';
import { updateRecord } from '../../../src/edits/record_edits';
import {
  newTransaction,
  parseChangeset,
  recordHistory,
  toChangeset,
} from '../../../src/edits/transaction';
import { editFixture } from './edit_fixture';

describe('changesets', () => {
  it('round-trip through JSON with author, time, record, field, old and new value', () => {
    const dataset = editFixture();
    const service = dataset.services[0];
    if (!service) throw new Error('fixture');
    const transaction = newTransaction(
      updateRecord('services', service, { name: 'Nouveau nom', languages: ['fr', 'uk'] }),
      'Ana',
      'editRecord',
    );
    const file = JSON.stringify(toChangeset([transaction], 'base-1'));
    const parsed = parseChangeset(file);
    if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('\n'));
    expect(parsed.changeset.changes[0]).toMatchObject({
      author: 'Ana',
      table: 'services',
      id: service.id,
      field: 'name',
      old: 'Aide sociale',
      new: 'Nouveau nom',
    });
    expect(parsed.transactions).toEqual([transaction]);
    expect(
      recordHistory(parsed.transactions, 'services', service.id).map((line) => line.field),
    ).toEqual(['name', 'languages']);
  });

  it('names the change and the field of a malformed changeset', () => {
    const bad = {
      format: 'atlas-changeset',
      version: 1,
      exported_at: '',
      base: '',
      changes: [
        { tx: 't', author: 'a', time: '', label: '', table: 'planets', id: 'x', field: 'name' },
      ],
    };
    const parsed = parseChangeset(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((error) => error.message).join('\n')).toMatch(
      /change 1, field "table"/,
    );
    expect(parseChangeset('{').ok).toBe(false);
  });

  it('rebases onto a newer base: applies what still fits, reports the rest as conflicts', () => {
    const dataset = editFixture();
    const service = dataset.services[0];
    const location = dataset.locations[0];
    if (!service || !location) throw new Error('fixture');
    const mine = newTransaction(
      [
        ...updateRecord('services', service, { name: 'Mon nom' }),
        ...updateRecord('locations', location, { address_1: 'Place Saint-Lambert' }),
      ],
      'Ana',
      'editRecord',
    );
    const newerBase = applyPatch(
      dataset,
      updateRecord('services', service, { name: 'Nom officiel' }),
    );
    const result = rebase(newerBase, [mine]);
    expect(result.dataset.locations[0]?.address_1).toBe('Place Saint-Lambert');
    expect(result.dataset.services[0]?.name).toBe('Nom officiel');
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]).toMatchObject({
      current: 'Nom officiel',
      change: { new: 'Mon nom' },
    });
    expect(result.applied[0]?.changes).toHaveLength(1);
    // A change the base already holds is neither applied twice nor a conflict.
    const same = rebase(applyPatch(dataset, mine.changes), [mine]);
    expect(same.conflicts).toEqual([]);
  });

  it('property: applying a changeset and then its inverse gives back the original', () => {
    const dataset = editFixture();
    const records = [
      ...dataset.services.map((record) => ({
        table: 'services' as const,
        record,
        field: 'description',
      })),
      ...dataset.organizations.map((record) => ({
        table: 'organizations' as const,
        record,
        field: 'phone',
      })),
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(records.length - 1), fc.string()), { maxLength: 15 }),
        (edits) => {
          let current = dataset;
          const transactions = edits.flatMap(([index, value]) => {
            const target = records[index];
            if (!target) return [];
            const record = current[target.table].find(
              (candidate) => candidate.id === target.record.id,
            );
            if (!record) return [];
            const transaction = newTransaction(
              updateRecord(target.table, record, { [target.field]: value }),
              'p',
              'editRecord',
            );
            current = applyPatch(current, transaction.changes);
            return [transaction];
          });
          const parsed = parseChangeset(JSON.stringify(toChangeset(transactions, 'b')));
          if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join());
          const applied = rebase(dataset, parsed.transactions);
          expect(applied.conflicts).toEqual([]);
          const inverse = parsed.transactions
            .slice()
            .reverse()
            .map((transaction) => ({ ...transaction, changes: invertPatch(transaction.changes) }));
          expect(rebase(applied.dataset, inverse).dataset).toEqual(dataset);
        },
      ),
    );
  });
});
