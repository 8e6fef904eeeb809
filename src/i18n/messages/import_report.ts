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
    'Ce n’est pas un format que l’Atlas lit : il attend un classeur .xlsx, un .csv (à plat ou un fichier par table), un .geojson ou un paquet HSDS (dossier ou .zip avec datapackage.json).',
  unreadable_file_spreadsheet:
    'L’Atlas n’ouvre pas les classeurs .{{extension}}, seulement les .xlsx : ouvrez le fichier dans LibreOffice Calc (ou Excel), enregistrez-le au format .xlsx (Fichier › Enregistrer sous, type « Excel 2007-365 (.xlsx) »), puis importez ce fichier.',
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
  empty_file: 'Le fichier est vide : il n’a ni ligne d’en-tête ni ligne de données.',
  field_too_long_cell:
    'Cette cellule contient {{length, number}} caractères, plus que les {{limit, number}} que l’Atlas lit dans une cellule ; raccourcissez-la (ou cherchez un guillemet jamais fermé).',
  field_too_long_header:
    'Un nom de colonne de l’en-tête contient {{length, number}} caractères, plus que les {{limit, number}} que l’Atlas lit dans une cellule : le fichier n’est pas lu.',
  field_too_long_value:
    'Cette valeur contient {{length, number}} caractères, plus que les {{limit, number}} que l’Atlas lit dans une valeur ; raccourcissez-la.',
  invalid_encoding_invalidUtf8:
    'Lu en UTF-8, mais {{count, number}} suites d’octets ne sont pas de l’UTF-8 valable et ont été remplacées par « � » (la première à la ligne {{line, number}}) ; enregistrez à nouveau le fichier en UTF-8.',
  invalid_encoding_mixed:
    'Lu en Windows-1252, mais {{count, number}} suites ressemblent à de l’UTF-8 (la première à la ligne {{line, number}}) : le fichier mélange les encodages ; vérifiez ses lettres accentuées.',
  invalid_encoding_utf16:
    'Lu en {{encoding}} : le fichier n’a pas de marque d’ordre des octets, mais ses octets nuls l’indiquent.',
  invalid_geometry:
    'Cette géométrie est ignorée : {{fault}}. Le site est placé par son adresse, s’il en a une.',
  invalid_geometry_part:
    'Cette géométrie est ignorée, sa partie {{part, number}} n’étant pas utilisable : {{fault}}. Le site est placé par son adresse, s’il en a une.',
  invalid_value_nestedProperty:
    'La propriété « {{key}} » contient une liste ou un objet là où un texte, un nombre ou une liste de ceux-ci est attendu ; elle est lue comme son texte JSON.',
  invalid_value_properties:
    'Les propriétés devraient être un objet de valeurs nommées ; trouvé : {{found}}, qui est ignoré.',
  invalid_value_places: '« {{value}} » n’est pas un nombre entier de places.',
  malformed_row_feature:
    'L’élément {{number, number}} devrait être un objet avec une géométrie et des propriétés ; trouvé : {{found}}.',
  malformed_row_runOnQuote:
    'Un guillemet ouvert dans cette ligne n’est pas fermé où il le devrait : la ligne se prolonge sur les {{lines, number}} lignes suivantes, lues comme faisant partie d’elle ; corrigez ses guillemets.',
  malformed_row_misplacedQuote:
    'Un guillemet de cette ligne est mal placé (une valeur entre guillemets doit finir à son séparateur) ; corrigez ses guillemets.',
  nested_archive:
    '{{name}} est une archive dans l’archive : elle n’est pas ouverte ; extrayez-la et importez ce qu’elle contient.',
  too_deeply_nested:
    'Le JSON imbrique listes et objets sur plus de {{maxJsonDepth, number}} niveaux (ligne {{line, number}}) ; l’Atlas en lit au plus {{maxJsonDepth, number}}.',
  too_deeply_nested_descriptor:
    'Le descripteur du paquet imbrique listes et objets sur plus de {{maxJsonDepth, number}} niveaux (ligne {{line, number}}) : les fichiers ont été reconnus à leur nom HSDS.',
  too_deeply_nested_sidecar:
    'Le fichier annexe de l’Atlas imbrique listes et objets sur plus de {{maxJsonDepth, number}} niveaux (ligne {{line, number}}) ; il est ignoré.',
  too_many_columns_columns:
    'L’en-tête a {{count, number}} colonnes, plus que les {{limit, number}} que l’Atlas lit : laissez de côté celles dont il n’a pas besoin.',
  too_many_rows_cells:
    'Le fichier a plus de {{limit, number}} cellules (lignes × colonnes), le maximum que l’Atlas lit dans un fichier : divisez-le en plusieurs fichiers, chacun avec la ligne d’en-tête, ou laissez de côté les colonnes inutiles.',
  too_many_rows_features:
    'Le fichier a {{count, number}} éléments, plus que les {{limit, number}} que l’Atlas lit dans un fichier : divisez-le en plusieurs fichiers.',
  too_many_rows_rows:
    'Le fichier a plus de {{limit, number}} lignes après son en-tête, le maximum que l’Atlas lit dans un fichier : divisez-le en plusieurs fichiers, chacun avec la ligne d’en-tête.',
  too_many_rows_sidecar:
    'Le fichier annexe de l’Atlas liste plus de {{maxRows, number}} relations ou indicateurs, le maximum que l’Atlas lit ; il est ignoré.',
  unknown_format_emptyZip: 'L’archive ne contient aucun fichier que l’Atlas puisse ouvrir.',
  unknown_format_zip:
    'L’archive ne contient aucun fichier que l’Atlas lit ({{files}}) : il attend des .csv, un .geojson ou un paquet HSDS avec datapackage.json.',
  unreadable_file_binary:
    'Ce n’est pas un fichier texte : l’octet {{byte, number}} (ligne {{line, number}}) est nul, comme dans un fichier binaire (un classeur, une image) ; enregistrez-le en CSV.',
  unreadable_file_descriptor:
    'Le descripteur du paquet (datapackage.json) n’a pas pu être lu : les fichiers ont été reconnus à leur nom HSDS. Cause : {{cause}}',
  unreadable_file_jsonAt:
    'Ce n’est pas du JSON valable : erreur à la ligne {{line, number}}, colonne {{column, number}}.',
  unreadable_file_noResources:
    'Le descripteur du paquet n’a pas de liste de ressources : les fichiers ont été reconnus à leur nom HSDS.',
  unreadable_file_noTables:
    'Aucune des tables que l’Atlas lit ({{expected}}) n’a été trouvée là où datapackage.json l’indique, ni par son nom : rien n’a été lu.',
  unreadable_file_sidecarForm:
    'Le fichier annexe de l’Atlas n’a pas la forme attendue (à « {{at}} ») ; il est ignoré.',
  unreadable_file_sidecar:
    'Le fichier annexe de l’Atlas n’a pas pu être lu ; il est ignoré. Cause : {{cause}}',
  unreadable_file_zipEntry: '{{name}} n’a pas pu être décompressé ; il est laissé de côté.',
  unreadable_file_zip:
    'L’archive n’a pas pu être ouverte : elle est abîmée, ou ce n’est pas un zip.',
  unreadable_file_fault:
    'L’Atlas a échoué en lisant ce fichier ; rien n’a été modifié. Signalez-le, avec le fichier.',
  zip_too_large_files:
    'L’archive contient {{count, number}} fichiers, plus que les {{limit, number}} que l’Atlas ouvre : divisez le paquet, ou n’y mettez que les tables nécessaires.',
  zip_too_large_inflated:
    'Une fois décompressés, les fichiers de l’archive dépassent {{limit, number}} Mo, le maximum que l’Atlas lit (arrêt dans {{name}}) : divisez le paquet, ou n’y mettez que les tables nécessaires.',
  zip_too_large_inflatedRatio:
    '{{name}} se décompresse à plus de {{limit, number}} fois sa taille compressée, comme une bombe de décompression ; l’Atlas n’ouvre pas un tel fichier.',
  zip_too_large_ratio:
    '{{name}} se décompresserait à {{ratio, number}} fois sa taille compressée ({{size, number}} Mo), comme une bombe de décompression ; l’Atlas n’ouvre aucun fichier qui dépasse {{limit, number}} fois.',
  zip_too_large_size:
    'Une fois décompressés, les fichiers de l’archive font {{size, number}} Mo, plus que les {{limit, number}} Mo que l’Atlas lit : divisez le paquet, ou n’y mettez que les tables nécessaires.',
  file_too_large_file:
    'Le fichier fait {{size, number}} Mo, plus que les {{maxFileMegabytes, number}} Mo que l’Atlas lit dans un fichier : divisez-le en plusieurs fichiers (une table en fichiers de moins de lignes, chacun avec la ligne d’en-tête).',
  file_too_large_files:
    '{{count, number}} fichiers, plus que les {{maxFiles, number}} que l’Atlas lit en une fois : importez-les en plusieurs fois.',
  file_too_large_total:
    'Les fichiers font {{size, number}} Mo, plus que les {{maxFileMegabytes, number}} Mo que l’Atlas lit en une fois : importez-les en plusieurs fois.',
  unknown_place_placeCode:
    '« {{value}} » n’est le code d’aucune commune, d’aucun arrondissement ni d’aucune province de Wallonie, ni de la Wallonie (03000) ou de la Belgique (01000).',
  unknown_commune_placeCode:
    '« {{value}} » n’est le code d’aucune commune, d’aucun arrondissement ni d’aucune province de Wallonie, ni de la Wallonie (03000) ou de la Belgique (01000).',
  unknown_area_placeCode:
    '« {{value}} » n’est le code d’aucune commune, d’aucun arrondissement ni d’aucune province de Wallonie, ni de la Wallonie (03000) ou de la Belgique (01000) ; il est retiré de la zone desservie.',
  unknown_place_placeName:
    '« {{value}} » ne nomme aucune commune, aucun arrondissement ni aucune province de Wallonie.',
  unknown_commune_placeName:
    '« {{value}} » ne nomme aucune commune, aucun arrondissement ni aucune province de Wallonie.',
  unknown_area_placeName:
    '« {{value}} » ne nomme aucune commune, aucun arrondissement ni aucune province de Wallonie ; il est retiré de la zone desservie.',
  unknown_place_placeAmbiguous:
    '« {{value}} » peut désigner plusieurs lieux ({{candidates}}) : donnez le code INS.',
  unknown_commune_placeAmbiguous:
    '« {{value}} » peut désigner plusieurs lieux ({{candidates}}) : donnez le code INS.',
  unknown_area_placeAmbiguous:
    '« {{value}} » peut désigner plusieurs lieux ({{candidates}}) : donnez le code INS ; il est retiré de la zone desservie.',
  invalid_date_period:
    '« {{value}} » n’est ni une date, ni un mois (2024-01, janv. 2024, 01/2024), ni un trimestre (2024-Q1), ni une année.',
  sum_mismatch:
    '{{indicator}} au {{date}} : les {{count, number}} lieux de {{of}} totalisent {{sum, number}}, et non {{total, number}} comme indiqué pour {{of}}.',
  missing_column_figures:
    'L’en-tête n’a pas de colonne de lieu (code INS, commune, arrondissement, province) avec une colonne de valeur ou des colonnes de dates.',
  conflicting_value_figure:
    '{{indicator}} pour {{place}} au {{date}} vaut déjà {{known, number}} (ligne {{row, number}}), et non {{value, number}}.',
  duplicate_row:
    '{{indicator}} pour {{place}} au {{date}} a déjà été donné (ligne {{row, number}}) ; il est gardé une fois.',
  inconsistent_unit: 'L’unité de {{indicator}} pour {{place}} passe de « {{from}} » à « {{to}} ».',
  missing_column_hsds:
    'Non conforme à HSDS 3.0 : {{file}} n’a pas de colonne « {{column}} », qui y est obligatoire.',
  missing_required_hsds: 'Non conforme à HSDS 3.0 : ce champ y est obligatoire, mais il est vide.',
  invalid_value_hsdsType: 'Non conforme à HSDS 3.0 : « {{value}} » n’est pas {{expected}}.',
  invalid_value_hsdsEnum:
    'Non conforme à HSDS 3.0 : « {{value}} » n’est pas une des valeurs admises : {{allowed}}.',
  invalid_value_hsdsRepeat:
    'Non conforme à HSDS 3.0 : « {{value}} » répète la ligne {{row, number}}, alors que ce champ doit être unique.',
  duplicate_id_hsdsRepeat:
    'Non conforme à HSDS 3.0 : l’identifiant « {{value}} » répète la ligne {{row, number}}.',
  dangling_reference_hsds:
    'Non conforme à HSDS 3.0 : « {{value}} » ne correspond à aucun {{target}} de {{file}}.',
  unreadable_file_workbook:
    'Ce classeur n’a pas pu être ouvert : enregistrez-le à nouveau au format .xlsx.',
  empty_file_workbook: 'Toutes les feuilles de ce classeur sont vides.',
  malformed_row_unread: 'La ligne n’a pas pu être lue.',
};

