import { type CommuneRecord, commonName, currentNis, type UpdateNis } from './communes';
import { type CsvRow, type Draft, emptyDraft, orgSpec, serviceSpec, siteSpec } from './specs';
import { citation, joinParts, sourceFile, websiteUrl } from './text';

export const CPAS_FILE = 'services/cpas_wallonia.csv';

export const CPAS_COLUMNS = [
  'name',
  'address',
  'postcode',
  'commune',
  'nis',
  'phone',
  'email',
  'website',
  'source_url',
  'source_date',
  'row_basis',
  'notes',
] as const;

export function cpasKey(nisCode: string): string {
  return `cpas:${nisCode}`;
}

export function cpasServiceKey(nisCode: string): string {
  return `${cpasKey(nisCode)}:social_aid`;
}

export function cpasSiteKey(nisCode: string): string {
  return `${cpasKey(nisCode)}:site`;
}

/** The source rows grouped by the current code of their commune, in source order. */
function groupByCommune(
  rows: readonly CsvRow[],
  communesByNis: ReadonlyMap<string, CommuneRecord>,
  updateNis: UpdateNis,
): Map<string, CsvRow[]> {
  const groups = new Map<string, CsvRow[]>();
  for (const row of rows) {
    const nis = currentNis(row.nis ?? '', communesByNis, updateNis);
    groups.set(nis, [...(groups.get(nis) ?? []), row]);
  }
  return groups;
}

/** The row that names the current commune (Bastogne for 82039), else the first. */
function primaryRow(rows: readonly CsvRow[], commune: CommuneRecord): CsvRow {
  const first = rows[0];
  if (!first) throw new Error(`no CPAS row for ${commune.nis_code}`);
  return (
    rows.find((row) => row.nis === commune.nis_code) ??
    rows.find((row) => row.commune === commonName(commune.name_fr)) ??
    first
  );
}

function rowSource(row: CsvRow): string {
  return joinParts([
    citation(row.source_url ?? '', row.source_date ?? ''),
    `${row.row_basis ?? ''} — ${sourceFile(CPAS_FILE)}`,
  ]);
}

/**
 * One CPAS per 2025 commune from cpas_wallonia.csv (262 rows keyed by pre-2019/pre-2025
 * codes): codes are mapped to the current ones, and rows whose communes merged (Bastogne
 * 82003 + Bertogne 82005 → 82039) become one CPAS, named after the current commune, that
 * says so. Each CPAS gets its social-aid service and a site in its commune (address only
 * where a source gives one). Throws unless every commune has exactly one CPAS.
 */
export function buildCpas(
  rows: readonly CsvRow[],
  communes: readonly CommuneRecord[],
  updateNis: UpdateNis,
): Draft {
  const communesByNis = new Map(communes.map((commune) => [commune.nis_code, commune]));
  const groups = groupByCommune(rows, communesByNis, updateNis);
  const draft = emptyDraft();
  for (const commune of communes) {
    const group = groups.get(commune.nis_code);
    if (!group) throw new Error(`no CPAS row for commune ${commune.nis_code} ${commune.name_fr}`);
    const primary = primaryRow(group, commune);
    const communeName = commonName(commune.name_fr);
    const others = group.filter((row) => row !== primary);
    const name = primary.name ?? '';
    const mergeNote =
      others.length > 0
        ? `${[primary, ...others].map((row) => `${row.commune} (${row.nis})`).join(' and ')} merged into ${communeName} (${commune.nis_code}) on 1 January 2025; the source list's separate row${others.length > 1 ? 's' : ''} ${others.map((row) => `"${row.name}"`).join(', ')} ${others.length > 1 ? 'are' : 'is'} merged into this CPAS (one CPAS per commune).`
        : '';
    const source = joinParts([
      rowSource(primary),
      ...others.map((row) => `merged row "${row.name}" (${row.nis}): ${rowSource(row)}`),
      others.length > 0
        ? 'derived: 2025 merger per Statbel (fusies-2025.csv, see data/sources/SOURCES_geo.md)'
        : '',
    ]);
    const key = cpasKey(commune.nis_code);
    draft.organizations.push(
      orgSpec({
        key,
        name,
        alternate_name: others.map((row) => `${row.name} (before 2025)`).join('; '),
        org_type: 'cpas',
        level: 'local',
        description: joinParts(
          [
            `Public social welfare centre (CPAS) of the commune of ${communeName} (NIS ${commune.nis_code}); every commune has one (loi organique du 8 juillet 1976).`,
            '"CPAS de …" is a generic label, not necessarily the official name.',
            mergeNote,
            primary.notes ?? '',
          ],
          ' ',
        ),
        website: websiteUrl(primary.website ?? ''),
        email: primary.email ?? '',
        phone: primary.phone ?? '',
        source,
      }),
    );
    draft.services.push(
      serviceSpec({
        key: cpasServiceKey(commune.nis_code),
        organizationKey: key,
        name: `Aide sociale et intégration sociale (${name})`,
        category: 'social_aid',
        description: `Social aid and social integration by the CPAS of ${communeName}.`,
        source,
        siteKeys: [cpasSiteKey(commune.nis_code)],
        // A CPAS serves the people of its commune (loi organique du 8 juillet 1976, in the source).
        serviceArea: [commune.nis_code],
      }),
    );
    const hasAddress = (primary.address ?? '') !== '' || (primary.postcode ?? '') !== '';
    draft.sites.push(
      siteSpec({
        key: cpasSiteKey(commune.nis_code),
        organizationKey: key,
        name,
        address: primary.address ?? '',
        postalCode: primary.postcode ?? '',
        city: communeName,
        nisCode: commune.nis_code,
        source: hasAddress
          ? joinParts([
              citation(primary.source_url ?? '', primary.source_date ?? ''),
              sourceFile(CPAS_FILE),
            ])
          : `derived: the CPAS's commune (no address in the sources; placed inside the commune) — ${sourceFile(CPAS_FILE)}`,
      }),
    );
  }
  return draft;
}
