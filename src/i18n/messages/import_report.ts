/**
 * What the import report says in the interface's language, beside the import texts
 * (import.ts spreads these into its namespace):
 * - `message.<code>` the sentence of a finding, filled with its `values` (model/report.ts);
 *   `message.<code>_<variant>` when one code covers several cases. A code without a
 *   sentence here is shown with the finding's English message: a new code slots in by
 *   adding its sentences, in every language, and giving its findings `values`.
 * - `flatField.<field>` what a column of the flat form (spreadsheet, GeoJSON properties) was
 *   read as, shown beside the file's own header.
 */

const messageFr = {
  unreadable_file_unknownFormat:
    'Ce n’est pas un format que l’Atlas lit : il attend un .csv (à plat ou un fichier par table), un .geojson ou un paquet HSDS (dossier ou .zip avec datapackage.json).',
  unreadable_file_noFile: 'Aucun fichier à lire.',
  unreadable_file_notGeojson: 'Ce n’est ni une Feature ni une FeatureCollection GeoJSON.',
  missing_column: 'Le fichier n’a pas de colonne pour ce champ, qui est obligatoire.',
  missing_required: 'Ce champ est obligatoire mais vide.',
  malformed_row_quote:
    'Un guillemet ouvert dans cette ligne n’est jamais fermé ; la ligne est ignorée.',
  malformed_row_fieldCount:
    '{{expected, number}} cellules séparées par « {{delimiter}} » attendues, {{found, number}} trouvées.',
  duplicate_id: 'L’identifiant {{value}} est déjà utilisé par une ligne précédente.',
  duplicate_id_otherOrganization:
    'L’identifiant de service {{value}} est déjà celui d’un service d’une autre organisation.',
  duplicate_id_serviceAtSite: 'Ce service à ce lieu figure déjà sur une ligne précédente.',
  invalid_value_notOneOf: '« {{value}} » n’est pas une des valeurs admises : {{allowed}}.',
  invalid_value_unknownColumns: 'Colonnes non reconnues, ignorées : {{columns}}.',
  invalid_value_phone:
    '« {{value}} » ne ressemble pas à un numéro de téléphone ; il est gardé tel quel.',
  invalid_value_number: '« {{value}} » n’est pas un nombre.',
  invalid_value_enterpriseNumber:
    '« {{value}} » n’est pas un numéro d’entreprise belge valable (10 chiffres, contrôle modulo 97) ; il est ignoré.',
  invalid_value_integer: '« {{value}} » n’est pas un nombre entier.',
  invalid_value_nisCode:
    '« {{value}} » n’est pas un code INS de commune (5 chiffres) ; il est ignoré.',
  invalid_value_idDerived:
    '« {{value}} » n’est pas un UUID ; un identifiant stable a été déduit de l’enregistrement.',
  invalid_value_referenceDropped: '« {{value}} » n’est pas un UUID ; la référence est abandonnée.',
  invalid_value_uuid: '« {{value}} » n’est pas un UUID.',
  invalid_coordinate_half:
    'Une seule des deux coordonnées est donnée ({{value}}) ; les coordonnées sont ignorées.',
  invalid_coordinate_notNumber:
    '« {{value}} » n’est pas un nombre ; les coordonnées sont ignorées.',
  invalid_coordinate_outOfRange:
    'Les coordonnées (latitude {{latitude}}, longitude {{longitude}}) sont hors limites (latitude entre −90 et 90, longitude entre −180 et 180) ; elles sont ignorées.',
  invalid_coordinate_zero:
    'Les coordonnées 0, 0 tiennent la place d’un lieu absent ; elles sont ignorées.',
  invalid_coordinate_unknownCrs:
    'Les coordonnées x {{x}}, y {{y}} ne sont ni en Lambert belge 72 ou 2008, ni en WGS84 pour la Belgique ; elles sont ignorées.',
  invalid_coordinate_notProjectable:
    'Les coordonnées x {{x}}, y {{y}} ne peuvent pas être converties depuis {{crs}} ; elles sont ignorées.',
  invalid_coordinate_unplaceable:
    'Les coordonnées sont inutilisables et aucun code postal ni aucune commune de Wallonie connus (donnés : {{given}}) ne permettent de placer le site.',
  coordinates_swapped:
    'Latitude {{latitude}} et longitude {{longitude}} semblent inversées (la Belgique est entre 49 et 52 de latitude, 2 et 7 de longitude) : elles ont été permutées.',
  coordinates_outside_wallonia:
    'Le point (latitude {{latitude}}, longitude {{longitude}}) est hors de Wallonie ; il est gardé tel quel.',
  commune_mismatch_postcode:
    'La ligne nomme {{named}}, mais le code postal {{postcode}} est celui de {{communes}} : le site est placé dans {{named}}.',
  commune_mismatch_nisPoint:
    'Le code INS {{nis}} est celui de {{name}}, mais le point est à {{commune}} : {{code}} est retenu.',
  commune_mismatch_cityPoint:
    'La localité est {{communes}}, mais le point est à {{commune}} : {{code}} est retenu.',
  commune_mismatch_cityPostcodePoint:
    'La localité est {{communes}}, mais le code postal et le point sont à {{commune}} : {{code}} est retenu.',
  commune_mismatch_postcodePoint:
    'Le code postal est celui de {{communes}}, mais le point est à {{commune}} : {{code}} est retenu.',
  unknown_commune_nisCode:
    'Le code INS {{code}} n’est pas celui d’une commune wallonne ; il est ignoré.',
  unknown_commune_sharedPostcode:
    'Le code postal {{postcode}} est partagé par {{communes}} : donnez la commune ou son code INS pour choisir. Le site est placé au code postal, sans commune.',
  unknown_commune_ambiguousCity:
    '« {{city}} » est le nom de plusieurs communes ({{communes}}) : donnez le code postal ou le code INS pour choisir.',
  unknown_commune_city:
    '« {{city}} » n’est pas le nom d’une commune wallonne, et ni code INS, ni code postal, ni point ne donnent la commune.',
  unknown_postcode_notWalloon: '{{value}} n’est pas un code postal wallon.',
  unknown_postcode_format: '« {{value}} » n’est pas un code postal belge à 4 chiffres.',
  unknown_category:
    'La catégorie « {{value}} » est inconnue ; le service est classé dans « autre ».',
  unknown_language:
    'La langue « {{value}} » est inconnue ; donnez un code ISO 639-1 comme fr, nl ou uk.',
  invalid_url: '« {{value}} » n’est pas un lien http, https, mailto ou tel ; le champ a été vidé.',
  invalid_url_noScheme: '« {{value}} » n’a pas de protocole ; lu comme {{read}}.',
  invalid_email: '« {{value}} » n’est pas une adresse e-mail ; le champ a été vidé.',
  invalid_date: '« {{value}} » n’est pas une date (AAAA-MM-JJ attendu) ; le champ a été vidé.',
  invalid_date_dayMonthYear: 'La date « {{value}} » est lue comme {{date}} (jour/mois/année).',
  nis_code_updated_renumbered_2019:
    'Le code INS {{from}} est devenu {{to}} : la commune a été renumérotée le 1er janvier 2019.',
  nis_code_updated_merged_2025:
    'Le code INS {{from}} est devenu {{to}} : la commune a fusionné le 1er janvier 2025.',
  coordinates_reprojected:
    'Les coordonnées (x {{x}}, y {{y}}) sont en {{crs}} ; converties en WGS84 : latitude {{latitude}}, longitude {{longitude}}.',
  coordinates_reprojected_detected:
    'Les coordonnées (x {{x}}, y {{y}}) sont en {{crs}} (reconnu à leurs valeurs) ; converties en WGS84 : latitude {{latitude}}, longitude {{longitude}}.',
  no_location:
    'Ni adresse, ni code postal, ni commune, ni coordonnées : le service n’a pas de site sur la carte.',
  no_location_unknownPlace:
    'Ni coordonnées utilisables, ni code postal ou commune de Wallonie connus (donnés : {{given}}) : le site n’est pas placé sur la carte.',
  dangling_reference: '{{value}} ne correspond à aucun enregistrement accepté.',
  dangling_reference_cleared:
    '{{value}} ne correspond à aucun enregistrement accepté ; la référence est effacée.',
  organization_matched:
    'Aucune organisation n’est donnée : le service « {{service}} » est pris comme sa propre organisation.',
  conflicting_value:
    '{{value}} diffère de {{earlier}}, donné pour le même enregistrement sur une ligne précédente ; la première valeur est gardée.',
  geometry_simplified: 'Un {{type}} : le site est placé en un point de sa surface.',
  geometry_simplified_multiPoint:
    'Un MultiPoint de {{points, number}} points : seul le premier est gardé comme site ; donnez une entité par site.',
};