const messageNl: typeof messageFr = {
  unreadable_file_unknownFormat:
    'Dit is geen formaat dat de Atlas leest: verwacht wordt een .xlsx-werkmap, een .csv (plat of één bestand per tabel), een .geojson of een HSDS-pakket (map of .zip met datapackage.json).',
  unreadable_file_spreadsheet:
    'De Atlas opent geen .{{extension}}-werkmappen, alleen .xlsx: open het bestand in LibreOffice Calc (of Excel), sla het op als .xlsx (Bestand › Opslaan als, type „Excel 2007-365 (.xlsx)”) en importeer dat bestand.',
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
  empty_file: 'Het bestand is leeg: het heeft geen kopregel en geen rij.',
  field_too_long_cell:
    'Deze cel bevat {{length, number}} tekens, meer dan de {{limit, number}} die de Atlas in één cel leest; maak ze korter (of zoek een aanhalingsteken dat nooit gesloten wordt).',
  field_too_long_header:
    'Een kolomnaam in de kopregel bevat {{length, number}} tekens, meer dan de {{limit, number}} die de Atlas in één cel leest: het bestand wordt niet gelezen.',
  field_too_long_value:
    'Deze waarde bevat {{length, number}} tekens, meer dan de {{limit, number}} die de Atlas in één waarde leest; maak ze korter.',
  invalid_encoding_invalidUtf8:
    'Gelezen als UTF-8, maar {{count, number}} bytereeksen zijn geen geldige UTF-8 en werden vervangen door „�” (de eerste op regel {{line, number}}); sla het bestand opnieuw op als UTF-8.',
  invalid_encoding_mixed:
    'Gelezen als Windows-1252, maar {{count, number}} reeksen lijken op UTF-8 (de eerste op regel {{line, number}}): het bestand mengt coderingen; controleer de letters met accenten.',
  invalid_encoding_utf16:
    'Gelezen als {{encoding}}: het bestand heeft geen byte order mark, maar de nulbytes wijzen erop.',
  invalid_geometry:
    'Deze geometrie wordt genegeerd: {{fault}}. De locatie wordt via haar adres geplaatst, als ze er een heeft.',
  invalid_geometry_part:
    'Deze geometrie wordt genegeerd, want deel {{part, number}} ervan is onbruikbaar: {{fault}}. De locatie wordt via haar adres geplaatst, als ze er een heeft.',
  invalid_value_nestedProperty:
    'De eigenschap „{{key}}” bevat een lijst of object waar tekst, een getal of een lijst daarvan verwacht wordt; ze wordt gelezen als haar JSON-tekst.',
  invalid_value_properties:
    'De eigenschappen zouden een object met benoemde waarden moeten zijn; gevonden: {{found}}, dat genegeerd wordt.',
  invalid_value_places: '„{{value}}” is geen geheel aantal plaatsen.',
  malformed_row_feature:
    'Feature {{number, number}} zou een object met een geometrie en eigenschappen moeten zijn; gevonden: {{found}}.',
  malformed_row_runOnQuote:
    'Een aanhalingsteken dat in deze rij geopend wordt, wordt niet gesloten waar het zou moeten: de rij loopt door over de volgende {{lines, number}} regels, die als deel ervan gelezen worden; verbeter de aanhalingstekens.',
  malformed_row_misplacedQuote:
    'Een aanhalingsteken in deze rij staat verkeerd (een waarde tussen aanhalingstekens moet eindigen bij haar scheidingsteken); verbeter de aanhalingstekens.',
  nested_archive:
    '{{name}} is een archief in het archief: het wordt niet geopend; pak het uit en importeer wat het bevat.',
  too_deeply_nested:
    'De JSON nest lijsten en objecten dieper dan {{maxJsonDepth, number}} niveaus (regel {{line, number}}); de Atlas leest er hoogstens {{maxJsonDepth, number}}.',
  too_deeply_nested_descriptor:
    'De pakketbeschrijving nest lijsten en objecten dieper dan {{maxJsonDepth, number}} niveaus (regel {{line, number}}): de bestanden werden herkend aan hun HSDS-naam.',
  too_deeply_nested_sidecar:
    'Het bijbestand van de Atlas nest lijsten en objecten dieper dan {{maxJsonDepth, number}} niveaus (regel {{line, number}}); het wordt genegeerd.',
  too_many_columns_columns:
    'De kopregel heeft {{count, number}} kolommen, meer dan de {{limit, number}} die de Atlas leest: laat de kolommen weg die hij niet nodig heeft.',
  too_many_rows_cells:
    'Het bestand heeft meer dan {{limit, number}} cellen (rijen × kolommen), het maximum dat de Atlas uit één bestand leest: splits het in meerdere bestanden, elk met de kopregel, of laat overbodige kolommen weg.',
  too_many_rows_features:
    'Het bestand heeft {{count, number}} features, meer dan de {{limit, number}} die de Atlas uit één bestand leest: splits het in meerdere bestanden.',
  too_many_rows_rows:
    'Het bestand heeft meer dan {{limit, number}} rijen na de kopregel, het maximum dat de Atlas uit één bestand leest: splits het in meerdere bestanden, elk met de kopregel.',
  too_many_rows_sidecar:
    'Het bijbestand van de Atlas bevat meer dan {{maxRows, number}} relaties of indicatoren, het maximum dat de Atlas leest; het wordt genegeerd.',
  unknown_format_emptyZip: 'Het archief bevat geen enkel bestand dat de Atlas kan openen.',
  unknown_format_zip:
    'Het archief bevat geen bestand dat de Atlas leest ({{files}}): hij verwacht .csv-bestanden, een .geojson of een HSDS-pakket met datapackage.json.',
  unreadable_file_binary:
    'Geen tekstbestand: byte {{byte, number}} (regel {{line, number}}) is een nulbyte, zoals in een binair bestand (een werkmap, een afbeelding); sla het op als CSV.',
  unreadable_file_descriptor:
    'De pakketbeschrijving (datapackage.json) kon niet gelezen worden: de bestanden werden herkend aan hun HSDS-naam. Oorzaak: {{cause}}',
  unreadable_file_jsonAt:
    'Geen geldige JSON: fout op regel {{line, number}}, kolom {{column, number}}.',
  unreadable_file_noResources:
    'De pakketbeschrijving heeft geen lijst van bronnen: de bestanden werden herkend aan hun HSDS-naam.',
  unreadable_file_noTables:
    'Geen van de tabellen die de Atlas leest ({{expected}}) werd gevonden waar datapackage.json zegt, noch op haar naam: er werd niets gelezen.',
  unreadable_file_sidecarForm:
    'Het bijbestand van de Atlas heeft niet de verwachte vorm (bij "{{at}}"); het wordt genegeerd.',
  unreadable_file_sidecar:
    'Het bijbestand van de Atlas kon niet gelezen worden; het wordt genegeerd. Oorzaak: {{cause}}',
  unreadable_file_zipEntry: '{{name}} kon niet uitgepakt worden; het wordt weggelaten.',
  unreadable_file_zip:
    'Het archief kon niet geopend worden: het is beschadigd, of het is geen zip.',
  unreadable_file_fault:
    'De Atlas liep vast bij het lezen van dit bestand; er werd niets gewijzigd. Meld het, met het bestand.',
  zip_too_large_files:
    'Het archief bevat {{count, number}} bestanden, meer dan de {{limit, number}} die de Atlas opent: splits het pakket, of zip alleen de tabellen die nodig zijn.',
  zip_too_large_inflated:
    'Uitgepakt zijn de bestanden van het archief groter dan {{limit, number}} MB, het maximum dat de Atlas leest (gestopt in {{name}}): splits het pakket, of zip alleen de tabellen die nodig zijn.',
  zip_too_large_inflatedRatio:
    '{{name}} pakt uit tot meer dan {{limit, number}} keer zijn gecomprimeerde grootte, zoals een zipbom; de Atlas opent zo’n bestand niet.',
  zip_too_large_ratio:
    '{{name}} zou uitpakken tot {{ratio, number}} keer zijn gecomprimeerde grootte ({{size, number}} MB), zoals een zipbom; de Atlas opent geen bestand dat meer dan {{limit, number}} keer groter wordt.',
  zip_too_large_size:
    'Uitgepakt zijn de bestanden van het archief {{size, number}} MB, meer dan de {{limit, number}} MB die de Atlas leest: splits het pakket, of zip alleen de tabellen die nodig zijn.',
  file_too_large_file:
    'Het bestand is {{size, number}} MB, meer dan de {{maxFileMegabytes, number}} MB die de Atlas in één bestand leest: splits het in meerdere bestanden (een tabel in bestanden met minder rijen, elk met de kopregel).',
  file_too_large_files:
    '{{count, number}} bestanden, meer dan de {{maxFiles, number}} die de Atlas in één keer leest: importeer ze in meerdere keren.',
  file_too_large_total:
    'De bestanden zijn samen {{size, number}} MB, meer dan de {{maxFileMegabytes, number}} MB die de Atlas in één keer leest: importeer ze in meerdere keren.',
  unknown_place_placeCode:
    '„{{value}}” is niet de code van een Waalse gemeente, een arrondissement of een provincie, noch van Wallonië (03000) of België (01000).',
  unknown_commune_placeCode:
    '„{{value}}” is niet de code van een Waalse gemeente, een arrondissement of een provincie, noch van Wallonië (03000) of België (01000).',
  unknown_area_placeCode:
    '„{{value}}” is niet de code van een Waalse gemeente, een arrondissement of een provincie, noch van Wallonië (03000) of België (01000); het wordt uit het werkgebied weggelaten.',
  unknown_place_placeName:
    '„{{value}}” is de naam van geen enkele Waalse gemeente, arrondissement of provincie.',
  unknown_commune_placeName:
    '„{{value}}” is de naam van geen enkele Waalse gemeente, arrondissement of provincie.',
  unknown_area_placeName:
    '„{{value}}” is de naam van geen enkele Waalse gemeente, arrondissement of provincie; het wordt uit het werkgebied weggelaten.',
  unknown_place_placeAmbiguous:
    '„{{value}}” kan meerdere plaatsen aanduiden ({{candidates}}): geef de NIS-code.',
  unknown_commune_placeAmbiguous:
    '„{{value}}” kan meerdere plaatsen aanduiden ({{candidates}}): geef de NIS-code.',
  unknown_area_placeAmbiguous:
    '„{{value}}” kan meerdere plaatsen aanduiden ({{candidates}}): geef de NIS-code; het wordt uit het werkgebied weggelaten.',
  invalid_date_period:
    '„{{value}}” is geen datum, maand (2024-01, jan. 2024, 01/2024), kwartaal (2024-Q1) of jaar.',
  sum_mismatch:
    '{{indicator}} op {{date}}: de {{count, number}} plaatsen binnen {{of}} tellen op tot {{sum, number}}, niet {{total, number}} zoals opgegeven voor {{of}}.',
  missing_column_figures:
    'De kopregel heeft geen plaatskolom (NIS-code, gemeente, arrondissement, provincie) met een waardekolom of datumkolommen.',
  conflicting_value_figure:
    '{{indicator}} voor {{place}} op {{date}} is al {{known, number}} (rij {{row, number}}), niet {{value, number}}.',
  duplicate_row:
    '{{indicator}} voor {{place}} op {{date}} werd al opgegeven (rij {{row, number}}); het wordt één keer bewaard.',
  inconsistent_unit:
    'De eenheid van {{indicator}} voor {{place}} verandert van „{{from}}” naar „{{to}}”.',
  missing_column_hsds:
    'Niet conform HSDS 3.0: {{file}} heeft geen kolom "{{column}}", die er verplicht is.',
  missing_required_hsds: 'Niet conform HSDS 3.0: dit veld is er verplicht, maar het is leeg.',
  invalid_value_hsdsType: 'Niet conform HSDS 3.0: "{{value}}" is geen {{expected}}.',
  invalid_value_hsdsEnum:
    'Niet conform HSDS 3.0: "{{value}}" is geen van de toegelaten waarden: {{allowed}}.',
  invalid_value_hsdsRepeat:
    'Niet conform HSDS 3.0: "{{value}}" herhaalt regel {{row, number}}, terwijl dit veld uniek moet zijn.',
  duplicate_id_hsdsRepeat:
    'Niet conform HSDS 3.0: de identificatie "{{value}}" herhaalt regel {{row, number}}.',
  dangling_reference_hsds:
    'Niet conform HSDS 3.0: "{{value}}" komt met geen enkele {{target}} van {{file}} overeen.',
  unreadable_file_workbook: 'Deze werkmap kon niet geopend worden: sla ze opnieuw op als .xlsx.',
  empty_file_workbook: 'Alle bladen van deze werkmap zijn leeg.',
  malformed_row_unread: 'De rij kon niet gelezen worden.',
};

