import { memo, useCallback, useDeferredValue, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Filters, isFiltered } from '../../explore/filters';
import { CATEGORIES, ORG_TYPES, STATUSES } from '../../model/enums';
import { arrondissementName, collator, provinceName } from '../../places/place_names';
import { useAtlas } from '../shared/store_context';
import { CheckboxGroup, type CheckboxOption } from './CheckboxGroup';
import { CommunePicker } from './CommunePicker';
import '../shared/common.css';
import './filters.css';

/** Languages listed first in the language filter, then the others by number of sites. */
const LANGUAGE_ORDER = ['fr', 'nl', 'de', 'en', 'uk', 'ru'];

/** The filters that are a list of codes, each shown as a group of checkboxes. */
type ListFilter = Exclude<keyof Filters, 'text' | 'communes'>;

/**
 * The filters every view shares: free text, category, organisation type, place (province,
 * arrondissement, commune), language of the service and status. Each option shows how many
 * sites choosing it would give, the other filters as they are; an option that would give
 * none is dimmed, not hidden. "Clear all" resets everything. Each group follows its own
 * filter and counts: ticking a category redraws only the groups whose counts it changes.
 */
export function FilterPanel() {
  const { t } = useTranslation('filters');
  const text = useAtlas((state) => state.filters.text);
  const filtered = useAtlas((state) => isFiltered(state.filters));
  // The store keeps the counts as they were when an edit or a filter moves none. They are
  // drawn after what the filter change shows (the count, the map, the table), not before.
  const facets = useDeferredValue(useAtlas((state) => state.facets));
  // Which values the data has: those are listed, whatever is filtered.
  const totals = useAtlas((state) => state.facetTotals);
  const gazetteer = useAtlas((state) => state.gazetteer);
  const language = useAtlas((state) => state.language);
  const setFilters = useAtlas((state) => state.setFilters);
  const clearFilters = useAtlas((state) => state.clearFilters);
  const id = useId();
  const headingId = `${id}-heading`;
  const textId = `${id}-text`;
  const textHintId = `${id}-text-hint`;

  const { languages } = totals;
  const places = useMemo(() => {
    const provinces = new Set<string>();
    const arrondissements = new Map<string, string>();
    for (const commune of gazetteer?.communes ?? []) {
      if (commune.province) provinces.add(commune.province);
      if (commune.arrondissement) arrondissements.set(commune.arrondissement, commune.province);
    }
    return { provinces: [...provinces], arrondissements };
  }, [gazetteer]);

  /** Each group's codes in display order, and their labels in the interface language. */
  const groups = useMemo(() => {
    const compare = collator(language).compare;
    const byLabel = (codes: Iterable<string>, label: (code: string) => string) =>
      [...codes].sort((a, b) => compare(label(a), label(b)));
    const provinceLabel = (code: string) => provinceName(code, language);
    const arrondissementLabel = (code: string) => arrondissementName(code, language);
    const languageCodes = [...languages.keys()].sort(
      (a, b) =>
        (LANGUAGE_ORDER.indexOf(a) + 1 || 99) - (LANGUAGE_ORDER.indexOf(b) + 1 || 99) ||
        (languages.get(b) ?? 0) - (languages.get(a) ?? 0),
    );
    return {
      category: { codes: CATEGORIES, label: (code: string) => t(`model:category.${code}`) },
      province: { codes: byLabel(places.provinces, provinceLabel), label: provinceLabel },
      arrondissement: {
        codes: byLabel(places.arrondissements.keys(), arrondissementLabel),
        label: arrondissementLabel,
      },
      orgType: { codes: ORG_TYPES, label: (code: string) => t(`model:orgType.${code}`) },
      language: {
        codes: languageCodes,
        label: (code: string) =>
          t(`model:languageName.${code}`, { defaultValue: code.toUpperCase() }),
      },
      status: { codes: STATUSES, label: (code: string) => t(`model:status.${code}`) },
    };
  }, [t, language, places, languages]);

  return (
    <search className="filter-panel" aria-label={t('region')}>
      <div className="filter-header">
        <h2 id={headingId}>{t('title')}</h2>
        <button
          type="button"
          className="filter-clear"
          onClick={() => clearFilters()}
          disabled={!filtered}
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
          value={text}
          onChange={(event) => setFilters({ text: event.target.value })}
        />
        <p id={textHintId} className="filter-hint">
          {t('textHint')}
        </p>
      </div>

      <FacetGroup
        filter="categories"
        legend={t('category')}
        {...groups.category}
        counts={facets.categories}
        present={totals.categories}
      />

      <fieldset className="filter-group filter-place">
        <legend>{t('place')}</legend>
        <CommunePicker />
        <FacetGroup
          filter="provinces"
          legend={t('province')}
          {...groups.province}
          counts={facets.provinces}
          present={totals.provinces}
          all
        />
        <ArrondissementGroup
          legend={t('arrondissement')}
          {...groups.arrondissement}
          counts={facets.arrondissements}
          present={totals.arrondissements}
          provinceOf={places.arrondissements}
        />
      </fieldset>

      <FacetGroup
        filter="orgTypes"
        legend={t('orgType')}
        {...groups.orgType}
        counts={facets.orgTypes}
        present={totals.orgTypes}
      />
      <FacetGroup
        filter="languages"
        legend={t('language')}
        {...groups.language}
        counts={facets.languages}
        present={totals.languages}
      />
      <FacetGroup
        filter="statuses"
        legend={t('status')}
        {...groups.status}
        counts={facets.statuses}
        present={totals.statuses}
      />
    </search>
  );
}

