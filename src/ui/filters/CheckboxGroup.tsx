import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n';

export interface CheckboxOption {
  value: string;
  label: string;
  /** The sites choosing this value would give, shown after the label. */
  count: number;
}

/**
 * A fieldset of checkboxes: none checked means "any value". An option whose count is 0 is
 * dimmed (it can still be ticked: it may be chosen with others, or a link may have chosen it).
 */
export function CheckboxGroup({
  legend,
  options,
  selected,
  onChange,
  scroll = false,
}: {
  legend: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  /** Long lists scroll inside a box of fixed height. */
  scroll?: boolean;
}) {
  const id = useId();
  const { i18n } = useTranslation();
  if (options.length === 0) return null;
  const toggle = (value: string, checked: boolean) => {
    onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  };
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <ul className={scroll ? 'filter-options filter-options-scroll' : 'filter-options'}>
        {options.map((option, index) => {
          const inputId = `${id}-${index}`;
          return (
            <li key={option.value} className={option.count === 0 ? 'filter-none' : undefined}>
              <input
                type="checkbox"
                id={inputId}
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <label htmlFor={inputId}>
                <span className="filter-label">{option.label}</span>{' '}
                <span className="filter-count">{formatNumber(option.count, i18n.language)}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
