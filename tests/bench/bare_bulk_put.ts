import Dexie from 'dexie';
import type { Dataset } from '../../src/model/dataset';
import { TABLE_NAMES } from '../../src/model/dataset';

/**
 * The baseline of `npm run bench:edit`: the bare library doing the same work as the
 * persister, a Dexie bulkPut of the same records (one table per model table) into a fresh
 * database, with the same strict durability. Loaded by the test hooks (tests/hooks) when the
 * benchmark asks for it.
 * Resolves to the milliseconds the write took.
 */
export async function bareBulkPut(dataset: Dataset): Promise<number> {
  const name = `atlas-bench-bare-${Date.now()}`;
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' });
  db.version(1).stores(Object.fromEntries(TABLE_NAMES.map((table) => [table, '&id'])));
  await db.open();
  const start = performance.now();
  await db.transaction('rw', TABLE_NAMES as unknown as string[], async () => {
    await Promise.all(
      TABLE_NAMES.filter((table) => dataset[table].length > 0).map((table) =>
        db.table(table).bulkPut(dataset[table]),
      ),
    );
  });
  const elapsed = performance.now() - start;
  db.close();
  await Dexie.delete(name);
  return elapsed;
}
