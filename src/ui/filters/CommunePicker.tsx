import { type KeyboardEvent, useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CommuneMatch, communeEntries, searchCommunes } from '../../explore/commune_search';
import { formatNumber } from '../../i18n';
import { communeName } from '../../places/place_names';
import { ComboboxOption, handleComboboxKey, useActiveOptionInView } from '../shared/combobox';
import { useAtlas } from '../shared/store_context';

/**
 * A searchable commune filter (ARIA 1.2 combobox with a list popup): type a French, Dutch or
 * German name, with or without accents; arrows move through the list, Enter adds the commune,
 * Escape closes the list (or clears the text). Each option shows how many sites choosing it
 * would give, the other filters as they are (dimmed when none). Chosen communes are
 * removable chips.
 */
export function CommunePicker() {
  const { t } = useTranslation('filters');
  const gazetteer = useAtlas((state) => state.gazetteer);
  const language = useAtlas((state) => state.language);
  const chosen = useAtlas((state) => state.filters.communes);
  const setFilters = useAtlas((state) => state.setFilters);
  const counts = useDeferredValue(useAtlas((state) => state.facets.communes));
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const entries = useMemo(() => communeEntries(gazetteer?.communes ?? []), [gazetteer]);
  const matches = useMemo(
    () => searchCommunes(entries, query, language, chosen),
    [entries, query, language, chosen],
  );
  const expanded = open && query.trim() !== '';
  const activeIndex = matches.length === 0 ? -1 : Math.min(active, matches.length - 1);

  const activeId = expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined;
  useActiveOptionInView(activeId);

  const choose = (match: CommuneMatch) => {
    setFilters({ communes: [...chosen, match.commune.nis_code] });
    setQuery('');
    setOpen(false);
    setActive(0);
  };
  const remove = (nisCode: string) => {
    setFilters({ communes: chosen.filter((code) => code !== nisCode) });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const handled = handleComboboxKey(event, {
      closed: !expanded,
      activeIndex,
      count: expanded ? matches.length : 0,
      open: () => setOpen(true),
      setActive,
      choose: (index) => {
        const match = matches[index];
        if (match) choose(match);
      },
      dismiss: () => {
        if (expanded) setOpen(false);
        else if (query !== '') setQuery('');
        else return false;
        return true;
      },
    });
    const last = chosen[chosen.length - 1];
    if (!handled && event.key === 'Backspace' && query === '' && last) remove(last);
  };

  return (
    <div className="commune-picker">
      <label htmlFor={inputId}>{t('commune')}</label>
      <p id={hintId} className="filter-hint">
        {t('communeHint')}
      </p>
      {chosen.length > 0 && (
        <ul className="chips" aria-label={t('chosenCommunes')}>
          {chosen.map((nisCode) => {
            const commune = gazetteer?.communeByNis(nisCode);
            const name = commune ? communeName(commune, language) : nisCode;
            return (
              <li key={nisCode}>
                <button
                  type="button"
                  className="chip"
                  aria-label={t('removeCommune', { name })}
                  onClick={() => remove(nisCode)}
                >
                  <span>{name}</span>
                  <span aria-hidden="true" className="chip-x">
                    ×
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="combobox">
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-describedby={hintId}
          aria-activedescendant={activeId}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onClick={() => setOpen(true)}
        />
        <div
          id={listId}
          role="listbox"
          aria-label={t('commune')}
          className="combobox-list"
          hidden={!expanded || matches.length === 0}
        >
          {expanded &&
            matches.map((match, index) => {
              const count = counts.get(match.commune.nis_code) ?? 0;
              return (
                <ComboboxOption
                  key={match.commune.nis_code}
                  id={optionId(index)}
                  active={index === activeIndex}
                  onChoose={() => choose(match)}
                  onHover={() => setActive(index)}
                  dimmed={count === 0}
                  describedBy={`${optionId(index)}-count`}
                >
                  <span>{match.name}</span>
                  {match.matchedName && (
                    <>
                      {' '}
                      <span className="option-alt">({match.matchedName})</span>
                    </>
                  )}
                  {/* The count describes the option; its name is the commune's alone. */}
                  <span className="option-count" aria-hidden="true" data-count={count}>
                    {formatNumber(count, language)}
                  </span>
                  <span id={`${optionId(index)}-count`} aria-hidden="true" hidden>
                    {t('communeSites', { count })}
                  </span>
                </ComboboxOption>
              );
            })}
        </div>
        <p className="visually-hidden" role="status" aria-live="polite">
          {expanded
            ? matches.length > 0
              ? t('communeResults', { count: matches.length })
              : t('noCommune')
            : ''}
        </p>
        {expanded && matches.length === 0 && (
          <p className="combobox-empty" aria-hidden="true">
            {t('noCommune')}
          </p>
        )}
      </div>
    </div>
  );
}
