import type { Category, Level, OrgType, RelationshipType, Status } from './enums';

/** A label in each interface language. */
export interface Labels {
  fr: string;
  nl: string;
  en: string;
}

export const CATEGORY_LABELS: Record<Category, Labels> = {
  social_aid: { fr: 'Aide sociale', nl: 'Sociale bijstand', en: 'Social aid' },
  housing: { fr: 'Logement', nl: 'Huisvesting', en: 'Housing' },
  language: { fr: 'Cours de langue', nl: 'Taallessen', en: 'Language courses' },
  employment: { fr: 'Emploi', nl: 'Werk', en: 'Employment' },
  integration: { fr: 'Intégration', nl: 'Integratie', en: 'Integration' },
  reception: { fr: 'Accueil', nl: 'Opvang', en: 'Reception' },
  health: { fr: 'Santé', nl: 'Gezondheid', en: 'Health' },
  education: { fr: 'Enseignement', nl: 'Onderwijs', en: 'Education' },
  legal: { fr: 'Aide juridique', nl: 'Juridische hulp', en: 'Legal aid' },
  psychosocial: {
    fr: 'Soutien psychosocial',
    nl: 'Psychosociale steun',
    en: 'Psychosocial support',
  },
  childcare: { fr: "Garde d'enfants", nl: 'Kinderopvang', en: 'Childcare' },
  other: { fr: 'Autre', nl: 'Andere', en: 'Other' },
};

export const ORG_TYPE_LABELS: Record<OrgType, Labels> = {
  federal_agency: { fr: 'Service fédéral', nl: 'Federale dienst', en: 'Federal agency' },
  regional_agency: { fr: 'Service régional', nl: 'Gewestelijke dienst', en: 'Regional agency' },
  local_authority: { fr: 'Pouvoir local', nl: 'Lokaal bestuur', en: 'Local authority' },
  cpas: { fr: 'CPAS', nl: 'OCMW', en: 'Public social welfare centre (CPAS)' },
  integration_centre: {
    fr: "Centre régional d'intégration",
    nl: 'Regionaal integratiecentrum',
    en: 'Regional integration centre',
  },
  ngo: { fr: 'Association (ONG, ASBL)', nl: 'Vereniging (ngo, vzw)', en: 'NGO' },
  international_org: {
    fr: 'Organisation internationale',
    nl: 'Internationale organisatie',
    en: 'International organisation',
  },
  education_provider: {
    fr: "Opérateur d'enseignement",
    nl: 'Onderwijsverstrekker',
    en: 'Education provider',
  },
  housing_provider: {
    fr: 'Opérateur de logement',
    nl: 'Huisvestingsmaatschappij',
    en: 'Housing provider',
  },
  employment_service: {
    fr: "Service de l'emploi",
    nl: 'Arbeidsbemiddeling',
    en: 'Employment service',
  },
  reception_centre: { fr: "Centre d'accueil", nl: 'Opvangcentrum', en: 'Reception centre' },
  other: { fr: 'Autre', nl: 'Andere', en: 'Other' },
};

export const STATUS_LABELS: Record<Status, Labels> = {
  active: { fr: 'Actif', nl: 'Actief', en: 'Active' },
  inactive: { fr: 'Inactif', nl: 'Inactief', en: 'Inactive' },
  defunct: { fr: 'Disparu', nl: 'Opgeheven', en: 'Defunct' },
};

export const RELATIONSHIP_TYPE_LABELS: Record<RelationshipType, Labels> = {
  funds: { fr: 'finance', nl: 'financiert', en: 'funds' },
  coordinates: { fr: 'coordonne', nl: 'coördineert', en: 'coordinates' },
  supervises: { fr: 'exerce la tutelle sur', nl: 'houdt toezicht op', en: 'supervises' },
  refers_to: { fr: 'oriente vers', nl: 'verwijst naar', en: 'refers to' },
  partners_with: { fr: 'partenaire de', nl: 'partner van', en: 'partners with' },
  provides_data_to: {
    fr: 'fournit des données à',
    nl: 'levert gegevens aan',
    en: 'provides data to',
  },
  member_of: { fr: 'membre de', nl: 'lid van', en: 'member of' },
};

export const LEVEL_LABELS: Record<Level, Labels> = {
  international: { fr: 'International', nl: 'Internationaal', en: 'International' },
  european: { fr: 'Européen', nl: 'Europees', en: 'European' },
  federal: { fr: 'Fédéral', nl: 'Federaal', en: 'Federal' },
  community: { fr: 'Communautaire', nl: 'Gemeenschap', en: 'Community' },
  regional: { fr: 'Régional', nl: 'Gewestelijk', en: 'Regional' },
  provincial: { fr: 'Provincial', nl: 'Provinciaal', en: 'Provincial' },
  local: { fr: 'Local', nl: 'Lokaal', en: 'Local' },
};
