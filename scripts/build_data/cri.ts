import { type CommuneRecord, communeNamed, currentNis, type UpdateNis } from './communes';
import { type CsvRow, type Draft, emptyDraft, orgSpec, serviceSpec, siteSpec } from './specs';
import { citation, joinParts, sourceFile, websiteUrl } from './text';

export const CRI_FILE = 'services/cri_wallonia.csv';

const PARCOURS_SOURCE =
  "https://cimb.be/?p=330 (undated; the commune orients newcomers to the competent CRI for the parcours d'intégration)";

const VADE_MECUM =
  'https://discri.be/article-editorial/vade-mecum-du-parcours-dintegration-pour-les-communes-2025 (DisCRI, 2025; lists the CRI towns as Charleroi, La Louvière, Saint-Ghislain, Namur, Liège, Verviers, Libramont and Nivelles, per data/sources/SOURCES_relationships.md)';

/** Which communes a CRI serves, as a source states it. */
export type TerritorySpec =
  | { kind: 'arrondissements'; codes: readonly string[] }
  | { kind: 'provinces'; codes: readonly string[] }
  | { kind: 'communes'; names: readonly string[] };

interface CriEntry {
  /** The row's name up to " - ". */
  acronym: string;
  /** Replaces the row's name when it carries a note. */
  name?: string;
  alternateName: string;
  /** null: no source seen states the territory (it is then not invented). */
  territory: { spec: TerritorySpec; text: string; source: string } | null;
  /** A site for a row that gives no town, with the source that does. */
  site?: { city: string; nisCode: string; source: string };
  note?: string;
}

/**
 * The 8 regional integration centres of cri_wallonia.csv, with their territories as the
 * rows' notes state them (source = that row's source). CRVI, CeRAIC and CIMB: no source
 * seen states their territory, so none is given.
 */
export const CRI_TABLE: readonly CriEntry[] = [
  {
    acronym: 'CRIPEL',
    alternateName: 'CRIPEL',
    territory: {
      spec: { kind: 'arrondissements', codes: ['61000', '62000', '64000'] },
      text: "the arrondissements of Liège, Huy and Waremme (55 communes), for the parcours d'accueil since March 2014",
      source:
        'https://www.yumpu.com/fr/document/view/59537236/diversites-magazine-numero-1/14 (Diversités magazine n°1, Ville de Liège, undated)',
    },
  },
  { acronym: 'CRVI', alternateName: 'CRVI', territory: null },
  {
    acronym: 'CAI',
    alternateName: 'CAI (formerly CSCIN)',
    territory: {
      spec: { kind: 'provinces', codes: ['90000'] },
      text: 'the province of Namur',
      source: 'https://cainamur.be/category/uncategorized/?print=print-search (2025)',
    },
  },
  {
    acronym: 'CRIBW',
    alternateName: 'CRIBW',
    territory: {
      spec: { kind: 'provinces', codes: ['20002'] },
      text: 'the 27 communes of Brabant wallon',
      source:
        'https://fdocuments.fr/document/rapport-dactivits-2015-centre-rgional-dintgration-rapport-dactivits.html (activity report 2015)',
    },
  },
  {
    acronym: 'CRIC',
    name: "CRIC - Centre Régional d'Intégration de Charleroi",
    alternateName: 'CRIC; CRI Charleroi (since January 2025)',
    territory: {
      spec: {
        kind: 'communes',
        names: ['Chimay', 'Momignies', 'Les Bons Villers', 'Pont-à-Celles'],
      },
      text: 'partly known: the source gives the zone as 19 communes of Charleroi-Thuin "from Chimay/Momignies to Les Bons Villers/Pont-à-Celles" and names only these four',
      source: 'La DH (dhnet.be), 2023-03, as cited in cri_wallonia.csv (URL not recorded)',
    },
  },
  { acronym: 'CeRAIC', alternateName: 'CeRAIC', territory: null },
  {
    acronym: 'CIMB',
    alternateName: 'CIMB',
    territory: null,
    note: "DisCRI's 2025 vade-mecum lists Saint-Ghislain, not Mons, among the CRI towns: the office may have moved (verify).",
  },
  {
    acronym: 'CRILUX',
    alternateName: 'CRILUX',
    territory: {
      spec: { kind: 'provinces', codes: ['80000'] },
      text: 'the province of Luxembourg',
      source: 'https://archives.vivre-ensemble.be/le-crilux (2022-05-16)',
    },
    note: "DisCRI's 2025 vade-mecum lists Libramont among the CRI towns: the site is placed in Libramont-Chevigny on that basis.",
    site: {
      city: 'Libramont-Chevigny',
      nisCode: '84077',
      source: `${VADE_MECUM}; derived: Libramont is the only town of the province of Luxembourg in that list, and Libramont lies in the commune of Libramont-Chevigny (84077)`,
    },
  },
];

export function criKey(acronym: string): string {
  return `cri:${acronym}`;
}

function acronymOf(row: CsvRow): string {
  return (row.name ?? '').split(' - ')[0]?.trim() ?? '';
}

