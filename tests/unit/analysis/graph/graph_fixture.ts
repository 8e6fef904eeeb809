import type { Dataset } from '../../../../src/model/dataset';
import { emptyDataset } from '../../../../src/model/dataset';
import type { Level, OrgType, RelationshipType } from '../../../../src/model/enums';
import type { Organization, Relationship } from '../../../../src/model/schemas';

/** A minimal organisation record (ids are short strings: the graph does not check them). */
export function org(
  id: string,
  name = id.toUpperCase(),
  level: Level | '' = 'local',
  orgType: OrgType = 'ngo',
): Organization {
  return {
    id,
    name,
    alternate_name: '',
    description: '',
    org_type: orgType,
    level,
    website: '',
    email: '',
    phone: '',
    enterprise_number: '',
    parent_organization_id: '',
    contact_person: '',
    notes: '',
    source: `source of ${id}`,
    source_consulted: '',
    last_verified: '',
  };
}

export function rel(
  id: string,
  from: string,
  to: string,
  type: RelationshipType = 'partners_with',
): Relationship {
  return {
    id,
    source_organization_id: from,
    target_organization_id: to,
    type,
    description: `${from} ${type} ${to}`,
    evidence: '',
    confidence: 'high',
    source: `source of ${id}`,
    source_consulted: '',
    last_verified: '2025-01-01',
  };
}

/** A dataset of organisations and relationships only; `edges` as [from, to] or [from, to, type]. */
export function networkDataset(
  ids: readonly string[],
  edges: readonly (readonly [string, string, RelationshipType?])[],
): Dataset {
  return {
    ...emptyDataset(),
    organizations: ids.map((id) => org(id)),
    relationships: edges.map(([from, to, type], index) => rel(`r${index + 1}`, from, to, type)),
  };
}
