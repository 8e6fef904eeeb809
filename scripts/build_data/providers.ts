import type { Category, Level, OrgType } from '../../src/model/enums';
import { type CommuneRecord, currentNis, type UpdateNis } from './communes';
import { cpasKey } from './cpas';
import { type CsvRow, type Draft, emptyDraft, orgSpec, serviceSpec, siteSpec } from './specs';
import { citation, joinParts, slug, sourceFile, splitNotes, websiteUrl } from './text';

export const LOCAL_SERVICES_FILE = 'services/local_services_wallonia_press.csv';
export const RECEPTION_FILE = 'services/reception_wallonia_press.csv';

/** A new organisation that the row names. Its contacts are the row's. */
interface NewOrg {
  key: string;
  /** Defaults to the row's name. */
  name?: string;
  orgType: OrgType;
  level: Level | '';
  parentKey?: string;
}

interface ProviderService {
  /** Defaults to the row's name. */
  name?: string;
  category: Category;
  audience?: string;
}

/** A row that becomes (or adds) an organisation, its site and its service. */
interface MappedRow {
  /** The row's `name`, exactly. */
  row: string;
  /** The organisation that runs it: a new one, or the key of one built elsewhere. */
  org: NewOrg | { existing: string };
  /** The service the row describes, or why there is none. */
  service: ProviderService | { none: string };
}

/** A row about an organisation built elsewhere: its name and notes are added to it. */
interface MergedRow {
  row: string;
  mergeInto: string;
  alternateName: string;
}

/** A row left out, with the reason. */
interface SkippedRow {
  row: string;
  skip: string;
}

export type ProviderEntry = MappedRow | MergedRow | SkippedRow;

const LANGUAGE = 'language' as const;

/**
 * The places of the reception sites whose row states one number (in its notes, which the
 * service's description quotes): a range ("450-500"), an approximation ("~50") or a count of
 * residents is not a capacity and is left out.
 */
const RECEPTION_CAPACITY: Readonly<Record<string, number>> = {
  'Centre Fedasil de Rixensart': 170, // "Capacity 170 in normal times; 206 with tents (Sept 2019)"
  'Centre Fedasil des Fourches (Herbeumont)': 425, // "425 places, reopening Feb 2020"
  'Centre Fedasil temporaire de Theux (camping Polleur)': 250, // "250 places, open from 2024-11-04"
  'Centre Fedasil temporaire de Liège (Rocourt, ex-clinique Saint-Vincent)': 280, // "up to 280 places (Feb 2020)"
  'Centre Fedasil temporaire de Senonchamps (site OCASC, Bastogne)': 108, // "108 places"
  'Centre Croix-Rouge de Verviers (rue aux Laines)': 140, // "max 140 people"
  'Hébergement collectif BPT Ukraine - Provedroux (Vielsalm)': 38, // "38 places (2023-02)"
  'Hébergement collectif BPT Ukraine - Remoiville (Moulin de Godinval)': 50, // "50 places (2023-02)"
  "Hébergement collectif BPT Ukraine - Beho (ancien centre pour demandeurs d'asile)": 68, // "68 places (2023-02)"
  'Hébergement collectif BPT Ukraine - Barvaux': 20, // "20 places (2023-02 …)"
};

/**
 * How each row of local_services_wallonia_press.csv and reception_wallonia_press.csv
 * becomes organisations and services:
 * - language_course: Lire et Écrire regionals are NGOs (asbl, parts of Lire et Écrire);
 *   schools are education providers (provincial or communal as their names say; Polyac is
 *   a private school); the CPAS de Namur school is a service of that CPAS.
 * - reception_ila: an ILA is run by its CPAS, so it is a reception service of that CPAS.
 * - employment: each Maison de l'emploi is an employment service (local).
 * - housing_*: housing providers (FLW, SWL regional; SLSP, AIS, Maison de l'Habitat local).
 * - reception_fedasil / reception_red_cross: the site belongs to Fedasil / the Croix-Rouge
 *   (already in institutions.csv), one reception service per site.
 * - reception_ukraine_collective: the sources do not say who runs each site, so each site is
 *   its own reception_centre organisation.
 * - registration: the Brussels registration centre is run by the Office des Étrangers with
 *   Fedasil and the Red Cross (auderghem.be, 2024-02): a reception service of the Office.
 * Announced or planned services (IPET Tubize, AIS du Pays de Herve) get their organisation
 * and site but no service; the row listing planned sites with no provider is not used.
 */
