import {
  CHANGE_PROBLEM_CODES,
  type ChangeProblem,
  changeProblem,
  changeProblems,
} from '../../../src/edits/change_check';
import type { Change } from '../../../src/edits/patch';
import { parseChangeset } from '../../../src/edits/transaction';
import { createI18n } from '../../../src/i18n';
import {
  changeProblemSentence,
  changesetErrorSentence,
} from '../../../src/i18n/change_problem_text';
import { stableId } from '../../../src/model/ids';
import { LANGUAGES } from '../../../src/model/languages';

const id = stableId('service', 'a service');

function fieldChange(field: string, value: unknown): Change {
  return { table: 'services', id, field, old: '', new: value };
}

function problemsOf(change: Change): ChangeProblem[] {
  return changeProblems(change);
}

/** Every value a sentence may name, so that a sentence with a placeholder left shows it. */
const SAMPLE = {
  expected: 'text',
  received: 'list',
  found: 'number',
  id: 'x',
  minimum: 2,
  maximum: 5,
  allowed: '"a", "b"',
  format: 'email',
  table: 'organizations',
  field: 'name',
  length: 100_001,
  limit: 100_000,
  value: 'abc',
};
const FINDING = {
  code: 'missing_required',
  message: 'This field is required but empty',
  values: {},
} as const;

/** One problem of every code (both records where the code names one). */
function everyCode(): ChangeProblem[] {
  return CHANGE_PROBLEM_CODES.flatMap((code) => {
    if (code === 'not_a_record' || code === 'id_mismatch') {
      return ['old', 'new'].map((which) => changeProblem(null, code, { ...SAMPLE, which }));
    }
    const finding = code === 'finding' || code === 'leaves_other' ? FINDING : undefined;
    return [changeProblem('name', code, SAMPLE, finding)];
  });
}

describe('why a change is refused, in each language', () => {
  const english = createI18n('en');

  it.each(LANGUAGES)('has a whole sentence for every code in %s', (language) => {
    const i18n = createI18n(language);
    for (const problem of everyCode()) {
      const sentence = changeProblemSentence(problem, i18n, 'services');
      expect(sentence, `${language} ${problem.code}`).not.toMatch(/\{\{|changeProblem\.|valueKind/);
      expect(sentence.length, `${language} ${problem.code}`).toBeGreaterThan(12);
      if (language !== 'en') {
        expect(sentence, `${language} ${problem.code}`).not.toBe(
          changeProblemSentence(problem, english, 'services'),
        );
      }
    }
  });

  it('says a value of the wrong kind, a value not allowed and a bad item of a list in French', () => {
    const french = createI18n('fr');
    const say = (change: Change) =>
      problemsOf(change).map((problem) => changeProblemSentence(problem, french, change.table));
    expect(say(fieldChange('name', ['a']))).toEqual([
      'name : un texte est attendu ; trouvé : une liste',
    ]);
    expect(say(fieldChange('status', 'closed'))).toEqual([
      'status : ce n’est pas une des valeurs admises : "active", "inactive", "defunct"',
    ]);
    expect(say(fieldChange('languages', ['fr', 'fra']))).toEqual([
      'languages (élément 2) : ce n’est pas un code de langue (deux lettres minuscules, ISO 639-1)',
    ]);
    expect(say(fieldChange('capacity', -3))).toEqual([
      'capacity : le nombre doit valoir au moins 0',
    ]);
    expect(say(fieldChange('description', 'x'.repeat(100_001)))).toEqual([
      'description : 100\u202f001 caractères, plus que les 100\u202f000 qu’une valeur peut contenir',
    ]);
    expect(say(fieldChange('colour', 'red'))).toEqual([
      'colour : la table « Services » n’a pas ce champ',
    ]);
    expect(say({ table: 'organizations', id, field: null, old: null, new: 'Asbl' })).toEqual([
      'Le nouvel enregistrement devrait être un objet de ses champs ; trouvé : un texte',
    ]);
  });

  it('names a field as the form does when given its labels', () => {
    const german = createI18n('de');
    const [problem] = problemsOf(fieldChange('name', 42));
    if (!problem) throw new Error('refused');
    expect(changeProblemSentence(problem, german, 'services', () => 'Name des Dienstes')).toBe(
      'Name des Dienstes: Erwartet wird ein Text; gefunden: eine Zahl',
    );
  });

  it('never shows zod’s own English', () => {
    const values: [string, unknown][] = [
      ['name', ''],
      ['name', { a: 1 }],
      ['category', 7],
      ['organization_id', 'not-a-uuid'],
      ['service_area', ['123']],
      ['capacity', 1.5],
      ['last_verified', '2026-13-01'],
      ['languages', 'fr'],
    ];
    for (const language of ['fr', 'de'] as const) {
      const i18n = createI18n(language);
      for (const [field, value] of values) {
        const problems = problemsOf(fieldChange(field, value));
        expect(problems.length, field).toBeGreaterThan(0);
        for (const problem of problems) {
          expect(changeProblemSentence(problem, i18n, 'services')).not.toMatch(
            /Invalid|expected|received|Too (small|big)|option/,
          );
        }
      }
    }
  });

  it('says where a malformed changeset is wrong, change and field, in Dutch', () => {
    const parsed = parseChangeset(
      JSON.stringify({
        format: 'atlas-changeset',
        version: 1,
        exported_at: '',
        base: '',
        changes: [{ tx: 't', author: 'a', time: '', label: '', table: 'planets', id: 'x' }],
      }),
    );
    if (parsed.ok) throw new Error('accepted');
    const dutch = createI18n('nl');
    expect(parsed.errors.map((error) => changesetErrorSentence(error, dutch))).toContain(
      'Wijziging 1, veld "table": geen van de toegelaten waarden: "organizations", "services", "locations", "service_at_locations", "relationships", "indicators"',
    );
    // The command line's English names the same place.
    expect(parsed.errors.map((error) => error.message)).toContain(
      'change 1, field "table": not one of the allowed values: "organizations", "services", "locations", "service_at_locations", "relationships", "indicators"',
    );
  });
});