const messageNl: typeof messageFr = {
  unreadable_file_unknownFormat:
    'Dit is geen formaat dat de Atlas leest: verwacht wordt een .csv (plat of één bestand per tabel), een .geojson of een HSDS-pakket (map of .zip met datapackage.json).',
  unreadable_file_noFile: 'Geen bestand om te lezen.',
  unreadable_file_notGeojson: 'Dit is geen GeoJSON Feature of FeatureCollection.',
  missing_column: 'Het bestand heeft geen kolom voor dit veld, dat verplicht is.',
  missing_required: 'Dit veld is verplicht maar leeg.',
  malformed_row_quote:
    'Een aanhalingsteken dat in deze rij geopend wordt, wordt nooit gesloten; de rij is overgeslagen.',
  malformed_row_fieldCount:
    '{{expected, number}} cellen gescheiden door ‘{{delimiter}}’ verwacht, {{found, number}} gevonden.',
  duplicate_id: 'De identificatie {{value}} wordt al gebruikt door een eerdere rij.',
  duplicate_id_otherOrganization:
    'De dienstidentificatie {{value}} is al die van een dienst van een andere organisatie.',
  duplicate_id_serviceAtSite: 'Deze dienst op deze locatie staat al op een eerdere rij.',
  invalid_value_notOneOf: '‘{{value}}’ is geen van de toegelaten waarden: {{allowed}}.',
  invalid_value_unknownColumns: 'Niet herkende kolommen, genegeerd: {{columns}}.',
  invalid_value_phone:
    '‘{{value}}’ lijkt geen telefoonnummer; het wordt bewaard zoals het geschreven is.',
  invalid_value_number: '‘{{value}}’ is geen getal.',
  invalid_value_enterpriseNumber:
    '‘{{value}}’ is geen geldig Belgisch ondernemingsnummer (10 cijfers, modulo 97-controle); het wordt genegeerd.',
  invalid_value_integer: '‘{{value}}’ is geen geheel getal.',
  invalid_value_nisCode: '‘{{value}}’ is geen NIS-gemeentecode (5 cijfers); hij wordt genegeerd.',
  invalid_value_idDerived:
    '‘{{value}}’ is geen UUID; er is een stabiele identificatie van het record afgeleid.',
  invalid_value_referenceDropped: '‘{{value}}’ is geen UUID; de verwijzing is weggelaten.',
  invalid_value_uuid: '‘{{value}}’ is geen UUID.',
  invalid_coordinate_half:
    'Slechts één van de twee coördinaten is gegeven ({{value}}); de coördinaten worden genegeerd.',
  invalid_coordinate_notNumber: '‘{{value}}’ is geen getal; de coördinaten worden genegeerd.',
  invalid_coordinate_outOfRange:
    'De coördinaten (breedtegraad {{latitude}}, lengtegraad {{longitude}}) liggen buiten de grenzen (breedtegraad tussen −90 en 90, lengtegraad tussen −180 en 180); ze worden genegeerd.',
  invalid_coordinate_zero:
    'De coördinaten 0, 0 staan in de plaats van een ontbrekende locatie; ze worden genegeerd.',
  invalid_coordinate_unknownCrs:
    'De coördinaten x {{x}}, y {{y}} zijn geen Belgische Lambert 72 of 2008, noch WGS84 voor België; ze worden genegeerd.',
  invalid_coordinate_notProjectable:
    'De coördinaten x {{x}}, y {{y}} kunnen niet worden omgezet vanuit {{crs}}; ze worden genegeerd.',
  invalid_coordinate_unplaceable:
    'De coördinaten zijn onbruikbaar en geen gekende Waalse postcode of gemeente (gegeven: {{given}}) kan de locatie plaatsen.',
  coordinates_swapped:
    'Breedtegraad {{latitude}} en lengtegraad {{longitude}} lijken omgewisseld (België ligt op breedtegraad 49 tot 52, lengtegraad 2 tot 7): ze zijn verwisseld.',
  coordinates_outside_wallonia:
    'Het punt (breedtegraad {{latitude}}, lengtegraad {{longitude}}) ligt buiten Wallonië; het blijft zoals gegeven.',
  commune_mismatch_postcode:
    'De rij noemt {{named}}, maar postcode {{postcode}} hoort bij {{communes}}: de locatie wordt in {{named}} geplaatst.',
  commune_mismatch_nisPoint:
    'NIS-code {{nis}} is die van {{name}}, maar het punt ligt in {{commune}}: {{code}} wordt gebruikt.',
  commune_mismatch_cityPoint:
    'De plaats is {{communes}}, maar het punt ligt in {{commune}}: {{code}} wordt gebruikt.',
  commune_mismatch_cityPostcodePoint:
    'De plaats is {{communes}}, maar de postcode en het punt liggen in {{commune}}: {{code}} wordt gebruikt.',
  commune_mismatch_postcodePoint:
    'De postcode hoort bij {{communes}}, maar het punt ligt in {{commune}}: {{code}} wordt gebruikt.',
  unknown_commune_nisCode: 'NIS-code {{code}} is geen Waalse gemeente; hij wordt genegeerd.',
  unknown_commune_sharedPostcode:
    'Postcode {{postcode}} wordt gedeeld door {{communes}}: geef de gemeente of haar NIS-code om te kiezen. De locatie staat op de postcode, zonder gemeente.',
  unknown_commune_ambiguousCity:
    '‘{{city}}’ is de naam van meerdere gemeenten ({{communes}}): geef de postcode of de NIS-code om te kiezen.',
  unknown_commune_city:
    '‘{{city}}’ is geen naam van een Waalse gemeente, en geen NIS-code, postcode of punt geeft de gemeente.',
  unknown_postcode_notWalloon: '{{value}} is geen Waalse postcode.',
  unknown_postcode_format: '‘{{value}}’ is geen Belgische postcode van 4 cijfers.',
  unknown_category: 'De categorie ‘{{value}}’ is onbekend; de dienst staat onder ‘andere’.',
  unknown_language: 'De taal ‘{{value}}’ is onbekend; geef een ISO 639-1-code zoals fr, nl of uk.',
  invalid_url: '‘{{value}}’ is geen http-, https-, mailto- of tel-link; het veld is leeggemaakt.',
  invalid_url_noScheme: '‘{{value}}’ heeft geen protocol; gelezen als {{read}}.',
  invalid_email: '‘{{value}}’ is geen e-mailadres; het veld is leeggemaakt.',
  invalid_date: '‘{{value}}’ is geen datum (JJJJ-MM-DD verwacht); het veld is leeggemaakt.',
  invalid_date_dayMonthYear: 'De datum ‘{{value}}’ is gelezen als {{date}} (dag/maand/jaar).',
  nis_code_updated_renumbered_2019:
    'NIS-code {{from}} is {{to}} geworden: de gemeente is op 1 januari 2019 hernummerd.',
  nis_code_updated_merged_2025:
    'NIS-code {{from}} is {{to}} geworden: de gemeente is op 1 januari 2025 gefusioneerd.',
  coordinates_reprojected:
    'De coördinaten (x {{x}}, y {{y}}) zijn in {{crs}}; omgezet naar WGS84: breedtegraad {{latitude}}, lengtegraad {{longitude}}.',
  coordinates_reprojected_detected:
    'De coördinaten (x {{x}}, y {{y}}) zijn in {{crs}} (herkend aan hun waarden); omgezet naar WGS84: breedtegraad {{latitude}}, lengtegraad {{longitude}}.',
  no_location:
    'Geen adres, postcode, gemeente of coördinaten: de dienst heeft geen locatie op de kaart.',
  no_location_unknownPlace:
    'Geen bruikbare coördinaten en geen gekende Waalse postcode of gemeente (gegeven: {{given}}): de locatie staat niet op de kaart.',
  dangling_reference: '{{value}} komt met geen enkel aanvaard record overeen.',
  dangling_reference_cleared:
    '{{value}} komt met geen enkel aanvaard record overeen; de verwijzing is gewist.',
  organization_matched:
    'Er is geen organisatie gegeven: de dienst ‘{{service}}’ wordt als zijn eigen organisatie genomen.',
  conflicting_value:
    '{{value}} verschilt van {{earlier}}, gegeven voor hetzelfde record op een eerdere rij; de eerste waarde blijft behouden.',
  geometry_simplified: 'Een {{type}}: de locatie wordt op een punt van haar oppervlak geplaatst.',
  geometry_simplified_multiPoint:
    'Een MultiPoint van {{points, number}} punten: enkel het eerste blijft als locatie; geef één object per locatie.',
};

