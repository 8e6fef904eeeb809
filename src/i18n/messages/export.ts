/** The export texts: t('export:…'). */
export const exportMessages = {
  fr: {
    open: 'Exporter',
    title: 'Exporter les données',
    format: 'Format',
    formatName: {
      'flat-csv': 'CSV à plat (.csv)',
      csv: 'CSV normalisé, une table par fichier (.zip)',
      geojson: 'GeoJSON (.geojson)',
      hsds: 'Paquet HSDS 3.0 (.zip)',
      indicators: 'Chiffres par lieu et par date (CSV)',
      xlsx: 'Classeur Excel à plat (.xlsx)',
      'indicators-xlsx': 'Chiffres par lieu et par date (Excel)',
      template: 'Demander ses données à un partenaire (modèle Excel)',
      changeset: 'Mes modifications (.json)',
    },
    formatHint: {
      xlsx: 'Une ligne par service et par site, avec des listes déroulantes des valeurs admises, une feuille qui explique chaque colonne et les identifiants protégés.',
      'indicators-xlsx': 'Un chiffre par ligne, comme le CSV des chiffres, dans un classeur Excel.',
      template:
        'Un classeur pré-rempli de ce que l’Atlas sait d’une organisation, d’une commune ou des sites filtrés, avec des lignes vides pour ce qu’il ne sait pas, dans la langue du partenaire. Importez-le une fois complété : les changements sont revus un par un avant d’être appliqués.',
      'flat-csv':
        'Une ligne par service et par site, organisation et adresse sur la même ligne, comme dans un tableur. Les relations et les indicateurs n’y ont pas de place.',
      csv: 'Organisations, services, sites, liens service–site, relations et indicateurs : chaque table dans son fichier. Rien n’est perdu.',
      geojson:
        'Les sites en points (WGS84), pour un logiciel SIG. Les relations et les indicateurs n’y ont pas de place.',
      hsds: 'Le standard Open Referral HSDS 3.0, vérifié avant le téléchargement. Les relations et les indicateurs sont dans atlas_extensions.json, à côté.',
      indicators:
        'Un chiffre par ligne : code INS du lieu, indicateur, date, valeur, unité et source (forme longue).',
      changeset:
        'Vos modifications locales (auteur, date, fiche, champ, ancienne et nouvelle valeur), à envoyer aux gestionnaires des données ou à importer dans un autre navigateur.',
    },
    scope: 'Données',
    scopeAll_one: 'Toutes les données ({{count, number}} site)',
    scopeAll_other: 'Toutes les données ({{count, number}} sites)',
    scopeFiltered: 'Les sites filtrés seulement ({{shown, number}} sur {{total, number}})',
    scopeHint:
      'Avec les sites filtrés viennent leurs services, leurs organisations (et les organisations mères), les relations entre ces organisations et les indicateurs de leurs communes.',
    semicolon: 'Séparateur point-virgule, pour Excel en français ou en néerlandais',
    semicolonHint: 'Les coordonnées du CSV à plat prennent alors la virgule décimale.',
    internal: 'Inclure les champs internes (personnes de contact, notes)',
    internalHint:
      'Ils restent hors des exports sauf si vous cochez cette case ; le paquet HSDS ne les contient jamais.',
    checking: 'Vérification du paquet HSDS…',
    reportTitle: 'Rapport de validation du paquet',
    reportSummary:
      'Enregistrements relus : {{records, number}} · Erreurs : {{errors, number}} · Avertissements : {{warnings, number}}',
    reportClean: 'Aucun problème : le paquet se relit sans perte et il est conforme à HSDS 3.0.',
    reportCaption: 'Problèmes trouvés dans le paquet',
    changesetSummary:
      'Modifications : {{changes, number}} · Actions : {{actions, number}} · Pas encore exportées : {{unexported, number}}',
    noChanges: 'Aucune modification locale à exporter.',
    download: 'Télécharger {{name}}',
    downloaded: '{{name}} est téléchargé.',
    close: 'Fermer',
    templateFor: 'Pour',
    templateOrganization: 'une organisation :',
    templateCommune: 'une commune :',
    templateFilteredSubject: 'les sites filtrés',
    templateCount_one: '{{count, number}} ligne pré-remplie.',
    templateCount_other: '{{count, number}} lignes pré-remplies.',
    partnerLanguage: 'Langue du partenaire :',
    templateToCheck:
      'Une première colonne « À vérifier » : ce qui manque à chaque ligne (téléphone, courriel, site web, source, vérification de moins de 12 mois)',
    languageName: { fr: 'Français', nl: 'Nederlands', en: 'English' },
    preparing: 'Préparation du classeur…',
  },
  nl: {
    open: 'Exporteren',
    title: 'Gegevens exporteren',
    format: 'Formaat',
    formatName: {
      'flat-csv': 'Platte CSV (.csv)',
      csv: 'Genormaliseerde CSV, één tabel per bestand (.zip)',
      geojson: 'GeoJSON (.geojson)',
      hsds: 'HSDS 3.0-pakket (.zip)',
      indicators: 'Cijfers per plaats en datum (CSV)',
      xlsx: 'Platte Excel-werkmap (.xlsx)',
      'indicators-xlsx': 'Cijfers per plaats en datum (Excel)',
      template: 'Een partner om zijn gegevens vragen (Excel-sjabloon)',
      changeset: 'Mijn wijzigingen (.json)',
    },
    formatHint: {
      xlsx: 'Eén rij per dienst en per locatie, met keuzelijsten van de toegelaten waarden, een blad dat elke kolom uitlegt en beschermde identificaties.',
      'indicators-xlsx': 'Eén cijfer per rij, zoals de CSV van de cijfers, in een Excel-werkmap.',
      template:
        'Een werkmap vooraf ingevuld met wat de Atlas weet van een organisatie, een gemeente of de gefilterde locaties, met lege rijen voor wat hij niet weet, in de taal van de partner. Importeer hem zodra hij ingevuld is: de wijzigingen worden één voor één nagekeken voor ze toegepast worden.',
      'flat-csv':
        'Eén rij per dienst en per locatie, met organisatie en adres op dezelfde rij, zoals in een rekenblad. Relaties en indicatoren passen er niet in.',
      csv: 'Organisaties, diensten, locaties, koppelingen dienst–locatie, relaties en indicatoren: elke tabel in een eigen bestand. Er gaat niets verloren.',
      geojson:
        'De locaties als punten (WGS84), voor GIS-software. Relaties en indicatoren passen er niet in.',
      hsds: 'De Open Referral HSDS 3.0-standaard, gecontroleerd vóór het downloaden. Relaties en indicatoren staan ernaast in atlas_extensions.json.',
      indicators:
        'Eén cijfer per rij: NIS-code van de plaats, indicator, datum, waarde, eenheid en bron (lange vorm).',
      changeset:
        'Uw lokale wijzigingen (auteur, datum, record, veld, oude en nieuwe waarde), om naar de gegevensbeheerders te sturen of in een andere browser te importeren.',
    },
    scope: 'Gegevens',
    scopeAll_one: 'Alle gegevens ({{count, number}} locatie)',
    scopeAll_other: 'Alle gegevens ({{count, number}} locaties)',
    scopeFiltered: 'Alleen de gefilterde locaties ({{shown, number}} van {{total, number}})',
    scopeHint:
      'Met de gefilterde locaties komen hun diensten, hun organisaties (en de moederorganisaties), de relaties tussen die organisaties en de indicatoren van hun gemeenten mee.',
    semicolon: 'Puntkomma als scheidingsteken, voor Excel in het Nederlands of het Frans',
    semicolonHint: 'De coördinaten van de platte CSV krijgen dan een decimale komma.',
    internal: 'Interne velden meenemen (contactpersonen, notities)',
    internalHint:
      'Ze blijven buiten de export tenzij u dit aanvinkt; het HSDS-pakket bevat ze nooit.',
    checking: 'Het HSDS-pakket wordt gecontroleerd…',
    reportTitle: 'Validatierapport van het pakket',
    reportSummary:
      'Opnieuw gelezen records: {{records, number}} · Fouten: {{errors, number}} · Waarschuwingen: {{warnings, number}}',
    reportClean:
      'Geen problemen: het pakket wordt zonder verlies opnieuw gelezen en voldoet aan HSDS 3.0.',
    reportCaption: 'Problemen in het pakket',
    changesetSummary:
      'Wijzigingen: {{changes, number}} · Acties: {{actions, number}} · Nog niet geëxporteerd: {{unexported, number}}',
    noChanges: 'Geen lokale wijzigingen om te exporteren.',
    download: '{{name}} downloaden',
    downloaded: '{{name}} is gedownload.',
    close: 'Sluiten',
    templateFor: 'Voor',
    templateOrganization: 'een organisatie:',
    templateCommune: 'een gemeente:',
    templateFilteredSubject: 'de gefilterde locaties',
    templateCount_one: '{{count, number}} vooraf ingevulde rij.',
    templateCount_other: '{{count, number}} vooraf ingevulde rijen.',
    partnerLanguage: 'Taal van de partner:',
    templateToCheck:
      'Een eerste kolom “Na te kijken”: wat elke rij mist (telefoon, e-mail, website, bron, controle van minder dan 12 maanden)',
    languageName: { fr: 'Français', nl: 'Nederlands', en: 'English' },
    preparing: 'De werkmap wordt voorbereid…',
  },
  en: {
    open: 'Export',
    title: 'Export the data',
    format: 'Format',
    formatName: {
      'flat-csv': 'Flat CSV (.csv)',
      csv: 'Normalised CSV, one table per file (.zip)',
      geojson: 'GeoJSON (.geojson)',
      hsds: 'HSDS 3.0 package (.zip)',
      indicators: 'Figures per place and date (CSV)',
      xlsx: 'Flat Excel workbook (.xlsx)',
      'indicators-xlsx': 'Figures per place and date (Excel)',
      template: 'Ask a partner for their data (Excel template)',
      changeset: 'My changes (.json)',
    },
    formatHint: {
      xlsx: 'One row per service and site, with drop-down lists of the allowed values, a sheet explaining every column and protected identifiers.',
      'indicators-xlsx': 'One figure per row, as the CSV of figures, in an Excel workbook.',
      template:
        'A workbook pre-filled with what the Atlas knows of an organisation, a municipality or the filtered sites, with empty rows for what it does not, in the partner’s language. Import it once filled in: the changes are reviewed one by one before they are applied.',
      'flat-csv':
        'One row per service and site, with its organisation and address on the same row, as in a spreadsheet. Relationships and indicators have no place in it.',
      csv: 'Organisations, services, sites, service–site links, relationships and indicators: each table in its own file. Nothing is lost.',
      geojson:
        'The sites as points (WGS84), for GIS software. Relationships and indicators have no place in it.',
      hsds: 'The Open Referral HSDS 3.0 standard, checked before you download it. Relationships and indicators are beside it, in atlas_extensions.json.',
      indicators:
        'One figure per row: the place’s NIS code, indicator, date, value, unit and source (long form).',
      changeset:
        'Your local changes (author, time, record, field, old and new value), to send to the data stewards or to import in another browser.',
    },
    scope: 'Data',
    scopeAll_one: 'All data ({{count, number}} site)',
    scopeAll_other: 'All data ({{count, number}} sites)',
    scopeFiltered: 'The filtered sites only ({{shown, number}} of {{total, number}})',
    scopeHint:
      'The filtered sites come with their services, their organisations (and parent organisations), the relationships between those organisations and the indicators of their communes.',
    semicolon: 'Semicolon separators, for Excel in French or Dutch',
    semicolonHint: 'The flat CSV’s coordinates then take decimal commas.',
    internal: 'Include the internal fields (contact persons, notes)',
    internalHint: 'They stay out of exports unless you tick this; the HSDS package never has them.',
    checking: 'Checking the HSDS package…',
    reportTitle: 'Validation report of the package',
    reportSummary:
      'Records read back: {{records, number}} · Errors: {{errors, number}} · Warnings: {{warnings, number}}',
    reportClean: 'No problem: the package reads back without loss and conforms to HSDS 3.0.',
    reportCaption: 'Problems found in the package',
    changesetSummary:
      'Changes: {{changes, number}} · Actions: {{actions, number}} · Not exported yet: {{unexported, number}}',
    noChanges: 'No local change to export.',
    download: 'Download {{name}}',
    downloaded: '{{name}} is downloaded.',
    close: 'Close',
    templateFor: 'For',
    templateOrganization: 'an organisation:',
    templateCommune: 'a municipality:',
    templateFilteredSubject: 'the filtered sites',
    templateCount_one: '{{count, number}} pre-filled row.',
    templateCount_other: '{{count, number}} pre-filled rows.',
    partnerLanguage: 'Partner’s language:',
    templateToCheck:
      'A first “To check” column: what each row lacks (phone, e-mail, website, source, a check less than 12 months old)',
    languageName: { fr: 'Français', nl: 'Nederlands', en: 'English' },
    preparing: 'Preparing the workbook…',
  },
  de: {
    open: 'Exportieren',
    title: 'Die Daten exportieren',
    format: 'Format',
    formatName: {
      xlsx: 'Flache Excel-Arbeitsmappe (.xlsx)',
      'indicators-xlsx': 'Zahlen je Ort und Datum (Excel)',
      template: 'Einen Partner um seine Daten bitten (Excel-Vorlage)',
      'flat-csv': 'Flache CSV (.csv)',
      csv: 'Normalisierte CSV, eine Tabelle pro Datei (.zip)',
      geojson: 'GeoJSON (.geojson)',
      hsds: 'HSDS-3.0-Paket (.zip)',
      indicators: 'Kennzahlen nach Ort und Datum (CSV)',
      changeset: 'Meine Änderungen (.json)',
    },
    formatHint: {
      xlsx: 'Eine Zeile je Dienst und Ort, mit Auswahllisten der zulässigen Werte, einem Blatt, das jede Spalte erläutert, und geschützten Kennungen.',
      'indicators-xlsx': 'Eine Zahl je Zeile, wie die CSV der Zahlen, in einer Excel-Arbeitsmappe.',
      template:
        'Eine Arbeitsmappe, vorausgefüllt mit dem, was der Atlas über eine Organisation, eine Gemeinde oder die gefilterten Orte weiß, mit leeren Zeilen für das Fehlende, in der Sprache des Partners. Ausgefüllt importieren: jede Änderung wird vor der Übernahme geprüft.',
      'flat-csv':
        'Eine Zeile pro Dienst und Standort, mit Organisation und Adresse in derselben Zeile, wie in einer Tabellenkalkulation. Beziehungen und Indikatoren finden darin keinen Platz.',
      csv: 'Organisationen, Dienste, Standorte, Verknüpfungen von Dienst und Standort, Beziehungen und Indikatoren: jede Tabelle in einer eigenen Datei. Nichts geht verloren.',
      geojson:
        'Die Standorte als Punkte (WGS84), für GIS-Programme. Beziehungen und Indikatoren finden darin keinen Platz.',
      hsds: 'Der Standard Open Referral HSDS 3.0, vor dem Herunterladen geprüft. Beziehungen und Indikatoren liegen daneben, in atlas_extensions.json.',
      indicators:
        'Eine Kennzahl pro Zeile: NIS-Code des Ortes, Indikator, Datum, Wert, Einheit und Quelle (lange Form).',
      changeset:
        'Ihre lokalen Änderungen (Autor, Zeit, Datensatz, Feld, alter und neuer Wert), um sie den Datenverantwortlichen zu schicken oder in einem anderen Browser zu importieren.',
    },
    scope: 'Daten',
    scopeAll_one: 'Alle Daten ({{count, number}} Standort)',
    scopeAll_other: 'Alle Daten ({{count, number}} Standorte)',
    scopeFiltered: 'Nur die gefilterten Standorte ({{shown, number}} von {{total, number}})',
    scopeHint:
      'Die gefilterten Standorte kommen mit ihren Diensten, ihren Organisationen (und übergeordneten Organisationen), den Beziehungen zwischen diesen Organisationen und den Indikatoren ihrer Gemeinden.',
    semicolon: 'Semikolon als Trennzeichen, für Excel auf Französisch, Niederländisch oder Deutsch',
    semicolonHint: 'Die Koordinaten der flachen CSV stehen dann mit Dezimalkomma.',
    internal: 'Interne Felder einschließen (Ansprechpersonen, Notizen)',
    internalHint:
      'Ohne dieses Häkchen bleiben sie aus jedem Export heraus; das HSDS-Paket enthält sie nie.',
    checking: 'Das HSDS-Paket wird geprüft…',
    reportTitle: 'Prüfbericht des Pakets',
    reportSummary:
      'Zurückgelesene Datensätze: {{records, number}} · Fehler: {{errors, number}} · Warnungen: {{warnings, number}}',
    reportClean:
      'Kein Problem: Das Paket lässt sich verlustfrei zurücklesen und entspricht HSDS 3.0.',
    reportCaption: 'Im Paket gefundene Probleme',
    changesetSummary:
      'Änderungen: {{changes, number}} · Aktionen: {{actions, number}} · Noch nicht exportiert: {{unexported, number}}',
    noChanges: 'Keine lokale Änderung zu exportieren.',
    download: '{{name}} herunterladen',
    downloaded: '{{name}} ist heruntergeladen.',
    close: 'Schließen',
    templateFor: 'Für',
    templateOrganization: 'eine Organisation:',
    templateCommune: 'eine Gemeinde:',
    templateFilteredSubject: 'die gefilterten Orte',
    templateCount_one: '{{count, number}} vorausgefüllte Zeile.',
    templateCount_other: '{{count, number}} vorausgefüllte Zeilen.',
    partnerLanguage: 'Sprache des Partners:',
    templateToCheck:
      'Eine erste Spalte „Zu prüfen“: was jeder Zeile fehlt (Telefon, E-Mail, Website, Quelle, Prüfung jünger als 12 Monate)',
    languageName: { fr: 'Français', nl: 'Nederlands', en: 'English' },
    preparing: 'Die Arbeitsmappe wird vorbereitet…',
  },
} as const;