/** The communes (current codes) of a territory; throws when a named commune is unknown. */
export function territoryCommunes(
  spec: TerritorySpec,
  communes: readonly CommuneRecord[],
): string[] {
  switch (spec.kind) {
    case 'arrondissements':
      return communes
        .filter((c) => spec.codes.includes(c.arrondissement_nis))
        .map((c) => c.nis_code);
    case 'provinces':
      return communes.filter((c) => spec.codes.includes(c.province_nis)).map((c) => c.nis_code);
    case 'communes':
      return spec.names.map((name) => {
        const commune = communeNamed(name, communes);
        if (!commune) throw new Error(`CRI territory: unknown commune ${name}`);
        return commune.nis_code;
      });
  }
}

/**
 * A territory as the units a source names: its arrondissements or provinces by their codes,
 * its communes by theirs (a service area keeps the units, which expand to their communes).
 */
function areaCodes(spec: TerritorySpec, communes: readonly CommuneRecord[]): string[] {
  return spec.kind === 'communes' ? territoryCommunes(spec, communes) : [...spec.codes];
}

/** A CRI's territory: its communes, what the source says, and the source; null when unsourced. */
export interface CriTerritory {
  nisCodes: string[];
  text: string;
  source: string;
}

/** Each CRI's key with its sourced territory (null when no source states it). */
export function criTerritories(
  communes: readonly CommuneRecord[],
): Map<string, CriTerritory | null> {
  return new Map(
    CRI_TABLE.map((entry) => [
      criKey(entry.acronym),
      entry.territory
        ? {
            nisCodes: territoryCommunes(entry.territory.spec, communes),
            text: entry.territory.text,
            source: entry.territory.source,
          }
        : null,
    ]),
  );
}

/**
 * The 8 CRIs (integration_centre, regional), each with its parcours d'intégration service
 * and a site at its town. Throws when a row is not in CRI_TABLE or an entry has no row.
 */
export function buildCris(
  rows: readonly CsvRow[],
  communes: readonly CommuneRecord[],
  updateNis: UpdateNis,
): Draft {
  const communesByNis = new Map(communes.map((commune) => [commune.nis_code, commune]));
  const draft = emptyDraft();
  const seen = new Set<string>();
  for (const row of rows) {
    const acronym = acronymOf(row);
    const entry = CRI_TABLE.find((candidate) => candidate.acronym === acronym);
    if (!entry) throw new Error(`${CRI_FILE}: no CRI_TABLE entry for "${row.name}"`);
    seen.add(acronym);
    const key = criKey(acronym);
    const rowSource = joinParts([
      citation(row.source_url ?? '', row.source_date ?? ''),
      sourceFile(CRI_FILE),
    ]);
    const territory = entry.territory
      ? `Territory: ${entry.territory.text} (${entry.territory.source}).`
      : 'Territory: not stated in the sources seen.';
    draft.organizations.push(
      orgSpec({
        key,
        name: entry.name ?? row.name ?? acronym,
        alternate_name: entry.alternateName,
        org_type: 'integration_centre',
        level: 'regional',
        description: joinParts(
          [
            'One of the 8 regional integration centres (CRI) of Wallonia.',
            row.notes ?? '',
            entry.note ?? '',
            territory,
          ],
          ' ',
        ),
        website: websiteUrl(row.website ?? ''),
        email: row.email ?? '',
        phone: row.phone ?? '',
        source: rowSource,
      }),
    );
    const siteKey = `${key}:site`;
    const rowNis = row.nis ?? '';
    const site = rowNis
      ? {
          city: row.commune ?? '',
          nisCode: currentNis(rowNis, communesByNis, updateNis),
          source: rowSource,
        }
      : entry.site;
    draft.services.push(
      serviceSpec({
        key: `${key}:integration`,
        organizationKey: key,
        name: `Parcours d'intégration (${acronym})`,
        category: 'integration',
        description: joinParts(
          [
            "Newcomers ordering a residence permit at their commune are informed of the parcours d'intégration and oriented to the competent CRI.",
            territory,
          ],
          ' ',
        ),
        source: joinParts([rowSource, PARCOURS_SOURCE, entry.territory?.source ?? '']),
        siteKeys: site ? [siteKey] : [],
        serviceArea: entry.territory ? areaCodes(entry.territory.spec, communes) : [],
      }),
    );
    if (site) {
      draft.sites.push(
        siteSpec({
          key: siteKey,
          organizationKey: key,
          name: entry.name ?? row.name ?? acronym,
          address: row.address ?? '',
          postalCode: row.postcode ?? '',
          city: site.city,
          nisCode: site.nisCode,
          source: site.source,
        }),
      );
    }
  }
  const missing = CRI_TABLE.filter((entry) => !seen.has(entry.acronym));
  if (missing.length > 0) {
    throw new Error(`${CRI_FILE}: no row for ${missing.map((entry) => entry.acronym).join(', ')}`);
  }
  return draft;
}
