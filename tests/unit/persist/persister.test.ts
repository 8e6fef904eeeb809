import 'fake-indexeddb/auto';
import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { applyPatch } from '../../../src/edits/patch';
import { updateRecord } from '../../../src/edits/record_edits';
import type { Dataset } from '../../../src/model/dataset';
import { openDatabase } from '../../../src/persist/db';
import { Persister } from '../../../src/persist/persister';
import { type AtlasStore, createAtlasStore } from '../../../src/store/atlas_store';
import { isReadOnly } from '../../../src/store/editing';
import { editFixture } from '../edits/edit_fixture';

const gazetteer = loadGazetteerSync();
const geography = {
  communes: { type: 'FeatureCollection' as const, features: [] },
  arrondissements: { type: 'FeatureCollection' as const, features: [] },
  provinces: { type: 'FeatureCollection' as const, features: [] },
};

let databases = 0;

/** A "tab": a store on `base` with a persister on the database `name`. */
async function openTab(
  name: string,
  base: Dataset = editFixture(),
  version = 'v1',
  channel = name,
) {
  const store = createAtlasStore();
  store.getState().datasetLoaded(base, gazetteer, geography, version);
  const persister = new Persister(store, openDatabase(name), channel);
  await persister.start();
  return { store, persister };
}

function serviceName(store: AtlasStore): string | undefined {
  return store.getState().dataset.services[0]?.name;
}

function rename(store: AtlasStore, name: string, field = 'name') {
  const service = store.getState().dataset.services[0];
  if (!service) throw new Error('fixture');
  return store
    .getState()
    .transact(updateRecord('services', service, { [field]: name }), 'editRecord');
}

async function eventually(check: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 100 && !check(); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(check()).toBe(true);
}

