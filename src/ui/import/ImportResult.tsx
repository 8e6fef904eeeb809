import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../model/dataset';
import type { ImportReport } from '../../model/report';
import type { RowFix } from '../../workers/apply_fixes';
import { ReportTable } from '../shared/ReportTable';
import { ImportChoice } from './ImportChoice';
import { RejectedRows } from './RejectedRows';

const DELIMITER_SIGNS: Record<string, string> = { ',': ',', ';': ';', '\t': '⇥' };

interface ImportResultProps {
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
export function ImportResult({ report, dataset, joined, ...props }: ImportResultProps) {
  const { t } = useTranslation(['import', 'export']);
  return (
    <div className="import-result">
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
          format: t(`export:formatName.${report.format}`, { defaultValue: report.format }),
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
      <ImportChoice imported={dataset} file={report.file} onDone={props.onDone} />
    </div>
  );
}
