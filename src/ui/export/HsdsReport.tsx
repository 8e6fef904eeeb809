import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../model/report';

/** More rows than this are counted, not listed: the list stays quick to render and to read. */
const SHOWN_ISSUES = 200;

/**
 * The validation report of an HSDS package about to be downloaded: records read back,
 * errors and warnings, and each problem with its file, row and field. Messages come from
 * the report (the same as `npm run validate`) and are shown as text.
 */
export function HsdsReport({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation('export');
  const titleId = useId();
  const number = (value: number) => value.toLocaleString(i18n.language);
  const errors = report.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = report.issues.filter((issue) => issue.severity === 'warning').length;
  const shown = report.issues.slice(0, SHOWN_ISSUES);
  return (
    <section className="export-report" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('reportTitle')}</h3>
      <p data-testid="hsds-summary">
        {t('reportSummary', {
          records: number(report.rows),
          errors: number(errors),
          warnings: number(warnings),
        })}
      </p>
      {report.issues.length === 0 ? (
        <p>{t('reportClean')}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling list is reached by keyboard to scroll it
        <section className="export-report-list" tabIndex={0} aria-label={t('reportCaption')}>
          <table>
            <caption className="visually-hidden">{t('reportCaption')}</caption>
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
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for one report
                  key={index}
                  className={`severity-${issue.severity}`}
                >
                  <td>{issue.file ?? ''}</td>
                  <td>{issue.row ?? ''}</td>
                  <td>{issue.field ?? ''}</td>
                  <td>{t(`severity.${issue.severity}`)}</td>
                  <td>{issue.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.issues.length > shown.length && (
            <p>{t('reportMore', { count: report.issues.length - shown.length })}</p>
          )}
        </section>
      )}
    </section>
  );
}
