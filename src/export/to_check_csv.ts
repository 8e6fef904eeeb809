import type { ToCheckRow } from '../analysis/completeness/to_check';
import type { Translate } from '../i18n';
import { toCsv } from '../text/write_csv';

export interface ToCheckCsvOptions {
  /** The organisation's name, said in the preamble. */
  organization: string;
  /** The day the list was made (YYYY-MM-DD), from which "twelve months ago" is counted. */
  date: string;
  t: Translate;
  delimiter: ',' | ';';
}

/**
 * A partner's "to check" list as CSV, in the user's language: a preamble of `#` lines
 * (whose records, when, what each gap means), then one row per record: its kind, its id
 * (to match it when the partner answers), its name, what it lacks, when it was last verified.
 */
export function toCheckCsv(rows: readonly ToCheckRow[], options: ToCheckCsvOptions): string {
  const { t, delimiter } = options;
  const preamble = [
    t('quality:toCheckTitle', { organization: options.organization }),
    t('quality:computedOn', { date: options.date }),
    t('quality:toCheckHow'),
  ].map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}`);
  const header = [
    t('quality:column.table'),
    'id',
    t('quality:column.name'),
    t('quality:column.missing'),
    t('quality:column.lastVerified'),
  ];
  const body = rows.map((row) => [
    t(`quality:recordKind.${row.table}`),
    row.id,
    row.name,
    row.missing.map((missing) => t(`quality:missing.${missing}`)).join(', '),
    row.last_verified,
  ]);
  const table = toCsv(header, body, { delimiter, bom: false });
  return `\uFEFF${preamble.join('\r\n')}\r\n${table}`;
}
