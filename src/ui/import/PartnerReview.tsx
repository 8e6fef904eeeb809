import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ConfirmedMatches,
  carriedByFlatColumns,
  type Decisions,
  flatColumnOf,
  type ReviewItem,
  type ReviewStatus,
  reviewPatch,
  reviewReturn,
} from '../../edits/partner_review';
import type { Dataset } from '../../model/dataset';
import { SaverAuthorField } from '../edit/FormField';
import { useSaver } from '../edit/use_save';
import { useAtlas, useAtlasStore } from '../shared/store_context';

interface PartnerReviewProps {
  /** The accepted records of the file a partner sent back. */
  returned: Dataset;
  file: string;
  /** The flat columns the file has: a field it has no column for is left as it is. */
  columns: readonly string[];
  onDone(message: string, ok: boolean): void;
}

const SHOWN: readonly ReviewStatus[] = ['new', 'changed', 'missing'];

/** A field's value as the review shows it (a list as "fr, uk", nothing as "—"). */
function shown(value: unknown): string {
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : '—';
  if (value === null || value === undefined || value === '') return '—';
  return String(value);
}

/** Everything new and changed accepted; the services no longer listed left as they are until the user says so. */
function acceptChanges(items: readonly ReviewItem[], withMissing: boolean): Decisions {
  return new Map(
    items
      .filter(
        (item) =>
          item.status === 'new' ||
          item.status === 'changed' ||
          (withMissing && item.status === 'missing'),
      )
      .map((item) => [item.key, new Set(item.fields.map((change) => change.field))]),
  );
}

/**
 * The review of a partner's return before anything is applied: the name matches to confirm,
 * then the new, changed and no-longer-listed records, each changed field old → new with its
 * own checkbox (all at once with the buttons above). What is accepted is applied as one
 * transaction of the one write path, labelled with the partner and the file, under the
 * reviewer's name: one undo takes it back.
 */
export function PartnerReview({ returned, file, columns, onDone }: PartnerReviewProps) {
  const { t } = useTranslation('import');
  const store = useAtlasStore();
  const atlas = useAtlas((state) => state.dataset);
  const saver = useSaver();
  const authorRef = useRef<HTMLDivElement>(null);
  const [confirmed, setConfirmed] = useState<ConfirmedMatches>(new Map());
  const carried = useMemo(() => carriedByFlatColumns(columns), [columns]);
  const review = useMemo(
    () => reviewReturn(atlas, returned, carried, confirmed),
    [atlas, returned, carried, confirmed],
  );
  const [decisions, setDecisions] = useState<Decisions>(() => acceptChanges(review.items, false));
  const [partner, setPartner] = useState(() =>
    returned.organizations.length === 1 ? (returned.organizations[0]?.name ?? '') : '',
  );
  const counts = Object.fromEntries(
    (['new', 'changed', 'unchanged', 'missing'] as const).map((status) => [
      status,
      review.items.filter((item) => item.status === status).length,
    ]),
  );

  const toggleField = (item: ReviewItem, field: string, on: boolean) => {
    setDecisions((now) => {
      const next = new Map(now);
      const fields = new Set(next.get(item.key) ?? []);
      if (on) fields.add(field);
      else fields.delete(field);
      if (fields.size === 0) next.delete(item.key);
      else next.set(item.key, fields);
      return next;
    });
  };
  const toggleRecord = (item: ReviewItem, on: boolean) => {
    setDecisions((now) => {
      const next = new Map(now);
      if (on) next.set(item.key, new Set(item.fields.map((change) => change.field)));
      else next.delete(item.key);
      return next;
    });
  };
  const accepted = (item: ReviewItem, field?: string) => {
    const fields = decisions.get(item.key);
    return fields !== undefined && (field === undefined || fields.has(field));
  };

  const apply = () => {
    const now = store.getState().dataset;
    const label = t('reviewLabel', { partner: partner.trim() || file, file });
    const outcome = saver.save(
      true,
      () => reviewPatch(now, returned, reviewReturn(now, returned, carried, confirmed), decisions),
      label,
    );
    if (outcome === 'invalid') authorRef.current?.querySelector('input')?.focus();
    else if (outcome === 'saved')
      onDone(t('reviewApplied', { partner: partner.trim() || file }), true);
    else onDone(t(outcome === 'nothing' ? 'nothingChanges' : 'dataMoved'), false);
  };

  return (
    <div className="partner-review">
      <p className="import-counts" role="status">
        {t('reviewCounts', counts)}
      </p>
      <label className="partner-name">
        {t('reviewPartner')}{' '}
        <input value={partner} onChange={(event) => setPartner(event.target.value)} />
      </label>
      {review.proposals.length > 0 && (
        <fieldset className="review-proposals">
          <legend>{t('reviewProposals')}</legend>
          {review.proposals.map((proposal) => (
            <label key={proposal.returnedId}>
              <input
                type="checkbox"
                checked={confirmed.get(proposal.returnedId) === proposal.atlasId}
                onChange={(event) => {
                  const next = new Map(confirmed);
                  if (event.target.checked) next.set(proposal.returnedId, proposal.atlasId);
                  else next.delete(proposal.returnedId);
                  setConfirmed(next);
                }}
              />
              {t(proposal.exact ? 'reviewSameName' : 'reviewCloseName', {
                returned: proposal.returnedName,
                atlas: proposal.atlasName,
              })}
            </label>
          ))}
        </fieldset>
      )}
      <div className="review-all">
        <button type="button" onClick={() => setDecisions(acceptChanges(review.items, true))}>
          {t('reviewAcceptAll')}
        </button>
        <button type="button" onClick={() => setDecisions(new Map())}>
          {t('reviewRejectAll')}
        </button>
      </div>
      {SHOWN.map((status) => {
        const items = review.items.filter((item) => item.status === status);
        if (items.length === 0) return null;
        return (
          <section key={status} className={`review-group review-group-${status}`}>
            <h3>{t(`reviewStatus.${status}`, { count: items.length })}</h3>
            <ul>
              {items.map((item) => (
                <li key={item.key} className="review-item">
                  <label className="review-record">
                    <input
                      type="checkbox"
                      checked={accepted(item)}
                      onChange={(event) => toggleRecord(item, event.target.checked)}
                    />
                    <span className="badge">{t(`reviewTable.${item.table}`)}</span> {item.name}
                  </label>
                  {item.fields.length > 0 && (
                    <table className="review-fields">
                      <tbody>
                        {item.fields.map((change) => (
                          <tr key={change.field}>
                            <td>
                              <input
                                type="checkbox"
                                aria-label={t('reviewAcceptField', {
                                  field: t(`flatField.${flatColumnOf(item.table, change.field)}`),
                                  record: item.name,
                                })}
                                checked={accepted(item, change.field)}
                                onChange={(event) =>
                                  toggleField(item, change.field, event.target.checked)
                                }
                              />
                            </td>
                            <th scope="row">
                              {t(`flatField.${flatColumnOf(item.table, change.field)}`)}
                            </th>
                            <td className="review-old">{shown(change.old)}</td>
                            <td aria-hidden="true">→</td>
                            <td className="review-new">{shown(change.new)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <div ref={authorRef}>
        <SaverAuthorField saver={saver} />
      </div>
      <button
        type="button"
        className="import-primary"
        disabled={decisions.size === 0}
        onClick={apply}
      >
        {t('reviewApply', { count: decisions.size })}
      </button>
    </div>
  );
}
