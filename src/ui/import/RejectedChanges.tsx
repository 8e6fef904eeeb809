import { useTranslation } from 'react-i18next';
import type { RejectedRecord } from '../../export/merge_changeset';
import { useAtlas } from '../shared/store_context';
import { recordName } from './ConflictTable';
import '../shared/report_table.css';

/**
 * The records of a changeset whose changes were refused (a value that is not one of its
 * field, a record that is not one, a change to a record the data does not hold): the
 * record, its changes and why, each reason as the check states it.
 */
export function RejectedChanges({ rejected }: { rejected: readonly RejectedRecord[] }) {
  const { t } = useTranslation('import');
  const dataset = useAtlas((state) => state.dataset);
  return (
    <div className="report-table-scroll">
      <table className="report-table">
        <caption>{t('refusedCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('conflictColumn.table')}</th>
            <th scope="col">{t('conflictColumn.record')}</th>
            <th scope="col">{t('refusedColumn.changes')}</th>
            <th scope="col">{t('refusedColumn.reasons')}</th>
          </tr>
        </thead>
        <tbody>
          {rejected.map((record) => {
            const current = dataset[record.table].find((candidate) => candidate.id === record.id);
            const named =
              recordName(current) ??
              record.changes.map((change) => recordName(change.new)).find(Boolean) ??
              record.id;
            return (
              <tr key={`${record.table}\u0000${record.id}`}>
                <td>{t(`table.${record.table}`)}</td>
                <td>{named}</td>
                <td>{record.changes.length}</td>
                <td lang="en">{record.reasons.join('; ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
