import type { i18n as I18n } from 'i18next';
import type { Issue } from '../model/report';
import { findingWords } from './finding_text';

/**
 * Why a change is refused (edits/change_check.ts ChangeProblem), in the instance's
 * language: `import:changeProblem.<code>` filled with its values, the kinds of value and
 * the tables named in that language, and a reader's finding said as the import report
 * says it. Never zod's words nor the command line's English, except a finding whose code
 * has no sentence yet.
 */
export interface ChangeProblemText {
  field: string | null;
  code: string;
  values: Readonly<Record<string, string | number>>;
  finding?: Pick<Issue, 'code' | 'variant' | 'values' | 'message'>;
}

/** How a field of a table is named to the user (its form's label); the field itself by default. */
export type FieldLabel = (table: string, field: string) => string;

const KIND_VALUES = ['expected', 'received', 'found'];
const RECORD_CASES = new Set(['not_a_record', 'id_mismatch']);

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The problem's own sentence, without its field. */
export function changeProblemReason(
  problem: ChangeProblemText,
  i18n: I18n,
  table: string,
  fieldLabel: FieldLabel = (_table, field) => field,
): string {
  const finding = problem.finding ? findingWords(problem.finding, i18n).text : '';
  if (problem.code === 'finding') return finding;
  const values: Record<string, string | number> = { ...problem.values };
  for (const name of KIND_VALUES) {
    if (typeof values[name] === 'string') values[name] = i18n.t(`import:valueKind.${values[name]}`);
  }
  const other = typeof values.table === 'string' ? values.table : table;
  if (typeof values.field === 'string') values.field = fieldLabel(other, values.field);
  if (typeof values.table === 'string') {
    // A table by its name in the language; a file that is no table's, as it is named.
    values.table = i18n.t(`import:table.${values.table}`, { defaultValue: values.table });
  }
  const key = RECORD_CASES.has(problem.code)
    ? `import:changeProblem.${problem.code}_${values.which}`
    : `import:changeProblem.${problem.code}`;
  return i18n.t(key, { ...values, finding });
}

/** The problem at its field (and item of a list): what the user reads of a refused record. */
export function changeProblemSentence(
  problem: ChangeProblemText,
  i18n: I18n,
  table: string,
  fieldLabel: FieldLabel = (_table, field) => field,
): string {
  const reason = changeProblemReason(problem, i18n, table, fieldLabel);
  if (problem.field === null) return capitalised(reason);
  const field = fieldLabel(table, problem.field);
  const { item } = problem.values;
  return item === undefined
    ? i18n.t('import:reasonAt', { field, reason })
    : i18n.t('import:reasonAtItem', { field, item, reason });
}

/** A problem of a changeset's form, at its change (1-based) and field. */
export function changesetErrorSentence(
  error: { change: number | null; problem: ChangeProblemText },
  i18n: I18n,
): string {
  const { change, problem } = error;
  const reason = changeProblemReason(problem, i18n, '');
  if (change === null)
    return problem.field === null
      ? capitalised(reason)
      : i18n.t('import:reasonAt', { field: problem.field, reason });
  return problem.field === null
    ? i18n.t('import:reasonInChange', { change, reason })
    : i18n.t('import:reasonInChangeAt', { change, field: problem.field, reason });
}
