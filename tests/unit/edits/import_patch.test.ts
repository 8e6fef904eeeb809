import {
  type ImportMode,
  importCounts,
  importPatch,
  patchCounts,
} from '../../../src/edits/import_patch';
import type { Change } from '../../../src/edits/patch';
import { applyPatch, conflictsOf, invertPatch } from '../../../src/edits/patch';
import type { Dataset } from '../../../src/model/dataset';
import { stableId } from '../../../src/model/ids';
import type { Organization, Service } from '../../../src/model/schemas';
import { editFixture } from './edit_fixture';

/** An import holding one new organisation and a changed copy of the fixture's service. */
function importedFile(current: Dataset): Dataset {
  const [service] = current.services;
  if (!service) throw new Error('fixture');
  const organization: Organization = {
    ...(current.organizations[0] as Organization),
    id: stableId('organization', 'imported'),
    name: 'Organisation importée',
  };
  const changed: Service = { ...service, languages: ['fr', 'uk'], eligibility: 'valeur de test' };
  return {
    organizations: [organization],
    services: [changed],
    locations: [],
    service_at_locations: [],
    relationships: [],
    indicators: [],
  };
}

/** The counts the dialog shows, checked against the patch itself. */
function counted(current: Dataset, imported: Dataset, mode: ImportMode) {
  const patch: Change[] = importPatch(current, imported, mode);
  const updated = new Set(patch.filter((c) => c.field !== null).map((c) => `${c.table}/${c.id}`));
  const expected = {
    created: patch.filter((c) => c.field === null && c.old === null).length,
    updated: updated.size,
    deleted: patch.filter((c) => c.field === null && c.new === null).length,
  };
  expect(importCounts(current, imported, mode)).toEqual(expected);
  // Counted from the patch itself, as the dialog says what an applied import did.
  expect(patchCounts(patch)).toEqual(expected);
  return importCounts(current, imported, mode);
}

/** The records of each table in id order (undo appends re-created records at the end). */
function byId(dataset: Dataset) {
  return Object.fromEntries(
    Object.entries(dataset).map(([table, records]) => [
      table,
      [...(records as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id)),
    ]),
  );
}

describe('the patch of an import', () => {
  it('add: a new id is created, a known id only gets the fields that differ', () => {
    const current = editFixture();
    const imported = importedFile(current);
    const patch = importPatch(current, imported, 'add');
    const service = current.services[0] as Service;
    expect(patch).toEqual([
      {
        table: 'organizations',
        id: imported.organizations[0]?.id,
        field: null,
        old: null,
        new: imported.organizations[0],
      },
      { table: 'services', id: service.id, field: 'languages', old: ['fr'], new: ['fr', 'uk'] },
      { table: 'services', id: service.id, field: 'eligibility', old: '', new: 'valeur de test' },
    ]);
    expect(conflictsOf(current, patch)).toEqual([]);
    const after = applyPatch(current, patch);
    expect(after.organizations).toHaveLength(3);
    expect(after.services[0]).toEqual(imported.services[0]);
    expect(after.locations).toEqual(current.locations);
    expect(counted(current, imported, 'add')).toEqual({ created: 1, updated: 1, deleted: 0 });
  });

  it('replace: the data becomes the import, every other record deleted whole', () => {
    const current = editFixture();
    const imported = importedFile(current);
    const patch = importPatch(current, imported, 'replace');
    expect(conflictsOf(current, patch)).toEqual([]);
    const after = applyPatch(current, patch);
    expect(after).toEqual(imported);
    const deleted = patch.filter((change) => change.new === null);
    expect(deleted.map((change) => change.table).sort()).toEqual([
      'locations',
      'organizations',
      'organizations',
      'relationships',
      'service_at_locations',
    ]);
    for (const change of deleted) expect(change.old).toHaveProperty('id', change.id);
    expect(counted(current, imported, 'replace')).toEqual({ created: 1, updated: 1, deleted: 5 });
    // One undo gives every record back, as it was.
    expect(byId(applyPatch(after, invertPatch(patch)))).toEqual(byId(current));
  });

  it('replace with the same records changes nothing: ids on both sides are kept, not re-created', () => {
    const current = editFixture();
    expect(importPatch(current, current, 'replace')).toEqual([]);
    const renamed = {
      ...current,
      organizations: current.organizations.map((organization, index) =>
        index === 0 ? { ...organization, name: 'CPAS de Liège (nouveau nom)' } : organization,
      ),
    };
    expect(importPatch(current, renamed, 'replace')).toEqual([
      {
        table: 'organizations',
        id: current.organizations[0]?.id,
        field: 'name',
        old: 'CPAS de Liège',
        new: 'CPAS de Liège (nouveau nom)',
      },
    ]);
  });

  it('add of a file already imported changes nothing', () => {
    const current = editFixture();
    const once = applyPatch(current, importPatch(current, importedFile(current), 'add'));
    expect(importPatch(once, importedFile(current), 'add')).toEqual([]);
  });
});