const messageEn: typeof messageFr = {
  unreadable_file_unknownFormat:
    'Not a format the Atlas reads: it expects a .csv (flat or one file per table), a .geojson or an HSDS package (folder or .zip with datapackage.json).',
  unreadable_file_noFile: 'No file to read.',
  unreadable_file_notGeojson: 'Not a GeoJSON Feature or FeatureCollection.',
  missing_column: 'The file has no column for this field, which is required.',
  missing_required: 'This field is required but empty.',
  malformed_row_quote: 'A quote opened in this row is never closed; the row was skipped.',
  malformed_row_fieldCount:
    'Expected {{expected, number}} cells separated by “{{delimiter}}”, found {{found, number}}.',
  duplicate_id: 'The id {{value}} is already used by an earlier row.',
  duplicate_id_otherOrganization:
    'The service id {{value}} is already that of a service of another organisation.',
  duplicate_id_serviceAtSite: 'This service at this site is already listed on an earlier row.',
  invalid_value_notOneOf: '“{{value}}” is not one of the values allowed: {{allowed}}.',
  invalid_value_unknownColumns: 'Columns not recognised and ignored: {{columns}}.',
  invalid_value_phone: '“{{value}}” does not look like a phone number; it was kept as written.',
  invalid_value_number: '“{{value}}” is not a number.',
  invalid_value_enterpriseNumber:
    '“{{value}}” is not a valid Belgian enterprise number (10 digits passing the modulo-97 check); it was left out.',
  invalid_value_integer: '“{{value}}” is not a whole number.',
  invalid_value_nisCode: '“{{value}}” is not a 5-digit commune NIS code; it is ignored.',
  invalid_value_idDerived:
    '“{{value}}” is not a UUID; a stable id was derived from the record instead.',
  invalid_value_referenceDropped: '“{{value}}” is not a UUID; the reference was dropped.',
  invalid_value_uuid: '“{{value}}” is not a UUID.',
  invalid_coordinate_half:
    'Only one of the two coordinates is given ({{value}}); the coordinates are ignored.',
  invalid_coordinate_notNumber: '“{{value}}” is not a number; the coordinates are ignored.',
  invalid_coordinate_outOfRange:
    'The coordinates (latitude {{latitude}}, longitude {{longitude}}) are out of range (latitude within ±90, longitude within ±180); they are ignored.',
  invalid_coordinate_zero: 'The coordinates 0, 0 stand in for a missing place; they are ignored.',
  invalid_coordinate_unknownCrs:
    'The coordinates x {{x}}, y {{y}} are neither Belgian Lambert 72 or 2008 nor WGS84 for Belgium; they are ignored.',
  invalid_coordinate_notProjectable:
    'The coordinates x {{x}}, y {{y}} cannot be converted from {{crs}}; they are ignored.',
  invalid_coordinate_unplaceable:
    'The coordinates are unusable and no known Walloon postcode or municipality (given: {{given}}) can place the site instead.',
  coordinates_swapped:
    'Latitude {{latitude}} and longitude {{longitude}} look swapped (Belgium is at latitude 49–52, longitude 2–7): they were swapped back.',
  coordinates_outside_wallonia:
    'The point (latitude {{latitude}}, longitude {{longitude}}) is outside Wallonia; it is kept as given.',
  commune_mismatch_postcode:
    'The row names {{named}}, but postcode {{postcode}} belongs to {{communes}}: the site is placed in {{named}}.',
  commune_mismatch_nisPoint:
    'NIS code {{nis}} is {{name}}, but the point is in {{commune}}: {{code}} is used.',
  commune_mismatch_cityPoint:
    'The town is {{communes}}, but the point is in {{commune}}: {{code}} is used.',
  commune_mismatch_cityPostcodePoint:
    'The town is {{communes}}, but the postcode and the point are in {{commune}}: {{code}} is used.',
  commune_mismatch_postcodePoint:
    'The postcode belongs to {{communes}}, but the point is in {{commune}}: {{code}} is used.',
  unknown_commune_nisCode: 'NIS code {{code}} is not a Walloon municipality; it is ignored.',
  unknown_commune_sharedPostcode:
    'Postcode {{postcode}} is shared by {{communes}}: give the municipality or its NIS code to choose. The site is placed at the postcode, without a municipality.',
  unknown_commune_ambiguousCity:
    '“{{city}}” is the name of several municipalities ({{communes}}): give the postcode or NIS code to choose.',
  unknown_commune_city:
    '“{{city}}” is not the name of a Walloon municipality, and no NIS code, postcode or point gives it.',
  unknown_postcode_notWalloon: '{{value}} is not a Walloon postcode.',
  unknown_postcode_format: '“{{value}}” is not a 4-digit Belgian postcode.',
  unknown_category: 'The category “{{value}}” is not known; the service is filed under “other”.',
  unknown_language:
    'The language “{{value}}” is not known; give an ISO 639-1 code such as fr, nl or uk.',
  invalid_url: '“{{value}}” is not an http, https, mailto or tel link; the field was emptied.',
  invalid_url_noScheme: '“{{value}}” has no scheme; read as {{read}}.',
  invalid_email: '“{{value}}” is not an e-mail address; the field was emptied.',
  invalid_date: '“{{value}}” is not a date (YYYY-MM-DD expected); the field was emptied.',
  invalid_date_dayMonthYear: 'The date “{{value}}” is read as {{date}} (day/month/year).',
  nis_code_updated_renumbered_2019:
    'NIS code {{from}} became {{to}}: the municipality was renumbered on 1 January 2019.',
  nis_code_updated_merged_2025:
    'NIS code {{from}} became {{to}}: the municipality was merged on 1 January 2025.',
  coordinates_reprojected:
    'The coordinates (x {{x}}, y {{y}}) are in {{crs}}; converted to WGS84: latitude {{latitude}}, longitude {{longitude}}.',
  coordinates_reprojected_detected:
    'The coordinates (x {{x}}, y {{y}}) are in {{crs}} (recognised from their values); converted to WGS84: latitude {{latitude}}, longitude {{longitude}}.',
  no_location:
    'No address, postcode, municipality or coordinates: the service has no site on the map.',
  no_location_unknownPlace:
    'No usable coordinates, and no known Walloon postcode or municipality (given: {{given}}): the site is not placed on the map.',
  dangling_reference: '{{value}} matches no accepted record.',
  dangling_reference_cleared: '{{value}} matches no accepted record; the reference was cleared.',
  organization_matched:
    'No organisation is given: the service “{{service}}” is taken as its own organisation.',
  conflicting_value:
    '{{value}} differs from {{earlier}}, given for the same record on an earlier row; the earlier value is kept.',
  geometry_simplified: 'A {{type}}: the site is placed at a point on its surface.',
  geometry_simplified_multiPoint:
    'A MultiPoint of {{points, number}} points: only the first is kept as the site; give one feature per site.',
};

