import { useTranslation } from 'react-i18next';
import { findRecord } from '../../edits/patch';
import type { Conflict } from '../../edits/rebase';
import { formatValue } from '../../i18n/format_value';
import { recordFieldLabel } from '../shared/field_labels';
import { useAtlas, useAtlasStore } from '../shared/store_context';

/**
 * Changes that could not be applied as they were (a newer version of the curated data, or
 * another tab changed the same field): each shown with both values, for the user to settle.
 * They stay stored until settled.
 */
export function ConflictsPanel() {
  const conflicts = useAtlas((state) => state.conflicts);
  if (conflicts.length === 0) return null;
  return <ConflictList conflicts={conflicts} />;
}

/** The conflicts, each with the record it is about as it is now (so it follows every edit). */
function ConflictList({ conflicts }: { conflicts: readonly Conflict[] }) {
  const { t } = useTranslation('history');
  const store = useAtlasStore();
  const dataset = useAtlas((state) => state.dataset);
  return (
    <section className="conflicts" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t('conflictsTitle')}</h2>
      <p>{t('conflictsHelp')}</p>
      <ul>
        {conflicts.map((conflict) => {
          const { change } = conflict;
          const record = findRecord(dataset, change.table, change.id) ?? change.old ?? change.new;
          return (
            <li key={`${conflict.tx}-${change.table}-${change.id}-${change.field}`}>
              <span>
                {t('conflictLine', {
                  record: formatValue(record, t),
                  field:
                    change.field === null ? '—' : recordFieldLabel(change.table, change.field, t),
                  mine: formatValue(change.new, t),
                  current: formatValue(conflict.current, t),
                })}
              </span>
              <button
                type="button"
                onClick={() => store.getState().settleConflict(conflict, 'mine')}
              >
                {t('keepMine')}
              </button>
              <button
                type="button"
                onClick={() => store.getState().settleConflict(conflict, 'current')}
              >
                {t('keepCurrent')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