describe('the persister', () => {
  let name = '';
  beforeEach(() => {
    databases += 1;
    name = `atlas-test-${databases}`;
  });

  it('says saved only once written, and a reopened tab finds the edits, undo and redo', async () => {
    const first = await openTab(name);
    first.store.getState().setAuthor('Ana');
    expect(rename(first.store, 'Aide sociale générale').ok).toBe(true);
    expect(first.store.getState().save.status).toBe('saving');
    await first.persister.settled();
    expect(first.store.getState().save.status).toBe('saved');
    rename(first.store, 'Second nom');
    first.store.getState().undo();
    await first.persister.settled();
    first.persister.stop();

    const second = await openTab(name);
    expect(serviceName(second.store)).toBe('Aide sociale générale');
    expect(second.store.getState().author).toBe('Ana');
    expect(second.store.getState().history.done).toHaveLength(1);
    expect(second.store.getState().history.undone).toHaveLength(1);
    second.store.getState().redo();
    expect(serviceName(second.store)).toBe('Second nom');
    await second.persister.settled();
    second.persister.stop();
    const third = await openTab(name);
    expect(serviceName(third.store)).toBe('Second nom');
    third.persister.stop();
  });

  it('shows one tab the edits of another, told once the writing tab says saved', async () => {
    const a = await openTab(name);
    // B's opening may write (what it replayed at load), and tell A, which then re-reads the
    // log into its store: the test starts once A has, so that only the rename is heard.
    let stopWatching = () => {};
    const aReread = new Promise<void>((resolve) => {
      stopWatching = a.store.subscribe((state, previous) => {
        if (state.history !== previous.history) resolve();
      });
    });
    const opening = vi.spyOn(BroadcastChannel.prototype, 'postMessage');
    const b = await openTab(name);
    await b.persister.settled();
    if (opening.mock.calls.some(([message]) => message === 'changed')) await aReread;
    opening.mockRestore();
    stopWatching();
    await Promise.all([a.persister.settled(), b.persister.settled()]);
    // From here on, only A writes: each message it posts, and A's status as it posts it.
    const posted: string[] = [];
    const post = BroadcastChannel.prototype.postMessage;
    const spy = vi.spyOn(BroadcastChannel.prototype, 'postMessage').mockImplementation(function (
      this: BroadcastChannel,
      message: unknown,
    ) {
      posted.push(a.store.getState().save.status);
      post.call(this, message);
    });
    rename(a.store, 'Depuis l’onglet A');
    await a.persister.settled();
    await eventually(() => serviceName(b.store) === 'Depuis l’onglet A');
    // The other tabs are told once this one says saved, not while its status waits.
    expect(posted).toEqual(['saved']);
    spy.mockRestore();
    a.persister.stop();
    b.persister.stop();
  });

  it('never lets a tab overwrite another silently: other fields merge, the same field is a conflict', async () => {
    // Separate channels: B does not hear A, so B writes on a stale read.
    const a = await openTab(name, editFixture(), 'v1', `${name}-a`);
    const b = await openTab(name, editFixture(), 'v1', `${name}-b`);
    rename(a.store, 'Nom de A');
    await a.persister.settled();
    rename(b.store, 'Description de B', 'description');
    await b.persister.settled();
    expect(serviceName(b.store)).toBe('Nom de A');
    expect(b.store.getState().dataset.services[0]?.description).toBe('Description de B');

    rename(a.store, 'A encore');
    await a.persister.settled();
    rename(b.store, 'B en même temps');
    await b.persister.settled();
    expect(serviceName(b.store)).toBe('A encore');
    expect(b.store.getState().conflicts).toHaveLength(1);
    expect(b.store.getState().conflicts[0]).toMatchObject({
      current: 'A encore',
      change: { field: 'name', new: 'B en même temps' },
    });
    a.persister.stop();
    b.persister.stop();
  });

  it('re-applies local edits to a newer base and keeps what conflicts for the user', async () => {
    const old = await openTab(name);
    rename(old.store, 'Nom local');
    const location = old.store.getState().dataset.locations[0];
    if (!location) throw new Error('fixture');
    old.store
      .getState()
      .transact(updateRecord('locations', location, { address_1: 'Rue Haute 1' }), 'editRecord');
    await old.persister.settled();
    old.persister.stop();

    const base = editFixture();
    const service = base.services[0];
    if (!service) throw new Error('fixture');
    const newer = applyPatch(base, updateRecord('services', service, { name: 'Nom officiel' }));
    const reopened = await openTab(name, newer, 'v2');
    expect(serviceName(reopened.store)).toBe('Nom officiel');
    expect(reopened.store.getState().dataset.locations[0]?.address_1).toBe('Rue Haute 1');
    const conflicts = reopened.store.getState().conflicts;
    expect(conflicts).toHaveLength(1);
    reopened.store.getState().settleConflict(conflicts[0] ?? (undefined as never), 'mine');
    expect(serviceName(reopened.store)).toBe('Nom local');
    await reopened.persister.settled();
    reopened.persister.stop();

    const again = await openTab(name, newer, 'v2');
    expect(serviceName(again.store)).toBe('Nom local');
    expect(again.store.getState().conflicts).toEqual([]);
    again.persister.stop();
  });

  it('keeps an edit made while the stored log was still loading', async () => {
    const first = await openTab(name);
    rename(first.store, 'Déjà enregistré', 'description');
    await first.persister.settled();
    first.persister.stop();

    const store = createAtlasStore();
    store.getState().datasetLoaded(editFixture(), gazetteer, geography, 'v1');
    rename(store, 'Tapé pendant le chargement');
    const persister = new Persister(store, openDatabase(name), name);
    await persister.start();
    await persister.settled();
    expect(serviceName(store)).toBe('Tapé pendant le chargement');
    expect(store.getState().dataset.services[0]?.description).toBe('Déjà enregistré');
    persister.stop();
    const reopened = await openTab(name);
    expect(serviceName(reopened.store)).toBe('Tapé pendant le chargement');
    reopened.persister.stop();
  });

  it('says so, and leaves the Atlas read-only, when the browser gives no storage', async () => {
    const store = createAtlasStore();
    store.getState().datasetLoaded(editFixture(), gazetteer, geography, 'v1');
    const db = openDatabase(name);
    const refused = Object.assign(new Error('private window'), { name: 'MissingAPIError' });
    db.open = (() => Promise.reject(refused)) as unknown as typeof db.open;
    await new Persister(store, db).start();
    expect(store.getState().save).toEqual({ status: 'unavailable', message: 'storageUnavailable' });
    expect(isReadOnly(store.getState())).toBe(true);
  });

  it('says saved only once the last change is written, not when an earlier write ends', async () => {
    const tab = await openTab(name);
    await tab.persister.settled();
    const db = openDatabase(name);
    await db.open();
    const seen: Promise<string[]>[] = [];
    const stop = tab.store.subscribe((state, previous) => {
      if (state.save.status !== 'saved' || previous.save.status === 'saved') return;
      // Read at the very moment "saved" is shown: what is on disk then.
      const request = db
        .backendDB()
        .transaction('transactions')
        .objectStore('transactions')
        .getAll();
      seen.push(
        new Promise((resolve) => {
          request.onsuccess = () =>
            resolve(request.result.map((row: { label: string }) => row.label));
        }),
      );
    });
    rename(tab.store, 'Premier');
    tab.store.getState().transact(
      updateRecord('services', tab.store.getState().dataset.services[0] ?? (undefined as never), {
        name: 'Second',
      }),
      'importAdd',
    );
    await tab.persister.settled();
    stop();
    expect((await Promise.all(seen)).map((labels) => labels.sort())).toEqual([
      ['editRecord', 'importAdd'],
    ]);
    db.close();
    tab.persister.stop();
  });

  it('stores a transaction of many changes in parts, and reads it back whole', async () => {
    const tab = await openTab(name);
    const [service] = tab.store.getState().dataset.services;
    if (!service) throw new Error('fixture');
    const changes = Array.from({ length: 12_000 }, (_, index) => {
      const record = { ...service, id: crypto.randomUUID(), name: `Service ${index}` };
      return { table: 'services' as const, id: record.id, field: null, old: null, new: record };
    });
    expect(tab.store.getState().transact(changes, 'importAdd').ok).toBe(true);
    await tab.persister.settled();
    expect(tab.store.getState().save.status).toBe('saved');
    const db = openDatabase(name);
    await db.open();
    const [row] = await db.transactions.toArray();
    expect(row?.changes).toEqual([]);
    expect(row?.parts).toBeGreaterThan(1);
    expect(await db.parts.count()).toBe(row?.parts);
    db.close();
    tab.store.getState().undo();
    await tab.persister.settled();
    tab.persister.stop();

    const again = await openTab(name);
    expect(again.store.getState().history.undone[0]?.changes).toHaveLength(12_000);
    again.store.getState().redo();
    expect(again.store.getState().dataset.services).toHaveLength(12_001);
    again.persister.stop();
  });

  it('says the storage is full when a write fails for it, keeps the edit, and saves it when asked again', async () => {
    const tab = await openTab(name);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      rename(tab.store, 'Trop grand pour le disque');
      await tab.persister.settled();
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(tab.store.getState().save).toEqual({ status: 'failed', message: 'storageFull' });
    expect(serviceName(tab.store)).toBe('Trop grand pour le disque');
    tab.store.getState().retrySave();
    await tab.persister.settled();
    expect(tab.store.getState().save.status).toBe('saved');
    tab.persister.stop();
    const reopened = await openTab(name);
    expect(serviceName(reopened.store)).toBe('Trop grand pour le disque');
    reopened.persister.stop();
  });

  it('waits, saying why, while a tab on an older version holds the database, then saves', async () => {
    const older = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, 20);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('transactions', { keyPath: 'tx' });
        request.result.createObjectStore('meta', { keyPath: 'key' });
      };
      request.onsuccess = () => resolve(request.result);
    });
    const store = createAtlasStore();
    store.getState().datasetLoaded(editFixture(), gazetteer, geography, 'v1');
    const persister = new Persister(store, openDatabase(name), name);
    const started = persister.start();
    await eventually(() => store.getState().save.status === 'blocked');
    expect(store.getState().save.message).toBe('storageBlocked');
    expect(rename(store, 'Pendant le blocage').ok).toBe(true);
    older.close();
    await started;
    await persister.settled();
    expect(store.getState().save.status).toBe('saved');
    persister.stop();
    const reopened = await openTab(name);
    expect(serviceName(reopened.store)).toBe('Pendant le blocage');
    reopened.persister.stop();
  });

  it('says a newer version took the database, at every edit after it did', async () => {
    const tab = await openTab(name);
    const newer = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, 40);
      request.onsuccess = () => resolve(request.result);
    });
    expect(tab.store.getState().save).toEqual({ status: 'failed', message: 'storageReplaced' });
    rename(tab.store, 'Après la mise à jour');
    await tab.persister.settled();
    expect(tab.store.getState().save).toEqual({ status: 'failed', message: 'storageReplaced' });
    newer.close();
    tab.persister.stop();
  });
});