export const PROVIDERS: readonly ProviderEntry[] = [
  {
    row: 'Lire et Écrire Namur',
    org: {
      key: 'provider:lire_et_ecrire_namur',
      orgType: 'ngo',
      level: 'provincial',
      parentKey: 'org:lire_et_ecrire',
    },
    service: { name: 'Alphabétisation (Lire et Écrire Namur)', category: LANGUAGE },
  },
  {
    row: 'Lire et Écrire Luxembourg',
    org: {
      key: 'provider:lire_et_ecrire_luxembourg',
      orgType: 'ngo',
      level: 'provincial',
      parentKey: 'org:lire_et_ecrire',
    },
    service: { name: 'Alphabétisation (Lire et Écrire Luxembourg)', category: LANGUAGE },
  },
  {
    row: 'Lire et Écrire Verviers',
    org: {
      key: 'provider:lire_et_ecrire_verviers',
      orgType: 'ngo',
      level: '',
      parentKey: 'org:lire_et_ecrire',
    },
    service: { name: 'Alphabétisation (Lire et Écrire Verviers)', category: LANGUAGE },
  },
  {
    row: 'Lire et Écrire Wallonie picarde',
    org: {
      key: 'provider:lire_et_ecrire_wallonie_picarde',
      orgType: 'ngo',
      level: '',
      parentKey: 'org:lire_et_ecrire',
    },
    service: { name: 'Alphabétisation (Lire et Écrire Wallonie picarde)', category: LANGUAGE },
  },
  {
    row: "CPAS de Namur - École d'Alpha-FLE (site Caserne du Génie)",
    org: { existing: cpasKey('92094') },
    service: {
      name: "École d'Alpha-FLE (CPAS de Namur, site Caserne du Génie)",
      category: LANGUAGE,
    },
  },
  {
    row: 'IPFC - Institut provincial de Promotion sociale et de Formation continuée (Nivelles)',
    org: { key: 'provider:ipfc_nivelles', orgType: 'education_provider', level: 'provincial' },
    service: { name: 'Français langue étrangère (IPFC Nivelles)', category: LANGUAGE },
  },
  {
    row: 'IPET Tubize (FLE courses considered)',
    org: {
      key: 'provider:ipet_tubize',
      name: 'IPET Tubize',
      orgType: 'education_provider',
      level: 'provincial',
    },
    service: { none: 'FLE courses were only considered (2022-05), not confirmed' },
  },
  {
    row: "CEPES Jodoigne (Centre d'Enseignement Provincial - Enseignement Secondaire)",
    org: { key: 'provider:cepes_jodoigne', orgType: 'education_provider', level: 'provincial' },
    service: { name: 'Cours de français (CEPES Jodoigne)', category: LANGUAGE },
  },
  {
    row: "ECEPS Gilly - Établissement Communal d'Enseignement de Promotion Sociale",
    org: { key: 'provider:eceps_gilly', orgType: 'education_provider', level: 'local' },
    service: {
      name: 'Français langue étrangère (ECEPS Gilly)',
      category: LANGUAGE,
      audience: 'Mainly Ukrainians',
    },
  },
  {
    row: 'Polyac / Centre Polyglotte de Mons',
    org: { key: 'provider:polyac', orgType: 'education_provider', level: 'local' },
    service: {
      name: 'Cours de français gratuits (Polyac / Centre Polyglotte de Mons)',
      category: LANGUAGE,
      audience: 'Ukrainian adults and children',
    },
  },
  {
    row: "ILA - Initiative locale d'accueil du CPAS d'Amay",
    org: { existing: cpasKey('61003') },
    service: {
      category: 'reception',
      audience:
        'Asylum seekers and recognised refugees (not specifically beneficiaries of temporary protection)',
    },
  },
  {
    row: "ILA - Initiative locale d'accueil du CPAS de Héron",
    org: { existing: cpasKey('61028') },
    service: { category: 'reception' },
  },
  {
    row: "ILA - Initiatives locales d'accueil du CPAS d'Ottignies-Louvain-la-Neuve",
    org: { existing: cpasKey('25121') },
    service: { category: 'reception' },
  },
  {
    row: "Maison de l'Emploi de Frameries",
    org: { key: 'provider:maison_emploi_frameries', orgType: 'employment_service', level: 'local' },
    service: { category: 'employment' },
  },
  {
    row: "Maison de l'Emploi Manage-Seneffe (gare de Manage)",
    org: {
      key: 'provider:maison_emploi_manage_seneffe',
      orgType: 'employment_service',
      level: 'local',
    },
    service: { category: 'employment' },
  },
  {
    row: 'Fonds du Logement des familles nombreuses de Wallonie (FLW) - siège administratif',
    mergeInto: 'institution:flw',
    alternateName: 'Fonds du Logement des familles nombreuses de Wallonie',
  },
  {
    row: 'Société wallonne du Logement (SWL)',
    org: { key: 'provider:swl', orgType: 'housing_provider', level: 'regional' },
    service: {
      none: 'approves and supervises the SLSP; the sources describe no service to people',
    },
  },
  {
    row: 'La Sambrienne (SLSP)',
    org: { key: 'provider:la_sambrienne', orgType: 'housing_provider', level: 'local' },
    service: { name: 'Logement public (La Sambrienne)', category: 'housing' },
  },
  {
    row: 'La Joie du Foyer (SLSP)',
    org: { key: 'provider:la_joie_du_foyer', orgType: 'housing_provider', level: 'local' },
    service: { name: 'Logement public (La Joie du Foyer)', category: 'housing' },
  },
  {
    row: 'Le Foyer Namurois (SLSP)',
    org: { key: 'provider:le_foyer_namurois', orgType: 'housing_provider', level: 'local' },
    service: { name: 'Logement public (Le Foyer Namurois)', category: 'housing' },
  },
  {
    row: "Maison de l'Habitat de Namur",
    org: { key: 'provider:maison_habitat_namur', orgType: 'housing_provider', level: 'local' },
    service: {
      name: "Guichet unique du logement (Maison de l'Habitat de Namur)",
      category: 'housing',
    },
  },
  {
    row: 'AIS Wapi',
    org: { key: 'provider:ais_wapi', orgType: 'housing_provider', level: 'local' },
    service: { name: 'Agence immobilière sociale (AIS Wapi)', category: 'housing' },
  },
  {
    row: 'AIS du Brabant wallon',
    org: { key: 'provider:ais_brabant_wallon', orgType: 'housing_provider', level: 'local' },
    service: { name: 'Agence immobilière sociale (AIS du Brabant wallon)', category: 'housing' },
  },
  {
    row: 'AIS du Pays de Herve',
    org: { key: 'provider:ais_pays_de_herve', orgType: 'housing_provider', level: 'local' },
    service: {
      none: 'announced as a future AIS (c. 2017); the source does not confirm it operates',
    },
  },
  ...[
    'Centre Fedasil de Florennes',
    'Centre Fedasil de Mouscron',
    'Centre Fedasil de Rixensart',
    'Centre Fedasil de Jodoigne',
    'Centre Fedasil des Fourches (Herbeumont)',
    'Centre Fedasil temporaire de Theux (camping Polleur)',
    'Centre Fedasil temporaire de Liège (Rocourt, ex-clinique Saint-Vincent)',
    'Centre Fedasil temporaire de Senonchamps (site OCASC, Bastogne)',
  ].map(
    (row): ProviderEntry => ({
      row,
      org: { existing: 'institution:fedasil' },
      service: { category: 'reception' },
    }),
  ),
  ...[
    'Centre Croix-Rouge de Jambes (Caserne De Wispelaere / Caserne du Génie)',
    'Centre Croix-Rouge de Verviers (rue aux Laines)',
    "Centre Croix-Rouge de Montegnée (ancien hôpital de l'Espérance)",
    'Centre Croix-Rouge de Nonceveux',
  ].map(
    (row): ProviderEntry => ({
      row,
      org: { existing: 'institution:croix_rouge' },
      service: { category: 'reception' },
    }),
  ),
  ...[
    'Hébergement collectif BPT Ukraine - Provedroux (Vielsalm)',
    'Hébergement collectif BPT Ukraine - Remoiville (Moulin de Godinval)',
    "Hébergement collectif BPT Ukraine - Beho (ancien centre pour demandeurs d'asile)",
    'Hébergement collectif BPT Ukraine - Barvaux',
    'Hébergement collectif BPT Ukraine - Verviers (ex-maison de repos Les Hespérides)',
  ].map(
    (row): ProviderEntry => ({
      row,
      org: { key: `provider:${slug(row)}`, orgType: 'reception_centre', level: 'local' },
      service: {
        category: 'reception',
        audience: 'Beneficiaries of temporary protection (BPT) displaced from Ukraine',
      },
    }),
  ),
  {
    row: 'Hébergement collectif BPT Ukraine - planned sites, province de Luxembourg (2022-08)',
    skip: 'a list of planned sites (2022-08) with no provider; the sites that opened are rows of their own',
  },
  {
    row: "Centre d'enregistrement (protection temporaire Ukraine)",
    org: { existing: 'institution:dofi' },
    service: {
      category: 'reception',
      audience: 'People displaced from Ukraine applying for temporary protection',
    },
  },
];

