import { useDeferredValue, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Filters, isFiltered } from '../../explore/filters';
import { CATEGORIES, ORG_TYPES, STATUSES } from '../../model/enums';
import { useAtlas } from '../../store/store_context';
import { arrondissementName, collator, provinceName } from '../common/names';
import { CheckboxGroup, type CheckboxOption } from './CheckboxGroup';
import { CommunePicker } from './CommunePicker';
import { countFacets } from './facets';
import '../common/common.css';
import './filters.css';

/** Languages listed first in the language filter, then the others by number of sites. */
const LANGUAGE_ORDER = ['fr', 'nl', 'de', 'en', 'uk', 'ru'];

/**
 * The filters every view shares: free text, category, organisation type, place (province,
 * arrondissement, commune), language of the service and status. Each option shows how many
 * sites it has; "Clear all" resets everything.
 */
export function FilterPanel() {
  const { t } = useTranslation('filters');
  const filters = useAtlas((state) => state.filters);
  // The counts beside the options follow an edit a moment later, in a deferred render.
  const sites = useDeferredValue(useAtlas((state) => state.sites));
  const gazetteer = useAtlas((state) => state.gazetteer);
  const language = useAtlas((state) => state.language);
  const setFilters = useAtlas((state) => state.setFilters);
  const clearFilters = useAtlas((state) => state.clearFilters);
  const id = useId();
  const headingId = `${id}-heading`;
  const textId = `${id}-text`;
  const textHintId = `${id}-text-hint`;

  const facets = useMemo(() => countFacets(sites), [sites]);

  /** Options that occur in the data, plus any chosen (e.g. from a link) so they can be unticked. */
  const present = (
    codes: readonly string[],
    counts: Map<string, number>,
    chosen: readonly string[],
    label: (code: string) => string,
  ): CheckboxOption[] =>
    codes
      .filter((code) => (counts.get(code) ?? 0) > 0 || chosen.includes(code))
      .map((code) => ({ value: code, label: label(code), count: counts.get(code) ?? 0 }));

  const places = useMemo(() => {
    const provinces = new Set<string>();
    const arrondissements = new Map<string, string>();
    for (const commune of gazetteer?.communes ?? []) {
      if (commune.province) provinces.add(commune.province);
      if (commune.arrondissement) arrondissements.set(commune.arrondissement, commune.province);
    }
    return { provinces: [...provinces], arrondissements };
  }, [gazetteer]);

  const compare = collator(language).compare;
  const provinceOptions = places.provinces
    .map((province) => ({
      value: province,
      label: provinceName(province, language),
      count: facets.provinces.get(province) ?? 0,
    }))
    .sort((a, b) => compare(a.label, b.label));
  const arrondissementOptions = [...places.arrondissements]
    .filter(
      ([arrondissement, province]) =>
        filters.provinces.length === 0 ||
        filters.provinces.includes(province) ||
        filters.arrondissements.includes(arrondissement),
    )
    .map(([arrondissement]) => ({
      value: arrondissement,
      label: arrondissementName(arrondissement, language),
      count: facets.arrondissements.get(arrondissement) ?? 0,
    }))
    .sort((a, b) => compare(a.label, b.label));
  const languageCodes = [...facets.languages.keys()].sort(
    (a, b) =>
      (LANGUAGE_ORDER.indexOf(a) + 1 || 99) - (LANGUAGE_ORDER.indexOf(b) + 1 || 99) ||
      (facets.languages.get(b) ?? 0) - (facets.languages.get(a) ?? 0),
  );

  const set = <K extends keyof Filters>(key: K) => {
    return (next: string[]) => setFilters({ [key]: next } as Partial<Filters>);
  };

  return (
    <search className="filter-panel" aria-label={t('region')}>
      <div className="filter-header">
        <h2 id={headingId}>{t('title')}</h2>
        <button
          type="button"
          className="filter-clear"
          onClick={() => clearFilters()}
          disabled={!isFiltered(filters)}
        >
          {t('clearAll')}
        </button>
      </div>

      <div className="filter-text">
        <label htmlFor={textId}>{t('text')}</label>
        <input
          id={textId}
          type="search"
          aria-describedby={textHintId}
          value={filters.text}
          onChange={(event) => setFilters({ text: event.target.value })}
        />
        <p id={textHintId} className="filter-hint">
          {t('textHint')}
        </p>
      </div>

      <CheckboxGroup
        legend={t('category')}
        options={present(CATEGORIES, facets.categories, filters.categories, (code) =>
          t(`model:category.${code}`),
        )}
        selected={filters.categories}
        onChange={set('categories')}
      />

      <fieldset className="filter-group filter-place">
        <legend>{t('place')}</legend>
        <CommunePicker />
        <CheckboxGroup
          legend={t('province')}
          options={provinceOptions}
          selected={filters.provinces}
          onChange={set('provinces')}
        />
        <CheckboxGroup
          legend={t('arrondissement')}
          options={arrondissementOptions}
          selected={filters.arrondissements}
          onChange={set('arrondissements')}
          scroll
        />
      </fieldset>

      <CheckboxGroup
        legend={t('orgType')}
        options={present(ORG_TYPES, facets.orgTypes, filters.orgTypes, (code) =>
          t(`model:orgType.${code}`),
        )}
        selected={filters.orgTypes}
        onChange={set('orgTypes')}
      />

      <CheckboxGroup
        legend={t('language')}
        options={present(languageCodes, facets.languages, filters.languages, (code) =>
          t(`model:languageName.${code}`, { defaultValue: code.toUpperCase() }),
        )}
        selected={filters.languages}
        onChange={set('languages')}
      />

      <CheckboxGroup
        legend={t('status')}
        options={present(STATUSES, facets.statuses, filters.statuses, (code) =>
          t(`model:status.${code}`),
        )}
        selected={filters.statuses}
        onChange={set('statuses')}
      />
    </search>
  );
}
