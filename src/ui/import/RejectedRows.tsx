import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport, Issue, RejectedRow } from '../../model/report';
import type { RowFix } from '../../workers/apply_fixes';
import { Problem } from '../shared/ReportTable';

/** Rejected rows drawn at a time, more on request. */
const PAGE = 20;

/** Identifies a row across re-validations: its file (if several) and its row number. */
export function rowKey(row: Pick<RejectedRow, 'file' | 'row'>): string {
  return `${row.file ?? ''}\u0000${row.row}`;
}

function errorsByRow(issues: readonly Issue[]): Map<string, Issue[]> {
  const byRow = new Map<string, Issue[]>();
  for (const issue of issues) {
    if (issue.severity !== 'error' || issue.row === null) continue;
    const key = rowKey({ file: issue.file, row: issue.row });
    const list = byRow.get(key);
    if (list) list.push(issue);
    else byRow.set(key, [issue]);
  }
  return byRow;
}

interface RejectedRowsProps {
  report: ImportReport;
  /** The user's corrections so far, by rowKey. */
  fixes: ReadonlyMap<string, RowFix>;
  onFix(fix: RowFix): void;
  /** True when corrections were typed since the last validation. */
  changed: boolean;
  onRevalidate(): void;
}

/**
 * The rows an error rejected, each with why and its cells as the file gave them, to be
 * corrected in place and validated again.
 */
export function RejectedRows({ report, fixes, onFix, changed, onRevalidate }: RejectedRowsProps) {
  const { t } = useTranslation('import');
  const [limit, setLimit] = useState(PAGE);
  const errors = useMemo(() => errorsByRow(report.issues), [report]);
  const rows = report.rejected_rows;
  const shown = rows.slice(0, limit);
  return (
    <section className="import-rejected" aria-labelledby="import-rejected-title">
      <h3 id="import-rejected-title">{t('rejectedTitle')}</h3>
      <p>{t('rejectedHelp')}</p>
      {shown.map((row) => {
        const key = rowKey(row);
        const values = fixes.get(key)?.values ?? row.values;
        const names = Object.keys(values);
        return (
          <fieldset key={key} className="import-row" data-row={row.row}>
            <legend>
              {row.file
                ? t('rowLegendInFile', { file: row.file, row: row.row })
                : t('rowLegend', { row: row.row })}
            </legend>
            <ul className="import-row-errors">
              {(errors.get(key) ?? []).map((issue) => (
                <li key={`${issue.field}\u0000${issue.code}\u0000${issue.message}`}>
                  {issue.field ? (
                    <strong>
                      {t(`flatField.${issue.field}`, { defaultValue: issue.field })} —{' '}
                    </strong>
                  ) : null}
                  <Problem issue={issue} />
                </li>
              ))}
            </ul>
            <div className="import-cells">
              {names.map((name) => (
                <label key={name} className="import-cell">
                  <span>{name}</span>
                  <input
                    type="text"
                    value={values[name] ?? ''}
                    onChange={(event) =>
                      onFix({
                        ...(row.file ? { file: row.file } : {}),
                        row: row.row,
                        values: { ...values, [name]: event.target.value },
                      })
                    }
                  />
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      {rows.length > shown.length && (
        <p>
          {t('rowsShown', { shown: shown.length, total: rows.length })}{' '}
          <button type="button" onClick={() => setLimit(limit + PAGE)}>
            {t('showMore')}
          </button>
        </p>
      )}
      <button type="button" className="import-primary" disabled={!changed} onClick={onRevalidate}>
        {t('revalidate')}
      </button>
    </section>
  );
}
