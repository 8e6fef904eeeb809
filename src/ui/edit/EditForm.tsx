import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Change, currentValue } from '../../edits/patch';
import { textOf } from '../../validate/field_rules';
import { useAtlas } from '../shared/store_context';
import { SaverAuthorField } from './FormField';
import type { SaveOutcome, Saver } from './use_save';
import '../shared/common.css';
import '../filters/filters.css';
import './edit.css';

/**
 * The frame of every edit form: its heading, the author's name when it is not known yet,
 * the conflict notice, Save and Cancel. Escape cancels. The first field takes the focus
 * when the form opens; a refused save moves it to the first field in error (or to the
 * conflict notice), so a keyboard or screen-reader user lands on what needs them.
 */
export function EditForm({
  kind,
  title,
  saver,
  onSubmit,
  onCancel,
  onReload,
  fieldLabel,
  submitLabel,
  children,
}: {
  /** What is edited ("Service"), above the heading. */
  kind: string;
  title: string;
  saver: Saver;
  onSubmit(): SaveOutcome;
  onCancel(): void;
  /** Starts again from the data as it is now, after a conflict. */
  onReload?(): void;
  fieldLabel(field: string): string;
  submitLabel?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('edit');
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const fieldsRef = useRef<HTMLDivElement>(null);
  const [refused, setRefused] = useState<{ outcome: SaveOutcome; attempt: number } | null>(null);

  // The focus goes to the first required field of the record left to fill (a new
  // relationship's related organisation, its own being given), or else its first field.
  useEffect(() => {
    const fields = [
      ...(fieldsRef.current?.querySelectorAll<HTMLInputElement>('input, select, textarea') ?? []),
    ];
    const unfilled = fields.find(
      (field) => field.getAttribute('aria-required') === 'true' && field.value === '',
    );
    (unfilled ?? fields[0])?.focus();
  }, []);

  useEffect(() => {
    if (!refused) return;
    if (refused.outcome === 'conflict') noticeRef.current?.focus();
    else formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refused]);

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form
      ref={formRef}
      className="edit-form"
      aria-labelledby={headingId}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        const outcome = onSubmit();
        if (outcome === 'invalid' || outcome === 'conflict') {
          setRefused((previous) => ({ outcome, attempt: (previous?.attempt ?? 0) + 1 }));
        }
      }}
    >
      <header className="detail-heading">
        <p className="detail-kind">{kind}</p>
        <h2 id={headingId}>{title}</h2>
      </header>
      <p className="edit-note">{t('requiredNote')}</p>
      <div ref={fieldsRef} className="edit-fields">
        {children}
      </div>
      <SaverAuthorField saver={saver} />
      {saver.conflicts.length > 0 && (
        <ConflictNotice
          noticeRef={noticeRef}
          conflicts={saver.conflicts}
          fieldLabel={fieldLabel}
          onReload={onReload}
        />
      )}
      {refused?.outcome === 'invalid' && (
        <p className="edit-summary" role="alert">
          {t('fixErrors')}
        </p>
      )}
      <div className="edit-buttons">
        <button type="submit" className="edit-primary">
          {submitLabel ?? t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * Says that someone (another tab, an undo) changed what the user was editing: each field
 * with the user's value and the value now in the data, and a way to start again from the
 * data as it is. Nothing was saved.
 */
function ConflictNotice({
  conflicts,
  fieldLabel,
  onReload,
  noticeRef,
}: {
  conflicts: readonly Change[];
  fieldLabel(field: string): string;
  onReload?(): void;
  noticeRef: React.Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation('edit');
  const dataset = useAtlas((state) => state.dataset);
  const shown = (value: unknown) => textOf(value) || t('emptyValue');
  const gone = conflicts.some((change) => {
    const current = currentValue(dataset, { ...change, field: null });
    return current === null;
  });
  return (
    <div ref={noticeRef} className="edit-conflict" role="alert" tabIndex={-1}>
      <p>
        <strong>{t('conflictTitle')}</strong> {gone ? t('conflictDeleted') : t('conflictText')}
      </p>
      {!gone && (
        <ul>
          {conflicts.map((change) => (
            <li key={`${change.table}-${change.id}-${change.field}`}>
              {t('conflictField', {
                field: change.field ? fieldLabel(change.field) : '',
                mine: shown(change.new),
                current: shown(currentValue(dataset, change)),
              })}
            </li>
          ))}
        </ul>
      )}
      {!gone && onReload && (
        <button type="button" onClick={onReload}>
          {t('conflictReload')}
        </button>
      )}
    </div>
  );
}
