import type { Category, Level, OrgType } from '../../src/model/enums';
import { type CsvRow, type Draft, emptyDraft, orgSpec, serviceSpec, siteSpec } from './specs';
import { citation, joinParts, sourceFile, websiteUrl } from './text';

export const INSTITUTIONS_FILE = 'services/institutions.csv';

/** The columns shared by institutions.csv, cri_wallonia.csv and the two press files. */
export const SERVICE_FILE_COLUMNS = [
  'name',
  'category',
  'address',
  'postcode',
  'commune',
  'nis',
  'lat',
  'lon',
  'phone',
  'email',
  'website',
  'source_url',
  'source_date',
  'notes',
] as const;

interface InstitutionService {
  name: string;
  category: Category;
  audience?: string;
  /** ISO 639-1 codes, only where the source states them. */
  languages?: string[];
  description?: string;
}

export interface InstitutionEntry {
  /** The row's `name`, exactly. */
  row: string;
  key: string;
  name: string;
  alternateName?: string;
  orgType: OrgType;
  level: Level | '';
  parentKey?: string;
  /** Replaces the row's email when the cell carries a note (the note goes to `note`). */
  email?: string;
  /** The row's website belongs to the service, not to the organisation. */
  websiteIsService?: boolean;
  note?: string;
  /** The row's notes are about the file, not the organisation (they stay in the source). */
  omitRowNotes?: boolean;
  /** The service the row describes, with the row's contacts. */
  service?: InstitutionService;
  siteName?: string;
}

/**
 * institutions.csv's `category` (coordination_federal/regional/ngo/international/other)
 * says only that a body coordinates, so each row is mapped by name:
 *
 * | row | org_type | level |
 * | --- | --- | --- |
 * | Fedasil, Office des Étrangers, Médiateur fédéral, SPP IS | federal_agency | federal |
 * | info-ukraine.be (a federal website, not an agency) | other | federal |
 * | Ambassade d'Ukraine (a foreign state's mission) | other | international |
 * | OIM / IOM | international_org | international |
 * | Croix-Rouge de Belgique (Communauté française) | ngo | community |
 * | SPW, SPW Intérieur et Action sociale, SPW Emploi, the coordination cell, AViQ | regional_agency | regional |
 * | DisCRI, Fédération des CPAS (UVCW), UWAIS (asbl / federations) | ngo | regional |
 * | Fonds du Logement de Wallonie | housing_provider | regional |
 * | Le Forem | employment_service | regional |
 *
 * SPW IAS, SPW Emploi (and SPW Digital, see groups.ts) have the SPW as parent: their names
 * say they are parts of the Service public de Wallonie.
 */
