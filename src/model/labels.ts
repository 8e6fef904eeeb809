import type { Category, Level, OrgType, RelationshipType, Status } from './enums';

/** A label in each interface language. */
export interface Labels {
  fr: string;
  nl: string;
  en: string;
  de: string;
}

export const CATEGORY_LABELS: Record<Category, Labels> = {
  social_aid: { fr: 'Aide sociale', nl: 'Sociale bijstand', en: 'Social aid', de: 'Sozialhilfe' },
  housing: { fr: 'Logement', nl: 'Huisvesting', en: 'Housing', de: 'Wohnen' },
  language: { fr: 'Cours de langue', nl: 'Taallessen', en: 'Language courses', de: 'Sprachkurse' },
  employment: { fr: 'Emploi', nl: 'Werk', en: 'Employment', de: 'Arbeit' },
  integration: { fr: 'Intégration', nl: 'Integratie', en: 'Integration', de: 'Integration' },
  reception: { fr: 'Accueil', nl: 'Opvang', en: 'Reception', de: 'Aufnahme' },
  health: { fr: 'Santé', nl: 'Gezondheid', en: 'Health', de: 'Gesundheit' },
  education: { fr: 'Enseignement', nl: 'Onderwijs', en: 'Education', de: 'Unterricht' },
  legal: { fr: 'Aide juridique', nl: 'Juridische hulp', en: 'Legal aid', de: 'Rechtshilfe' },
  psychosocial: {
    fr: 'Soutien psychosocial',
    nl: 'Psychosociale steun',
    en: 'Psychosocial support',
    de: 'Psychosoziale Unterstützung',
  },
  childcare: { fr: "Garde d'enfants", nl: 'Kinderopvang', en: 'Childcare', de: 'Kinderbetreuung' },
  other: { fr: 'Autre', nl: 'Andere', en: 'Other', de: 'Sonstiges' },
};

export const ORG_TYPE_LABELS: Record<OrgType, Labels> = {
  federal_agency: {
    fr: 'Service fédéral',
    nl: 'Federale dienst',
    en: 'Federal agency',
    de: 'Föderaler Dienst',
  },
  regional_agency: {
    fr: 'Service régional',
    nl: 'Gewestelijke dienst',
    en: 'Regional agency',
    de: 'Regionaler Dienst',
  },
  local_authority: {
    fr: 'Pouvoir local',
    nl: 'Lokaal bestuur',
    en: 'Local authority',
    de: 'Lokale Behörde',
  },
  cpas: {
    fr: 'CPAS',
    nl: 'OCMW',
    en: 'Public social welfare centre (CPAS)',
    de: 'Öffentliches Sozialhilfezentrum (ÖSHZ)',
  },
  integration_centre: {
    fr: "Centre régional d'intégration",
    nl: 'Regionaal integratiecentrum',
    en: 'Regional integration centre',
    de: 'Regionales Integrationszentrum',
  },
  ngo: {
    fr: 'Association (ONG, ASBL)',
    nl: 'Vereniging (ngo, vzw)',
    en: 'NGO',
    de: 'Vereinigung (NRO, VoG)',
  },
  international_org: {
    fr: 'Organisation internationale',
    nl: 'Internationale organisatie',
    en: 'International organisation',
    de: 'Internationale Organisation',
  },
  education_provider: {
    fr: "Opérateur d'enseignement",
    nl: 'Onderwijsverstrekker',
    en: 'Education provider',
    de: 'Bildungsträger',
  },
  housing_provider: {
    fr: 'Opérateur de logement',
    nl: 'Huisvestingsmaatschappij',
    en: 'Housing provider',
    de: 'Wohnungsbaugesellschaft',
  },
  employment_service: {
    fr: "Service de l'emploi",
    nl: 'Arbeidsbemiddeling',
    en: 'Employment service',
    de: 'Arbeitsvermittlung',
  },
  reception_centre: {
    fr: "Centre d'accueil",
    nl: 'Opvangcentrum',
    en: 'Reception centre',
    de: 'Aufnahmezentrum',
  },
  other: { fr: 'Autre', nl: 'Andere', en: 'Other', de: 'Sonstiges' },
};

export const STATUS_LABELS: Record<Status, Labels> = {
  active: { fr: 'Actif', nl: 'Actief', en: 'Active', de: 'Aktiv' },
  inactive: { fr: 'Inactif', nl: 'Inactief', en: 'Inactive', de: 'Inaktiv' },
  defunct: { fr: 'Disparu', nl: 'Opgeheven', en: 'Defunct', de: 'Aufgelöst' },
};

export const RELATIONSHIP_TYPE_LABELS: Record<RelationshipType, Labels> = {
  funds: { fr: 'finance', nl: 'financiert', en: 'funds', de: 'finanziert' },
  coordinates: { fr: 'coordonne', nl: 'coördineert', en: 'coordinates', de: 'koordiniert' },
  supervises: {
    fr: 'exerce la tutelle sur',
    nl: 'houdt toezicht op',
    en: 'supervises',
    de: 'beaufsichtigt',
  },
  refers_to: { fr: 'oriente vers', nl: 'verwijst naar', en: 'refers to', de: 'verweist an' },
  partners_with: { fr: 'partenaire de', nl: 'partner van', en: 'partners with', de: 'Partner von' },
  provides_data_to: {
    fr: 'fournit des données à',
    nl: 'levert gegevens aan',
    en: 'provides data to',
    de: 'liefert Daten an',
  },
  member_of: { fr: 'membre de', nl: 'lid van', en: 'member of', de: 'Mitglied von' },
};

export const LEVEL_LABELS: Record<Level, Labels> = {
  international: {
    fr: 'International',
    nl: 'Internationaal',
    en: 'International',
    de: 'International',
  },
  european: { fr: 'Européen', nl: 'Europees', en: 'European', de: 'Europäisch' },
  federal: { fr: 'Fédéral', nl: 'Federaal', en: 'Federal', de: 'Föderal' },
  community: { fr: 'Communautaire', nl: 'Gemeenschap', en: 'Community', de: 'Gemeinschaft' },
  regional: { fr: 'Régional', nl: 'Gewestelijk', en: 'Regional', de: 'Regional' },
  provincial: { fr: 'Provincial', nl: 'Provinciaal', en: 'Provincial', de: 'Provinzial' },
  local: { fr: 'Local', nl: 'Lokaal', en: 'Local', de: 'Lokal' },
};
