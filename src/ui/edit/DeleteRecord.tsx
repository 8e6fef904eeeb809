import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Change } from '../../edits/patch';
import { deleteRecord } from '../../edits/record_edits';
import type { TableName } from '../../model/dataset';
import { useAtlasStore } from '../shared/store_context';
import { AuthorField } from './FormField';
import { useSaver } from './use_save';
import './edit.css';

type Step =
  | { step: 'idle' }
  | { step: 'disabled'; reason: string }
  | { step: 'confirm'; patch: Change[] };

/** What else a deletion removes or changes, by table, as counts to tell the user. */
function consequences(patch: readonly Change[], table: TableName, id: string) {
  const counts = new Map<string, number>();
  for (const change of patch) {
    if (change.table === table && change.id === id) continue;
    const key = change.field === null ? change.table : 'parent';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts];
}

/**
 * A "Delete" button with its confirmation: it says what else goes with the record (links
 * to sites, relationships) and deletes only when the user confirms. When the record cannot
 * be deleted (an organisation that still has services), it says why instead.
 */
export function DeleteRecord({
  table,
  id,
  name,
  buttonLabel,
  buttonName,
  onDeleted,
}: {
  table: TableName;
  id: string;
  /** The record's name, in the question. */
  name: string;
  buttonLabel: string;
  /** An accessible name longer than the visible label (which it must contain). */
  buttonName?: string;
  onDeleted(): void;
}) {
  const { t } = useTranslation('edit');
  const store = useAtlasStore();
  const saver = useSaver();
  const [state, setState] = useState<Step>({ step: 'idle' });
  const buttonRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    if (state.step === 'confirm')
      boxRef.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, [state.step]);

  const ask = () => {
    const result = deleteRecord(store.getState().dataset, table, id);
    setState(
      'disabled' in result
        ? { step: 'disabled', reason: result.disabled }
        : { step: 'confirm', patch: result.patch },
    );
  };
  const cancel = () => {
    setState({ step: 'idle' });
    buttonRef.current?.focus();
  };
  const confirm = () => {
    if (state.step !== 'confirm') return;
    const outcome = saver.save(true, () => state.patch, 'deleteRecord');
    if (outcome === 'saved') onDeleted();
    else if (outcome === 'conflict' || outcome === 'nothing') ask();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  };

  return (
    <div className="edit-delete">
      <button
        ref={buttonRef}
        type="button"
        className="edit-danger"
        aria-label={buttonName}
        aria-expanded={state.step === 'confirm'}
        onClick={state.step === 'confirm' ? cancel : ask}
      >
        {buttonLabel}
      </button>
      {state.step === 'disabled' && (
        <p className="edit-refused" role="alert">
          {t(`disabled.${state.reason}`)}
        </p>
      )}
      {state.step === 'confirm' && (
        <fieldset ref={boxRef} className="edit-confirm" onKeyDown={onKeyDown}>
          <legend>
            <strong>{t('deleteQuestion', { name: name || t('thisRecord') })}</strong>
          </legend>
          {consequences(state.patch, table, id).map(([what, count]) => (
            <p key={what}>{t(`deleteAlso.${what}`, { count })}</p>
          ))}
          {saver.authorNeeded && (
            <AuthorField
              value={saver.author}
              onChange={saver.setAuthor}
              problems={saver.submitted ? saver.authorProblems : []}
            />
          )}
          <div className="edit-buttons">
            <button type="button" className="edit-danger" onClick={confirm}>
              {t('deleteConfirm')}
            </button>
            <button type="button" onClick={cancel}>
              {t('cancel')}
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