const messageEn: typeof messageFr = {
  unreadable_file_unknownFormat:
    'Not a format the Atlas reads: it expects an .xlsx workbook, a .csv (flat or one file per table), a .geojson or an HSDS package (folder or .zip with datapackage.json).',
  unreadable_file_spreadsheet:
    'The Atlas cannot open .{{extension}} spreadsheets, only .xlsx workbooks: open the file in LibreOffice Calc (or Excel), save it as .xlsx (File › Save As, type “Excel 2007-365 (.xlsx)”), then import that file.',
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
  empty_file: 'The file is empty: it holds no header and no row.',
  field_too_long_cell:
    'This cell holds {{length, number}} characters, more than the {{limit, number}} the Atlas reads in one cell; shorten it (or look for a quote that is never closed).',
  field_too_long_header:
    'A column name in the header holds {{length, number}} characters, more than the {{limit, number}} the Atlas reads in one cell: the file is not read.',
  field_too_long_value:
    'This value holds {{length, number}} characters, more than the {{limit, number}} the Atlas reads in one value; shorten it.',
  invalid_encoding_invalidUtf8:
    'Read as UTF-8, but {{count, number}} byte sequences are not valid UTF-8 and were replaced by “�” (the first on line {{line, number}}); save the file as UTF-8 again.',
  invalid_encoding_mixed:
    'Read as Windows-1252, but {{count, number}} sequences look like UTF-8 (the first on line {{line, number}}): the file mixes encodings; check its accented letters.',
  invalid_encoding_utf16:
    'Read as {{encoding}}: the file has no byte order mark, but its zero bytes say so.',
  invalid_geometry:
    'This geometry is ignored: {{fault}}. The site is placed by its address, if it has one.',
  invalid_geometry_part:
    'This geometry is ignored, as its part {{part, number}} is unusable: {{fault}}. The site is placed by its address, if it has one.',
  invalid_value_nestedProperty:
    'The property “{{key}}” holds a list or an object where a text, a number or a list of them is expected; it is read as its JSON text.',
  invalid_value_properties:
    'The properties should be an object of named values; found: {{found}}, which is ignored.',
  invalid_value_places: '“{{value}}” is not a whole number of places.',
  malformed_row_feature:
    'Feature {{number, number}} should be an object with a geometry and properties; found: {{found}}.',
  malformed_row_runOnQuote:
    'A quote opened in this row is not closed where it should be: the row runs on over the next {{lines, number}} lines, which are read as part of it; fix its quotes.',
  malformed_row_misplacedQuote:
    'A quote in this row is misplaced (a quoted value must end at its separator); fix its quotes.',
  nested_archive:
    '{{name}} is an archive inside the zip: it is not opened; extract it and import what it holds.',
  too_deeply_nested:
    'The JSON nests lists and objects more than {{maxJsonDepth, number}} levels deep (line {{line, number}}); the Atlas reads at most {{maxJsonDepth, number}}.',
  too_deeply_nested_descriptor:
    'The package descriptor nests lists and objects more than {{maxJsonDepth, number}} levels deep (line {{line, number}}): the files were matched by their HSDS names.',
  too_deeply_nested_sidecar:
    'The Atlas sidecar nests lists and objects more than {{maxJsonDepth, number}} levels deep (line {{line, number}}); it is ignored.',
  too_many_columns_columns:
    'The header has {{count, number}} columns, more than the {{limit, number}} the Atlas reads: leave out the columns it does not need.',
  too_many_rows_cells:
    'The file has more than {{limit, number}} cells (rows × columns), the most the Atlas reads from one file: split it into several files, each with the header row, or leave out the columns it does not need.',
  too_many_rows_features:
    'The file has {{count, number}} features, more than the {{limit, number}} the Atlas reads from one file: split it into several files.',
  too_many_rows_rows:
    'The file has more than {{limit, number}} rows after its header, the most the Atlas reads from one file: split it into several files, each with the header row.',
  too_many_rows_sidecar:
    'The Atlas sidecar lists more than {{maxRows, number}} relationships or indicators, the most the Atlas reads; it is ignored.',
  unknown_format_emptyZip: 'The zip holds no file the Atlas could open.',
  unknown_format_zip:
    'The zip holds no file the Atlas reads ({{files}}): it expects .csv files, a .geojson or an HSDS package with datapackage.json.',
  unreadable_file_binary:
    'Not a text file: byte {{byte, number}} (line {{line, number}}) is a zero byte, as in a binary file (a spreadsheet workbook, an image); save it as CSV.',
  unreadable_file_descriptor:
    'The package descriptor (datapackage.json) could not be read: the files were matched by their HSDS names. Cause: {{cause}}',
  unreadable_file_jsonAt:
    'Not valid JSON: error at line {{line, number}}, column {{column, number}}.',
  unreadable_file_noResources:
    'The package descriptor has no list of resources: the files were matched by their HSDS names.',
  unreadable_file_noTables:
    'None of the tables the Atlas reads ({{expected}}) was found where datapackage.json says, nor by its name: nothing was read.',
  unreadable_file_sidecarForm:
    'The Atlas sidecar is not in the expected form (at “{{at}}”); it is ignored.',
  unreadable_file_sidecar: 'The Atlas sidecar could not be read; it is ignored. Cause: {{cause}}',
  unreadable_file_zipEntry: '{{name}} could not be unzipped; it is left out.',
  unreadable_file_zip: 'The zip file could not be opened: it is damaged, or not a zip.',
  unreadable_file_fault:
    'The Atlas failed while reading this file; nothing was changed. Please report it, with the file.',
  zip_too_large_files:
    'The zip holds {{count, number}} files, more than the {{limit, number}} the Atlas opens: split the package, or zip only the tables it needs.',
  zip_too_large_inflated:
    "The zip's files come to more than {{limit, number}} MB once unzipped, the most the Atlas reads (stopped inside {{name}}): split the package, or zip only the tables it needs.",
  zip_too_large_inflatedRatio:
    '{{name}} inflates more than {{limit, number}} times its compressed size, as a zip bomb does; the Atlas opens no such entry.',
  zip_too_large_ratio:
    '{{name}} would inflate {{ratio, number}} times its compressed size (to {{size, number}} MB), as a zip bomb does; the Atlas opens no entry inflating more than {{limit, number}} times.',
  zip_too_large_size:
    "The zip's files come to {{size, number}} MB once unzipped, more than the {{limit, number}} MB the Atlas reads: split the package, or zip only the tables it needs.",
  file_too_large_file:
    'The file is {{size, number}} MB, more than the {{maxFileMegabytes, number}} MB the Atlas reads in one file: split it into several files (a table into files of fewer rows, each with the header row).',
  file_too_large_files:
    '{{count, number}} files, more than the {{maxFiles, number}} the Atlas reads at once: import them in several goes.',
  file_too_large_total:
    'The files come to {{size, number}} MB, more than the {{maxFileMegabytes, number}} MB the Atlas reads at once: import them in several goes.',
  unknown_place_placeCode:
    '“{{value}}” is not the code of a Walloon municipality, arrondissement or province, nor of Wallonia (03000) or Belgium (01000).',
  unknown_commune_placeCode:
    '“{{value}}” is not the code of a Walloon municipality, arrondissement or province, nor of Wallonia (03000) or Belgium (01000).',
  unknown_area_placeCode:
    '“{{value}}” is not the code of a Walloon municipality, arrondissement or province, nor of Wallonia (03000) or Belgium (01000); it was left out of the service area.',
  unknown_place_placeName: '“{{value}}” names no Walloon municipality, arrondissement or province.',
  unknown_commune_placeName:
    '“{{value}}” names no Walloon municipality, arrondissement or province.',
  unknown_area_placeName:
    '“{{value}}” names no Walloon municipality, arrondissement or province; it was left out of the service area.',
  unknown_place_placeAmbiguous:
    '“{{value}}” may be any of several places ({{candidates}}): give the NIS code.',
  unknown_commune_placeAmbiguous:
    '“{{value}}” may be any of several places ({{candidates}}): give the NIS code.',
  unknown_area_placeAmbiguous:
    '“{{value}}” may be any of several places ({{candidates}}): give the NIS code; it was left out of the service area.',
  invalid_date_period:
    '“{{value}}” is not a date, a month (2024-01, jan 2024, 01/2024), a quarter (2024-Q1) or a year.',
  sum_mismatch:
    '{{indicator}} on {{date}}: the {{count, number}} places within {{of}} add up to {{sum, number}}, not {{total, number}} as given for {{of}}.',
  missing_column_figures:
    'No place column (NIS code, municipality, arrondissement, province) with a value column or date columns was found in the header.',
  conflicting_value_figure:
    '{{indicator}} for {{place}} on {{date}} is already {{known, number}} (row {{row, number}}), not {{value, number}}.',
  duplicate_row:
    '{{indicator}} for {{place}} on {{date}} was given already (row {{row, number}}); it is kept once.',
  inconsistent_unit: 'The unit of {{indicator}} for {{place}} changes from “{{from}}” to “{{to}}”.',
  missing_column_hsds:
    'Not conformant to HSDS 3.0: {{file}} has no column “{{column}}”, which it requires.',
  missing_required_hsds: 'Not conformant to HSDS 3.0: this field is required there, but empty.',
  invalid_value_hsdsType: 'Not conformant to HSDS 3.0: “{{value}}” is not {{expected}}.',
  invalid_value_hsdsEnum:
    'Not conformant to HSDS 3.0: “{{value}}” is not one of the allowed values: {{allowed}}.',
  invalid_value_hsdsRepeat:
    'Not conformant to HSDS 3.0: “{{value}}” repeats row {{row, number}}, where this field must be unique.',
  duplicate_id_hsdsRepeat:
    'Not conformant to HSDS 3.0: the id “{{value}}” repeats row {{row, number}}.',
  dangling_reference_hsds:
    'Not conformant to HSDS 3.0: “{{value}}” matches no {{target}} of {{file}}.',
  unreadable_file_workbook: 'This workbook could not be opened: save it again as .xlsx.',
  empty_file_workbook: 'Every sheet of this workbook is empty.',
  malformed_row_unread: 'The row could not be read.',
};

