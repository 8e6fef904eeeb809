import type { TableName } from '../../model/dataset';
import type { IssueCode, Severity } from '../../model/report';

/**
 * The import texts: t('import:…'). The problem column of the report names each finding by
 * its code (code.*) in the interface language; the driver's own sentence, in English,
 * follows it for the details.
 */

const codesFr: Record<IssueCode, string> = {
  unreadable_file: 'Fichier illisible',
  unknown_format: 'Format inconnu',
  missing_column: 'Colonne manquante',
  missing_required: 'Champ obligatoire vide',
  malformed_row: 'Ligne mal formée',
  duplicate_id: 'Identifiant en double',
  invalid_value: 'Valeur non valable',
  invalid_coordinate: 'Coordonnée non valable',
  coordinates_swapped: 'Latitude et longitude inversées',
  coordinates_outside_wallonia: 'Coordonnées hors de Wallonie',
  commune_mismatch: 'Commune incohérente',
  unknown_commune: 'Commune inconnue',
  unknown_postcode: 'Code postal inconnu',
  unknown_category: 'Catégorie inconnue',
  unknown_language: 'Langue inconnue',
  invalid_url: 'Lien non valable',
  invalid_email: 'Adresse e-mail non valable',
  invalid_date: 'Date non valable',
  nis_code_updated: 'Code INS mis à jour',
  coordinates_reprojected: 'Coordonnées converties en WGS84',
  no_location: 'Aucun lieu',
  dangling_reference: 'Référence introuvable',
  organization_matched: 'Organisation déduite',
  conflicting_value: 'Valeurs contradictoires',
  geometry_simplified: 'Géométrie simplifiée',
  empty_file: 'Fichier vide',
  invalid_encoding: 'Encodage douteux (caractères remplacés ou encodages mêlés)',
  invalid_geometry: 'Géométrie non valable (ignorée)',
  file_too_large:
    'Fichier trop volumineux : au plus {{maxFileMegabytes, number}} Mo par fichier ; découpez-le en plusieurs fichiers',
  too_many_rows:
    'Trop de lignes : au plus {{maxRows, number}} lignes ou entités et {{maxCells, number}} cellules par fichier ; découpez-le en plusieurs fichiers, chacun avec la ligne d’en-tête',
  too_many_columns:
    'Trop de colonnes : au plus {{maxColumns, number}} ; retirez celles dont l’Atlas n’a pas besoin',
  field_too_long:
    'Cellule trop longue : au plus {{maxFieldCharacters, number}} caractères par cellule ; raccourcissez-la',
  too_deeply_nested: 'Structure trop imbriquée : au plus {{maxJsonDepth, number}} niveaux',
  zip_too_large:
    'Archive trop volumineuse une fois décompressée : au plus {{maxFileMegabytes, number}} Mo et {{maxFiles, number}} fichiers ; découpez-la',
  nested_archive: 'Archive dans l’archive : extrayez-la d’abord',
};

