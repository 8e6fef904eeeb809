import type { Confidence, RelationshipType } from '../../src/model/enums';
import { communeKey } from './communes';
import { cpasKey } from './cpas';
import { criKey } from './cri';
import { LOCAL_SERVICES_FILE } from './providers';
import type { CsvRow, RelationshipSpec } from './specs';
import { citation, joinParts, sourceFile } from './text';

interface DerivedEdge {
  sourceKey: string;
  targetKey: string;
  type: RelationshipType;
  /** The row of local_services_wallonia_press.csv that states it (its source is cited). */
  row: string;
  description: string;
  confidence: Confidence;
  /** Another source the row's notes cite without a URL. */
  citedSource?: string;
}

function members(
  keys: readonly string[],
  targetKey: string,
  row: string,
  description: string,
  confidence: Confidence = 'high',
): DerivedEdge[] {
  return keys.map((sourceKey) => ({
    sourceKey,
    targetKey,
    type: 'member_of',
    row,
    description,
    confidence,
  }));
}

const NAMUR = '92094';
const FRAMERIES = '53028';
const MANAGE = '55086';
const SENEFFE = '55085';

const MAISON_HABITAT = "Maison de l'Habitat de Namur";
const MDE_FRAMERIES = "Maison de l'Emploi de Frameries";
const MDE_MANAGE = "Maison de l'Emploi Manage-Seneffe (gare de Manage)";

/**
 * Edges that the services files state in a row's name or notes, beyond
 * relationships_sourced.csv: the members of the Maison de l'Habitat de Namur and of the two
 * Maisons de l'emploi, La Sambrienne's partnership with the CRIC, and each named SLSP, AIS,
 * Maison de l'emploi, promotion sociale school or Lire et Écrire regional as one of its
 * group (member_of the node that stands for the group).
 */
export const DERIVED_EDGES: readonly DerivedEdge[] = [
  ...members(
    ['provider:la_joie_du_foyer', 'provider:le_foyer_namurois', cpasKey(NAMUR), communeKey(NAMUR)],
    'provider:maison_habitat_namur',
    MAISON_HABITAT,
    "Member of the Maison de l'Habitat de Namur, a one-stop housing desk bringing together the Ville de Namur housing service, the CPAS (Action Logement and Énergie cells), La Joie du Foyer, Le Foyer Namurois and others",
  ),
  ...members(
    ['institution:forem', cpasKey(FRAMERIES), communeKey(FRAMERIES)],
    'provider:maison_emploi_frameries',
    MDE_FRAMERIES,
    "Partner of the Maison de l'Emploi de Frameries (Forem + CPAS + commune de Frameries)",
  ),
  ...members(
    ['institution:forem', communeKey(MANAGE), communeKey(SENEFFE)],
    'provider:maison_emploi_manage_seneffe',
    MDE_MANAGE,
    "Partner of the intercommunal Maison de l'emploi of Manage and Seneffe with Le Forem",
  ),
  {
    sourceKey: 'provider:la_sambrienne',
    targetKey: criKey('CRIC'),
    type: 'partners_with',
    row: 'La Sambrienne (SLSP)',
    description: 'Partnership between La Sambrienne and the CRIC',
    confidence: 'high',
    citedSource: 'lasambrienne.be, as cited in the row (URL not recorded)',
  },
  ...(
    [
      ['provider:la_sambrienne', 'La Sambrienne (SLSP)'],
      ['provider:la_joie_du_foyer', 'La Joie du Foyer (SLSP)'],
      ['provider:le_foyer_namurois', 'Le Foyer Namurois (SLSP)'],
    ] as const
  ).flatMap(([key, row]) =>
    members([key], 'org:slsp', row, 'One of the SLSP (the source names it an SLSP)', 'medium'),
  ),
  ...(
    [
      ['provider:ais_wapi', 'AIS Wapi'],
      ['provider:ais_brabant_wallon', 'AIS du Brabant wallon'],
      ['provider:ais_pays_de_herve', 'AIS du Pays de Herve'],
    ] as const
  ).flatMap(([key, row]) =>
    members([key], 'org:ais', row, 'One of the AIS (the source names it an AIS)', 'medium'),
  ),
  ...(
    [
      ['provider:maison_emploi_frameries', MDE_FRAMERIES],
      ['provider:maison_emploi_manage_seneffe', MDE_MANAGE],
    ] as const
  ).flatMap(([key, row]) =>
    members([key], 'org:maisons_emploi', row, "One of the Maisons de l'emploi", 'medium'),
  ),
  ...(
    [
      [
        'provider:ipfc_nivelles',
        'IPFC - Institut provincial de Promotion sociale et de Formation continuée (Nivelles)',
      ],
      [
        'provider:eceps_gilly',
        "ECEPS Gilly - Établissement Communal d'Enseignement de Promotion Sociale",
      ],
    ] as const
  ).flatMap(([key, row]) =>
    members(
      [key],
      'org:promotion_sociale',
      row,
      'One of the promotion sociale schools (its name says so)',
      'medium',
    ),
  ),
  ...(
    [
      ['provider:lire_et_ecrire_namur', 'Lire et Écrire Namur'],
      ['provider:lire_et_ecrire_luxembourg', 'Lire et Écrire Luxembourg'],
      ['provider:lire_et_ecrire_verviers', 'Lire et Écrire Verviers'],
      ['provider:lire_et_ecrire_wallonie_picarde', 'Lire et Écrire Wallonie picarde'],
    ] as const
  ).flatMap(([key, row]) =>
    members([key], 'org:lire_et_ecrire', row, 'A regional association of Lire et Écrire', 'medium'),
  ),
];

/**
 * The DERIVED_EDGES as relationships, each citing its row's source (URL and date), the
 * file, and the row's notes as paraphrased evidence. Throws when a row is missing.
 */
export function buildDerivedRelationships(localServiceRows: readonly CsvRow[]): RelationshipSpec[] {
  return DERIVED_EDGES.map((edge) => {
    const row = localServiceRows.find((candidate) => candidate.name === edge.row);
    if (!row)
      throw new Error(`derived relationship: no row "${edge.row}" in ${LOCAL_SERVICES_FILE}`);
    return {
      sourceKey: edge.sourceKey,
      targetKey: edge.targetKey,
      type: edge.type,
      description: `${edge.description} (derived from the services data)`,
      evidence:
        `(paraphrase in ${LOCAL_SERVICES_FILE}, row "${edge.row}") ${row.notes ?? ''}`.trim(),
      confidence: edge.confidence,
      source: joinParts([
        `derived: ${citation(row.source_url ?? '', row.source_date ?? '')}`,
        edge.citedSource ?? '',
        sourceFile(LOCAL_SERVICES_FILE),
      ]),
    };
  });
}