const messageDe: typeof messageFr = {
  unreadable_file_unknownFormat:
    'Kein Format, das der Atlas liest: Er erwartet eine .csv (flach oder eine Datei pro Tabelle), eine .geojson oder ein HSDS-Paket (Ordner oder .zip mit datapackage.json).',
  unreadable_file_spreadsheet:
    'Der Atlas öffnet keine .{{extension}}-Arbeitsmappen, nur .xlsx: Öffnen Sie die Datei in LibreOffice Calc (oder Excel), speichern Sie sie als .xlsx (Datei › Speichern unter, Typ „Excel 2007-365 (.xlsx)“) und importieren Sie diese Datei.',
  unreadable_file_noFile: 'Keine Datei zu lesen.',
  unreadable_file_notGeojson: 'Weder ein GeoJSON-Feature noch eine FeatureCollection.',
  missing_column: 'Die Datei hat keine Spalte für dieses Pflichtfeld.',
  missing_required: 'Dieses Feld ist Pflicht, aber leer.',
  malformed_row_quote:
    'Ein in dieser Zeile geöffnetes Anführungszeichen wird nie geschlossen; die Zeile wurde übersprungen.',
  malformed_row_fieldCount:
    '{{expected, number}} durch „{{delimiter}}“ getrennte Zellen erwartet, {{found, number}} gefunden.',
  duplicate_id: 'Die Kennung {{value}} wird bereits von einer früheren Zeile verwendet.',
  duplicate_id_otherOrganization:
    'Die Dienstkennung {{value}} gehört bereits einem Dienst einer anderen Organisation.',
  duplicate_id_serviceAtSite:
    'Dieser Dienst an diesem Standort steht bereits in einer früheren Zeile.',
  invalid_value_notOneOf: '„{{value}}“ ist keiner der zulässigen Werte: {{allowed}}.',
  invalid_value_unknownColumns: 'Nicht erkannte Spalten, ignoriert: {{columns}}.',
  invalid_value_phone:
    '„{{value}}“ sieht nicht wie eine Telefonnummer aus; sie wurde so übernommen, wie sie steht.',
  invalid_value_number: '„{{value}}“ ist keine Zahl.',
  invalid_value_enterpriseNumber:
    '„{{value}}“ ist keine gültige belgische Unternehmensnummer (10 Ziffern, die die Modulo-97-Prüfung bestehen); sie wurde weggelassen.',
  invalid_value_integer: '„{{value}}“ ist keine ganze Zahl.',
  invalid_value_nisCode:
    '„{{value}}“ ist kein NIS-Code einer Gemeinde (5 Ziffern); er wird ignoriert.',
  invalid_value_idDerived:
    '„{{value}}“ ist keine UUID; stattdessen wurde eine stabile Kennung aus dem Datensatz abgeleitet.',
  invalid_value_referenceDropped: '„{{value}}“ ist keine UUID; der Verweis wurde verworfen.',
  invalid_value_uuid: '„{{value}}“ ist keine UUID.',
  invalid_coordinate_half:
    'Nur eine der beiden Koordinaten ist angegeben ({{value}}); die Koordinaten werden ignoriert.',
  invalid_coordinate_notNumber: '„{{value}}“ ist keine Zahl; die Koordinaten werden ignoriert.',
  invalid_coordinate_outOfRange:
    'Die Koordinaten (Breite {{latitude}}, Länge {{longitude}}) liegen außerhalb des Wertebereichs (Breite zwischen −90 und 90, Länge zwischen −180 und 180); sie werden ignoriert.',
  invalid_coordinate_zero:
    'Die Koordinaten 0, 0 stehen für einen fehlenden Ort; sie werden ignoriert.',
  invalid_coordinate_unknownCrs:
    'Die Koordinaten x {{x}}, y {{y}} sind weder belgisches Lambert 72 oder 2008 noch WGS84 für Belgien; sie werden ignoriert.',
  invalid_coordinate_notProjectable:
    'Die Koordinaten x {{x}}, y {{y}} lassen sich nicht aus {{crs}} umrechnen; sie werden ignoriert.',
  invalid_coordinate_unplaceable:
    'Die Koordinaten sind unbrauchbar, und keine bekannte wallonische Postleitzahl oder Gemeinde (angegeben: {{given}}) kann den Standort verorten.',
  coordinates_swapped:
    'Breite {{latitude}} und Länge {{longitude}} scheinen vertauscht (Belgien liegt zwischen 49 und 52 Grad Breite, 2 und 7 Grad Länge): Sie wurden zurückgetauscht.',
  coordinates_outside_wallonia:
    'Der Punkt (Breite {{latitude}}, Länge {{longitude}}) liegt außerhalb der Wallonie; er wird so übernommen.',
  commune_mismatch_postcode:
    'Die Zeile nennt {{named}}, aber die Postleitzahl {{postcode}} gehört zu {{communes}}: Der Standort wird in {{named}} verortet.',
  commune_mismatch_nisPoint:
    'Der NIS-Code {{nis}} ist {{name}}, aber der Punkt liegt in {{commune}}: {{code}} wird verwendet.',
  commune_mismatch_cityPoint:
    'Der Ort ist {{communes}}, aber der Punkt liegt in {{commune}}: {{code}} wird verwendet.',
  commune_mismatch_cityPostcodePoint:
    'Der Ort ist {{communes}}, aber Postleitzahl und Punkt liegen in {{commune}}: {{code}} wird verwendet.',
  commune_mismatch_postcodePoint:
    'Die Postleitzahl gehört zu {{communes}}, aber der Punkt liegt in {{commune}}: {{code}} wird verwendet.',
  unknown_commune_nisCode:
    'Der NIS-Code {{code}} ist keine wallonische Gemeinde; er wird ignoriert.',
  unknown_commune_sharedPostcode:
    'Die Postleitzahl {{postcode}} teilen sich {{communes}}: Geben Sie die Gemeinde oder ihren NIS-Code an, um zu wählen. Der Standort wird an der Postleitzahl verortet, ohne Gemeinde.',
  unknown_commune_ambiguousCity:
    '„{{city}}“ ist der Name mehrerer Gemeinden ({{communes}}): Geben Sie die Postleitzahl oder den NIS-Code an, um zu wählen.',
  unknown_commune_city:
    '„{{city}}“ ist nicht der Name einer wallonischen Gemeinde, und weder NIS-Code, Postleitzahl noch Punkt geben sie an.',
  unknown_postcode_notWalloon: '{{value}} ist keine wallonische Postleitzahl.',
  unknown_postcode_format: '„{{value}}“ ist keine vierstellige belgische Postleitzahl.',
  unknown_category:
    'Die Kategorie „{{value}}“ ist unbekannt; der Dienst wird unter „Sonstiges“ eingeordnet.',
  unknown_language:
    'Die Sprache „{{value}}“ ist unbekannt; geben Sie einen ISO-639-1-Code wie fr, nl oder uk an.',
  invalid_url: '„{{value}}“ ist kein http-, https-, mailto- oder tel-Link; das Feld wurde geleert.',
  invalid_url_noScheme: '„{{value}}“ hat kein Schema; gelesen als {{read}}.',
  invalid_email: '„{{value}}“ ist keine E-Mail-Adresse; das Feld wurde geleert.',
  invalid_date: '„{{value}}“ ist kein Datum (JJJJ-MM-TT erwartet); das Feld wurde geleert.',
  invalid_date_dayMonthYear: 'Das Datum „{{value}}“ wird als {{date}} gelesen (Tag/Monat/Jahr).',
  nis_code_updated_renumbered_2019:
    'Der NIS-Code {{from}} wurde zu {{to}}: Die Gemeinde wurde am 1. Januar 2019 neu nummeriert.',
  nis_code_updated_merged_2025:
    'Der NIS-Code {{from}} wurde zu {{to}}: Die Gemeinde wurde am 1. Januar 2025 fusioniert.',
  coordinates_reprojected:
    'Die Koordinaten (x {{x}}, y {{y}}) sind in {{crs}}; umgerechnet in WGS84: Breite {{latitude}}, Länge {{longitude}}.',
  coordinates_reprojected_detected:
    'Die Koordinaten (x {{x}}, y {{y}}) sind in {{crs}} (an ihren Werten erkannt); umgerechnet in WGS84: Breite {{latitude}}, Länge {{longitude}}.',
  no_location:
    'Keine Adresse, Postleitzahl, Gemeinde oder Koordinaten: Der Dienst hat keinen Standort auf der Karte.',
  no_location_unknownPlace:
    'Keine brauchbaren Koordinaten und keine bekannte wallonische Postleitzahl oder Gemeinde (angegeben: {{given}}): Der Standort wird nicht auf der Karte verortet.',
  dangling_reference: '{{value}} entspricht keinem angenommenen Datensatz.',
  dangling_reference_cleared:
    '{{value}} entspricht keinem angenommenen Datensatz; der Verweis wurde geleert.',
  organization_matched:
    'Keine Organisation angegeben: Der Dienst „{{service}}“ gilt als seine eigene Organisation.',
  conflicting_value:
    '{{value}} weicht von {{earlier}} ab, das für denselben Datensatz in einer früheren Zeile angegeben ist; der frühere Wert bleibt.',
  geometry_simplified: 'Ein {{type}}: Der Standort wird an einem Punkt seiner Fläche verortet.',
  geometry_simplified_multiPoint:
    'Ein MultiPoint mit {{points, number}} Punkten: Nur der erste wird als Standort übernommen; geben Sie ein Feature pro Standort an.',
  empty_file: 'Die Datei ist leer: Sie hat weder Kopfzeile noch Zeile.',
  field_too_long_cell:
    'Diese Zelle enthält {{length, number}} Zeichen, mehr als die {{limit, number}}, die der Atlas in einer Zelle liest; kürzen Sie sie (oder suchen Sie ein nie geschlossenes Anführungszeichen).',
  field_too_long_header:
    'Ein Spaltenname der Kopfzeile enthält {{length, number}} Zeichen, mehr als die {{limit, number}}, die der Atlas in einer Zelle liest: Die Datei wird nicht gelesen.',
  field_too_long_value:
    'Dieser Wert enthält {{length, number}} Zeichen, mehr als die {{limit, number}}, die der Atlas in einem Wert liest; kürzen Sie ihn.',
  invalid_encoding_invalidUtf8:
    'Als UTF-8 gelesen, aber {{count, number}} Bytefolgen sind kein gültiges UTF-8 und wurden durch „�“ ersetzt (die erste in Zeile {{line, number}}); speichern Sie die Datei erneut als UTF-8.',
  invalid_encoding_mixed:
    'Als Windows-1252 gelesen, aber {{count, number}} Folgen sehen wie UTF-8 aus (die erste in Zeile {{line, number}}): Die Datei mischt Kodierungen; prüfen Sie die Buchstaben mit Akzenten und Umlauten.',
  invalid_encoding_utf16:
    'Als {{encoding}} gelesen: Die Datei hat keine Byte-Reihenfolge-Markierung, aber ihre Nullbytes deuten darauf hin.',
  invalid_geometry:
    'Diese Geometrie wird ignoriert: {{fault}}. Der Standort wird über seine Adresse verortet, falls er eine hat.',
  invalid_geometry_part:
    'Diese Geometrie wird ignoriert, da ihr Teil {{part, number}} unbrauchbar ist: {{fault}}. Der Standort wird über seine Adresse verortet, falls er eine hat.',
  invalid_value_nestedProperty:
    'Die Eigenschaft „{{key}}“ enthält eine Liste oder ein Objekt, wo ein Text, eine Zahl oder eine Liste davon erwartet wird; sie wird als ihr JSON-Text gelesen.',
  invalid_value_properties:
    'Die Eigenschaften sollten ein Objekt mit benannten Werten sein; gefunden: {{found}}, was ignoriert wird.',
  invalid_value_places: '„{{value}}“ ist keine ganze Zahl von Plätzen.',
  malformed_row_feature:
    'Feature {{number, number}} sollte ein Objekt mit Geometrie und Eigenschaften sein; gefunden: {{found}}.',
  malformed_row_runOnQuote:
    'Ein in dieser Zeile geöffnetes Anführungszeichen wird nicht dort geschlossen, wo es sollte: Die Zeile läuft über die nächsten {{lines, number}} Zeilen weiter, die als Teil von ihr gelesen werden; korrigieren Sie die Anführungszeichen.',
  malformed_row_misplacedQuote:
    'Ein Anführungszeichen in dieser Zeile steht falsch (ein Wert in Anführungszeichen muss an seinem Trennzeichen enden); korrigieren Sie die Anführungszeichen.',
  nested_archive:
    '{{name}} ist ein Archiv im Archiv: Es wird nicht geöffnet; entpacken Sie es und importieren Sie seinen Inhalt.',
  too_deeply_nested:
    'Das JSON verschachtelt Listen und Objekte tiefer als {{maxJsonDepth, number}} Ebenen (Zeile {{line, number}}); der Atlas liest höchstens {{maxJsonDepth, number}}.',
  too_deeply_nested_descriptor:
    'Die Paketbeschreibung verschachtelt Listen und Objekte tiefer als {{maxJsonDepth, number}} Ebenen (Zeile {{line, number}}): Die Dateien wurden an ihren HSDS-Namen erkannt.',
  too_deeply_nested_sidecar:
    'Die Begleitdatei des Atlas verschachtelt Listen und Objekte tiefer als {{maxJsonDepth, number}} Ebenen (Zeile {{line, number}}); sie wird ignoriert.',
  too_many_columns_columns:
    'Die Kopfzeile hat {{count, number}} Spalten, mehr als die {{limit, number}}, die der Atlas liest: Lassen Sie die Spalten weg, die er nicht braucht.',
  too_many_rows_cells:
    'Die Datei hat mehr als {{limit, number}} Zellen (Zeilen × Spalten), das Höchste, was der Atlas aus einer Datei liest: Teilen Sie sie in mehrere Dateien, jede mit der Kopfzeile, oder lassen Sie unnötige Spalten weg.',
  too_many_rows_features:
    'Die Datei hat {{count, number}} Features, mehr als die {{limit, number}}, die der Atlas aus einer Datei liest: Teilen Sie sie in mehrere Dateien.',
  too_many_rows_rows:
    'Die Datei hat mehr als {{limit, number}} Zeilen nach der Kopfzeile, das Höchste, was der Atlas aus einer Datei liest: Teilen Sie sie in mehrere Dateien, jede mit der Kopfzeile.',
  too_many_rows_sidecar:
    'Die Begleitdatei des Atlas listet mehr als {{maxRows, number}} Beziehungen oder Indikatoren, das Höchste, was der Atlas liest; sie wird ignoriert.',
  unknown_format_emptyZip: 'Das Archiv enthält keine Datei, die der Atlas öffnen könnte.',
  unknown_format_zip:
    'Das Archiv enthält keine Datei, die der Atlas liest ({{files}}): Er erwartet .csv-Dateien, eine .geojson oder ein HSDS-Paket mit datapackage.json.',
  unreadable_file_binary:
    'Keine Textdatei: Byte {{byte, number}} (Zeile {{line, number}}) ist ein Nullbyte wie in einer Binärdatei (eine Arbeitsmappe, ein Bild); speichern Sie sie als CSV.',
  unreadable_file_descriptor:
    'Die Paketbeschreibung (datapackage.json) konnte nicht gelesen werden: Die Dateien wurden an ihren HSDS-Namen erkannt. Ursache: {{cause}}',
  unreadable_file_jsonAt:
    'Kein gültiges JSON: Fehler in Zeile {{line, number}}, Spalte {{column, number}}.',
  unreadable_file_noResources:
    'Die Paketbeschreibung hat keine Liste von Ressourcen: Die Dateien wurden an ihren HSDS-Namen erkannt.',
  unreadable_file_noTables:
    'Keine der Tabellen, die der Atlas liest ({{expected}}), wurde dort gefunden, wo datapackage.json es angibt, noch unter ihrem Namen: Nichts wurde gelesen.',
  unreadable_file_sidecarForm:
    'Die Begleitdatei des Atlas hat nicht die erwartete Form (bei „{{at}}“); sie wird ignoriert.',
  unreadable_file_sidecar:
    'Die Begleitdatei des Atlas konnte nicht gelesen werden; sie wird ignoriert. Ursache: {{cause}}',
  unreadable_file_zipEntry: '{{name}} konnte nicht entpackt werden; die Datei wird ausgelassen.',
  unreadable_file_zip: 'Das Archiv konnte nicht geöffnet werden: Es ist beschädigt oder kein Zip.',
  unreadable_file_fault:
    'Der Atlas ist beim Lesen dieser Datei gescheitert; nichts wurde geändert. Bitte melden Sie es mit der Datei.',
  zip_too_large_files:
    'Das Archiv enthält {{count, number}} Dateien, mehr als die {{limit, number}}, die der Atlas öffnet: Teilen Sie das Paket oder packen Sie nur die nötigen Tabellen ein.',
  zip_too_large_inflated:
    'Entpackt sind die Dateien des Archivs größer als {{limit, number}} MB, das Höchste, was der Atlas liest (abgebrochen in {{name}}): Teilen Sie das Paket oder packen Sie nur die nötigen Tabellen ein.',
  zip_too_large_inflatedRatio:
    '{{name}} entpackt sich auf mehr als das {{limit, number}}-Fache seiner komprimierten Größe, wie eine Zip-Bombe; der Atlas öffnet eine solche Datei nicht.',
  zip_too_large_ratio:
    '{{name}} würde sich auf das {{ratio, number}}-Fache seiner komprimierten Größe entpacken ({{size, number}} MB), wie eine Zip-Bombe; der Atlas öffnet keine Datei, die mehr als das {{limit, number}}-Fache erreicht.',
  zip_too_large_size:
    'Entpackt umfassen die Dateien des Archivs {{size, number}} MB, mehr als die {{limit, number}} MB, die der Atlas liest: Teilen Sie das Paket oder packen Sie nur die nötigen Tabellen ein.',
  file_too_large_file:
    'Die Datei ist {{size, number}} MB groß, mehr als die {{maxFileMegabytes, number}} MB, die der Atlas in einer Datei liest: Teilen Sie sie in mehrere Dateien (eine Tabelle in Dateien mit weniger Zeilen, jede mit der Kopfzeile).',
  file_too_large_files:
    '{{count, number}} Dateien, mehr als die {{maxFiles, number}}, die der Atlas auf einmal liest: Importieren Sie sie in mehreren Schritten.',
  file_too_large_total:
    'Die Dateien umfassen {{size, number}} MB, mehr als die {{maxFileMegabytes, number}} MB, die der Atlas auf einmal liest: Importieren Sie sie in mehreren Schritten.',
  unknown_place_placeCode:
    '„{{value}}“ ist nicht der Code einer wallonischen Gemeinde, eines Bezirks oder einer Provinz, noch der Wallonie (03000) oder Belgiens (01000).',
  unknown_commune_placeCode:
    '„{{value}}“ ist nicht der Code einer wallonischen Gemeinde, eines Bezirks oder einer Provinz, noch der Wallonie (03000) oder Belgiens (01000).',
  unknown_area_placeCode:
    '„{{value}}“ ist nicht der Code einer wallonischen Gemeinde, eines Bezirks oder einer Provinz, noch der Wallonie (03000) oder Belgiens (01000); er wurde aus dem Einzugsgebiet weggelassen.',
  unknown_place_placeName:
    '„{{value}}“ ist der Name keiner wallonischen Gemeinde, keines Bezirks und keiner Provinz.',
  unknown_commune_placeName:
    '„{{value}}“ ist der Name keiner wallonischen Gemeinde, keines Bezirks und keiner Provinz.',
  unknown_area_placeName:
    '„{{value}}“ ist der Name keiner wallonischen Gemeinde, keines Bezirks und keiner Provinz; er wurde aus dem Einzugsgebiet weggelassen.',
  unknown_place_placeAmbiguous:
    '„{{value}}“ kann mehrere Orte bezeichnen ({{candidates}}): Geben Sie den NIS-Code an.',
  unknown_commune_placeAmbiguous:
    '„{{value}}“ kann mehrere Orte bezeichnen ({{candidates}}): Geben Sie den NIS-Code an.',
  unknown_area_placeAmbiguous:
    '„{{value}}“ kann mehrere Orte bezeichnen ({{candidates}}): Geben Sie den NIS-Code an; er wurde aus dem Einzugsgebiet weggelassen.',
  invalid_date_period:
    '„{{value}}“ ist weder ein Datum noch ein Monat (2024-01, Jan. 2024, 01/2024), ein Quartal (2024-Q1) oder ein Jahr.',
  sum_mismatch:
    '{{indicator}} am {{date}}: Die {{count, number}} Orte in {{of}} ergeben zusammen {{sum, number}}, nicht {{total, number}} wie für {{of}} angegeben.',
  missing_column_figures:
    'Die Kopfzeile hat keine Ortsspalte (NIS-Code, Gemeinde, Bezirk, Provinz) mit einer Wertespalte oder Datumsspalten.',
  conflicting_value_figure:
    '{{indicator}} für {{place}} am {{date}} ist bereits {{known, number}} (Zeile {{row, number}}), nicht {{value, number}}.',
  duplicate_row:
    '{{indicator}} für {{place}} am {{date}} wurde bereits angegeben (Zeile {{row, number}}); es wird einmal übernommen.',
  inconsistent_unit:
    'Die Einheit von {{indicator}} für {{place}} wechselt von „{{from}}“ zu „{{to}}“.',
  missing_column_hsds:
    'Nicht konform zu HSDS 3.0: {{file}} hat keine Spalte „{{column}}“, die dort Pflicht ist.',
  missing_required_hsds: 'Nicht konform zu HSDS 3.0: Dieses Feld ist dort Pflicht, aber leer.',
  invalid_value_hsdsType:
    'Nicht konform zu HSDS 3.0: „{{value}}“ ist nicht als {{expected}} lesbar.',
  invalid_value_hsdsEnum:
    'Nicht konform zu HSDS 3.0: „{{value}}“ ist keiner der zulässigen Werte: {{allowed}}.',
  invalid_value_hsdsRepeat:
    'Nicht konform zu HSDS 3.0: „{{value}}“ wiederholt Zeile {{row, number}}, obwohl dieses Feld eindeutig sein muss.',
  duplicate_id_hsdsRepeat:
    'Nicht konform zu HSDS 3.0: Die Kennung „{{value}}“ wiederholt Zeile {{row, number}}.',
  dangling_reference_hsds:
    'Nicht konform zu HSDS 3.0: „{{value}}“ entspricht keinem {{target}} von {{file}}.',
  unreadable_file_workbook:
    'Diese Arbeitsmappe konnte nicht geöffnet werden: Speichern Sie sie erneut als .xlsx.',
  empty_file_workbook: 'Alle Blätter dieser Arbeitsmappe sind leer.',
  malformed_row_unread: 'Die Zeile konnte nicht gelesen werden.',
};
/** The types and formats of HSDS fields, as a conformance finding names them (`{{expected}}`). */
const hsdsTypeFr = {
  number: 'un nombre',
  integer: 'un nombre entier',
  date: 'une date (AAAA-MM-JJ)',
  datetime: 'une date et une heure (ISO 8601)',
  time: 'une heure (hh:mm:ss)',
  boolean: 'un booléen (true ou false)',
  uuid: 'un UUID',
  email: 'une adresse e-mail',
  uri: 'une URI (un lien avec son protocole)',
};
const hsdsTypeNl: typeof hsdsTypeFr = {
  number: 'getal',
  integer: 'geheel getal',
  date: 'datum (JJJJ-MM-DD)',
  datetime: 'datum en tijd (ISO 8601)',
  time: 'tijd (uu:mm:ss)',
  boolean: 'booleaanse waarde (true of false)',
  uuid: 'UUID',
  email: 'e-mailadres',
  uri: 'URI (een link met zijn protocol)',
};
const hsdsTypeEn: typeof hsdsTypeFr = {
  number: 'a number',
  integer: 'an integer',
  date: 'a date (YYYY-MM-DD)',
  datetime: 'a date and time (ISO 8601)',
  time: 'a time (hh:mm:ss)',
  boolean: 'a boolean (true or false)',
  uuid: 'a UUID',
  email: 'an email address',
  uri: 'a URI (a link with its scheme)',
};
const hsdsTypeDe: typeof hsdsTypeFr = {
  number: 'Zahl',
  integer: 'ganze Zahl',
  date: 'Datum (JJJJ-MM-TT)',
  datetime: 'Datum mit Uhrzeit (ISO 8601)',
  time: 'Uhrzeit (hh:mm:ss)',
  boolean: 'Wahrheitswert (true oder false)',
  uuid: 'UUID',
  email: 'E-Mail-Adresse',
  uri: 'URI (Link mit seinem Protokoll)',
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
  service_area: 'Zone desservie (codes INS)',
  capacity: 'Capacité (places)',
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
  service_area: 'Werkingsgebied (NIS-codes)',
  capacity: 'Capaciteit (plaatsen)',
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
  service_area: 'Service area (NIS codes)',
  capacity: 'Capacity (places)',
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

const flatFieldDe: typeof flatFieldFr = {
  service_id: 'Kennung des Dienstes',
  service_name: 'Name des Dienstes',
  category: 'Kategorie',
  status: 'Status',
  languages: 'Sprachen',
  organization_id: 'Kennung der Organisation',
  organization_name: 'Name der Organisation',
  organization_type: 'Art der Organisation',
  organization_enterprise_number: 'Unternehmensnummer (ZDU) der Organisation',
  location_id: 'Kennung des Standorts',
  location_name: 'Name des Standorts',
  address: 'Adresse',
  postal_code: 'Postleitzahl',
  city: 'Ort',
  nis_code: 'NIS-Code der Gemeinde',
  latitude: 'Breite',
  longitude: 'Länge',
  x: 'x-Koordinate (Lambert)',
  y: 'y-Koordinate (Lambert)',
  location_precision: 'Genauigkeit der Position',
  phone: 'Telefon des Dienstes',
  email: 'E-Mail des Dienstes',
  website: 'Website des Dienstes',
  last_verified: 'Bei der Organisation überprüft am',
  source: 'Quelle',
  source_consulted: 'Quelle eingesehen am',
  service_description: 'Beschreibung des Dienstes',
  audience: 'Zielgruppe',
  eligibility: 'Zugangsbedingungen',
  fees: 'Kosten',
  service_area: 'Einzugsgebiet (NIS-Codes)',
  capacity: 'Kapazität (Plätze)',
  organization_level: 'Ebene der Organisation',
  organization_website: 'Website der Organisation',
  organization_email: 'E-Mail der Organisation',
  organization_phone: 'Telefon der Organisation',
  organization_source: 'Quelle der Organisation',
  organization_last_verified: 'Organisation überprüft am',
  organization_source_consulted: 'Quelle der Organisation eingesehen am',
  location_source: 'Quelle des Standorts',
  location_last_verified: 'Standort überprüft am',
  location_source_consulted: 'Quelle des Standorts eingesehen am',
  contact_person: 'Ansprechperson (intern)',
  notes: 'Notizen (intern)',
  organization_contact_person: 'Ansprechperson der Organisation (intern)',
  organization_notes: 'Notizen zur Organisation (intern)',
  service_at_location_id: 'Kennung des Dienstes an diesem Standort',
};
export const importReportMessages = {
  fr: {
    message: messageFr,
    flatField: flatFieldFr,
    hsdsType: hsdsTypeFr,
    readAs: 'lue comme : {{field}}',
  },
  nl: {
    message: messageNl,
    flatField: flatFieldNl,
    hsdsType: hsdsTypeNl,
    readAs: 'gelezen als: {{field}}',
  },
  en: {
    message: messageEn,
    flatField: flatFieldEn,
    hsdsType: hsdsTypeEn,
    readAs: 'read as: {{field}}',
  },
  de: {
    message: messageDe,
    flatField: flatFieldDe,
    hsdsType: hsdsTypeDe,
    readAs: 'gelesen als: {{field}}',
  },
};
