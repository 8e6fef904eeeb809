import officialDescriptor from './datapackage.json';

/** A field of a Table Schema (only the parts the Atlas checks are typed). */
export interface TableField {
  name: string;
  type: string;
  format?: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: readonly string[];
  };
  [key: string]: unknown;
}

export interface ForeignKey {
  fields: string | readonly string[];
  reference: { resource: string; fields: string | readonly string[] };
}

export interface TableSchema {
  primaryKey?: string | readonly string[];
  fields: readonly TableField[];
  foreignKeys?: readonly ForeignKey[];
  [key: string]: unknown;
}

/** One resource (table) of a Tabular Data Package. */
export interface TableResource {
  name: string;
  path: string;
  schema: TableSchema;
  [key: string]: unknown;
}

export interface DataPackage {
  resources: readonly TableResource[];
  [key: string]: unknown;
}

/** The official HSDS 3.0 descriptor (datapackage.json beside this file, unchanged). */
export const HSDS_DESCRIPTOR: DataPackage = officialDescriptor;

/** A key given as one field name or a list, as a list. */
export function keyFields(key: string | readonly string[]): readonly string[] {
  return typeof key === 'string' ? [key] : key;
}

/** The resource of the descriptor with this name. */
export function resourceNamed(descriptor: DataPackage, name: string): TableResource | undefined {
  return descriptor.resources.find((resource) => resource.name === name);
}
