import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { findRecord } from '../../edits/patch';
import type { Conflict } from '../../edits/rebase';
import { recordFieldLabel } from '../shared/field_labels';
import { useAtlas } from '../shared/store_context';
import '../shared/report_table.css';

/** A record's name for people (organisation, service, location), else its id. */
export function recordName(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, id } = value as { name?: unknown; id?: unknown };
  if (typeof name === 'string' && name !== '') return name;
  return typeof id === 'string' ? id : null;
}

/** A field value, or a whole record, as plain text. */
export function valueText(value: unknown, t: TFunction<'import'>): string {
  if (value === undefined) return t('absent');
  if (value === null || value === '') return t('empty');
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'object') return recordName(value) ?? JSON.stringify(value);
  return String(value);
}

/**
 * The changes of a changeset that could not be applied: the record (by its name where the
 * change or the data gives one), the field, the value the changeset brings and the value
 * the data holds now, and who made the change.
 */
export function ConflictTable({ conflicts }: { conflicts: readonly Conflict[] }) {
  const { t } = useTranslation('import');
  const dataset = useAtlas((state) => state.dataset);
  return (
    <div className="report-table-scroll">
      <table className="report-table conflict-table">
        <caption>{t('conflictsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('conflictColumn.table')}</th>
            <th scope="col">{t('conflictColumn.record')}</th>
            <th scope="col">{t('conflictColumn.field')}</th>
            <th scope="col">{t('conflictColumn.theirs')}</th>
            <th scope="col">{t('conflictColumn.current')}</th>
            <th scope="col">{t('conflictColumn.author')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map(({ tx, author, change, current }) => (
            <tr key={`${tx}\u0000${change.table}\u0000${change.id}\u0000${change.field}`}>
              <td>{t(`table.${change.table}`)}</td>
              <td>
                {recordName(findRecord(dataset, change.table, change.id)) ??
                  recordName(change.old) ??
                  recordName(change.new) ??
                  change.id}
              </td>
              <td>
                {change.field === null
                  ? t('wholeRecord')
                  : recordFieldLabel(change.table, change.field, t)}
              </td>
              <td>
                {change.field === null && change.new === null
                  ? t('absent')
                  : valueText(change.new, t)}
              </td>
              <td>
                {change.field === null && current === null ? t('absent') : valueText(current, t)}
              </td>
              <td>{author}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
