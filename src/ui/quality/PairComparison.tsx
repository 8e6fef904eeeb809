import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicatePair } from '../../analysis/duplicates/find_duplicates';
import { markDistinct, mergeRecords } from '../../edits/merge_records';
import type { Dataset } from '../../model/dataset';
import { TABLE_SCHEMAS } from '../../model/tables';
import { recordFieldLabel } from '../shared/field_labels';
import { useAtlas, useAtlasStore, useReadOnly } from '../shared/store_context';
import { fieldValueText, valueText } from './pair_text';

type Side = 0 | 1;
const LETTERS = ['A', 'B'] as const;
/** Fields the comparison does not offer to choose: the id, and what the merge joins itself. */
const NOT_CHOSEN = new Set(['id', 'distinct_from', 'source']);

/** What would move from the dropped record to the kept one. */
function movedCounts(dataset: Dataset, pair: DuplicatePair, dropId: string) {
  if (pair.table === 'locations') {
    return {
      services: 0,
      sites: 0,
      links: dataset.service_at_locations.filter((link) => link.location_id === dropId).length,
      relationships: 0,
      children: 0,
    };
  }
  return {
    services: dataset.services.filter((service) => service.organization_id === dropId).length,
    sites: dataset.locations.filter((location) => location.organization_id === dropId).length,
    links: 0,
    relationships: dataset.relationships.filter(
      (tie) => tie.source_organization_id === dropId || tie.target_organization_id === dropId,
    ).length,
    children: dataset.organizations.filter((org) => org.parent_organization_id === dropId).length,
  };
}

const isEmpty = (value: unknown) =>
  value === '' || value === null || value === undefined || (Array.isArray(value) && !value.length);

interface PairComparisonProps {
  pair: DuplicatePair;
  /** The pair was merged or set apart: what to tell the user. */
  onDone(message: string): void;
  /** The write path refused: why. */
  onRefused(message: string): void;
}

/**
 * Two records side by side, field by field: which record is kept, and for each field that
 * differs, whose value. Merging is one transaction of the change log (undone at once);
 * "not the same" is remembered on both records.
 */