/** The columns of the flat form (text/headers.ts FLAT_FIELD_ALIASES), as a reader names them. */
const flatFieldFr = {
  service_id: 'Identifiant du service',
  service_name: 'Nom du service',
  category: 'Catégorie',
  status: 'Statut',
  languages: 'Langues',
  organization_id: 'Identifiant de l’organisation',
  organization_name: 'Nom de l’organisation',
  organization_type: 'Type d’organisation',
  location_id: 'Identifiant du lieu',
  location_name: 'Nom du lieu',
  address: 'Adresse',
  postal_code: 'Code postal',
  city: 'Localité',
  nis_code: 'Code INS de la commune',
  latitude: 'Latitude',
  longitude: 'Longitude',
  x: 'Coordonnée x (Lambert)',
  y: 'Coordonnée y (Lambert)',
  location_precision: 'Précision de la position',
  phone: 'Téléphone du service',
  email: 'Courriel du service',
  website: 'Site web du service',
  last_verified: 'Vérifié auprès de l’organisation le',
  source: 'Source',
  source_consulted: 'Source consultée le',
  service_description: 'Description du service',
  audience: 'Public',
  eligibility: 'Conditions',
  fees: 'Coût',
  organization_level: 'Niveau de l’organisation',
  organization_website: 'Site web de l’organisation',
  organization_email: 'Courriel de l’organisation',
  organization_phone: 'Téléphone de l’organisation',
  organization_enterprise_number: 'Numéro d’entreprise (BCE) de l’organisation',
  organization_source: 'Source de l’organisation',
  organization_last_verified: 'Organisation vérifiée le',
  organization_source_consulted: 'Source de l’organisation consultée le',
  location_source: 'Source du lieu',
  location_last_verified: 'Lieu vérifié le',
  location_source_consulted: 'Source du lieu consultée le',
  contact_person: 'Personne de contact (interne)',
  notes: 'Notes (internes)',
  organization_contact_person: 'Personne de contact de l’organisation (interne)',
  organization_notes: 'Notes sur l’organisation (internes)',
  service_at_location_id: 'Identifiant du service à ce lieu',
};

