import { cpasKey } from './cpas';
import { criKey } from './cri';

/** What a name in relationships_sourced.csv stands for. */
export type AliasTarget =
  /** One organisation, by build key. */
  | { org: string }
  /** Every member of a group with a member list: the 261 communes or their 261 CPAS. */
  | { each: 'communes' | 'cpas' };

/**
 * Every organisation name used in relationships_sourced.csv, exactly as written there,
 * and the organisation (build key) or member group it stands for. Names were matched by
 * hand: e.g. "Croix-Rouge de Belgique" is institutions.csv's "Croix-Rouge de Belgique
 * (Communauté française)", "Fédération des CPAS (UVCW)" its "UVCW - Fédération des CPAS",
 * "Service public de Wallonie (SPW)" its SPW row, and the CRIs are the rows of
 * cri_wallonia.csv. A name missing here stops the build (`resolveAlias`).
 */
export const RELATIONSHIP_ALIASES: Readonly<Record<string, AliasTarget>> = {
  'ASBL Wallonie picarde (Wapi2040)': { org: 'org:wapi2040' },
  AViQ: { org: 'institution:aviq' },
  'Agences Immobilières Sociales (AIS)': { org: 'org:ais' },
  'BE with U data working group (federal and regional stakeholders)': {
    org: 'org:be_with_u_working_group',
  },
  'Banque Carrefour de la Sécurité Sociale (BCSS)': { org: 'org:bcss' },
  CAI: { org: criKey('CAI') },
  CIMB: { org: criKey('CIMB') },
  'CPAS (each)': { each: 'cpas' },
  'CPAS de Mons': { org: cpasKey('53053') },
  'CPAS de Montigny-le-Tilleul': { org: cpasKey('52048') },
  CRIBW: { org: criKey('CRIBW') },
  'CRIC / CRI Charleroi': { org: criKey('CRIC') },
  CRILUX: { org: criKey('CRILUX') },
  CRIPEL: { org: criKey('CRIPEL') },
  CRVI: { org: criKey('CRVI') },
  'Caritas International': { org: 'org:caritas' },
  CeRAIC: { org: criKey('CeRAIC') },
  "Cellule de coordination de l'accueil des réfugiés ukrainiens (Wallonie)": {
    org: 'institution:cellule_ukraine',
  },
  'Centre de crise national': { org: 'org:crisis_centre' },
  'Collectif ColLibri (Libramont)': { org: 'org:collibri' },
  'Communes (each)': { each: 'communes' },
  'Croix-Rouge de Belgique': { org: 'institution:croix_rouge' },
  DisCRI: { org: 'institution:discri' },
  'European Commission': { org: 'org:european_commission' },
  'European Commission DG REFORM': { org: 'org:dg_reform' },
  'European Union (AMIF)': { org: 'org:eu_amif' },
  'European Union (fonds européens)': { org: 'org:eu_funds' },
  Fedasil: { org: 'institution:fedasil' },
  'Fonds du Logement de Wallonie (FLW)': { org: 'institution:flw' },
  'Fédération Wallonie-Bruxelles': { org: 'org:fwb' },
  'Fédération des CPAS (UVCW)': { org: 'institution:federation_cpas' },
  'Gouverneurs de province': { org: 'org:governors' },
  'IOM / OIM (Belgium office)': { org: 'institution:iom' },
  IWEPS: { org: 'org:iweps' },
  "Initiatives Locales d'Accueil (ILA)": { org: 'org:ila' },
  "Initiatives locales d'intégration (ILI)": { org: 'org:ili' },
  'Le Forem': { org: 'institution:forem' },
  'Lire et Écrire': { org: 'org:lire_et_ecrire' },
  "Maisons de l'emploi": { org: 'org:maisons_emploi' },
  'Office des Étrangers (DOFI)': { org: 'institution:dofi' },
  'Polyac / Centre Polyglotte de Mons': { org: 'provider:polyac' },
  'Région wallonne / Gouvernement wallon': { org: 'org:region_wallonne' },
  'SPF Sécurité sociale (FOD Sociale Zekerheid)': { org: 'org:spf_securite_sociale' },
  'SPP Intégration sociale (POD Maatschappelijke Integratie)': { org: 'institution:spp_is' },
  'SPW Digital': { org: 'org:spw_digital' },
  'SPW Emploi': { org: 'institution:spw_emploi' },
  'SPW Intérieur et Action sociale': { org: 'institution:spw_ias' },
  'Service public de Wallonie (SPW)': { org: 'institution:spw' },
  'Société wallonne du Logement (SWL)': { org: 'provider:swl' },
  'Sociétés de logement de service public (SLSP)': { org: 'org:slsp' },
  'Structures supracommunales (Wallonie)': { org: 'org:supracommunal_structures' },
  'Technical Support Instrument (EU)': { org: 'org:tsi' },
  'UWAIS (Union wallonne des AIS)': { org: 'institution:uwais' },
  'Union des Villes et Communes de Wallonie (UVCW)': { org: 'org:uvcw' },
  'Écoles organisant un DASPA (FWB)': { org: 'org:daspa_schools' },
  'Établissements de promotion sociale (FWB)': { org: 'org:promotion_sociale' },
};

/**
 * What a relationship name stands for. Throws (stopping the build) when the name is not in
 * `aliases`, or names an organisation key that was not built.
 */
export function resolveAlias(
  name: string,
  organizationKeys: ReadonlySet<string>,
  aliases: Readonly<Record<string, AliasTarget>> = RELATIONSHIP_ALIASES,
): AliasTarget {
  const target = Object.hasOwn(aliases, name) ? aliases[name] : undefined;
  if (!target) {
    throw new Error(
      `relationship name "${name}" is not in the alias table (scripts/build_data/aliases.ts)`,
    );
  }
  if ('org' in target && !organizationKeys.has(target.org)) {
    throw new Error(`relationship name "${name}" maps to "${target.org}", which no builder made`);
  }
  return target;
}
