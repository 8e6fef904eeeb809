import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComboboxOption, handleComboboxKey, useActiveOptionInView } from './combobox';

/** One choice of a picker: what is stored (`id`) and what the user reads. */
export interface PickerOption {
  id: string;
  label: string;
  /** A second line of text: the kind of organisation, the province of a commune. */
  detail?: string;
}

export interface SearchPickerProps {
  inputId: string;
  /** The id chosen, or '' for none. */
  value: string;
  onChange(id: string): void;
  /** The options matching what the user typed, best first (a few only). */
  search(query: string): readonly PickerOption[];
  /** The text shown for the chosen id. */
  labelOf(id: string): string;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
  onBlur?(): void;
  /** The text shown while nothing is typed. */
  placeholder?: string;
  /** Each choice is added elsewhere (a list of chips): the text empties for the next one. */
  adds?: boolean;
}

/**
 * A searchable list (ARIA 1.2 combobox with a list popup) to pick one record among many,
 * such as one organisation among hundreds: type part of a name, move with the arrows,
 * choose with Enter or a click. Escape closes the list (the form does not cancel then);
 * emptying the text clears the choice.
 */
export function SearchPicker({
  inputId,
  value,
  onChange,
  search,
  labelOf,
  describedBy,
  invalid,
  required,
  onBlur,
  placeholder,
  adds = false,
}: SearchPickerProps) {
  const { t } = useTranslation('edit');
  const chosenLabel = value ? labelOf(value) : '';
  const [query, setQuery] = useState(chosenLabel);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;

  // A choice made elsewhere (a reload of the form) shows in the text.
  useEffect(() => {
    setQuery(chosenLabel);
  }, [chosenLabel]);

  const editing = query !== chosenLabel;
  const matches = open ? search(editing ? query : '') : [];
  const expanded = open && matches.length > 0;
  const activeIndex = Math.min(active, matches.length - 1);
  const activeId = expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined;

  useActiveOptionInView(activeId);

  const choose = (option: PickerOption) => {
    onChange(option.id);
    setQuery(adds ? '' : option.label);
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    handleComboboxKey(event, {
      closed: !open,
      activeIndex,
      count: expanded ? matches.length : 0,
      open: () => setOpen(true),
      setActive,
      choose: (index) => {
        const option = matches[index];
        if (option) choose(option);
      },
      dismiss: () => {
        if (!open && !editing) return false;
        setOpen(false);
        setQuery(chosenLabel);
        return true;
      },
    });
  };

  return (
    <div className="combobox edit-picker">
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-required={required || undefined}
        value={query}
        placeholder={placeholder}
        onChange={(event) => {
          const text = event.target.value;
          setQuery(text);
          setOpen(true);
          setActive(0);
          if (text.trim() === '' && value) onChange('');
        }}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setQuery(chosenLabel);
          onBlur?.();
        }}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={t('pickerResults')}
        className="combobox-list"
        hidden={!expanded}
      >
        {expanded &&
          matches.map((option, index) => (
            <ComboboxOption
              key={option.id}
              id={optionId(index)}
              active={index === activeIndex}
              onChoose={() => choose(option)}
              onHover={() => setActive(index)}
            >
              <span>{option.label}</span>
              {option.detail && <span className="option-alt"> ({option.detail})</span>}
            </ComboboxOption>
          ))}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {open && editing
          ? matches.length > 0
            ? t('pickerCount', { count: matches.length })
            : t('pickerNone')
          : ''}
      </p>
      {open && editing && matches.length === 0 && (
        <p className="combobox-empty" aria-hidden="true">
          {t('pickerNone')}
        </p>
      )}
    </div>
  );
}