const flatFieldNl: typeof flatFieldFr = {
  service_id: 'Identificatie van de dienst',
  service_name: 'Naam van de dienst',
  category: 'Categorie',
  status: 'Status',
  languages: 'Talen',
  organization_id: 'Identificatie van de organisatie',
  organization_name: 'Naam van de organisatie',
  organization_type: 'Soort organisatie',
  location_id: 'Identificatie van de locatie',
  location_name: 'Naam van de locatie',
  address: 'Adres',
  postal_code: 'Postcode',
  city: 'Plaats',
  nis_code: 'NIS-code van de gemeente',
  latitude: 'Breedtegraad',
  longitude: 'Lengtegraad',
  x: 'x-coördinaat (Lambert)',
  y: 'y-coördinaat (Lambert)',
  location_precision: 'Nauwkeurigheid van de positie',
  phone: 'Telefoon van de dienst',
  email: 'E-mail van de dienst',
  website: 'Website van de dienst',
  last_verified: 'Gecontroleerd bij de organisatie op',
  source: 'Bron',
  source_consulted: 'Bron geraadpleegd op',
  service_description: 'Beschrijving van de dienst',
  audience: 'Doelgroep',
  eligibility: 'Voorwaarden',
  fees: 'Kosten',
  organization_level: 'Niveau van de organisatie',
  organization_website: 'Website van de organisatie',
  organization_email: 'E-mail van de organisatie',
  organization_phone: 'Telefoon van de organisatie',
  organization_enterprise_number: 'Ondernemingsnummer (KBO) van de organisatie',
  organization_source: 'Bron van de organisatie',
  organization_last_verified: 'Organisatie gecontroleerd op',
  organization_source_consulted: 'Bron van de organisatie geraadpleegd op',
  location_source: 'Bron van de locatie',
  location_last_verified: 'Locatie gecontroleerd op',
  location_source_consulted: 'Bron van de locatie geraadpleegd op',
  contact_person: 'Contactpersoon (intern)',
  notes: 'Notities (intern)',
  organization_contact_person: 'Contactpersoon van de organisatie (intern)',
  organization_notes: 'Notities over de organisatie (intern)',
  service_at_location_id: 'Identificatie van de dienst op deze locatie',
};

