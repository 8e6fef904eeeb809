import type {
  Category,
  Confidence,
  Level,
  OrgType,
  RelationshipType,
  Status,
} from '../../src/model/enums';

/**
 * The curated dataset before ids and placements: records keyed by a readable build key
 * (e.g. `cpas:62063`, `institution:fedasil`). `assemble.ts` turns keys into stable ids.
 */

/** One row of a source CSV, by column name. */
export type CsvRow = Readonly<Record<string, string>>;

export interface OrgSpec {
  key: string;
  name: string;
  alternate_name: string;
  description: string;
  org_type: OrgType;
  level: Level | '';
  website: string;
  email: string;
  phone: string;
  /** Key of the parent organisation, or ''. */
  parentKey: string;
  source: string;
}

export interface ServiceSpec {
  key: string;
  organizationKey: string;
  name: string;
  category: Category;
  description: string;
  audience: string;
  languages: string[];
  status: Status;
  url: string;
  email: string;
  phone: string;
  source: string;
  /** Keys of the sites where it is delivered. */
  siteKeys: string[];
  /** The REFNIS codes of the communes, arrondissements or provinces it serves, as a source states them. */
  serviceArea: string[];
  /** Places, where a source states a number (its words are then quoted in the description). */
  capacity: number | null;
}

/** A site as the source gives it; placed later by the gazetteer. */
export interface SiteSpec {
  key: string;
  organizationKey: string;
  name: string;
  address: string;
  postalCode: string;
  city: string;
  /** A commune code as the source gives it (may be pre-2019 or pre-2025). */
  nisCode: string;
  latitude: string;
  longitude: string;
  source: string;
}

export interface RelationshipSpec {
  sourceKey: string;
  targetKey: string;
  type: RelationshipType;
  description: string;
  evidence: string;
  confidence: Confidence | '';
  source: string;
}

export interface IndicatorSpec {
  nis_code: string;
  indicator: string;
  value: number;
  unit: string;
  year: number | null;
  reference_date: string;
  source: string;
}

/** A part of the dataset, as built by one builder. */
export interface Draft {
  organizations: OrgSpec[];
  services: ServiceSpec[];
  sites: SiteSpec[];
}

export function emptyDraft(): Draft {
  return { organizations: [], services: [], sites: [] };
}

/** Concatenates drafts in order (order is kept so that the output is deterministic). */
export function mergeDrafts(...drafts: readonly Draft[]): Draft {
  return {
    organizations: drafts.flatMap((draft) => draft.organizations),
    services: drafts.flatMap((draft) => draft.services),
    sites: drafts.flatMap((draft) => draft.sites),
  };
}

/** An organisation spec with every optional text field empty. */
export function orgSpec(
  fields: Pick<OrgSpec, 'key' | 'name' | 'org_type' | 'level' | 'source'> & Partial<OrgSpec>,
): OrgSpec {
  return {
    alternate_name: '',
    description: '',
    website: '',
    email: '',
    phone: '',
    parentKey: '',
    ...fields,
  };
}

/** A service spec with every optional field empty and status `active`. */
export function serviceSpec(
  fields: Pick<ServiceSpec, 'key' | 'organizationKey' | 'name' | 'category' | 'source'> &
    Partial<ServiceSpec>,
): ServiceSpec {
  return {
    description: '',
    audience: '',
    languages: [],
    status: 'active',
    url: '',
    email: '',
    phone: '',
    siteKeys: [],
    serviceArea: [],
    capacity: null,
    ...fields,
  };
}

/** A site spec with every optional field empty. */
export function siteSpec(
  fields: Pick<SiteSpec, 'key' | 'organizationKey' | 'name' | 'source'> & Partial<SiteSpec>,
): SiteSpec {
  return {
    address: '',
    postalCode: '',
    city: '',
    nisCode: '',
    latitude: '',
    longitude: '',
    ...fields,
  };
}