export const INSTITUTIONS: readonly InstitutionEntry[] = [
  {
    row: "Fedasil - Agence fédérale pour l'accueil des demandeurs d'asile",
    key: 'institution:fedasil',
    name: 'Fedasil',
    alternateName: "Agence fédérale pour l'accueil des demandeurs d'asile",
    orgType: 'federal_agency',
    level: 'federal',
    email: 'sud@fedasil.be',
    note: 'The email sud@fedasil.be is given as the ILA contact for Wallonia and Brussels.',
  },
  {
    row: 'Croix-Rouge de Belgique (Communauté française)',
    key: 'institution:croix_rouge',
    name: 'Croix-Rouge de Belgique (Communauté française)',
    alternateName: 'Croix-Rouge de Belgique',
    orgType: 'ngo',
    level: 'community',
  },
  {
    row: 'info-ukraine.be - Federal Government information website',
    key: 'institution:info_ukraine',
    name: 'info-ukraine.be',
    orgType: 'other',
    level: 'federal',
    note: 'Information website of the Belgian federal government.',
    service: {
      name: 'Information for people fleeing the war in Ukraine (info-ukraine.be)',
      category: 'other',
      audience: 'People fleeing the war in Ukraine',
      languages: ['fr', 'nl', 'de', 'en', 'uk'],
    },
  },
  {
    row: 'Office des Étrangers (DOFI / IBZ) - protection temporaire',
    key: 'institution:dofi',
    name: 'Office des Étrangers (DOFI / IBZ)',
    alternateName: 'Immigration Office (DVZ)',
    orgType: 'federal_agency',
    level: 'federal',
  },
  {
    row: 'Médiateur fédéral - FAQ Ukraine',
    key: 'institution:mediateur_federal',
    name: 'Médiateur fédéral',
    orgType: 'federal_agency',
    level: 'federal',
    service: { name: 'FAQ Ukraine (Médiateur fédéral)', category: 'other' },
  },
  {
    row: "Ambassade d'Ukraine en Belgique - hotlines",
    key: 'institution:ambassade_ukraine',
    name: "Ambassade d'Ukraine en Belgique",
    orgType: 'other',
    level: 'international',
    service: { name: "Hotlines de l'Ambassade d'Ukraine", category: 'other' },
  },
  {
    row: 'OIM / IOM - Country Office for Belgium and Luxembourg',
    key: 'institution:iom',
    name: 'OIM / IOM - Country Office for Belgium and Luxembourg',
    alternateName: 'IOM Belgium and Luxembourg',
    orgType: 'international_org',
    level: 'international',
    service: {
      name: 'Assisted voluntary return and reintegration (IOM)',
      category: 'other',
    },
    siteName: 'OIM / IOM Belgium and Luxembourg',
  },
  {
    row: 'SPP Intégration sociale (SPP IS)',
    key: 'institution:spp_is',
    name: 'SPP Intégration sociale (SPP IS)',
    alternateName: 'POD Maatschappelijke Integratie (POD MI)',
    orgType: 'federal_agency',
    level: 'federal',
    siteName: 'SPP Intégration sociale (Finance Tower)',
  },
  {
    row: 'Service public de Wallonie (SPW) - contact lutte contre la pauvreté',
    key: 'institution:spw',
    name: 'Service public de Wallonie (SPW)',
    alternateName: 'SPW',
    orgType: 'regional_agency',
    level: 'regional',
    websiteIsService: true,
    service: {
      name: 'Contact lutte contre la pauvreté (SPW)',
      category: 'social_aid',
      description:
        'Answers "which CPAS should I contact?" and points to the list of the Walloon CPAS.',
    },
    siteName: 'SPW - contact lutte contre la pauvreté',
  },
  {
    row: 'SPW Intérieur et Action sociale',
    key: 'institution:spw_ias',
    name: 'SPW Intérieur et Action sociale',
    alternateName: 'SPW IAS',
    orgType: 'regional_agency',
    level: 'regional',
    parentKey: 'institution:spw',
  },
  {
    row: "SPW Emploi (Maisons de l'emploi)",
    key: 'institution:spw_emploi',
    name: 'SPW Emploi',
    orgType: 'regional_agency',
    level: 'regional',
    parentKey: 'institution:spw',
  },
  {
    row: "Cellule de coordination de l'accueil des réfugiés ukrainiens (SPW) / plate-forme TempHoWal",
    key: 'institution:cellule_ukraine',
    name: "Cellule de coordination de l'accueil des réfugiés ukrainiens (SPW)",
    orgType: 'regional_agency',
    level: 'regional',
    note: 'Runs the TempHoWal platform for conventioned accommodation.',
  },
  {
    row: "DisCRI - Dispositif de concertation et d'appui aux Centres Régionaux d'Intégration de Wallonie",
    key: 'institution:discri',
    name: 'DisCRI',
    alternateName:
      "Dispositif de concertation et d'appui aux Centres Régionaux d'Intégration de Wallonie",
    orgType: 'ngo',
    level: 'regional',
  },
  {
    row: 'AViQ - Agence pour une Vie de Qualité (siège central)',
    key: 'institution:aviq',
    name: 'AViQ',
    alternateName: 'Agence pour une Vie de Qualité',
    orgType: 'regional_agency',
    level: 'regional',
    siteName: 'AViQ - siège central',
  },
  {
    row: 'Fonds du Logement de Wallonie (FLW)',
    key: 'institution:flw',
    name: 'Fonds du Logement de Wallonie (FLW)',
    orgType: 'housing_provider',
    level: 'regional',
    note: 'Coordinating body of the AIS.',
    omitRowNotes: true,
    siteName: 'Fonds du Logement de Wallonie - siège administratif',
  },
  {
    row: "Le Forem - service public wallon de l'emploi et de la formation",
    key: 'institution:forem',
    name: 'Le Forem',
    orgType: 'employment_service',
    level: 'regional',
    note: "Service public wallon de l'emploi et de la formation.",
    service: {
      name: 'Conseillers migrants (Le Forem)',
      category: 'employment',
      audience: 'Displaced Ukrainians',
    },
  },
  {
    row: 'UVCW - Fédération des CPAS',
    key: 'institution:federation_cpas',
    name: 'Fédération des CPAS (UVCW)',
    orgType: 'ngo',
    level: 'regional',
    parentKey: 'org:uvcw',
  },
  {
    row: 'UWAIS - Union wallonne des Agences immobilières sociales',
    key: 'institution:uwais',
    name: 'Union wallonne des Agences immobilières sociales (UWAIS)',
    alternateName: 'UWAIS',
    orgType: 'ngo',
    level: 'regional',
  },
];

