import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../model/report';
import { ReportTable } from '../shared/ReportTable';

/**
 * The validation report of an HSDS package about to be downloaded: records read back,
 * errors and warnings, and each problem with its file, row and field (the table of an
 * import's report). Messages come from the report (the same as `npm run validate`).
 */
export function HsdsReport({ report }: { report: ImportReport }) {
  const { t } = useTranslation('export');
  const titleId = useId();
  const errors = report.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = report.issues.filter((issue) => issue.severity === 'warning').length;
  return (
    <section className="export-report" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('reportTitle')}</h3>
      <p data-testid="hsds-summary">
        {t('reportSummary', {
          records: report.rows,
          errors,
          warnings,
        })}
      </p>
      {report.issues.length === 0 ? (
        <p>{t('reportClean')}</p>
      ) : (
        <ReportTable report={report} caption={t('reportCaption')} />
      )}
    </section>
  );
}