const codesNl: Record<IssueCode, string> = {
  unreadable_file: 'Onleesbaar bestand',
  unknown_format: 'Onbekend formaat',
  missing_column: 'Ontbrekende kolom',
  missing_required: 'Verplicht veld leeg',
  malformed_row: 'Misvormde rij',
  duplicate_id: 'Dubbele identificatie',
  invalid_value: 'Ongeldige waarde',
  invalid_coordinate: 'Ongeldige coördinaat',
  coordinates_swapped: 'Breedte- en lengtegraad omgewisseld',
  coordinates_outside_wallonia: 'Coördinaten buiten Wallonië',
  commune_mismatch: 'Gemeente klopt niet',
  unknown_commune: 'Onbekende gemeente',
  unknown_postcode: 'Onbekende postcode',
  unknown_category: 'Onbekende categorie',
  unknown_language: 'Onbekende taal',
  invalid_url: 'Ongeldige link',
  invalid_email: 'Ongeldig e-mailadres',
  invalid_date: 'Ongeldige datum',
  nis_code_updated: 'NIS-code bijgewerkt',
  coordinates_reprojected: 'Coördinaten omgezet naar WGS84',
  no_location: 'Geen locatie',
  dangling_reference: 'Verwijzing niet gevonden',
  organization_matched: 'Organisatie afgeleid',
  conflicting_value: 'Tegenstrijdige waarden',
  geometry_simplified: 'Geometrie vereenvoudigd',
  empty_file: 'Leeg bestand',
  invalid_encoding: 'Twijfelachtige codering (tekens vervangen of coderingen gemengd)',
  invalid_geometry: 'Ongeldige geometrie (genegeerd)',
  file_too_large:
    'Bestand te groot: hoogstens {{maxFileMegabytes, number}} MB per bestand; splits het in meerdere bestanden',
  too_many_rows:
    'Te veel rijen: hoogstens {{maxRows, number}} rijen of objecten en {{maxCells, number}} cellen per bestand; splits het in meerdere bestanden, elk met de kopregel',
  too_many_columns:
    'Te veel kolommen: hoogstens {{maxColumns, number}}; laat weg wat de Atlas niet nodig heeft',
  field_too_long:
    'Cel te lang: hoogstens {{maxFieldCharacters, number}} tekens per cel; maak ze korter',
  too_deeply_nested: 'Te diep geneste structuur: hoogstens {{maxJsonDepth, number}} niveaus',
  zip_too_large:
    'Archief te groot na het uitpakken: hoogstens {{maxFileMegabytes, number}} MB en {{maxFiles, number}} bestanden; splits het',
  nested_archive: 'Archief in het archief: pak het eerst uit',
};

const codesEn: Record<IssueCode, string> = {
  unreadable_file: 'Unreadable file',
  unknown_format: 'Unknown format',
  missing_column: 'Missing column',
  missing_required: 'Required field empty',
  malformed_row: 'Malformed row',
  duplicate_id: 'Duplicate id',
  invalid_value: 'Invalid value',
  invalid_coordinate: 'Invalid coordinate',
  coordinates_swapped: 'Latitude and longitude swapped',
  coordinates_outside_wallonia: 'Coordinates outside Wallonia',
  commune_mismatch: 'Commune mismatch',
  unknown_commune: 'Unknown commune',
  unknown_postcode: 'Unknown postcode',
  unknown_category: 'Unknown category',
  unknown_language: 'Unknown language',
  invalid_url: 'Invalid link',
  invalid_email: 'Invalid e-mail address',
  invalid_date: 'Invalid date',
  nis_code_updated: 'NIS code updated',
  coordinates_reprojected: 'Coordinates converted to WGS84',
  no_location: 'No location',
  dangling_reference: 'Reference not found',
  organization_matched: 'Organisation inferred',
  conflicting_value: 'Conflicting values',
  geometry_simplified: 'Geometry simplified',
  empty_file: 'Empty file',
  invalid_encoding: 'Doubtful encoding (characters replaced or encodings mixed)',
  invalid_geometry: 'Invalid geometry (ignored)',
  file_too_large:
    'File too large: at most {{maxFileMegabytes, number}} MB per file; split it into several files',
  too_many_rows:
    'Too many rows: at most {{maxRows, number}} rows or features and {{maxCells, number}} cells per file; split it into several files, each with the header row',
  too_many_columns:
    'Too many columns: at most {{maxColumns, number}}; leave out those the Atlas does not need',
  field_too_long:
    'Cell too long: at most {{maxFieldCharacters, number}} characters per cell; shorten it',
  too_deeply_nested: 'Nested too deeply: at most {{maxJsonDepth, number}} levels',
  zip_too_large:
    'Archive too large once unzipped: at most {{maxFileMegabytes, number}} MB and {{maxFiles, number}} files; split it',
  nested_archive: 'Archive inside the archive: extract it first',
};

