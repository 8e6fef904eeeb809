import { useTranslation } from 'react-i18next';
import type { RejectedRecord } from '../../export/merge_changeset';
import { changeProblemSentence } from '../../i18n/change_problem_text';
import type { TableName } from '../../model/dataset';
import { recordFieldLabel } from '../shared/field_labels';
import { useAtlas } from '../shared/store_context';
import { recordName } from './ConflictTable';
import '../shared/report_table.css';

/**
 * The records of a changeset whose changes were refused (a value that is not one of its
 * field, a record that is not one, a change to a record the data does not hold): the
 * record, its changes and why, each reason in the interface's language.
 */
export function RejectedChanges({ rejected }: { rejected: readonly RejectedRecord[] }) {
  const { t, i18n } = useTranslation('import');
  const fieldLabel = (table: string, field: string) =>
    recordFieldLabel(table as TableName, field, t);
  const dataset = useAtlas((state) => state.dataset);
  return (
    <div className="report-table-scroll">
      <table className="report-table refused-table">
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
                <td>
                  <ul className="refused-reasons">
                    {record.problems.map((problem, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the reasons of one record, never reordered
                      <li key={index}>
                        {changeProblemSentence(problem, i18n, record.table, fieldLabel)}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
