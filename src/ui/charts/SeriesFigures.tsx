import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Series } from '../../analysis/series';
import { formatNumber } from '../../i18n';
import { formatPeriod } from '../../i18n/format_period';
import { randomId } from '../../model/ids';
import type { Indicator } from '../../model/schemas';
import { DeleteRecord } from '../edit/DeleteRecord';
import { EditButton } from '../edit/EditButton';
import { IndicatorForm } from '../edit/IndicatorForm';
import { useEditing } from '../edit/use_editing';
import { useAtlas, useReadOnly } from '../shared/store_context';

/** What the form edits: a figure by its id, or a new one. */
const NEW = 'new';

/** A new figure of the series: its place, indicator and unit; the rest for the user to give. */
function blankFigure(series: Series, id: string): Indicator {
  return {
    id,
    nis_code: series.place,
    indicator: series.indicator,
    value: Number.NaN,
    unit: series.units.at(-1) ?? '',
    year: null,
    reference_date: '',
    source: '',
    source_consulted: '',
    last_verified: '',
  };
}

/**
 * The figures of a place's series, newest first, each opening its form (value, unit, date,
 * source) or deleted after a confirmation; a button adds a figure. The form takes the list's
 * place until it closes, and the focus goes back to the button that opened it.
 */
export function SeriesFigures({ series, place }: { series: Series; place: string }) {
  const { t } = useTranslation(['charts', 'edit']);
  const language = useAtlas((state) => state.language);
  const records = useAtlas((state) => state.dataset.indicators);
  const root = useRef<HTMLDetailsElement>(null);
  const { editing, open, close } = useEditing<string>(root);
  const readOnly = useReadOnly();
  // The new figure's id while it is written (saved under the id an import would give it).
  const [newId] = useState(randomId);
  const record =
    editing === NEW ? blankFigure(series, newId) : records.find((one) => one.id === editing);
  return (
    <details className="series-figures" ref={root}>
      <summary>{t('charts:editFigures', { place })}</summary>
      {record ? (
        <IndicatorForm
          key={editing}
          indicator={record}
          creating={editing === NEW}
          title={
            editing === NEW
              ? t('charts:addFigureTitle', { indicator: series.indicator, place })
              : t('edit:editIndicatorName', {
                  date: formatPeriod(record.reference_date || String(record.year ?? ''), language),
                })
          }
          onDone={close}
        />
      ) : (
        <>
          <EditButton opener={NEW} onClick={() => open(NEW)}>
            {t('charts:addFigure')}
          </EditButton>
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
                  {!readOnly && (
                    <DeleteRecord
                      table="indicators"
                      id={point.id}
                      name={`${series.indicator}, ${place}, ${date} — ${value} ${point.unit}`}
                      buttonLabel={t('charts:deleteFigure')}
                      buttonName={t('charts:deleteFigureOf', { date, value })}
                      onDeleted={() => undefined}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </details>
  );
}
