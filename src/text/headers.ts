import { foldAscii } from './fold';
/**
 * Header recognition: a column named in English, French, Dutch or German (any case, with or
 * without accents, spaces, hyphens or underscores) maps to one canonical field.
 */

export interface ResolvedHeaders {
  /** The canonical field of each column, or null when the header is not recognised. */
  fields: (string | null)[];
  /** The headers that were not recognised, as written in the file. */
  unknown: string[];
}

/** Maps each header to a field: its own name or one of its aliases. The first column wins. */
export function resolveHeaders(
  header: readonly string[],
  aliases: Readonly<Record<string, readonly string[]>>,
): ResolvedHeaders {
  const lookup = new Map<string, string>();
  for (const [field, names] of Object.entries(aliases)) {
    for (const name of [field, ...names]) {
      const key = foldAscii(name);
      if (!lookup.has(key)) lookup.set(key, field);
    }
  }
  const taken = new Set<string>();
  const fields: (string | null)[] = [];
  const unknown: string[] = [];
  for (const name of header) {
    const field = lookup.get(foldAscii(name)) ?? null;
    if (field === null || taken.has(field)) {
      fields.push(null);
      if (name.trim() !== '') unknown.push(name);
    } else {
      taken.add(field);
      fields.push(field);
    }
  }
  return { fields, unknown };
}

/** The flat form's fields (FLAT_COLUMNS plus projected x/y) and the headers people use for them. */
export const FLAT_FIELD_ALIASES: Readonly<Record<string, readonly string[]>> = {
  service_id: ['service id', 'id service', 'dienst id'],
  service_name: [
    'service',
    'name',
    'nom',
    'naam',
    'nom du service',
    'service name',
    'naam dienst',
    'dienst',
    'dienstnaam',
    'dienstleistung',
    'bezeichnung',
  ],
  category: [
    'categorie',
    'catégorie',
    'category',
    'categorie dienst',
    'kategorie',
    'type de service',
    'thème',
    'theme',
    'thema',
  ],
  status: ['statut', 'état', 'etat', 'toestand'],
  languages: ['langues', 'langue', 'language', 'talen', 'taal', 'sprachen', 'sprache'],
  organization_id: ['organisation id', 'id organisation', 'organisatie id'],
  organization_name: [
    'organization',
    'organisation',
    'organisatie',
    'organisme',
    'nom organisation',
    'nom de l organisation',
    'naam organisatie',
    'träger',
    'trager',
    'provider',
    'opérateur',
    'operateur',
  ],
  organization_type: [
    'type organisation',
    'type d organisation',
    'type organisatie',
    'organisatietype',
    'organisationstyp',
    'org type',
  ],
  location_id: ['site id', 'id site', 'locatie id'],
  location_name: [
    'site',
    'lieu',
    'nom du site',
    'nom du lieu',
    'locatie',
    'vestiging',
    'standort',
    'location',
  ],
  address: [
    'adresse',
    'adres',
    'rue',
    'straat',
    'strasse',
    'straße',
    'address 1',
    'address_1',
    'street',
  ],
  postal_code: [
    'code postal',
    'cp',
    'postcode',
    'postal code',
    'zip',
    'plz',
    'postleitzahl',
    'postnummer',
  ],
  city: [
    'commune',
    'gemeente',
    'gemeinde',
    'localité',
    'localite',
    'ville',
    'town',
    'municipality',
    'plaats',
    'stad',
    'ort',
    'stadt',
  ],
  nis_code: ['nis', 'code nis', 'ins', 'code ins', 'niscode', 'nis code', 'refnis', 'code refnis'],
  latitude: ['lat', 'breedtegraad', 'breitengrad', 'breite'],
  longitude: ['lon', 'lng', 'long', 'lengtegraad', 'längengrad', 'langengrad', 'länge'],
  x: ['x lambert', 'lambert x', 'x coord', 'coord x', 'x lambert72', 'x lambert 2008'],
  y: ['y lambert', 'lambert y', 'y coord', 'coord y', 'y lambert72', 'y lambert 2008'],
  location_precision: ['précision', 'precision', 'precisie', 'genauigkeit'],
  phone: ['téléphone', 'telephone', 'tél', 'tel', 'telefoon', 'telefon', 'gsm'],
  email: ['e mail', 'courriel', 'mail', 'adresse e mail', 'e mailadres'],
  website: ['site web', 'site internet', 'web', 'url', 'website', 'webseite', 'lien', 'link'],
  last_verified: [
    'dernière vérification',
    'derniere verification',
    'vérifié le',
    'verifie le',
    'laatst gecontroleerd',
    'zuletzt geprüft',
    'date de vérification',
  ],
  source: ['source', 'bron', 'quelle', 'sources'],
  source_consulted: [
    'consulté le',
    'consulte le',
    'source consultée le',
    'date de consultation',
    'geraadpleegd op',
    'datum raadpleging',
    'abgerufen am',
    'consulted',
    'accessed',
    'retrieved',
  ],
  service_description: ['description', 'beschrijving', 'beschreibung', 'omschrijving'],
  audience: ['public', 'public cible', 'doelgroep', 'zielgruppe'],
  eligibility: ['conditions', 'conditions d accès', 'voorwaarden', 'bedingungen'],
  fees: ['tarif', 'tarifs', 'prix', 'coût', 'kosten', 'prijs', 'gebühren'],
  service_area: [
    'zone desservie',
    'territoire',
    'territoire desservi',
    'zone d action',
    'werkingsgebied',
    'verzorgingsgebied',
    'einzugsgebiet',
    'zuständigkeitsgebiet',
    'area served',
  ],
  capacity: [
    'capacité',
    'capacite',
    'places',
    'nombre de places',
    'capaciteit',
    'plaatsen',
    'aantal plaatsen',
    'kapazität',
    'plätze',
  ],
  organization_level: ['niveau', 'niveau de pouvoir', 'bestuursniveau', 'ebene', 'level'],
  organization_website: ['site web organisation', 'website organisatie'],
  organization_email: ['e mail organisation', 'e mail organisatie'],
  organization_phone: ['téléphone organisation', 'telefoon organisatie'],
  organization_enterprise_number: [
    'numéro d’entreprise',
    'numero entreprise',
    'n° entreprise',
    'numéro bce',
    'n° bce',
    'bce',
    'ondernemingsnummer',
    'kbo nummer',
    'kbo',
    'unternehmensnummer',
    'enterprise number',
    'company number',
    'kbo bce',
    'bce kbo',
  ],
  contact_person: [
    'personne de contact',
    'contact',
    'contactpersoon',
    'kontaktperson',
    'ansprechpartner',
  ],
  notes: ['remarques', 'note', 'opmerkingen', 'notities', 'notizen', 'bemerkungen'],
  organization_contact_person: ['personne de contact organisation', 'contactpersoon organisatie'],
  organization_notes: ['notes organisation', 'opmerkingen organisatie'],
  organization_source: ['source organisation', 'bron organisatie'],
  organization_last_verified: ['vérification organisation', 'organisatie gecontroleerd'],
  organization_source_consulted: [
    'source organisation consultée le',
    'bron organisatie geraadpleegd op',
  ],
  location_source: ['source site', 'source lieu', 'bron locatie'],
  location_last_verified: ['vérification site', 'locatie gecontroleerd'],
  location_source_consulted: ['source site consultée le', 'bron locatie geraadpleegd op'],
  service_at_location_id: ['service at location id'],
};