export function PairComparison({ pair, onDone, onRefused }: PairComparisonProps) {
  const { t } = useTranslation(['quality', 'edit', 'model']);
  const store = useAtlasStore();
  const dataset = useAtlas((state) => state.dataset);
  const readOnly = useReadOnly();
  const sites = useAtlas((state) => state.sites);
  const select = useAtlas((state) => state.select);
  const setLayout = useAtlas((state) => state.setLayout);
  const records = useMemo(
    () =>
      pair.ids.map((id) =>
        (dataset[pair.table] as { id: string }[]).find((record) => record.id === id),
      ) as (Record<string, unknown> | undefined)[],
    [dataset, pair],
  );
  const fields = useMemo(
    () => Object.keys(TABLE_SCHEMAS[pair.table].shape).filter((field) => !NOT_CHOSEN.has(field)),
    [pair.table],
  );
  const [kept, setKept] = useState<Side>(0);
  // Per field, the side whose value is kept; by default the kept record's, unless it is
  // empty where the other record has a value.
  const [chosen, setChosen] = useState<Record<string, Side>>({});
  const [a, b] = records;
  if (!a || !b) return null;
  const sideOf = (field: string): Side => {
    const explicit = chosen[field];
    if (explicit !== undefined) return explicit;
    const own = records[kept]?.[field];
    return isEmpty(own) && !isEmpty(records[1 - kept]?.[field]) ? ((1 - kept) as Side) : kept;
  };
  const organizationName = (id: unknown) =>
    dataset.organizations.find((org) => org.id === id)?.name ?? valueText(id);
  const shownValue = (field: string, value: unknown) =>
    field.endsWith('organization_id') && value
      ? organizationName(value)
      : fieldValueText(field, value, t);
  const keepId = pair.ids[kept];
  const dropId = pair.ids[1 - kept] as string;
  const moved = movedCounts(dataset, pair, dropId);

  /** Opens a record's details: an organisation's, or those of a site at the location. */
  const open = (id: string) => {
    if (pair.table === 'organizations') select({ kind: 'organization', id });
    else {
      const site = sites.find((row) => row.location?.id === id);
      if (site) select({ kind: 'site', id: site.id });
    }
    setLayout({ details: true });
  };
  const merge = () => {
    const result = mergeRecords(store.getState().dataset, {
      table: pair.table,
      keepId,
      dropId,
      fromDropped: fields.filter((field) => sideOf(field) !== kept),
    });
    if ('disabled' in result) return onRefused(t(`disabled.${result.disabled}`));
    const outcome = store.getState().transact(result.patch, 'mergeRecords');
    if (outcome.ok) onDone(t('merged'));
    else onRefused(t('refusedConflict'));
  };
  const setApart = () => {
    const result = markDistinct(store.getState().dataset, pair.table, pair.ids);
    if ('disabled' in result) return onRefused(t(`disabled.${result.disabled}`));
    const outcome = store.getState().transact(result.patch, 'markDistinct');
    if (outcome.ok) onDone(t('markedApart'));
    else onRefused(t('refusedConflict'));
  };

  return (
    <section className="pair-comparison" aria-labelledby="pair-comparison-title">
      <h3 id="pair-comparison-title">{t('sideBySide')}</h3>
      <fieldset className="pair-keep">
        <legend className="visually-hidden">{t('keptValue')}</legend>
        {LETTERS.map((letter, side) => (
          <label key={letter}>
            <input
              type="radio"
              name="kept-record"
              checked={kept === side}
              onChange={() => {
                setKept(side as Side);
                setChosen({});
              }}
            />
            {t('keepRecord', { letter })}
          </label>
        ))}
      </fieldset>
      <table className="pair-table">
        <colgroup>
          <col className="pair-field" />
          <col className="pair-value" />
          <col className="pair-value" />
          <col className="pair-kept" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('field')}</th>
            {LETTERS.map((letter, side) => (
              <th scope="col" key={letter} className={kept === side ? 'kept' : undefined}>
                {t('record', { letter })}{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('openRecordOf', { letter })}
                  onClick={() => open(pair.ids[side] as string)}
                >
                  {t('openRecord')}
                </button>
              </th>
            ))}
            <th scope="col">{t('keptValue')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const label = recordFieldLabel(pair.table, field, t);
            const same = valueText(a[field]) === valueText(b[field]);
            return (
              <tr key={field} className={same ? 'same' : 'differs'}>
                <th scope="row">{label}</th>
                {[a, b].map((record, side) => (
                  <td key={LETTERS[side]}>{shownValue(field, record[field])}</td>
                ))}
                <td>
                  {same ? (
                    <span className="pair-same">{t('sameValue')}</span>
                  ) : (
                    <span className="pair-choice">
                      {LETTERS.map((letter, side) => (
                        <label key={letter}>
                          <input
                            type="radio"
                            name={`value-${field}`}
                            aria-label={t('chooseValue', { field: label, letter })}
                            checked={sideOf(field) === side}
                            onChange={() => setChosen({ ...chosen, [field]: side as Side })}
                          />
                          {letter}
                        </label>
                      ))}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">{recordFieldLabel(pair.table, 'source', t)}</th>
            <td>{valueText(a.source)}</td>
            <td>{valueText(b.source)}</td>
            <td>A + B</td>
          </tr>
        </tbody>
      </table>
      <p className="pair-note">{t('sourcesJoined')}</p>
      <p className="pair-note">{t('moves', moved)}</p>
      {readOnly ? (
        <p>{t('readOnly')}</p>
      ) : (
        <div className="pair-actions">
          <button type="button" className="primary" onClick={merge}>
            {t('merge', { letter: LETTERS[kept] })}
          </button>
          <button type="button" onClick={setApart}>
            {t('notDuplicate')}
          </button>
        </div>
      )}
    </section>
  );
}
