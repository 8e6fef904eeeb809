import type { Level, OrgType } from '../../src/model/enums';
import { type CsvRow, type Draft, emptyDraft, orgSpec } from './specs';
import { citation, joinParts, sourceFile } from './text';

export const RELATIONSHIPS_FILE = 'relationships/relationships_sourced.csv';

export const RELATIONSHIP_COLUMNS = [
  'source_organization',
  'target_organization',
  'type',
  'description',
  'source_url',
  'source_date',
  'evidence',
  'confidence',
] as const;

export interface GroupEntry {
  /** The name exactly as relationships_sourced.csv writes it. */
  name: string;
  key: string;
  orgType: OrgType;
  level: Level | '';
  alternateName?: string;
  parentKey?: string;
  /** Stands for every organisation of a kind, with no member list in the sources. */
  group?: string;
  note?: string;
}

/**
 * The organisations that only relationships_sourced.csv names (none of the services files
 * lists them). Governments and EU funds are `other`: they are neither agencies nor NGOs.
 * Groups without a member list stay one organisation standing for the group.
 */
export const GROUP_ORGANIZATIONS: readonly GroupEntry[] = [
  {
    name: 'Région wallonne / Gouvernement wallon',
    key: 'org:region_wallonne',
    orgType: 'other',
    level: 'regional',
    note: 'The Walloon Region and its Government.',
  },
  {
    name: 'European Commission',
    key: 'org:european_commission',
    orgType: 'international_org',
    level: 'european',
  },
  {
    name: 'European Commission DG REFORM',
    key: 'org:dg_reform',
    orgType: 'international_org',
    level: 'european',
    parentKey: 'org:european_commission',
  },
  {
    name: 'Technical Support Instrument (EU)',
    key: 'org:tsi',
    orgType: 'other',
    level: 'european',
    note: 'An EU funding programme, not an organisation.',
  },
  {
    name: 'European Union (AMIF)',
    key: 'org:eu_amif',
    orgType: 'other',
    level: 'european',
    note: 'An EU fund (AMIF), not an organisation.',
  },
  {
    name: 'European Union (fonds européens)',
    key: 'org:eu_funds',
    orgType: 'other',
    level: 'european',
    note: 'EU funds that the source does not name.',
  },
  {
    name: 'SPF Sécurité sociale (FOD Sociale Zekerheid)',
    key: 'org:spf_securite_sociale',
    orgType: 'federal_agency',
    level: 'federal',
  },
  {
    name: 'BE with U data working group (federal and regional stakeholders)',
    key: 'org:be_with_u_working_group',
    orgType: 'other',
    level: '',
    note: 'The working group of the BE with U project that met monthly from April 2023 on data about reception and social integration.',
  },
  { name: 'Caritas International', key: 'org:caritas', orgType: 'ngo', level: '' },
  {
    name: 'Centre de crise national',
    key: 'org:crisis_centre',
    orgType: 'federal_agency',
    level: 'federal',
    alternateName: 'Nationaal Crisiscentrum (NCCN)',
  },
  {
    name: 'Banque Carrefour de la Sécurité Sociale (BCSS)',
    key: 'org:bcss',
    orgType: 'federal_agency',
    level: 'federal',
    alternateName: 'KSZ',
  },
  {
    name: 'Gouverneurs de province',
    key: 'org:governors',
    orgType: 'other',
    level: 'provincial',
    group: 'the provincial governors',
  },
  { name: 'IWEPS', key: 'org:iweps', orgType: 'regional_agency', level: 'regional' },
  {
    name: 'SPW Digital',
    key: 'org:spw_digital',
    orgType: 'regional_agency',
    level: 'regional',
    parentKey: 'institution:spw',
  },
  {
    name: 'Union des Villes et Communes de Wallonie (UVCW)',
    key: 'org:uvcw',
    orgType: 'ngo',
    level: 'regional',
    alternateName: 'UVCW',
  },
  {
    name: 'Sociétés de logement de service public (SLSP)',
    key: 'org:slsp',
    orgType: 'housing_provider',
    level: 'local',
    group: 'the public housing companies (SLSP) of Wallonia',
  },
  {
    name: 'Agences Immobilières Sociales (AIS)',
    key: 'org:ais',
    orgType: 'housing_provider',
    level: 'local',
    group: 'the social rental agencies (AIS) of Wallonia',
  },
  {
    name: "Initiatives Locales d'Accueil (ILA)",
    key: 'org:ila',
    orgType: 'reception_centre',
    level: 'local',
    group: 'the local reception initiatives (ILA) run by CPAS',
  },
  {
    name: "Initiatives locales d'intégration (ILI)",
    key: 'org:ili',
    orgType: 'ngo',
    level: 'local',
    group: 'the local integration initiatives (ILI) of Wallonia',
  },
  {
    name: "Maisons de l'emploi",
    key: 'org:maisons_emploi',
    orgType: 'employment_service',
    level: 'local',
    group: "the Maisons de l'emploi of Wallonia",
  },
  {
    name: 'Structures supracommunales (Wallonie)',
    key: 'org:supracommunal_structures',
    orgType: 'other',
    level: '',
    group: 'the supracommunal structures of Wallonia',
  },
  { name: 'ASBL Wallonie picarde (Wapi2040)', key: 'org:wapi2040', orgType: 'ngo', level: '' },
  { name: 'Collectif ColLibri (Libramont)', key: 'org:collibri', orgType: 'ngo', level: 'local' },
  {
    name: 'Fédération Wallonie-Bruxelles',
    key: 'org:fwb',
    orgType: 'other',
    level: 'community',
    note: 'The French Community of Belgium and its Government.',
  },
  { name: 'Lire et Écrire', key: 'org:lire_et_ecrire', orgType: 'ngo', level: 'community' },
  {
    name: 'Écoles organisant un DASPA (FWB)',
    key: 'org:daspa_schools',
    orgType: 'education_provider',
    level: 'local',
    group: 'the schools with a DASPA class',
  },
  {
    name: 'Établissements de promotion sociale (FWB)',
    key: 'org:promotion_sociale',
    orgType: 'education_provider',
    level: 'local',
    group: 'the promotion sociale schools',
  },
];

