/**
 * Why a change of a changeset is refused, in the interface's language (import.ts spreads
 * these into its namespace): `changeProblem.<code>` the sentence of each code of
 * edits/change_check.ts (`…_old`, `…_new` where it names the old or the new record),
 * filled with its values; `valueKind.<kind>` the kinds of value those sentences name;
 * `reasonAt…` a sentence placed at its field, its item of a list, or its change.
 */

const changeProblemFr = {
  required: 'une valeur est obligatoire',
  wrong_type: '{{expected}} est attendu ; trouvé : {{received}}',
  empty_text: 'le texte ne peut pas être vide',
  too_small: 'le nombre doit valoir au moins {{minimum, number}}',
  too_big: 'le nombre doit valoir au plus {{maximum, number}}',
  too_short: 'le texte doit avoir au moins {{minimum, number}} caractères',
  too_long: 'le texte doit avoir au plus {{maximum, number}} caractères',
  too_few: 'la liste doit avoir au moins {{minimum, number}} éléments',
  too_many: 'la liste doit avoir au plus {{maximum, number}} éléments',
  not_one_of: 'ce n’est pas une des valeurs admises : {{allowed}}',
  not_uuid: 'ce n’est pas un identifiant (un UUID)',
  not_date: 'ce n’est pas une date (AAAA-MM-JJ)',
  not_nis_code: 'ce n’est pas un code INS (5 chiffres)',
  not_language_code: 'ce n’est pas un code de langue (deux lettres minuscules, ISO 639-1)',
  bad_format: 'ce n’est pas au format attendu ({{format}})',
  invalid: 'ce n’est pas une valeur admise pour ce champ',
  not_a_record_old:
    'l’ancien enregistrement devrait être un objet de ses champs ; trouvé : {{found}}',
  not_a_record_new:
    'le nouvel enregistrement devrait être un objet de ses champs ; trouvé : {{found}}',
  id_mismatch_old:
    'l’identifiant de l’ancien enregistrement ({{id}}) n’est pas celui de la modification ({{expected}})',
  id_mismatch_new:
    'l’identifiant du nouvel enregistrement ({{id}}) n’est pas celui de la modification ({{expected}})',
  no_effect:
    'une modification d’un enregistrement entier le crée ou le supprime ; celle-ci ne fait ni l’un ni l’autre',
  id_kept: 'un enregistrement garde son identifiant ; supprimez-le et créez-en un autre à la place',
  unknown_field: 'la table « {{table}} » n’a pas ce champ',
  value_too_long:
    '{{length, number}} caractères, plus que les {{limit, number}} qu’une valeur peut contenir',
  record_missing:
    'l’enregistrement n’est pas dans les données (supprimé depuis, ou jamais créé) : son champ ne peut pas être modifié',
  dangling_reference: '{{value}} n’est aucun enregistrement de la table « {{table}} »',
  deletion_leaves:
    'l’enregistrement {{id}} de la table « {{table}} » garderait son champ « {{field}} » pointant vers l’enregistrement supprimé',
  leaves_other:
    'l’enregistrement {{id}} de la table « {{table}} » serait refusé à son champ « {{field}} » : {{finding}}',
};

const changeProblemNl: typeof changeProblemFr = {
  required: 'een waarde is verplicht',
  wrong_type: '{{expected}} verwacht; gevonden: {{received}}',
  empty_text: 'de tekst mag niet leeg zijn',
  too_small: 'het getal moet minstens {{minimum, number}} zijn',
  too_big: 'het getal mag hoogstens {{maximum, number}} zijn',
  too_short: 'de tekst moet minstens {{minimum, number}} tekens hebben',
  too_long: 'de tekst mag hoogstens {{maximum, number}} tekens hebben',
  too_few: 'de lijst moet minstens {{minimum, number}} elementen hebben',
  too_many: 'de lijst mag hoogstens {{maximum, number}} elementen hebben',
  not_one_of: 'geen van de toegelaten waarden: {{allowed}}',
  not_uuid: 'geen identificatie (een UUID)',
  not_date: 'geen datum (JJJJ-MM-DD)',
  not_nis_code: 'geen NIS-code (5 cijfers)',
  not_language_code: 'geen taalcode (twee kleine letters, ISO 639-1)',
  bad_format: 'niet in het verwachte formaat ({{format}})',
  invalid: 'geen toegelaten waarde voor dit veld',
  not_a_record_old:
    'het oude record zou een object van zijn velden moeten zijn; gevonden: {{found}}',
  not_a_record_new:
    'het nieuwe record zou een object van zijn velden moeten zijn; gevonden: {{found}}',
  id_mismatch_old:
    'de identificatie van het oude record ({{id}}) is niet die van de wijziging ({{expected}})',
  id_mismatch_new:
    'de identificatie van het nieuwe record ({{id}}) is niet die van de wijziging ({{expected}})',
  no_effect:
    'een wijziging van een volledig record maakt het aan of verwijdert het; deze doet geen van beide',
  id_kept:
    'een record behoudt zijn identificatie; verwijder het en maak in de plaats een ander aan',
  unknown_field: 'de tabel "{{table}}" heeft dit veld niet',
  value_too_long:
    '{{length, number}} tekens, meer dan de {{limit, number}} die een waarde mag bevatten',
  record_missing:
    'het record staat niet in de gegevens (sindsdien verwijderd, of nooit aangemaakt): zijn veld kan niet gewijzigd worden',
  dangling_reference: '{{value}} is geen record van de tabel "{{table}}"',
  deletion_leaves:
    'het record {{id}} van de tabel "{{table}}" zou met zijn veld "{{field}}" naar het verwijderde record blijven wijzen',
  leaves_other:
    'het record {{id}} van de tabel "{{table}}" zou geweigerd worden op zijn veld "{{field}}": {{finding}}',
};

