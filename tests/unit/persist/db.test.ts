import 'fake-indexeddb/auto';
import {
  joinParts,
  openDatabase,
  readMeta,
  splitTransaction,
  writeLog,
} from '../../../src/persist/db';

describe('writeLog', () => {
  it('lets one write per revision commit; a second, with all it wrote, is rolled back', async () => {
    const db = openDatabase('atlas-claims');
    await db.open();
    const writeOn = (revision: number, author: string) =>
      writeLog(db, { revision, put: [], remove: [], meta: { author } });
    await writeOn(0, 'Tab A');
    // Tab B had read revision 0 too: its write fails and leaves nothing.
    await expect(writeOn(0, 'Tab B')).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await readMeta(db, 'author', '')).toBe('Tab A');
    expect(await readMeta(db, 'revision', 0)).toBe(1);
    // Once it has read revision 1, B writes.
    await writeOn(1, 'Tab B');
    expect(await readMeta(db, 'author', '')).toBe('Tab B');
    expect(await readMeta(db, 'revision', 0)).toBe(2);
    // A row that cannot be stored fails the write, and what it wrote before is not kept.
    const unstorable = {
      tx: 'x',
      author: 'Tab C',
      time: '',
      label: 'editRecord',
      changes: [],
      seq: 9,
      undone: 0 as const,
      extra: () => 'a function cannot be stored',
    };
    await expect(
      writeLog(db, {
        revision: 2,
        put: [{ row: unstorable, parts: [] }],
        remove: [],
        meta: { author: 'Tab C' },
      }),
    ).rejects.toMatchObject({ name: 'DataCloneError' });
    expect(await readMeta(db, 'author', '')).toBe('Tab B');
    expect(await readMeta(db, 'revision', 0)).toBe(2);
    db.close();
    await expect(writeOn(2, 'Tab C')).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  });

  it('issues a large write a few milliseconds at a time, and keeps it whole or not at all', async () => {
    const db = openDatabase('atlas-large-write');
    await db.open();
    const changes = Array.from({ length: 12_000 }, (_, index) => ({
      table: 'services' as const,
      id: `s${index}`,
      field: 'name',
      old: 'a',
      new: `name ${index}`,
    }));
    const large = splitTransaction(
      { tx: 'import', author: 'Ana', time: '', label: 'importAdd', changes },
      1,
      0,
    );
    expect(large.parts.length).toBeGreaterThan(1);
    // A clock that passes the budget at every request: each is issued in a task of its own.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 10));
    // What runs, in order: the write's requests, and the page's own tasks meanwhile.
    const events: string[] = [];
    const put = IDBObjectStore.prototype.put;
    const puts = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      events.push('put');
      return put.apply(this, args);
    });
    const page = setInterval(() => events.push('page'), 0);
    await writeLog(db, { revision: 0, put: [large], remove: [], meta: { author: 'Ana' } });
    clearInterval(page);
    puts.mockRestore();
    const writing = events.slice(events.indexOf('put'), events.lastIndexOf('put'));
    expect(writing).toContain('page');
    const rows = await db.transactions.toArray();
    expect(joinParts(rows, await db.parts.toArray())[0]?.changes).toEqual(changes);
    expect(await readMeta(db, 'revision', 0)).toBe(1);

    // A value that cannot be stored after the parts: none of the write is kept.
    const unstorable = { ...large.row, tx: 'broken', extra: () => 'no' };
    const parts = large.parts.map((part) => ({ ...part, tx: 'broken' }));
    await expect(
      writeLog(db, {
        revision: 1,
        put: [{ row: unstorable, parts }],
        remove: [],
        meta: { author: 'Bob' },
      }),
    ).rejects.toMatchObject({ name: 'DataCloneError' });
    clock.mockRestore();
    expect(await db.parts.where('[tx+part]').between(['broken', 0], ['broken', 99]).count()).toBe(
      0,
    );
    expect(await readMeta(db, 'author', '')).toBe('Ana');
    expect(await readMeta(db, 'revision', 0)).toBe(1);
    db.close();
  });
});
