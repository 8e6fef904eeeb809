import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n';
import { formatPeriod } from '../../i18n/format_period';
import { useAtlas } from '../shared/store_context';
import { type ChartEntry, tableRows } from './chart_entries';

/**
 * A chart's table equivalent: a row per date, a column per line (a place, a province, an
 * indicator), the numbers and dates as the language writes them; the last figure of a date
 * where a series gives two. Folded under the chart; its region scrolls and takes the focus,
 * so the keyboard reaches every cell.
 */
export function SeriesTable({ title, entries }: { title: string; entries: readonly ChartEntry[] }) {
  const { t } = useTranslation('charts');
  const language = useAtlas((state) => state.language);
  const rows = tableRows(entries);
  const cell = (entry: ChartEntry, date: string) => {
    const points = entry.series.points.filter((point) => point.date === date);
    const point = points.at(-1);
    return point ? formatNumber(point.value, language) : '—';
  };
  return (
    <details className="series-table">
      <summary>{t('tableSummary')}</summary>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table is reached by keyboard to scroll it */}
      <div className="series-table-scroll" tabIndex={0}>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tableDate')}</th>
              {entries.map((entry) => (
                <th key={entry.key} scope="col">
                  {entry.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.date}>
                <th scope="row">{formatPeriod(row.date, language)}</th>
                {entries.map((entry) => (
                  <td key={entry.key}>{cell(entry, row.date)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