const flatFieldEn: typeof flatFieldFr = {
  service_id: 'Service id',
  service_name: 'Name of the service',
  category: 'Category',
  status: 'Status',
  languages: 'Languages',
  organization_id: 'Organisation id',
  organization_name: 'Name of the organisation',
  organization_type: 'Organisation type',
  location_id: 'Site id',
  location_name: 'Name of the site',
  address: 'Address',
  postal_code: 'Postcode',
  city: 'Town',
  nis_code: 'Municipality NIS code',
  latitude: 'Latitude',
  longitude: 'Longitude',
  x: 'x coordinate (Lambert)',
  y: 'y coordinate (Lambert)',
  location_precision: 'Precision of the position',
  phone: 'Phone of the service',
  email: 'E-mail of the service',
  website: 'Website of the service',
  last_verified: 'Verified with the organisation on',
  source: 'Source',
  source_consulted: 'Source consulted on',
  service_description: 'Description of the service',
  audience: 'Audience',
  eligibility: 'Eligibility',
  fees: 'Fees',
  organization_level: 'Level of the organisation',
  organization_website: 'Website of the organisation',
  organization_email: 'E-mail of the organisation',
  organization_phone: 'Phone of the organisation',
  organization_enterprise_number: 'Enterprise number (KBO/BCE) of the organisation',
  organization_source: 'Source of the organisation',
  organization_last_verified: 'Organisation verified on',
  organization_source_consulted: 'Source of the organisation consulted on',
  location_source: 'Source of the site',
  location_last_verified: 'Site verified on',
  location_source_consulted: 'Source of the site consulted on',
  contact_person: 'Contact person (internal)',
  notes: 'Notes (internal)',
  organization_contact_person: 'Contact person of the organisation (internal)',
  organization_notes: 'Notes on the organisation (internal)',
  service_at_location_id: 'Id of the service at this site',
};

export const importReportMessages = {
  fr: {
    message: messageFr,
    flatField: flatFieldFr,
    readAs: 'lue comme : {{field}}',
  },
  nl: {
    message: messageNl,
    flatField: flatFieldNl,
    readAs: 'gelezen als: {{field}}',
  },
  en: {
    message: messageEn,
    flatField: flatFieldEn,
    readAs: 'read as: {{field}}',
  },
};
