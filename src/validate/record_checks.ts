import type { Dataset } from '../model/dataset';
import type { Indicator } from '../model/schemas';
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

/** A figure's period as its record gives it: the reference date, else the year. */
function periodOf(record: Record<string, unknown>): string {
  const date = textOf(record.reference_date);
  return date || textOf(record.year);
}

/**
 * The checks of a figure of a series, as an import makes them: a period the series already
 * has a figure for (another record of the same place and indicator) is an error, a unit
 * other than the series' a warning.
 */
export function seriesFigureChecks(
  indicators: readonly Indicator[],
  figure: Pick<Indicator, 'id' | 'nis_code' | 'indicator'>,
): (record: Record<string, unknown>) => Checks {
  const others = indicators.filter(
    (one) =>
      one.id !== figure.id &&
      one.nis_code === figure.nis_code &&
      one.indicator === figure.indicator,
  );
  return (record) => {
    const checks: Checks = new Map();
    const period = periodOf(record);
    const taken = period ? others.find((one) => periodOf(one) === period) : undefined;
    if (taken) {
      add(checks, 'reference_date', {
        severity: 'error',
        key: 'problem.figureDateTaken',
        values: { value: String(taken.value) },
      });
    }
    const unit = textOf(record.unit);
    const units = [...new Set(others.map((one) => one.unit))];
    if (units.length > 0 && !units.includes(unit)) {
      add(checks, 'unit', {
        severity: 'warning',
        key: 'problem.figureUnitDiffers',
        values: { units: units.join(', ') },
      });
    }
    return checks;
  };
}