function hasPlace(row: CsvRow): boolean {
  return ['address', 'postcode', 'commune', 'nis', 'lat', 'lon'].some(
    (column) => (row[column] ?? '') !== '',
  );
}

/**
 * The coordinating institutions of institutions.csv, mapped by INSTITUTIONS. A row gets a
 * site when it gives an address or town, and a service when its entry names one (with the
 * row's contacts). Throws when a row has no entry or an entry no row.
 */
export function buildInstitutions(rows: readonly CsvRow[]): Draft {
  const draft = emptyDraft();
  const seen = new Set<string>();
  for (const row of rows) {
    const entry = INSTITUTIONS.find((candidate) => candidate.row === row.name);
    if (!entry) throw new Error(`${INSTITUTIONS_FILE}: no INSTITUTIONS entry for "${row.name}"`);
    seen.add(entry.row);
    const source = joinParts([
      citation(row.source_url ?? '', row.source_date ?? ''),
      sourceFile(INSTITUTIONS_FILE),
    ]);
    const website = websiteUrl(row.website ?? '');
    const email = entry.email ?? row.email ?? '';
    draft.organizations.push(
      orgSpec({
        key: entry.key,
        name: entry.name,
        alternate_name: entry.alternateName ?? '',
        org_type: entry.orgType,
        level: entry.level,
        parentKey: entry.parentKey ?? '',
        description: joinParts(
          [entry.note ?? '', entry.omitRowNotes ? '' : (row.notes ?? '')],
          ' ',
        ),
        website: entry.websiteIsService ? '' : website,
        email,
        phone: row.phone ?? '',
        source,
      }),
    );
    const siteKey = `${entry.key}:site`;
    const site = hasPlace(row);
    if (site) {
      draft.sites.push(
        siteSpec({
          key: siteKey,
          organizationKey: entry.key,
          name: entry.siteName ?? entry.name,
          address: row.address ?? '',
          postalCode: row.postcode ?? '',
          city: row.commune ?? '',
          nisCode: row.nis ?? '',
          latitude: row.lat ?? '',
          longitude: row.lon ?? '',
          source,
        }),
      );
    }
    if (entry.service) {
      draft.services.push(
        serviceSpec({
          key: `${entry.key}:service`,
          organizationKey: entry.key,
          name: entry.service.name,
          category: entry.service.category,
          description: joinParts([entry.service.description ?? '', row.notes ?? ''], ' '),
          audience: entry.service.audience ?? '',
          languages: entry.service.languages ?? [],
          url: website,
          email,
          phone: row.phone ?? '',
          source,
          siteKeys: site ? [siteKey] : [],
        }),
      );
    }
  }
  const missing = INSTITUTIONS.filter((entry) => !seen.has(entry.row));
  if (missing.length > 0) {
    throw new Error(
      `${INSTITUTIONS_FILE}: no row for ${missing.map((entry) => entry.row).join('; ')}`,
    );
  }
  return draft;
}