const severityFr: Record<Severity, string> = {
  error: 'Erreur (ligne rejetée)',
  warning: 'Avertissement',
  info: 'Information',
};
const severityNl: Record<Severity, string> = {
  error: 'Fout (rij geweigerd)',
  warning: 'Waarschuwing',
  info: 'Informatie',
};
const severityEn: Record<Severity, string> = {
  error: 'Error (row rejected)',
  warning: 'Warning',
  info: 'Information',
};

const tablesFr: Record<TableName, string> = {
  organizations: 'Organisations',
  services: 'Services',
  locations: 'Lieux',
  service_at_locations: 'Services par lieu',
  relationships: 'Relations',
  indicators: 'Indicateurs',
};
const tablesNl: Record<TableName, string> = {
  organizations: 'Organisaties',
  services: 'Diensten',
  locations: 'Locaties',
  service_at_locations: 'Diensten per locatie',
  relationships: 'Relaties',
  indicators: 'Indicatoren',
};
const tablesEn: Record<TableName, string> = {
  organizations: 'Organisations',
  services: 'Services',
  locations: 'Locations',
  service_at_locations: 'Services at locations',
  relationships: 'Relationships',
  indicators: 'Indicators',
};

export const importMessages = {
  fr: {
    open: 'Importer',
    title: 'Importer des données',
    intro:
      'Un tableur (CSV à plat, séparé par des virgules ou des points-virgules), un CSV par table, un GeoJSON, un paquet HSDS (dossier ou .zip) ou un jeu de modifications exporté par l’Atlas (.json). Rien n’est modifié avant que vous ne confirmiez.',
    dropZone: 'Zone de dépôt des fichiers',
    dropHere: 'Déposez ici des fichiers ou un dossier, ou :',
    chooseFiles: 'Choisir des fichiers…',
    chooseFolder: 'Choisir un dossier…',
    reading: 'Lecture et validation de {{file}}…',
    readingProgress: 'Progression de la lecture',
    cancel: 'Annuler',
    close: 'Fermer',
    another: 'Importer un autre fichier',
    failed: 'Le fichier n’a pas pu être lu : {{message}}. Rien n’a été modifié.',
    workerStopped:
      'La lecture s’est arrêtée avant la fin : le programme qui lit les fichiers a été interrompu (le navigateur a pu manquer de mémoire). Rien n’a été modifié. Réessayez, ou découpez le fichier en plusieurs.',
    summary:
      '{{file}} — lignes lues : {{rows, number}} · acceptées : {{accepted, number}} · rejetées : {{rejected, number}}.',
    fileFacts: 'Format : {{format}} · encodage : {{encoding}} · séparateur : {{delimiter}}',
    notStated: 'inconnu',
    reportCaption: 'Rapport de validation',
    column: {
      file: 'Fichier',
      row: 'Ligne',
      field: 'Champ',
      severity: 'Gravité',
      problem: 'Problème',
    },
    wholeFile: 'tout le fichier',
    fileRefused: 'Erreur (fichier non lu)',
    showSeverity: 'Constats affichés',
    allSeverities: 'Tous',
    issuesShown: '{{shown, number}} constats affichés sur {{total, number}}.',
    showMore: 'Afficher plus',
    noIssues: 'Aucun constat : toutes les lignes sont acceptées telles quelles.',
    rejectedTitle: 'Lignes rejetées : corrigez-les ici',
    rejectedHelp:
      'Corrigez les cellules d’une ligne puis validez à nouveau : une ligne qui passe la validation rejoint l’import.',
    rowLegend: 'Ligne {{row}}',
    rowLegendInFile: '{{file}}, ligne {{row}}',
    rowsShown: '{{shown, number}} lignes rejetées affichées sur {{total, number}}.',
    revalidate: 'Valider à nouveau les lignes corrigées',
    fixedJoined: 'Lignes corrigées qui rejoignent l’import : {{count, number}}.',
    modeLegend: 'Que faire des lignes acceptées ?',
    modeAdd: 'Les ajouter aux données actuelles',
    modeAddHint: 'Un enregistrement déjà présent (même identifiant) est mis à jour.',
    modeReplace: 'Remplacer les données actuelles',
    modeReplaceHint: 'Tout enregistrement actuel absent de l’import est supprimé.',
    patchSummary:
      'Enregistrements créés : {{created, number}} · modifiés : {{updated, number}} · supprimés : {{deleted, number}}',
    importAction: 'Importer',
    nothingAccepted: 'Aucune ligne acceptée : il n’y a rien à importer.',
    nothingChanges: 'Ces données sont déjà là : l’import ne changerait rien.',
    imported:
      'Import ajouté aux données — créés : {{created, number}} · modifiés : {{updated, number}} · supprimés : {{deleted, number}}. Il peut être annulé comme toute modification.',
    dataMoved:
      'Les données ont changé pendant l’import ; rien n’a été modifié. Recommencez l’import.',
    changesetTitle: 'Jeu de modifications : {{file}}',
    changesetErrors: 'Ce jeu de modifications contient des erreurs ; rien n’en sera appliqué :',
    changesetSummary:
      'Modifications applicables : {{applied, number}} · conflits : {{conflicts, number}} · enregistrements refusés : {{refused, number}}',
    applyChangeset: 'Appliquer les modifications',
    changesetApplied:
      'Modifications appliquées : {{count, number}}. Conflits non appliqués : {{conflicts, number}}. Enregistrements refusés : {{refused, number}}.',
    refusedCaption:
      'Enregistrements refusés : des valeurs qui ne conviennent pas à leur champ, ou un enregistrement absent des données (aucune de leurs modifications n’est appliquée)',
    refusedColumn: { changes: 'Modifications', reasons: 'Pourquoi' },
    changesetNothing: 'Rien à appliquer : ces modifications sont déjà dans les données.',
    conflictsCaption:
      'Conflits : champs modifiés ici depuis que l’auteur les a vus (non appliqués)',
    conflictColumn: {
      table: 'Table',
      record: 'Enregistrement',
      field: 'Champ',
      theirs: 'Leur valeur',
      current: 'Valeur actuelle',
      author: 'Auteur',
    },
    wholeRecord: '(enregistrement entier)',
    absent: '(absent)',
    empty: '(vide)',
    code: codesFr,
    severity: severityFr,
    table: tablesFr,
  },
  nl: {
    open: 'Importeren',
    title: 'Gegevens importeren',
    intro:
      'Een spreadsheet (platte CSV, gescheiden door komma’s of puntkomma’s), één CSV per tabel, een GeoJSON, een HSDS-pakket (map of .zip) of een door de Atlas geëxporteerde wijzigingsset (.json). Er verandert niets voordat u bevestigt.',
    dropZone: 'Zone om bestanden neer te zetten',
    dropHere: 'Zet hier bestanden of een map neer, of:',
    chooseFiles: 'Bestanden kiezen…',
    chooseFolder: 'Een map kiezen…',
    reading: '{{file}} wordt gelezen en gevalideerd…',
    readingProgress: 'Voortgang van het lezen',
    cancel: 'Annuleren',
    close: 'Sluiten',
    another: 'Een ander bestand importeren',
    failed: 'Het bestand kon niet worden gelezen: {{message}}. Er is niets gewijzigd.',
    workerStopped:
      'Het lezen is vóór het einde gestopt: het programma dat de bestanden leest, werd onderbroken (de browser had mogelijk te weinig geheugen). Er is niets gewijzigd. Probeer opnieuw, of splits het bestand.',
    summary:
      '{{file}} — gelezen rijen: {{rows, number}} · aanvaard: {{accepted, number}} · geweigerd: {{rejected, number}}.',
    fileFacts: 'Formaat: {{format}} · codering: {{encoding}} · scheidingsteken: {{delimiter}}',
    notStated: 'onbekend',
    reportCaption: 'Validatierapport',
    column: {
      file: 'Bestand',
      row: 'Rij',
      field: 'Veld',
      severity: 'Ernst',
      problem: 'Probleem',
    },
    wholeFile: 'heel het bestand',
    fileRefused: 'Fout (bestand niet gelezen)',
    showSeverity: 'Getoonde bevindingen',
    allSeverities: 'Alle',
    issuesShown: '{{shown, number}} van {{total, number}} bevindingen getoond.',
    showMore: 'Meer tonen',
    noIssues: 'Geen bevindingen: alle rijen worden aanvaard zoals ze zijn.',
    rejectedTitle: 'Geweigerde rijen: verbeter ze hier',
    rejectedHelp:
      'Verbeter de cellen van een rij en valideer opnieuw: een rij die de validatie doorstaat, komt bij de import.',
    rowLegend: 'Rij {{row}}',
    rowLegendInFile: '{{file}}, rij {{row}}',
    rowsShown: '{{shown, number}} van {{total, number}} geweigerde rijen getoond.',
    revalidate: 'Verbeterde rijen opnieuw valideren',
    fixedJoined: 'Verbeterde rijen die bij de import komen: {{count, number}}.',
    modeLegend: 'Wat met de aanvaarde rijen?',
    modeAdd: 'Toevoegen aan de huidige gegevens',
    modeAddHint: 'Een record dat al bestaat (zelfde identificatie) wordt bijgewerkt.',
    modeReplace: 'De huidige gegevens vervangen',
    modeReplaceHint: 'Elk huidig record dat niet in de import staat, wordt verwijderd.',
    patchSummary:
      'Records aangemaakt: {{created, number}} · gewijzigd: {{updated, number}} · verwijderd: {{deleted, number}}',
    importAction: 'Importeren',
    nothingAccepted: 'Geen enkele rij aanvaard: er is niets te importeren.',
    nothingChanges: 'Deze gegevens zijn er al: de import zou niets veranderen.',
    imported:
      'Import toegevoegd aan de gegevens — aangemaakt: {{created, number}} · gewijzigd: {{updated, number}} · verwijderd: {{deleted, number}}. Hij kan ongedaan worden gemaakt zoals elke wijziging.',
    dataMoved:
      'De gegevens zijn tijdens de import veranderd; er is niets gewijzigd. Begin de import opnieuw.',
    changesetTitle: 'Wijzigingsset: {{file}}',
    changesetErrors: 'Deze wijzigingsset bevat fouten; er wordt niets van toegepast:',
    changesetSummary:
      'Toepasbare wijzigingen: {{applied, number}} · conflicten: {{conflicts, number}} · geweigerde records: {{refused, number}}',
    applyChangeset: 'Wijzigingen toepassen',
    changesetApplied:
      'Wijzigingen toegepast: {{count, number}}. Niet toegepaste conflicten: {{conflicts, number}}. Geweigerde records: {{refused, number}}.',
    refusedCaption:
      'Geweigerde records: waarden die niet bij hun veld passen, of een record dat niet in de gegevens staat (geen van hun wijzigingen wordt toegepast)',
    refusedColumn: { changes: 'Wijzigingen', reasons: 'Waarom' },
    changesetNothing: 'Niets toe te passen: deze wijzigingen staan al in de gegevens.',
    conflictsCaption:
      'Conflicten: velden die hier gewijzigd zijn sinds de auteur ze zag (niet toegepast)',
    conflictColumn: {
      table: 'Tabel',
      record: 'Record',
      field: 'Veld',
      theirs: 'Hun waarde',
      current: 'Huidige waarde',
      author: 'Auteur',
    },
    wholeRecord: '(volledig record)',
    absent: '(afwezig)',
    empty: '(leeg)',
    code: codesNl,
    severity: severityNl,
    table: tablesNl,
  },
  en: {
    open: 'Import',
    title: 'Import data',
    intro:
      'A spreadsheet (flat CSV, separated by commas or semicolons), one CSV per table, a GeoJSON file, an HSDS package (folder or .zip) or a changeset exported by the Atlas (.json). Nothing changes until you confirm.',
    dropZone: 'Drop zone for files',
    dropHere: 'Drop files or a folder here, or:',
    chooseFiles: 'Choose files…',
    chooseFolder: 'Choose a folder…',
    reading: 'Reading and validating {{file}}…',
    readingProgress: 'Reading progress',
    cancel: 'Cancel',
    close: 'Close',
    another: 'Import another file',
    failed: 'The file could not be read: {{message}}. Nothing was changed.',
    workerStopped:
      'The reading stopped before its end: the program that reads the files was interrupted (the browser may have run out of memory). Nothing was changed. Try again, or split the file.',
    summary:
      '{{file}} — rows read: {{rows, number}} · accepted: {{accepted, number}} · rejected: {{rejected, number}}.',
    fileFacts: 'Format: {{format}} · encoding: {{encoding}} · separator: {{delimiter}}',
    notStated: 'unknown',
    reportCaption: 'Validation report',
    column: {
      file: 'File',
      row: 'Row',
      field: 'Field',
      severity: 'Severity',
      problem: 'Problem',
    },
    wholeFile: 'whole file',
    fileRefused: 'Error (file not read)',
    showSeverity: 'Findings shown',
    allSeverities: 'All',
    issuesShown: '{{shown, number}} of {{total, number}} findings shown.',
    showMore: 'Show more',
    noIssues: 'No findings: every row is accepted as it is.',
    rejectedTitle: 'Rejected rows: fix them here',
    rejectedHelp:
      'Fix the cells of a row, then validate again: a row that passes validation joins the import.',
    rowLegend: 'Row {{row}}',
    rowLegendInFile: '{{file}}, row {{row}}',
    rowsShown: '{{shown, number}} of {{total, number}} rejected rows shown.',
    revalidate: 'Validate the fixed rows again',
    fixedJoined: 'Fixed rows that join the import: {{count, number}}.',
    modeLegend: 'What to do with the accepted rows?',
    modeAdd: 'Add them to the current data',
    modeAddHint: 'A record already there (same id) is updated.',
    modeReplace: 'Replace the current data',
    modeReplaceHint: 'Every current record the import lacks is deleted.',
    patchSummary:
      'Records created: {{created, number}} · changed: {{updated, number}} · deleted: {{deleted, number}}',
    importAction: 'Import',
    nothingAccepted: 'No row was accepted: there is nothing to import.',
    nothingChanges: 'This data is already there: importing it would change nothing.',
    imported:
      'Import added to the data — created: {{created, number}} · changed: {{updated, number}} · deleted: {{deleted, number}}. It can be undone like any change.',
    dataMoved: 'The data changed during the import; nothing was changed. Start the import again.',
    changesetTitle: 'Changeset: {{file}}',
    changesetErrors: 'This changeset has errors; nothing of it will be applied:',
    changesetSummary:
      'Changes that apply: {{applied, number}} · conflicts: {{conflicts, number}} · records refused: {{refused, number}}',
    applyChangeset: 'Apply the changes',
    changesetApplied:
      'Changes applied: {{count, number}}. Conflicts not applied: {{conflicts, number}}. Records refused: {{refused, number}}.',
    refusedCaption:
      'Records refused: values that do not fit their field, or a record the data does not hold (none of their changes is applied)',
    refusedColumn: { changes: 'Changes', reasons: 'Why' },
    changesetNothing: 'Nothing to apply: these changes are already in the data.',
    conflictsCaption: 'Conflicts: fields changed here since the author saw them (not applied)',
    conflictColumn: {
      table: 'Table',
      record: 'Record',
      field: 'Field',
      theirs: 'Their value',
      current: 'Current value',
      author: 'Author',
    },
    wholeRecord: '(whole record)',
    absent: '(absent)',
    empty: '(empty)',
    code: codesEn,
    severity: severityEn,
    table: tablesEn,
  },
} as const;
