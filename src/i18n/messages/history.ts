/**
 * The change log's texts: undo and redo, saving, history of a record, conflicts,
 * storage problems, and the labels of transactions (t('history:label.editRecord')).
 */
const labelsFr = {
  createRecord: 'Création',
  editRecord: 'Modification',
  deleteRecord: 'Suppression',
  bulkEdit: 'Modification groupée',
  moveLocation: 'Déplacement sur la carte',
  createRelationship: 'Nouvelle relation',
  importAdd: 'Import ajouté',
  importReplace: 'Import remplaçant les données',
  importChangeset: 'Import d’un jeu de modifications',
  settleConflict: 'Conflit réglé',
  mergeRecords: 'Fusion de doublons',
  markDistinct: 'Pas un doublon',
};

export const historyMessages = {
  fr: {
    label: labelsFr,
    undo: 'Défaire',
    redo: 'Refaire',
    undoTitle: 'Défaire : {{action}} (Ctrl+Z)',
    redoTitle: 'Refaire : {{action}} (Ctrl+Maj+Z)',
    nothingToUndo: 'Rien à défaire',
    nothingToRedo: 'Rien à refaire',
    refusedConflict: 'Impossible : ces données ont changé depuis ({{count, number}} champ(s)).',
    saveIdle: 'Ouverture de l’espace local…',
    saveSaving: 'Enregistrement…',
    saveSaved: 'Enregistré',
    saveSavedHelp:
      'Vos modifications sont enregistrées dans ce navigateur et survivent à sa fermeture.',
    saveFailed:
      'Échec de l’enregistrement : {{reason}} Exportez vos modifications pour ne rien perdre.',
    storageFull: 'l’espace de stockage du navigateur est plein.',
    storageBlocked:
      'la base locale est bloquée par un autre onglet ; fermez les autres onglets de l’Atlas.',
    storageUnavailable: 'ce navigateur ne permet pas de stocker des données (fenêtre privée ?).',
    storageFailed: 'erreur inattendue du stockage du navigateur.',
    storageTooLarge: 'une modification est trop grande pour le stockage du navigateur.',
    storageReplaced:
      'une version plus récente de l’Atlas a été ouverte dans un autre onglet ; rechargez cette page.',
    saveBlocked:
      'En attente de la base locale : {{reason}} Vos modifications restent dans cet onglet en attendant.',
    saveReadOnly:
      'Lecture seule : {{reason}} Vous pouvez explorer et exporter les données, pas les modifier.',
    saveRetry: 'Réessayer d’enregistrer',
    unexported: '{{count, number}} modification non exportée',
    unexported_other: '{{count, number}} modifications non exportées',
    unexportedTitle:
      'Vos modifications sont gardées dans ce navigateur seulement. Exportez un jeu de modifications pour les transmettre.',
    historyTitle: 'Historique des modifications',
    historyOf: 'Historique : {{name}}',
    historyEmpty: 'Aucune modification locale.',
    recordCreated: 'créé',
    recordDeleted: 'supprimé',
    empty: '(vide)',
    conflictsTitle: 'Modifications en conflit',
    conflictsHelp:
      'Ces données ont changé ailleurs (nouvelle version des données ou autre onglet) depuis votre modification. Choisissez la valeur à garder.',
    conflictLine:
      '{{record}} — {{field}} : votre valeur « {{mine}} », valeur actuelle « {{current}} »',
    keepMine: 'Garder la mienne',
    keepCurrent: 'Garder l’actuelle',
  },
  nl: {
    label: {
      createRecord: 'Aanmaak',
      editRecord: 'Wijziging',
      deleteRecord: 'Verwijdering',
      bulkEdit: 'Groepswijziging',
      moveLocation: 'Verplaatsing op de kaart',
      createRelationship: 'Nieuwe relatie',
      importAdd: 'Import toegevoegd',
      importReplace: 'Import ter vervanging van de gegevens',
      importChangeset: 'Import van een wijzigingsset',
      settleConflict: 'Conflict opgelost',
      mergeRecords: 'Dubbels samengevoegd',
      markDistinct: 'Geen dubbel',
    },
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    undoTitle: 'Ongedaan maken: {{action}} (Ctrl+Z)',
    redoTitle: 'Opnieuw: {{action}} (Ctrl+Shift+Z)',
    nothingToUndo: 'Niets ongedaan te maken',
    nothingToRedo: 'Niets opnieuw te doen',
    refusedConflict:
      'Niet mogelijk: deze gegevens zijn intussen gewijzigd ({{count, number}} veld(en)).',
    saveIdle: 'Lokale opslag openen…',
    saveSaving: 'Opslaan…',
    saveSaved: 'Opgeslagen',
    saveSavedHelp:
      'Uw wijzigingen zijn opgeslagen in deze browser en blijven bewaard als u hem sluit.',
    saveFailed: 'Opslaan mislukt: {{reason}} Exporteer uw wijzigingen om niets te verliezen.',
    storageFull: 'de opslagruimte van de browser is vol.',
    storageBlocked:
      'de lokale database wordt door een ander tabblad geblokkeerd; sluit de andere tabbladen van de Atlas.',
    storageUnavailable: 'deze browser laat geen gegevensopslag toe (privévenster?).',
    storageFailed: 'onverwachte fout van de browseropslag.',
    storageTooLarge: 'een wijziging is te groot voor de opslag van de browser.',
    storageReplaced:
      'een nieuwere versie van de Atlas is in een ander tabblad geopend; herlaad deze pagina.',
    saveBlocked:
      'Wachten op de lokale database: {{reason}} Uw wijzigingen blijven intussen in dit tabblad.',
    saveReadOnly:
      'Alleen lezen: {{reason}} U kunt de gegevens verkennen en exporteren, niet wijzigen.',
    saveRetry: 'Opnieuw proberen op te slaan',
    unexported: '{{count, number}} niet-geëxporteerde wijziging',
    unexported_other: '{{count, number}} niet-geëxporteerde wijzigingen',
    unexportedTitle:
      'Uw wijzigingen staan alleen in deze browser. Exporteer een wijzigingsset om ze door te geven.',
    historyTitle: 'Wijzigingsgeschiedenis',
    historyOf: 'Geschiedenis: {{name}}',
    historyEmpty: 'Geen lokale wijzigingen.',
    recordCreated: 'aangemaakt',
    recordDeleted: 'verwijderd',
    empty: '(leeg)',
    conflictsTitle: 'Conflicterende wijzigingen',
    conflictsHelp:
      'Deze gegevens zijn elders gewijzigd (nieuwe versie van de gegevens of ander tabblad) sinds uw wijziging. Kies welke waarde u behoudt.',
    conflictLine: '{{record}} — {{field}}: uw waarde “{{mine}}”, huidige waarde “{{current}}”',
    keepMine: 'Mijn waarde behouden',
    keepCurrent: 'Huidige behouden',
  },
  en: {
    label: {
      createRecord: 'Created',
      editRecord: 'Edited',
      deleteRecord: 'Deleted',
      bulkEdit: 'Bulk edit',
      moveLocation: 'Moved on the map',
      createRelationship: 'New relationship',
      importAdd: 'Import added',
      importReplace: 'Import replacing the data',
      importChangeset: 'Changeset imported',
      settleConflict: 'Conflict settled',
      mergeRecords: 'Duplicates merged',
      markDistinct: 'Not a duplicate',
    },
    undo: 'Undo',
    redo: 'Redo',
    undoTitle: 'Undo: {{action}} (Ctrl+Z)',
    redoTitle: 'Redo: {{action}} (Ctrl+Shift+Z)',
    nothingToUndo: 'Nothing to undo',
    nothingToRedo: 'Nothing to redo',
    refusedConflict: 'Not possible: this data has changed since ({{count, number}} field(s)).',
    saveIdle: 'Opening local storage…',
    saveSaving: 'Saving…',
    saveSaved: 'Saved',
    saveSavedHelp: 'Your changes are saved in this browser and survive closing it.',
    saveFailed: 'Saving failed: {{reason}} Export your changes so that nothing is lost.',
    storageFull: 'the browser’s storage is full.',
    storageBlocked: 'the local database is blocked by another tab; close the Atlas’s other tabs.',
    storageUnavailable: 'this browser does not allow storing data (private window?).',
    storageFailed: 'unexpected error of the browser’s storage.',
    storageTooLarge: 'a change is too large for the browser’s storage.',
    storageReplaced: 'a newer version of the Atlas was opened in another tab; reload this page.',
    saveBlocked:
      'Waiting for the local database: {{reason}} Your changes stay in this tab meanwhile.',
    saveReadOnly: 'Read-only: {{reason}} You can explore and export the data, not change it.',
    saveRetry: 'Try saving again',
    unexported: '{{count, number}} change not exported',
    unexported_other: '{{count, number}} changes not exported',
    unexportedTitle:
      'Your changes are kept in this browser only. Export a changeset to pass them on.',
    historyTitle: 'Change history',
    historyOf: 'History: {{name}}',
    historyEmpty: 'No local changes.',
    recordCreated: 'created',
    recordDeleted: 'deleted',
    empty: '(empty)',
    conflictsTitle: 'Conflicting changes',
    conflictsHelp:
      'This data changed elsewhere (a new version of the data or another tab) since your change. Choose which value to keep.',
    conflictLine: '{{record}} — {{field}}: your value “{{mine}}”, current value “{{current}}”',
    keepMine: 'Keep mine',
    keepCurrent: 'Keep current',
  },
} as const;

/** The label keys a transaction may carry. */
export type TransactionLabel = keyof typeof labelsFr;
