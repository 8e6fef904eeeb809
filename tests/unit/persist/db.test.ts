import 'fake-indexeddb/auto';
import { claimRevision, openDatabase, readMeta, writeMeta } from '../../../src/persist/db';

describe('claimRevision', () => {
  it('lets one write per revision commit; a second, with all it wrote, is rolled back', async () => {
    const db = openDatabase('atlas-claims');
    await db.open();
    const writeOn = (revision: number, author: string) =>
      db.transaction('rw', db.transactions, db.meta, (transaction) => {
        claimRevision(transaction.idbtrans, revision);
        void writeMeta(db, 'revision', revision + 1).catch(() => {});
        void writeMeta(db, 'author', author).catch(() => {});
        transaction.idbtrans.commit();
      });
    await writeOn(0, 'Tab A');
    // Tab B had read revision 0 too.
    await expect(writeOn(0, 'Tab B')).rejects.toThrow();
    expect(await readMeta(db, 'author', '')).toBe('Tab A');
    expect(await readMeta(db, 'revision', 0)).toBe(1);
    // Once it has read revision 1, B writes.
    await writeOn(1, 'Tab B');
    expect(await readMeta(db, 'author', '')).toBe('Tab B');
    expect(await readMeta(db, 'revision', 0)).toBe(2);
    db.close();
  });
});
