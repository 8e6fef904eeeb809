import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Change } from '../../edits/patch';
import { updateMany } from '../../edits/record_edits';
import type { SiteRow } from '../../explore/sites';
import { CATEGORIES, STATUSES } from '../../model/enums';
import { type FieldSpec, type Problem, readField } from '../../validate/field_rules';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import { AuthorField, LabelledField, OrganizationPicker } from './FormField';
import { useSaver } from './use_save';
import './edit.css';

/** The fields a bulk edit can set on the selected services. */
const BULK_FIELDS: readonly FieldSpec[] = [
  { name: 'category', kind: 'choice', choices: CATEGORIES, labels: 'model:category' },
  { name: 'status', kind: 'choice', choices: STATUSES, labels: 'model:status' },
  { name: 'languages', kind: 'languages', hint: 'languages' },
  { name: 'organization_id', kind: 'organization', label: 'organization' },
];

/** The distinct services of the selected sites, in order. */
export function servicesOf(sites: readonly SiteRow[]): string[] {
  return [...new Set(sites.map((site) => site.service.id))];
}

/**
 * Sets one field (category, status, languages or organisation) on every service of the
 * selected rows, as one transaction ("Bulk edit"). It first says how many services will
 * change, and writes only when the user confirms.
 */
export function BulkEdit({ sites, onClear }: { sites: readonly SiteRow[]; onClear(): void }) {
  const { t } = useTranslation('edit');
  const store = useAtlasStore();
  const dataset = useAtlas((state) => state.dataset);
  const saver = useSaver();
  const [fieldName, setFieldName] = useState('category');
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState<Change[] | null>(null);
  const [done, setDone] = useState('');
  const [attempted, setAttempted] = useState(false);
  const confirmRef = useRef<HTMLFieldSetElement>(null);
  const fieldId = useId();
  const spec = BULK_FIELDS.find((candidate) => candidate.name === fieldName) ?? BULK_FIELDS[0];
  const services = useMemo(() => servicesOf(sites), [sites]);

  const read = spec ? readField(spec, text) : { value: text, problems: [] };
  const problems: Problem[] = [...read.problems];
  if (spec?.kind !== 'languages' && text === '') {
    problems.push({ severity: 'error', key: 'problem.required' });
  }
  const valid = !problems.some((problem) => problem.severity === 'error');

  useEffect(() => {
    if (confirming) confirmRef.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, [confirming]);

  const ask = () => {
    setDone('');
    if (!valid) {
      setAttempted(true);
      return;
    }
    setConfirming(
      updateMany(store.getState().dataset, 'services', services, fieldName, read.value),
    );
  };
  const apply = () => {
    if (!confirming) return;
    const count = changedRecords(confirming);
    const outcome = saver.save(true, () => confirming, 'bulkEdit');
    if (outcome === 'saved') {
      setConfirming(null);
      setDone(t('bulk.done', { count }));
    } else if (outcome === 'conflict') {
      setConfirming(updateMany(dataset, 'services', services, fieldName, read.value));
    } else if (outcome === 'nothing') {
      setConfirming(null);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.key === 'Escape' && confirming) {
      event.preventDefault();
      setConfirming(null);
    }
  };

  const shownValue =
    spec?.kind === 'choice'
      ? t(`${spec.labels}.${text}`)
      : spec?.kind === 'organization'
        ? (dataset.organizations.find((organization) => organization.id === text)?.name ?? text)
        : (read.value as string[]).join(', ') || t('emptyValue');

  return (
    <fieldset className="bulk-edit">
      <legend className="bulk-count">
        {t('bulk.legend', {
          sites: t('bulk.selected', { count: sites.length }),
          services: t('bulk.services', { count: services.length }),
        })}
      </legend>
      <div className="bulk-controls">
        <div className="edit-field">
          <label htmlFor={fieldId}>{t('bulk.field')}</label>
          <select
            id={fieldId}
            value={fieldName}
            onChange={(event) => {
              setFieldName(event.target.value);
              setText('');
              setConfirming(null);
              setAttempted(false);
            }}
          >
            {BULK_FIELDS.map((candidate) => (
              <option key={candidate.name} value={candidate.name}>
                {t(`field.${candidate.label ?? candidate.name}`)}
              </option>
            ))}
          </select>
        </div>
        {spec && (
          <LabelledField
            label={t('bulk.value')}
            hint={spec.hint ? t(`hint.${spec.hint}`) : undefined}
            problems={attempted || spec.kind === 'languages' ? problems : []}
          >
            {(control) =>
              spec.kind === 'choice' ? (
                <select
                  id={control.id}
                  aria-describedby={control.describedBy}
                  aria-invalid={control.invalid || undefined}
                  value={text}
                  onChange={(event) => {
                    setText(event.target.value);
                    setConfirming(null);
                  }}
                >
                  <option value="">{t('choose')}</option>
                  {spec.choices?.map((code) => (
                    <option key={code} value={code}>
                      {t(`${spec.labels}.${code}`)}
                    </option>
                  ))}
                </select>
              ) : spec.kind === 'organization' ? (
                <OrganizationPicker
                  control={control}
                  value={text}
                  onChange={(id) => {
                    setText(id);
                    setConfirming(null);
                  }}
                  onBlur={() => undefined}
                />
              ) : (
                <input
                  id={control.id}
                  type="text"
                  aria-describedby={control.describedBy}
                  aria-invalid={control.invalid || undefined}
                  value={text}
                  onChange={(event) => {
                    setText(event.target.value);
                    setConfirming(null);
                  }}
                />
              )
            }
          </LabelledField>
        )}
        <div className="edit-buttons">
          <button type="button" className="edit-primary" onClick={ask}>
            {t('bulk.apply')}
          </button>
          <button type="button" onClick={onClear}>
            {t('bulk.clear')}
          </button>
        </div>
      </div>
      {confirming && (
        <fieldset ref={confirmRef} className="edit-confirm" onKeyDown={onKeyDown}>
          <legend className="visually-hidden">{t('bulk.confirmRegion')}</legend>
          {changedRecords(confirming) === 0 ? (
            <p>{t('bulk.nothing', { count: services.length })}</p>
          ) : (
            <p>
              <strong>
                {t('bulk.question', {
                  count: changedRecords(confirming),
                  field: t(`field.${spec?.label ?? fieldName}`),
                  value: shownValue,
                })}
              </strong>
            </p>
          )}
          {saver.authorNeeded && changedRecords(confirming) > 0 && (
            <AuthorField
              value={saver.author}
              onChange={saver.setAuthor}
              problems={saver.submitted ? saver.authorProblems : []}
            />
          )}
          <div className="edit-buttons">
            {changedRecords(confirming) > 0 && (
              <button type="button" className="edit-primary" onClick={apply}>
                {t('bulk.confirm', { count: changedRecords(confirming) })}
              </button>
            )}
            <button type="button" onClick={() => setConfirming(null)}>
              {t('cancel')}
            </button>
          </div>
        </fieldset>
      )}
      <p className="bulk-done" role="status">
        {done}
      </p>
    </fieldset>
  );
}

/** How many records a patch changes. */
function changedRecords(patch: readonly Change[]): number {
  return new Set(patch.map((change) => `${change.table}:${change.id}`)).size;
}