const changeProblemEn: typeof changeProblemFr = {
  required: 'a value is required',
  wrong_type: '{{expected}} is expected; found {{received}}',
  empty_text: 'the text may not be empty',
  too_small: 'the number should be at least {{minimum, number}}',
  too_big: 'the number should be at most {{maximum, number}}',
  too_short: 'the text should have at least {{minimum, number}} characters',
  too_long: 'the text should have at most {{maximum, number}} characters',
  too_few: 'the list should have at least {{minimum, number}} items',
  too_many: 'the list should have at most {{maximum, number}} items',
  not_one_of: 'not one of the allowed values: {{allowed}}',
  not_uuid: 'not an id (a UUID)',
  not_date: 'not a date (YYYY-MM-DD)',
  not_nis_code: 'not a NIS code (5 digits)',
  not_language_code: 'not a language code (two lowercase letters, ISO 639-1)',
  bad_format: 'not in the expected format ({{format}})',
  invalid: 'not a valid value for this field',
  not_a_record_old: 'the old record should be an object of its fields; found {{found}}',
  not_a_record_new: 'the new record should be an object of its fields; found {{found}}',
  id_mismatch_old: 'the old record’s id ({{id}}) is not the change’s ({{expected}})',
  id_mismatch_new: 'the new record’s id ({{id}}) is not the change’s ({{expected}})',
  no_effect: 'a change of a whole record creates it or deletes it; this one does neither',
  id_kept: 'a record keeps its id; delete it and create another instead',
  unknown_field: 'the table “{{table}}” has no such field',
  value_too_long:
    '{{length, number}} characters, more than the {{limit, number}} one value may hold',
  record_missing:
    'the record is not in the data (deleted since, or never created), so its field cannot be changed',
  dangling_reference: '{{value}} is no record of the table “{{table}}”',
  deletion_leaves:
    'the record {{id}} of the table “{{table}}” would be left with its field “{{field}}” pointing to the deleted record',
  leaves_other:
    'the record {{id}} of the table “{{table}}” would be rejected at its field “{{field}}”: {{finding}}',
};

