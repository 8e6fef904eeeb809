import type { Dataset, TableName } from '../../src/model/dataset';
import { TABLE_NAMES } from '../../src/model/dataset';
import { TABLE_REFERENCES, TABLE_SCHEMAS } from '../../src/model/tables';

/**
 * Every problem of the dataset, one line each: a record the zod schema rejects, a record
 * without `source`, a duplicate id, a reference to no record. Empty when the dataset is sound.
 */
export function datasetProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  const ids = new Map<TableName, Set<string>>();
  for (const table of TABLE_NAMES) {
    const seen = new Set<string>();
    for (const record of dataset[table] as ReadonlyArray<{ id: string; source: string }>) {
      const parsed = TABLE_SCHEMAS[table].safeParse(record);
      if (!parsed.success) {
        const issues = parsed.error.issues.map(
          (issue) => `${issue.path.join('.')}: ${issue.message}`,
        );
        problems.push(`${table} ${record.id}: ${issues.join('; ')}`);
      }
      if (!record.source?.trim()) problems.push(`${table} ${record.id}: no source`);
      if (seen.has(record.id)) problems.push(`${table}: duplicate id ${record.id}`);
      seen.add(record.id);
    }
    ids.set(table, seen);
  }
  for (const table of TABLE_NAMES) {
    for (const { field, table: target, optional } of TABLE_REFERENCES[table]) {
      for (const record of dataset[table] as ReadonlyArray<
        Record<string, unknown> & { id: string }
      >) {
        const value = record[field];
        if (optional && value === '') continue;
        if (typeof value !== 'string' || !ids.get(target)?.has(value)) {
          problems.push(
            `${table} ${record.id}: ${field} ${String(value)} matches no ${target} record`,
          );
        }
      }
    }
  }
  return problems;
}
