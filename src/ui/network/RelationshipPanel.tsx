import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findRecord } from '../../edits/patch';
import { deleteRecord } from '../../edits/record_edits';
import type { Relationship } from '../../model/schemas';
import type { TransactResult } from '../../store/editing';
import { type FormEnd, RelationshipForm } from '../edit/RelationshipForm';
import { useAtlasStore } from '../shared/store_context';

/** One relationship of the focused organisation, as the network shows it. */
export interface FocusLink {
  /** The relationship id (the edge key). */
  key: string;
  /** True when the focused organisation is the source (the arrow leaves it). */
  outgoing: boolean;
  partner: string;
  type: string;
  source: string;
  /**
   * For an edge to or from a group (not a relationship of the data: it stands for those
   * of the group's members), how many it stands for. Such an edge is not edited here.
   */
  relationships?: number;
}

type Mode =
  | { kind: 'idle' }
  | { kind: 'create' }
  | { kind: 'edit'; record: Relationship }
  | { kind: 'delete'; record: Relationship };

export interface RelationshipPanelProps {
  focusId: string;
  focusName: string;
  links: readonly FocusLink[];
  /**
   * While a new relationship is drawn, node clicks in the drawing pick its target: the
   * panel hands the view a picker, and null when it is done.
   */
  onPicking(pick: ((organizationId: string) => void) | null): void;
}

function refusalOf(result: TransactResult): string | null {
  if (result.ok) return null;
  return result.reason === 'conflict' ? 'conflict' : null;
}

/**
 * The focused organisation's relationships, with the ways to change them: draw a new one
 * (pick the target in the drawing or by name), edit one, or delete one after a
 * confirmation. The forms are the relationship forms of the detail panel, with their rules;
 * every change is one transaction of the store's write path, so it is undone, saved and
 * listed in the history like any other edit.
 */
export function RelationshipPanel({
  focusId,
  focusName,
  links,
  onPicking,
}: RelationshipPanelProps) {
  const { t } = useTranslation(['network', 'model']);
  const store = useAtlasStore();
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  /** The organisation last clicked in the drawing while a new relationship is drawn. */
  const [picked, setPicked] = useState<{ id: string } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const newButtonRef = useRef<HTMLButtonElement>(null);

  const creating = mode.kind === 'create';
  // While a form is open, a node clicked in the drawing becomes its related organisation.
  const drawing = mode.kind === 'create' || mode.kind === 'edit';
  useEffect(() => {
    if (!drawing) return;
    onPicking((id) => setPicked({ id }));
    return () => onPicking(null);
  }, [drawing, onPicking]);

  const open = (next: Mode) => {
    setMode(next);
    setRefusal(null);
    setStatus('');
    setPicked(null);
  };
  const close = (message: string) => {
    setMode({ kind: 'idle' });
    setRefusal(null);
    setStatus(message);
    newButtonRef.current?.focus();
  };
  const finish = (result: TransactResult, message: string) => {
    const refused = refusalOf(result);
    if (refused) setRefusal(refused);
    else close(message);
  };

  /** What the status line says once a form closed. */
  const ended = (end: FormEnd, saved: string) =>
    close(end === 'saved' ? saved : end === 'unchanged' ? t('unchanged') : '');
  const confirmDelete = (record: Relationship) => {
    const edit = deleteRecord(store.getState().dataset, 'relationships', record.id);
    if ('disabled' in edit) {
      setRefusal(edit.disabled);
      return;
    }
    finish(store.getState().transact(edit.patch, 'deleteRecord'), t('deleted'));
  };
  /** The relationship as the data holds it now: what the user sees when opening it. */
  const recordOf = (key: string) =>
    findRecord(store.getState().dataset, 'relationships', key) as Relationship | undefined;

  const typeLabel = (type: string) => t(`model:relationship.${type}`);
  const ends = (link: FocusLink) =>
    link.outgoing
      ? { from: focusName, to: link.partner, type: typeLabel(link.type) }
      : { from: link.partner, to: focusName, type: typeLabel(link.type) };

  return (
    <details className="network-links" open>
      <summary>{t('links', { name: focusName, count: links.length })}</summary>
      <button
        ref={newButtonRef}
        type="button"
        className="network-new-link"
        aria-expanded={creating}
        onClick={() => (creating ? close('') : open({ kind: 'create' }))}
      >
        {t('newRelationship', { name: focusName })}
      </button>
      <p className="network-status" role="status">
        {status}
      </p>
      {creating && (
        <RelationshipForm
          organizationId={focusId}
          pickedTarget={picked}
          hint={<p className="network-hint">{t('pickHint')}</p>}
          onDone={(end) => ended(end, t('added'))}
        />
      )}
      <ul>
        {links.map((link) => {
          const editing = mode.kind === 'edit' && mode.record.id === link.key;
          const deleting = mode.kind === 'delete' && mode.record.id === link.key;
          const names = { type: typeLabel(link.type), partner: link.partner };
          return (
            <li key={link.key} data-id={link.key}>
              <span aria-hidden="true">{link.outgoing ? t('outgoing') : t('incoming')}</span>{' '}
              <strong>{link.partner}</strong> — {typeLabel(link.type)}
              {link.relationships !== undefined && (
                <span className="network-group-count">
                  {' '}
                  ({t('groupLinks', { count: link.relationships })})
                </span>
              )}
              <span className="network-source"> · {link.source || t('noSource')}</span>{' '}
              {link.relationships === undefined && (
                <>
                  <button
                    type="button"
                    className="network-link-action"
                    aria-label={t('editLabel', names)}
                    onClick={() => {
                      const record = recordOf(link.key);
                      if (record) open({ kind: 'edit', record });
                    }}
                  >
                    {t('edit')}
                  </button>{' '}
                  <button
                    type="button"
                    className="network-link-action"
                    aria-label={t('deleteLabel', names)}
                    onClick={() => {
                      const record = recordOf(link.key);
                      if (record) open({ kind: 'delete', record });
                    }}
                  >
                    {t('delete')}
                  </button>
                </>
              )}
              {editing && (
                <RelationshipForm
                  relationship={mode.record}
                  organizationId={focusId}
                  pickedTarget={picked}
                  hint={<p className="network-hint">{t('pickHint')}</p>}
                  onDone={(end) => ended(end, t('saved'))}
                />
              )}
              {deleting && (
                <fieldset className="network-confirm">
                  <legend>{t('confirmDelete', ends(link))}</legend>
                  <p className="network-hint">{t('confirmDeleteHint')}</p>
                  {refusal && (
                    <p className="network-form-problem" role="alert">
                      {t(`problem.${refusal}`)}
                    </p>
                  )}
                  <button type="button" onClick={() => confirmDelete(mode.record)}>
                    {t('delete')}
                  </button>{' '}
                  <button type="button" onClick={() => close('')}>
                    {t('keep')}
                  </button>
                </fieldset>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