/** In German a whole sentence after a colon ("Feld „Name“: Der Text …") starts with a capital. */
const changeProblemDe: typeof changeProblemFr = {
  required: 'Ein Wert ist erforderlich',
  wrong_type: 'Erwartet wird {{expected}}; gefunden: {{received}}',
  empty_text: 'Der Text darf nicht leer sein',
  too_small: 'Die Zahl muss mindestens {{minimum, number}} betragen',
  too_big: 'Die Zahl darf höchstens {{maximum, number}} betragen',
  too_short: 'Der Text muss mindestens {{minimum, number}} Zeichen haben',
  too_long: 'Der Text darf höchstens {{maximum, number}} Zeichen haben',
  too_few: 'Die Liste muss mindestens {{minimum, number}} Elemente haben',
  too_many: 'Die Liste darf höchstens {{maximum, number}} Elemente haben',
  not_one_of: 'keiner der zulässigen Werte: {{allowed}}',
  not_uuid: 'keine Kennung (eine UUID)',
  not_date: 'kein Datum (JJJJ-MM-TT)',
  not_nis_code: 'kein NIS-Code (5 Ziffern)',
  not_language_code: 'kein Sprachcode (zwei Kleinbuchstaben, ISO 639-1)',
  bad_format: 'nicht im erwarteten Format ({{format}})',
  invalid: 'kein zulässiger Wert für dieses Feld',
  not_a_record_old: 'Der alte Datensatz sollte ein Objekt seiner Felder sein; gefunden: {{found}}',
  not_a_record_new: 'Der neue Datensatz sollte ein Objekt seiner Felder sein; gefunden: {{found}}',
  id_mismatch_old:
    'Die Kennung des alten Datensatzes ({{id}}) ist nicht die der Änderung ({{expected}})',
  id_mismatch_new:
    'Die Kennung des neuen Datensatzes ({{id}}) ist nicht die der Änderung ({{expected}})',
  no_effect:
    'Eine Änderung eines ganzen Datensatzes legt ihn an oder löscht ihn; diese tut keines von beiden',
  id_kept:
    'Ein Datensatz behält seine Kennung; löschen Sie ihn und legen Sie stattdessen einen anderen an',
  unknown_field: 'Die Tabelle „{{table}}“ hat kein solches Feld',
  value_too_long:
    '{{length, number}} Zeichen, mehr als die {{limit, number}}, die ein Wert enthalten darf',
  record_missing:
    'Der Datensatz ist nicht in den Daten (seitdem gelöscht oder nie angelegt): Sein Feld kann nicht geändert werden',
  dangling_reference: '{{value}} ist kein Datensatz der Tabelle „{{table}}“',
  deletion_leaves:
    'Der Datensatz {{id}} der Tabelle „{{table}}“ würde mit seinem Feld „{{field}}“ weiter auf den gelöschten Datensatz verweisen',
  leaves_other:
    'Der Datensatz {{id}} der Tabelle „{{table}}“ würde bei seinem Feld „{{field}}“ abgelehnt: {{finding}}',
};

const valueKindFr = {
  text: 'un texte',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: 'vrai ou faux',
  list: 'une liste',
  object: 'un objet',
  null: 'rien (null)',
};
const valueKindNl: typeof valueKindFr = {
  text: 'een tekst',
  number: 'een getal',
  integer: 'een geheel getal',
  boolean: 'waar of onwaar',
  list: 'een lijst',
  object: 'een object',
  null: 'niets (null)',
};
const valueKindEn: typeof valueKindFr = {
  text: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  list: 'a list',
  object: 'an object',
  null: 'nothing (null)',
};
const valueKindDe: typeof valueKindFr = {
  text: 'ein Text',
  number: 'eine Zahl',
  integer: 'eine ganze Zahl',
  boolean: 'wahr oder falsch',
  list: 'eine Liste',
  object: 'ein Objekt',
  null: 'nichts (null)',
};

export const changeProblemMessages = {
  fr: {
    changeProblem: changeProblemFr,
    valueKind: valueKindFr,
    reasonAt: '{{field}} : {{reason}}',
    reasonAtItem: '{{field}} (élément {{item, number}}) : {{reason}}',
    reasonInChange: 'Modification {{change, number}} : {{reason}}',
    reasonInChangeAt: 'Modification {{change, number}}, champ « {{field}} » : {{reason}}',
  },
  nl: {
    changeProblem: changeProblemNl,
    valueKind: valueKindNl,
    reasonAt: '{{field}}: {{reason}}',
    reasonAtItem: '{{field}} (element {{item, number}}): {{reason}}',
    reasonInChange: 'Wijziging {{change, number}}: {{reason}}',
    reasonInChangeAt: 'Wijziging {{change, number}}, veld "{{field}}": {{reason}}',
  },
  en: {
    changeProblem: changeProblemEn,
    valueKind: valueKindEn,
    reasonAt: '{{field}}: {{reason}}',
    reasonAtItem: '{{field}} (item {{item, number}}): {{reason}}',
    reasonInChange: 'Change {{change, number}}: {{reason}}',
    reasonInChangeAt: 'Change {{change, number}}, field “{{field}}”: {{reason}}',
  },
  de: {
    changeProblem: changeProblemDe,
    valueKind: valueKindDe,
    reasonAt: '{{field}}: {{reason}}',
    reasonAtItem: '{{field}} (Element {{item, number}}): {{reason}}',
    reasonInChange: 'Änderung {{change, number}}: {{reason}}',
    reasonInChangeAt: 'Änderung {{change, number}}, Feld „{{field}}“: {{reason}}',
  },
};
