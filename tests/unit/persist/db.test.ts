import 'fake-indexeddb/auto';
import { openDatabase, readMeta, writeLog } from '../../../src/persist/db';

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
});
