import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { recordHistory } from '../../edits/transaction';
import { formatValue } from '../../i18n/format_value';
import type { TableName } from '../../model/dataset';
import { recordFieldLabel } from '../shared/field_labels';
import { useAtlas } from '../shared/store_context';

/**
 * The local history of one record: who changed which field when, old → new, newest first.
 * Nothing when the record has no local change. `name` tells two histories in one panel apart.
 */
export function RecordHistory({
  table,
  id,
  name,
}: {
  table: TableName;
  id: string;
  name?: string;
}) {
  const { t, i18n } = useTranslation('history');
  const done = useAtlas((state) => state.history.done);
  const lines = useMemo(() => recordHistory(done, table, id).reverse(), [done, table, id]);
  if (lines.length === 0) return null;
  const title = name ? t('historyOf', { name }) : t('historyTitle');
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section className="record-history" aria-label={title}>
      <h3>{title}</h3>
      <ol>
        {lines.map((line) => (
          <li key={`${line.tx}-${line.field ?? 'record'}`}>
            <span className="history-meta">
              <time dateTime={line.time}>{time.format(new Date(line.time))}</time> · {line.author} ·{' '}
              {t(`label.${line.label}`, { defaultValue: line.label })}
            </span>
            <span className="history-change">
              {line.field === null
                ? line.new === null
                  ? t('recordDeleted')
                  : t('recordCreated')
                : `${recordFieldLabel(table, line.field, t)} : ${formatValue(line.old, t)} → ${formatValue(line.new, t)}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
