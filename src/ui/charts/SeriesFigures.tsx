import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../analysis/series';
import { formatNumber } from '../../i18n';
import { formatPeriod } from '../../i18n/format_period';
import { EditButton } from '../edit/EditButton';
import { IndicatorForm } from '../edit/IndicatorForm';
import { useEditing } from '../edit/use_editing';
import { useAtlas } from '../shared/store_context';

/**
 * The figures of a place's series, newest first, each opening its form (value, unit, date,
 * source); the form takes the list's place until it closes, and the focus goes back to the
 * figure's button.
 */
export function SeriesFigures({ series, place }: { series: Series; place: string }) {
  const { t } = useTranslation(['charts', 'edit']);
  const language = useAtlas((state) => state.language);
  const records = useAtlas((state) => state.dataset.indicators);
  const root = useRef<HTMLDetailsElement>(null);
  const { editing, open, close } = useEditing<string>(root);
  const record = editing ? records.find((one) => one.id === editing) : undefined;
  return (
    <details className="series-figures" ref={root}>
      <summary>{t('charts:editFigures', { place })}</summary>
      {record ? (
        <IndicatorForm
          key={record.id}
          indicator={record}
          title={t('edit:editIndicatorName', {
            date: formatPeriod(record.reference_date || String(record.year ?? ''), language),
          })}
          onDone={close}
        />
      ) : (
        <ul>
          {[...series.points].reverse().map((point) => {
            const date = formatPeriod(point.date, language);
            const value = formatNumber(point.value, language);
            return (
              <li key={point.id}>
                <span className="series-figure-date">{date}</span>
                <span className="series-figure-value">
                  {value} {point.unit}
                </span>
                <EditButton
                  opener={point.id}
                  onClick={() => open(point.id)}
                  label={t('charts:editFigureOf', { date, value })}
                >
                  {t('charts:editFigure')}
                </EditButton>
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}
