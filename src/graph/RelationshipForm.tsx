import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFIDENCES, type Confidence, RELATIONSHIP_TYPES } from '../model/enums';
import { type DraftProblems, draftProblems, type RelationshipDraft } from './relationship_draft';

/** The target picker of a new relationship: typed text, the id it names, the choices. */
export interface TargetField {
  text: string;
  id: string | null;
  options: readonly { id: string; label: string }[];
  onTextChange(text: string): void;
}

export interface RelationshipFormProps {
  /** The form's heading: what is being created or edited. */
  title: string;
  initial: RelationshipDraft;
  /** Shown for a new relationship: the organisation it points to. */
  target?: TargetField;
  submitLabel: string;
  /** A refusal of the write path (message key of the `network:problem` group), if any. */
  refusal: string | null;
  /** Called with a complete draft (a type chosen, a source given, a target named). */
  onSubmit(draft: RelationshipDraft): void;
  onCancel(): void;
  /** Extra content under the heading (the hint to click a node). */
  children?: ReactNode;
}

type Field = 'target' | 'type' | 'source';
/** The fields that can have a problem, in the form's order (the first gets the focus). */
const FIELDS: readonly Field[] = ['target', 'type', 'source'];

/**
 * The fields of a relationship: type (the model's vocabulary), description, quote, source
 * (required: every fact keeps where it comes from) and confidence. A field's problem shows
 * once the user has left it or tried to submit, and updates as they type.
 */
export function RelationshipForm({
  title,
  initial,
  target,
  submitLabel,
  refusal,
  onSubmit,
  onCancel,
  children,
}: RelationshipFormProps) {
  const { t } = useTranslation('network');
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const [tried, setTried] = useState(false);
  const problems: DraftProblems = draftProblems(draft, target);
  const shown = (field: Field) => (tried || touched[field] ? problems[field] : undefined);
  const set = (patch: Partial<RelationshipDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));
  const touch = (field: Field) => () => setTouched((current) => ({ ...current, [field]: true }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const first = FIELDS.find((field) => problems[field] !== undefined);
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    onSubmit(draft);
  };

  const problem = (field: Field) => {
    const key = shown(field);
    return key ? (
      <span id={`${id}-${field}-problem`} className="network-form-problem">
        {t(`problem.${key}`)}
      </span>
    ) : null;
  };
  const invalid = (field: Field) => ({
    'aria-invalid': problems[field] !== undefined && (tried || touched[field] === true),
    'aria-describedby': shown(field) ? `${id}-${field}-problem` : undefined,
  });

  return (
    <form className="network-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{title}</h4>
      {children}
      {target && (
        <div className="network-form-field">
          <label htmlFor={`${id}-target`}>{t('target')}</label>
          <input
            id={`${id}-target`}
            type="text"
            list={`${id}-targets`}
            autoComplete="off"
            value={target.text}
            onChange={(event) => target.onTextChange(event.target.value)}
            onBlur={touch('target')}
            {...invalid('target')}
          />
          <datalist id={`${id}-targets`}>
            {target.options.map((option) => (
              <option key={option.id} value={option.label} />
            ))}
          </datalist>
          {problem('target')}
        </div>
      )}
      <div className="network-form-field">
        <label htmlFor={`${id}-type`}>{t('relationshipType')}</label>
        <select
          id={`${id}-type`}
          value={draft.type}
          onChange={(event) => set({ type: event.target.value as RelationshipDraft['type'] })}
          onBlur={touch('type')}
          {...invalid('type')}
        >
          <option value="">{t('chooseType')}</option>
          {RELATIONSHIP_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`model:relationship.${type}`)}
            </option>
          ))}
        </select>
        {problem('type')}
      </div>
      <div className="network-form-field">
        <label htmlFor={`${id}-description`}>{t('description')}</label>
        <textarea
          id={`${id}-description`}
          rows={2}
          value={draft.description}
          onChange={(event) => set({ description: event.target.value })}
        />
      </div>
      <div className="network-form-field">
        <label htmlFor={`${id}-source`}>{t('source')}</label>
        <input
          id={`${id}-source`}
          type="text"
          required
          value={draft.source}
          onChange={(event) => set({ source: event.target.value })}
          onBlur={touch('source')}
          {...invalid('source')}
        />
        <span className="network-hint">{t('sourceHint')}</span>
        {problem('source')}
      </div>
      <div className="network-form-field">
        <label htmlFor={`${id}-evidence`}>{t('evidence')}</label>
        <input
          id={`${id}-evidence`}
          type="text"
          value={draft.evidence}
          onChange={(event) => set({ evidence: event.target.value })}
        />
      </div>
      <div className="network-form-field">
        <label htmlFor={`${id}-confidence`}>{t('confidence')}</label>
        <select
          id={`${id}-confidence`}
          value={draft.confidence}
          onChange={(event) => set({ confidence: event.target.value as Confidence | '' })}
        >
          <option value="">{t('confidenceNone')}</option>
          {CONFIDENCES.map((confidence) => (
            <option key={confidence} value={confidence}>
              {t(`confidenceLevel.${confidence}`)}
            </option>
          ))}
        </select>
      </div>
      {refusal && (
        <p className="network-form-problem" role="alert">
          {t(`problem.${refusal}`)}
        </p>
      )}
      <div className="network-form-actions">
        <button type="submit">{submitLabel}</button>
        <button type="button" onClick={onCancel}>
          {t('discard')}
        </button>
      </div>
    </form>
  );
}