/** Rows deliberately left out, and mapped rows with no service, with the reasons. */
export function providerNotes(): string[] {
  return PROVIDERS.flatMap((entry) => {
    if ('skip' in entry) return [`not used: "${entry.row}": ${entry.skip}`];
    if ('service' in entry && 'none' in entry.service) {
      return [`no service: "${entry.row}": ${entry.service.none}`];
    }
    return [];
  });
}

const OPERATOR_SOURCE =
  'operator: https://auderghem.be/news/ukraine2ans (2024-02; registration centres in Brussels run by the Immigration Office with Fedasil and the Red Cross)';

function hasPlace(row: CsvRow): boolean {
  return ['address', 'postcode', 'commune', 'nis'].some((column) => (row[column] ?? '') !== '');
}

/** What an organisation built elsewhere gains from a merged row. */
export interface OrgAddition {
  key: string;
  alternateName: string;
  description: string;
  source: string;
}

export interface ProviderResult {
  draft: Draft;
  additions: OrgAddition[];
}

/**
 * The organisations, services and sites of the two press files, mapped by PROVIDERS.
 * Commune codes are mapped to the current ones. Throws when a row has no entry or an
 * entry no row.
 */
export function buildProviders(
  files: ReadonlyArray<{ file: string; rows: readonly CsvRow[] }>,
  communes: readonly CommuneRecord[],
  updateNis: UpdateNis,
): ProviderResult {
  const communesByNis = new Map(communes.map((commune) => [commune.nis_code, commune]));
  const draft = emptyDraft();
  const additions: OrgAddition[] = [];
  const seen = new Set<string>();
  for (const { file, rows } of files) {
    for (const row of rows) {
      const entry = PROVIDERS.find((candidate) => candidate.row === row.name);
      if (!entry) throw new Error(`${file}: no PROVIDERS entry for "${row.name}"`);
      seen.add(entry.row);
      if ('skip' in entry) continue;
      const notes = splitNotes(row.notes ?? '');
      const rowSource = joinParts([
        citation(row.source_url ?? '', row.source_date ?? ''),
        notes.derivation,
        sourceFile(file),
      ]);
      if ('mergeInto' in entry) {
        additions.push({
          key: entry.mergeInto,
          alternateName: entry.alternateName,
          description: notes.description,
          source: rowSource,
        });
        continue;
      }
      const orgKey = 'key' in entry.org ? entry.org.key : entry.org.existing;
      if ('key' in entry.org) {
        draft.organizations.push(
          orgSpec({
            key: entry.org.key,
            name: entry.org.name ?? row.name ?? '',
            org_type: entry.org.orgType,
            level: entry.org.level,
            parentKey: entry.org.parentKey ?? '',
            description: notes.description,
            website: websiteUrl(row.website ?? ''),
            email: row.email ?? '',
            phone: row.phone ?? '',
            source: rowSource,
          }),
        );
      }
      const rowKey = slug(row.name ?? '');
      const siteKey = `site:${rowKey}`;
      const site = hasPlace(row);
      if (site) {
        draft.sites.push(
          siteSpec({
            key: siteKey,
            organizationKey: orgKey,
            name: row.name ?? '',
            address: row.address ?? '',
            postalCode: row.postcode ?? '',
            city: row.commune ?? '',
            nisCode: row.nis ? currentNis(row.nis, communesByNis, updateNis) : '',
            source: rowSource,
          }),
        );
      }
      if ('none' in entry.service) continue;
      const operator = orgKey === 'institution:dofi' ? OPERATOR_SOURCE : '';
      draft.services.push(
        serviceSpec({
          key: `service:${rowKey}`,
          organizationKey: orgKey,
          name: entry.service.name ?? row.name ?? '',
          category: entry.service.category,
          audience: entry.service.audience ?? '',
          description: notes.description,
          url: websiteUrl(row.website ?? ''),
          email: row.email ?? '',
          phone: row.phone ?? '',
          source: joinParts([rowSource, operator]),
          siteKeys: site ? [siteKey] : [],
          capacity: RECEPTION_CAPACITY[row.name ?? ''] ?? null,
        }),
      );
    }
  }
  const missing = PROVIDERS.filter((entry) => !seen.has(entry.row));
  if (missing.length > 0) {
    throw new Error(`press files: no row for ${missing.map((entry) => entry.row).join('; ')}`);
  }
  return { draft, additions };
}
