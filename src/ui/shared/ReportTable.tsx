import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TABLE_FILES } from '../../formats/table_files';
import { findingWords } from '../../i18n/finding_text';
import { TABLE_NAMES, type TableName } from '../../model/dataset';
import type { ImportReport, Issue, Severity } from '../../model/report';
import { foldAscii } from '../../text/fold';
import { recordFieldLabel } from './field_labels';
import { TechnicalDetail } from './TechnicalDetail';
import './report_table.css';

/** Findings drawn at a time: a 100,000-row file may have as many; more on request. */
const PAGE = 200;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * A finding's problem: its code, then its sentence, in the interface language, and a
 * library's own words about it apart, marked as a technical detail.
 */
export function Problem({
  issue,
}: {
  issue: Pick<Issue, 'code' | 'message' | 'values' | 'variant'>;
}) {
  const { t, i18n } = useTranslation('import');
  const { text, translated, detail } = findingWords(issue, i18n);
  return (
    <>
      <span className="import-code">{t(`code.${issue.code}`)}</span>{' '}
      <span className="import-message" lang={translated ? undefined : 'en'}>
        {text}
      </span>
      {detail !== null && <TechnicalDetail detail={detail} />}
    </>
  );
}

/** The table whose file this is, in the one-file-per-table form. */
function tableOfFile(file: string | undefined): TableName | undefined {
  const name = file?.split(/[\\/]/).pop()?.toLowerCase();
  return TABLE_NAMES.find((table) => TABLE_FILES[table] === name);
}

/**
 * The column a finding names, as the file writes its header, with the field it was read
 * as in the interface language ("Organisme — read as: Name of the organisation"); the
 * field alone when the file has no such column (a missing one).
 */
function ColumnName({ issue, report }: { issue: Issue; report: ImportReport }) {
  const { t } = useTranslation('import');
  const field = issue.field;
  if (!field) return null;
  const column = report.columns?.find(
    (candidate) =>
      candidate.field === field && (candidate.file === undefined || candidate.file === issue.file),
  );
  const table = column?.table ?? tableOfFile(issue.file);
  const label = table
    ? recordFieldLabel(table, field, t)
    : t(`flatField.${field}`, { defaultValue: field });
  const header = column?.header.trim();
  if (!header) return <>{label}</>;
  if (foldAscii(header) === foldAscii(label)) return <>{header}</>;
  return (
    <>
      <span className="report-header">{header}</span>{' '}
      <span className="report-read-as">{t('readAs', { field: label })}</span>
    </>
  );
}

/**
 * A validation report as a table: file, row, field, severity and problem of every
 * finding, in file order, filterable by severity, 200 at a time. Shown for an import and
 * for an HSDS package about to be downloaded. Nothing from the file is rendered as markup:
 * cells are text.
 */
export function ReportTable({ report, caption }: { report: ImportReport; caption?: string }) {
  const { t } = useTranslation('import');
  const [severity, setSeverity] = useState<Severity | 'all'>('all');
  const [limit, setLimit] = useState(PAGE);
  const issues = useMemo(
    () =>
      severity === 'all'
        ? report.issues
        : report.issues.filter((issue) => issue.severity === severity),
    [report, severity],
  );
  if (report.issues.length === 0) return <p>{t('noIssues')}</p>;
  const shown = issues.slice(0, limit);
  return (
    <div className="report">
      <label className="report-severity">
        <span>{t('showSeverity')}</span>
        <select
          value={severity}
          onChange={(event) => {
            const next = SEVERITIES.find((code) => code === event.target.value);
            setSeverity(next ?? 'all');
            setLimit(PAGE);
          }}
        >
          <option value="all">{t('allSeverities')}</option>
          {SEVERITIES.map((code) => (
            <option key={code} value={code}>
              {t(`severity.${code}`)}
            </option>
          ))}
        </select>
      </label>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table is reached by keyboard to scroll it */}
      <div className="report-table-scroll" tabIndex={0}>
        <table className="report-table findings-table">
          <caption>{caption ?? t('reportCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('column.file')}</th>
              <th scope="col">{t('column.row')}</th>
              <th scope="col">{t('column.field')}</th>
              <th scope="col">{t('column.severity')}</th>
              <th scope="col">{t('column.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((issue, index) => (
              <tr
                // Findings have no id; their order in the report is fixed.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                key={index}
                className={`report-${issue.severity}`}
                data-row={issue.row ?? ''}
              >
                <td>{issue.file ?? report.file}</td>
                <td>{issue.row ?? t('wholeFile')}</td>
                <td>
                  <ColumnName issue={issue} report={report} />
                </td>
                <td>
                  {issue.row === null && issue.severity === 'error'
                    ? t('fileRefused')
                    : t(`severity.${issue.severity}`)}
                </td>
                <td>
                  <Problem issue={issue} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {issues.length > shown.length && (
        <p>
          {t('issuesShown', { shown: shown.length, total: issues.length })}{' '}
          <button type="button" onClick={() => setLimit(limit + PAGE)}>
            {t('showMore')}
          </button>
        </p>
      )}
    </div>
  );
}