interface FacetGroupProps {
  filter: ListFilter;
  legend: string;
  /** The codes in display order. */
  codes: readonly string[];
  label(code: string): string;
  /** Sites per code, given the other filters. */
  counts: Map<string, number>;
  /** Sites per code over all the data: a code none has is not listed (unless `all`). */
  present: Map<string, number>;
  /** List every code, even those no site has (otherwise only those present, and chosen). */
  all?: boolean;
  scroll?: boolean;
}

/** One filter's checkboxes, redrawn when that filter, the counts or the language change. */
const FacetGroup = memo(function FacetGroup({
  filter,
  legend,
  codes,
  label,
  counts,
  present,
  all = false,
  scroll = false,
}: FacetGroupProps) {
  const selected = useAtlas((state) => state.filters[filter]) as readonly string[];
  const setFilters = useAtlas((state) => state.setFilters);
  const options = useMemo<CheckboxOption[]>(
    () =>
      codes
        // Options that occur in the data, plus any chosen (e.g. from a link) so they can be unticked.
        .filter((code) => all || (present.get(code) ?? 0) > 0 || selected.includes(code))
        .map((code) => ({ value: code, label: label(code), count: counts.get(code) ?? 0 })),
    [codes, label, counts, present, all, selected],
  );
  const onChange = useCallback(
    (next: string[]) => setFilters({ [filter]: next } as Partial<Filters>),
    [filter, setFilters],
  );
  return (
    <CheckboxGroup
      legend={legend}
      options={options}
      selected={selected}
      onChange={onChange}
      scroll={scroll}
    />
  );
});

/** The arrondissements, of the chosen provinces only when some are chosen. */
function ArrondissementGroup({
  codes,
  provinceOf,
  ...group
}: Omit<FacetGroupProps, 'filter' | 'all' | 'scroll'> & { provinceOf: Map<string, string> }) {
  const provinces = useAtlas((state) => state.filters.provinces);
  const chosen = useAtlas((state) => state.filters.arrondissements);
  const shown = useMemo(
    () =>
      provinces.length === 0
        ? codes
        : codes.filter(
            (code) => provinces.includes(provinceOf.get(code) ?? '') || chosen.includes(code),
          ),
    [codes, provinceOf, provinces, chosen],
  );
  return <FacetGroup filter="arrondissements" codes={shown} all scroll {...group} />;
}
