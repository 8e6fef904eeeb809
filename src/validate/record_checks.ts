import type { Dataset } from '../model/dataset';
import { placeLocation } from '../places/place_location';
import type { Gazetteer, Placement } from '../places/types';
import { type Problem, textOf } from './field_rules';

/**
 * Checks a form makes beyond the schema, with the rules of import: references must name
 * records that exist, and an address is placed as an import places it (postcode, city and
 * commune must agree).
 */

type Checks = Map<string, Problem[]>;

function add(checks: Checks, field: string, problem: Problem): void {
  checks.set(field, [...(checks.get(field) ?? []), problem]);
}

/** Organisation fields that must name an organisation of the data (when not empty). */
export function organizationReferences(
  dataset: Dataset,
  fields: readonly string[],
): (record: Record<string, unknown>) => Checks {
  const known = new Set(dataset.organizations.map((organization) => organization.id));
  return (record) => {
    const checks: Checks = new Map();
    for (const field of fields) {
      const id = textOf(record[field]);
      if (id !== '' && !known.has(id)) {
        add(checks, field, { severity: 'error', key: 'problem.unknownOrganization' });
      }
    }
    if (
      record.parent_organization_id !== undefined &&
      record.parent_organization_id === record.id
    ) {
      add(checks, 'parent_organization_id', { severity: 'error', key: 'problem.ownParent' });
    }
    if (
      record.source_organization_id !== undefined &&
      record.source_organization_id === record.target_organization_id
    ) {
      add(checks, 'target_organization_id', {
        severity: 'error',
        key: 'disabled.relationshipToItself',
      });
    }
    return checks;
  };
}

/** Where an address would be placed: at its postcode or in its commune, as an import does. */
export function placeAddress(record: Record<string, unknown>, gazetteer: Gazetteer): Placement {
  return placeLocation(
    {
      latitude: '',
      longitude: '',
      x: '',
      y: '',
      crs: null,
      postal_code: textOf(record.postal_code),
      city: textOf(record.city),
      nis_code: textOf(record.nis_code),
      location_precision: '',
    },
    gazetteer,
  );
}

/** The placement findings an address alone can give, each with its message in `edit:finding`. */
const ADDRESS_FINDINGS = new Set([
  'invalid_value',
  'nis_code_updated',
  'unknown_commune',
  'unknown_postcode',
  'commune_mismatch',
  'no_location',
]);

/** The placement's doubts about an address (unknown postcode, postcode of another commune…). */
export function addressChecks(
  gazetteer: Gazetteer | null,
): (record: Record<string, unknown>) => Checks {
  return (record) => {
    const checks: Checks = new Map();
    if (!gazetteer) return checks;
    for (const finding of placeAddress(record, gazetteer).findings) {
      add(checks, finding.field ?? 'postal_code', {
        severity: finding.severity === 'error' ? 'warning' : finding.severity,
        key: `finding.${ADDRESS_FINDINGS.has(finding.code) ? finding.code : 'other'}`,
      });
    }
    return checks;
  };
}

/** Runs several checks and gathers their problems. */
export function allChecks(
  ...checks: ((record: Record<string, unknown>) => Checks)[]
): (record: Record<string, unknown>) => Checks {
  return (record) => {
    const all: Checks = new Map();
    for (const check of checks) {
      for (const [field, problems] of check(record)) {
        for (const problem of problems) add(all, field, problem);
      }
    }
    return all;
  };
}