const MAX_CITED = 5;

/** "named in relationships_sourced.csv: url (date); …" for the rows that name `name`. */
function namedIn(name: string, rows: readonly CsvRow[]): string {
  const citations = [
    ...new Set(
      rows
        .filter((row) => row.source_organization === name || row.target_organization === name)
        .map((row) => citation(row.source_url ?? '', row.source_date ?? '')),
    ),
  ];
  const shown = citations.slice(0, MAX_CITED);
  const more = citations.length > MAX_CITED ? `and ${citations.length - MAX_CITED} more` : '';
  return `named in ${sourceFile(RELATIONSHIPS_FILE)}: ${joinParts([...shown, more])}`;
}

/** The organisations of GROUP_ORGANIZATIONS, each sourced by the relationship rows naming it. */
export function buildGroups(relationshipRows: readonly CsvRow[]): Draft {
  const draft = emptyDraft();
  for (const entry of GROUP_ORGANIZATIONS) {
    const groupNote = entry.group
      ? `Stands for ${entry.group}, as a group: the sources give no member list, so statements about the group are kept as edges to this one node.`
      : '';
    draft.organizations.push(
      orgSpec({
        key: entry.key,
        name: entry.name,
        alternate_name: entry.alternateName ?? '',
        org_type: entry.orgType,
        level: entry.level,
        parentKey: entry.parentKey ?? '',
        description: joinParts([entry.note ?? '', groupNote], ' '),
        source: namedIn(entry.name, relationshipRows),
      }),
    );
  }
  return draft;
}
