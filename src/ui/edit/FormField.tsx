import { type ReactNode, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { areaName, collator } from '../../places/place_names';
import type { FieldSpec, Problem } from '../../validate/field_rules';
import { SearchPicker } from '../shared/SearchPicker';
import { useAtlas } from '../shared/store_context';
import { areaSearch, communeLabel, communeSearch, organizationSearch } from './search_options';
import type { Draft } from './use_draft';
import type { Saver } from './use_save';

/** A field's problems, each with its severity in words (not only a colour). */
export function ProblemList({ id, problems }: { id: string; problems: readonly Problem[] }) {
  const { t } = useTranslation('edit');
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="edit-problems">
      {problems.map((problem) => (
        <li key={problem.key} className={`edit-problem edit-${problem.severity}`}>
          <span className="edit-severity">{t(`severity.${problem.severity}`)}</span>{' '}
          {t(problem.key, problem.values)}
        </li>
      ))}
    </ul>
  );
}

/**
 * A labelled control with its hint and problems: the control names them in
 * aria-describedby and is aria-invalid while an error shows.
 */
export function LabelledField({
  label,
  hint,
  problems,
  required,
  children,
}: {
  label: string;
  hint?: string;
  problems: readonly Problem[];
  required?: boolean;
  children: (control: {
    id: string;
    describedBy: string | undefined;
    invalid: boolean;
    required: boolean;
  }) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemsId = `${id}-problems`;
  const describedBy =
    [hint ? hintId : '', problems.length > 0 ? problemsId : ''].filter(Boolean).join(' ') ||
    undefined;
  const invalid = problems.some((problem) => problem.severity === 'error');
  return (
    <div className={invalid ? 'edit-field edit-field-invalid' : 'edit-field'}>
      <label htmlFor={`${id}-control`}>
        {label}
        {required && (
          <span className="edit-required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {hint && (
        <p id={hintId} className="edit-hint">
          {hint}
        </p>
      )}
      {children({ id: `${id}-control`, describedBy, invalid, required: required ?? false })}
      <ProblemList id={problemsId} problems={problems} />
    </div>
  );
}

/** One field of a record's draft, drawn by its kind: text, list, date or searchable picker. */
export function SpecField({
  draft,
  spec,
  exclude,
}: {
  draft: Draft;
  spec: FieldSpec;
  /** Ids a picker must not offer (an organisation cannot be its own parent). */
  exclude?: readonly string[];
}) {
  const { t } = useTranslation('edit');
  const value = draft.values[spec.name] ?? '';
  const problems = draft.visibleProblems(spec.name);
  const set = (text: string) => draft.setValue(spec.name, text);
  const leave = () => draft.leave(spec.name);
  return (
    <LabelledField
      label={t(`field.${spec.label ?? spec.name}`)}
      hint={spec.hint ? t(`hint.${spec.hint}`) : undefined}
      problems={problems}
      required={spec.required}
    >
      {(control) => {
        const common = {
          id: control.id,
          'aria-describedby': control.describedBy,
          'aria-invalid': control.invalid || undefined,
          'aria-required': control.required || undefined,
          onBlur: leave,
        };
        switch (spec.kind) {
          case 'longText':
            return (
              <textarea
                {...common}
                rows={3}
                value={value}
                onChange={(event) => set(event.target.value)}
              />
            );
          case 'choice':
            return (
              <select {...common} value={value} onChange={(event) => set(event.target.value)}>
                {(spec.optional || !spec.choices?.includes(value)) && (
                  <option value="">{t('notStated')}</option>
                )}
                {spec.choices?.map((code) => (
                  <option key={code} value={code}>
                    {t(`${spec.labels}.${code}`)}
                  </option>
                ))}
              </select>
            );
          case 'date':
            return (
              <input
                {...common}
                type="date"
                value={value}
                onChange={(event) => set(event.target.value)}
              />
            );
          case 'organization':
            return (
              <OrganizationPicker
                control={control}
                value={value}
                onChange={set}
                onBlur={leave}
                exclude={exclude}
              />
            );
          case 'commune':
            return (
              <CommunePickerField control={control} value={value} onChange={set} onBlur={leave} />
            );
          case 'areas':
            return (
              <AreaPickerField control={control} value={value} onChange={set} onBlur={leave} />
            );
          default:
            return (
              <input
                {...common}
                type="text"
                inputMode={INPUT_MODES[spec.kind]}
                autoComplete="off"
                value={value}
                onChange={(event) => set(event.target.value)}
              />
            );
        }
      }}
    </LabelledField>
  );
}

const INPUT_MODES: Partial<
  Record<FieldSpec['kind'], 'url' | 'email' | 'tel' | 'numeric' | 'decimal'>
> = {
  count: 'numeric',
  decimal: 'decimal',
  url: 'url',
  email: 'email',
  phone: 'tel',
};

interface PickerFieldProps {
  control: { id: string; describedBy: string | undefined; invalid: boolean; required: boolean };
  value: string;
  onChange(id: string): void;
  onBlur(): void;
}

/** Picks one organisation among all, by name. */
export function OrganizationPicker({
  control,
  value,
  onChange,
  onBlur,
  exclude,
}: PickerFieldProps & { exclude?: readonly string[] }) {
  const { t } = useTranslation('edit');
  const organizations = useAtlas((state) => state.dataset.organizations);
  const language = useAtlas((state) => state.language);
  const excluded = (exclude ?? []).join('|');
  const search = useMemo(
    () =>
      organizationSearch(
        organizations,
        t,
        collator(language).compare,
        excluded ? excluded.split('|') : [],
      ),
    [organizations, t, language, excluded],
  );
  const byId = useMemo(
    () => new Map(organizations.map((org) => [org.id, org.name])),
    [organizations],
  );
  return (
    <SearchPicker
      inputId={control.id}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      search={search}
      labelOf={(id) => byId.get(id) ?? id}
      describedBy={control.describedBy}
      invalid={control.invalid}
      required={control.required}
    />
  );
}

/** Picks one Walloon commune, by its French, Dutch or German name. */
function CommunePickerField({ control, value, onChange, onBlur }: PickerFieldProps) {
  const gazetteer = useAtlas((state) => state.gazetteer);
  const language = useAtlas((state) => state.language);
  const search = useMemo(() => communeSearch(gazetteer, language), [gazetteer, language]);
  return (
    <SearchPicker
      inputId={control.id}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      search={search}
      labelOf={(nis) => communeLabel(gazetteer, language, nis)}
      describedBy={control.describedBy}
      invalid={control.invalid}
      required={control.required}
    />
  );
}

/**
 * Picks the units a service serves, one after the other: each chosen one is a chip that
 * removes it; the field's text is their REFNIS codes.
 */
function AreaPickerField({ control, value, onChange, onBlur }: PickerFieldProps) {
  const { t } = useTranslation('edit');
  const gazetteer = useAtlas((state) => state.gazetteer);
  const language = useAtlas((state) => state.language);
  const search = useMemo(() => areaSearch(gazetteer, language, t), [gazetteer, language, t]);
  const codes = value.split(/[\s,;|]+/).filter(Boolean);
  const nameOf = (code: string) => {
    const area = gazetteer?.areaByNis(code);
    return area ? areaName(area, language) : code;
  };
  return (
    <div className="edit-areas">
      {codes.length > 0 && (
        <ul className="chips" aria-label={t('field.service_area')}>
          {codes.map((code) => (
            <li key={code}>
              <button
                type="button"
                className="chip"
                aria-label={t('removeArea', { name: nameOf(code) })}
                onClick={() => onChange(codes.filter((other) => other !== code).join(', '))}
              >
                <span>{nameOf(code)}</span>
                <span aria-hidden="true" className="chip-x">
                  ×
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <SearchPicker
        inputId={control.id}
        value=""
        onChange={(code) => {
          if (code && !codes.includes(code)) onChange([...codes, code].join(', '));
        }}
        onBlur={onBlur}
        search={search}
        labelOf={() => ''}
        describedBy={control.describedBy}
        invalid={control.invalid}
        placeholder={t('addArea')}
        adds
      />
    </div>
  );
}

/** "Your name", asked once before the first change is saved; every change then carries it. */
export function AuthorField({
  value,
  onChange,
  problems,
}: {
  value: string;
  onChange(name: string): void;
  problems: readonly Problem[];
}) {
  const { t } = useTranslation('edit');
  return (
    <LabelledField label={t('author')} hint={t('authorHint')} problems={problems} required>
      {(control) => (
        <input
          id={control.id}
          type="text"
          autoComplete="name"
          aria-describedby={control.describedBy}
          aria-invalid={control.invalid || undefined}
          aria-required
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </LabelledField>
  );
}

/** The user's name, in a form that saves through `saver`, while it is still needed. */
export function SaverAuthorField({ saver }: { saver: Saver }) {
  if (!saver.authorNeeded) return null;
  return (
    <AuthorField
      value={saver.author}
      onChange={saver.setAuthor}
      problems={saver.submitted ? saver.authorProblems : []}
    />
  );
}
