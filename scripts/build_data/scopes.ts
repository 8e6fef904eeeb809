/**
 * Rows of relationships_sourced.csv whose statement about "Communes (each)" or
 * "CPAS (each)" covers only some members, as their own description or evidence says.
 * Expanding them to all 261 would state relationships that no source gives, so:
 * - `only`: one edge per listed commune (or that commune's CPAS);
 * - `none`: no edge, because the source does not say which members.
 * A row is identified by its source, target, type and URL; an entry that matches no row
 * stops the build.
 */
export interface RowKey {
  source: string;
  target: string;
  type: string;
  url: string;
}

export type ScopeOverride = RowKey &
  ({ only: readonly string[]; reason: string } | { none: string });

const CPAS_WITH_ILA = ['Amay', 'Héron', 'Ottignies-Louvain-la-Neuve'];
const ILA_REASON =
  'the source counts 398 CPAS in Belgium with a Fedasil ILA convention, not all; kept for the CPAS whose ILA local_services_wallonia_press.csv names (Amay, Héron, Ottignies-Louvain-la-Neuve)';
const MAISONS_DE_L_EMPLOI = ['Frameries', 'Manage', 'Seneffe'];
const MAISONS_REASON =
  "a Maison de l'emploi is a partnership of a commune, its CPAS and Le Forem, and not every commune has one; kept for the communes of the Maisons de l'emploi named in local_services_wallonia_press.csv (Frameries; Manage-Seneffe)";

export const SCOPE_OVERRIDES: readonly ScopeOverride[] = [
  {
    source: 'Région wallonne / Gouvernement wallon',
    target: 'Communes (each)',
    type: 'funds',
    url: 'https://collignon.wallonie.be/home/presse--actualites/communiques-de-presse/presses/accueil-des-ressortissants-ukrainiens--357-millions-deuros-pour-les-communes.html',
    none: 'the subsidy went to supracommunal structures and to the communes not attached to one, which the source does not name',
  },
  {
    source: 'ASBL Wallonie picarde (Wapi2040)',
    target: 'Communes (each)',
    type: 'coordinates',
    url: 'https://www.lavenir.net/regions/wallonie-picarde/tournai/2022/12/19/accueil-des-refugies-la-wallonie-picarde-en-pointe-OJ7YCWPYGRF7JLA6X6CQ3QXYVA/',
    none: 'only the communes of Wallonie picarde, which the sources do not list',
  },
  {
    source: 'Croix-Rouge de Belgique',
    target: 'Communes (each)',
    type: 'partners_with',
    url: 'https://croix-rouge.be/2022/03/30/accueil-des-personnes-fuyant-lukraine-la-croix-rouge-soutient-les-communes',
    none: 'about thirty Walloon communes, which the source does not name',
  },
  {
    source: 'Fedasil',
    target: 'CPAS (each)',
    type: 'funds',
    url: 'http://fedasil.be/fr/actualites/accueil-des-demandeurs-dasile/encourager-laccueil-les-cpas',
    only: CPAS_WITH_ILA,
    reason: ILA_REASON,
  },
  {
    source: 'CPAS (each)',
    target: "Initiatives Locales d'Accueil (ILA)",
    type: 'coordinates',
    url: 'https://fedasil.be/fr/reseau-daccueil/le-sejour-en-ila',
    only: CPAS_WITH_ILA,
    reason: `only CPAS that run an ILA; ${ILA_REASON.replace('the source counts', 'Fedasil counts')}`,
  },
  {
    source: 'Fedasil',
    target: 'Communes (each)',
    type: 'refers_to',
    url: 'https://www.lavenir.net/regions/brabantwallon/incourt/2022/04/01/refugies-ukrainiens-une-nouvelle-charge-pour-les-cpas-qui-assurent-MJA7ENO335DMVDUB3K3BT3DX4A/',
    only: ['Incourt'],
    reason: 'the source reports the case of Incourt',
  },
  {
    source: 'Agences Immobilières Sociales (AIS)',
    target: 'Communes (each)',
    type: 'partners_with',
    url: 'https://www.lavenir.net/regions/2014/04/08/lais-gere-422-logements-L2GLMKNW7NCZPJQDU52KAG54E4/',
    none: 'the source says the AIS du Brabant wallon "often" works with communes and CPAS, without naming them',
  },
  {
    source: 'Agences Immobilières Sociales (AIS)',
    target: 'CPAS (each)',
    type: 'partners_with',
    url: 'https://www.lavenir.net/regions/2014/04/08/lais-gere-422-logements-L2GLMKNW7NCZPJQDU52KAG54E4/',
    none: 'the source says the AIS du Brabant wallon "often" works with communes and CPAS, without naming them',
  },
  {
    source: 'Le Forem',
    target: 'Communes (each)',
    type: 'partners_with',
    url: 'https://emploi.wallonie.be/home/creation-demploi/maisons-de-lemploi.html',
    only: MAISONS_DE_L_EMPLOI,
    reason: MAISONS_REASON,
  },
  {
    source: 'Le Forem',
    target: 'CPAS (each)',
    type: 'partners_with',
    url: 'https://emploi.wallonie.be/home/creation-demploi/maisons-de-lemploi.html',
    only: MAISONS_DE_L_EMPLOI,
    reason: MAISONS_REASON,
  },
];

export function sameRow(override: RowKey, row: RowKey): boolean {
  return (
    override.source === row.source &&
    override.target === row.target &&
    override.type === row.type &&
    override.url === row.url
  );
}
