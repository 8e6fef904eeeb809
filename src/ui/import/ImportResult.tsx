import { useTranslation } from 'react-i18next';
import type { WorkbookChoice } from '../../formats/workbook_input';
import type { Dataset } from '../../model/dataset';
import type { ImportReport } from '../../model/report';
import type { RowFix } from '../../workers/apply_fixes';
import { ReportTable } from '../shared/ReportTable';
import { ImportChoice } from './ImportChoice';
import { RejectedRows } from './RejectedRows';

const DELIMITER_SIGNS: Record<string, string> = { ',': ',', ';': ';', '\t': '⇥' };

interface ImportResultProps {
  /** For a workbook: the sheet read, and the others that may be read instead. */
  workbook?: WorkbookChoice | undefined;
  onSheet(sheet: string): void;
  report: ImportReport;
  dataset: Dataset;
  /** How many rows the last re-validation let in, or null before any. */
  joined: number | null;
  fixes: ReadonlyMap<string, RowFix>;
  changed: boolean;
  onFix(fix: RowFix): void;
  onRevalidate(): void;
  onDone(message: string, ok: boolean): void;
}

/**
 * A read import: what was read (counts, format, encoding, separator), the report, the
 * rejected rows to fix, and the choice to add or replace.
 */
export function ImportResult({ report, dataset, joined, workbook, ...props }: ImportResultProps) {
  const { t } = useTranslation(['import', 'export']);
  return (
    <div className="import-result">
      {workbook && workbook.sheets.length > 1 && (
        <label className="import-sheet">
          {t('sheet')}{' '}
          <select value={workbook.sheet} onChange={(event) => props.onSheet(event.target.value)}>
            {workbook.sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </select>
        </label>
      )}
      <p className="import-summary" role="status">
        {t('summary', {
          file: report.file,
          rows: report.rows,
          accepted: report.accepted,
          rejected: report.rejected,
        })}
        {joined === null ? null : ` ${t('fixedJoined', { count: joined })}`}
      </p>
      <p className="import-facts">
        {t('fileFacts', {
          format:
            report.format === 'unknown'
              ? t('notStated')
              : t(`export:formatName.${report.format}`, { defaultValue: report.format }),
          encoding: report.encoding ?? t('notStated'),
          delimiter:
            report.delimiter === null
              ? t('notStated')
              : (DELIMITER_SIGNS[report.delimiter] ?? report.delimiter),
        })}
      </p>
      <ReportTable report={report} />
      {report.rejected_rows.length > 0 && (
        <RejectedRows
          report={report}
          fixes={props.fixes}
          onFix={props.onFix}
          changed={props.changed}
          onRevalidate={props.onRevalidate}
        />
      )}
      <ImportChoice
        imported={dataset}
        file={report.file}
        columns={(report.columns ?? []).map((column) => column.field)}
        onDone={props.onDone}
      />
    </div>
  );
}
