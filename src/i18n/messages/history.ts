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
};

export const historyMessages = {
  fr: { label: labelsFr },
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
    },
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
    },
  },
} as const;

/** The label keys a transaction may carry. */
export type TransactionLabel = keyof typeof labelsFr;
