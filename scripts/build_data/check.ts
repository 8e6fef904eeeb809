import type { z } from 'zod';
import type { Dataset, TableName } from '../../src/model/dataset';
import { TABLE_NAMES } from '../../src/model/dataset';
import {
  indicatorSchema,
  locationSchema,
  organizationSchema,
  relationshipSchema,
  serviceAtLocationSchema,
  serviceSchema,
} from '../../src/model/schemas';

const SCHEMAS: Record<TableName, z.ZodType> = {
  organizations: organizationSchema,
  services: serviceSchema,
  locations: locationSchema,
  service_at_locations: serviceAtLocationSchema,
  relationships: relationshipSchema,
  indicators: indicatorSchema,
};

/** The references of each table: field → the table its id must be in ('' allowed when optional). */
const REFERENCES: Record<TableName, ReadonlyArray<[string, TableName, boolean]>> = {
  organizations: [['parent_organization_id', 'organizations', true]],
  services: [['organization_id', 'organizations', false]],
  locations: [['organization_id', 'organizations', true]],
  service_at_locations: [
    ['service_id', 'services', false],
    ['location_id', 'locations', false],
  ],
  relationships: [
    ['source_organization_id', 'organizations', false],
    ['target_organization_id', 'organizations', false],
  ],
  indicators: [],
};

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
      const parsed = SCHEMAS[table].safeParse(record);
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
    for (const [field, target, optional] of REFERENCES[table]) {
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
