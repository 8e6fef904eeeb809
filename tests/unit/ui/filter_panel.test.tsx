// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { filterSites } from '../../../src/explore/filter_sites';
import { type Filters, type ListFilter, NO_FILTERS } from '../../../src/explore/filters';
import { FilterPanel } from '../../../src/ui/filters/FilterPanel';
import { loadedStore, renderAtlas } from './render_atlas';

describe('the filter panel', () => {
  it('finds Liège by its Dutch name and filters on it', () => {
    const { store } = renderAtlas(<FilterPanel />);
    const input = screen.getByRole('combobox', { name: 'Commune' });
    fireEvent.change(input, { target: { value: 'Luik' } });
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const option = screen.getByRole('option', { name: 'Liège (Luik)' });
    expect(screen.getAllByRole('option')[0]).toBe(option);
    expect(input).toHaveAttribute('aria-activedescendant', option.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(store.getState().filters.communes).toEqual(['62063']);
    expect(input).toHaveValue('');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    const visible = store.getState().visible;
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((site) => site.commune?.nis_code === '62063')).toBe(true);
    expect(screen.getByRole('button', { name: 'Retirer Liège' })).toBeInTheDocument();
  });

  it('matches names without accents, in German, and moves with the arrow keys', () => {
    const { store } = renderAtlas(<FilterPanel />);
    const input = screen.getByRole('combobox', { name: 'Commune' });
    fireEvent.change(input, { target: { value: 'Bullingen' } });
    expect(screen.getByRole('option', { name: /Bullange/ })).toHaveTextContent('Büllingen');
    fireEvent.change(input, { target: { value: 'braine' } });
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(3);
    ["Braine-l'Alleud", 'Braine-le-Château', 'Braine-le-Comte'].forEach((name, at) => {
      expect(options[at]).toHaveAccessibleName(name);
      // Each says how many sites choosing it would give.
      expect(options[at]).toHaveAccessibleDescription(/^\d+ sites?$/);
    });
    expect(input).toHaveAttribute('aria-activedescendant', options[0]?.id);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input).toHaveAttribute('aria-activedescendant', options[1]?.id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input).toHaveAttribute('aria-activedescendant', options[2]?.id);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('braine');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input).toHaveValue('');
    expect(store.getState().filters.communes).toEqual([]);
  });

  it('shows commune names in Dutch in the Dutch interface', () => {
    renderAtlas(<FilterPanel />, { language: 'nl' });
    const input = screen.getByRole('combobox', { name: 'Gemeente' });
    fireEvent.change(input, { target: { value: 'liege' } });
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('Luik');
    expect(screen.getByRole('button', { name: 'Alles wissen' })).toBeDisabled();
  });

  it('filters by category and status with counts, and clears all at once', () => {
    const store = loadedStore();
    const total = store.getState().sites.length;
    renderAtlas(<FilterPanel />, { store });
    const clear = screen.getByRole('button', { name: 'Tout effacer' });
    expect(clear).toBeDisabled();

    const categories = screen.getByRole('group', { name: 'Catégorie' });
    const housing = within(categories).getByRole('checkbox', { name: /Logement/ });
    const housingCount = store.getState().sites.filter((s) => s.service.category === 'housing');
    expect(housing.closest('li')).toHaveTextContent(String(housingCount.length));
    fireEvent.click(housing);
    expect(store.getState().filters.categories).toEqual(['housing']);
    expect(store.getState().visible).toHaveLength(housingCount.length);
    expect(clear).toBeEnabled();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Rechercher' }), {
      target: { value: 'logement' },
    });
    expect(store.getState().filters.text).toBe('logement');

    const provinces = screen.getByRole('group', { name: 'Province' });
    fireEvent.click(within(provinces).getByRole('checkbox', { name: /Liège/ }));
    expect(store.getState().filters.provinces).toEqual(['Liège']);

    fireEvent.click(clear);
    expect(store.getState().filters.categories).toEqual([]);
    expect(store.getState().filters.provinces).toEqual([]);
    expect(store.getState().filters.text).toBe('');
    expect(store.getState().visible).toHaveLength(total);
    expect(housing).not.toBeChecked();
    expect(clear).toBeDisabled();
  });

  it('lists the arrondissements of the chosen provinces, and a chosen one stays listed', () => {
    renderAtlas(<FilterPanel />);
    const arrondissements = () => screen.getByRole('group', { name: 'Arrondissement' });
    const names = () =>
      within(arrondissements())
        .getAllByRole('checkbox')
        .map((box) => box.closest('li')?.textContent ?? '');
    expect(names().some((name) => name.startsWith('Arlon'))).toBe(true);
    fireEvent.click(within(arrondissements()).getByRole('checkbox', { name: /Arlon/ }));
    const provinces = screen.getByRole('group', { name: 'Province' });
    fireEvent.click(within(provinces).getByRole('checkbox', { name: /Namur/ }));
    // Namur's arrondissements, and Arlon (in Luxembourg) because it is chosen.
    expect(names().some((name) => name.startsWith('Dinant'))).toBe(true);
    expect(names().some((name) => name.startsWith('Arlon'))).toBe(true);
    expect(names().some((name) => name.startsWith('Charleroi'))).toBe(false);
    // Unticked, Arlon goes, as it is not in Namur.
    fireEvent.click(within(arrondissements()).getByRole('checkbox', { name: /Arlon/ }));
    expect(names().some((name) => name.startsWith('Arlon'))).toBe(false);
  });

  it('removes a chosen commune with its chip', () => {
    const store = loadedStore();
    store.getState().setFilters({ communes: ['62063', '92094'] });
    renderAtlas(<FilterPanel />, { store });
    const chips = screen.getByRole('list', { name: 'Communes choisies' });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Liège×', 'Namur×']);
    fireEvent.click(screen.getByRole('button', { name: 'Retirer Namur' }));
    expect(store.getState().filters.communes).toEqual(['62063']);
    act(() => store.getState().clearFilters());
    expect(screen.queryByRole('list', { name: 'Communes choisies' })).not.toBeInTheDocument();
  });
});

describe('the filter counts', { timeout: 60_000 }, () => {
  /** Each checkbox group of the panel and the filter it sets. */
  const GROUPS: [string, ListFilter][] = [
    ['Catégorie', 'categories'],
    ['Province', 'provinces'],
    ['Arrondissement', 'arrondissements'],
    ['Type d’organisation', 'orgTypes'],
    ['Langue du service', 'languages'],
    ['Statut', 'statuses'],
  ];

  /**
   * Every option shown, with its filter, code, count as shown and whether it is dimmed (read
   * from the DOM: role queries over some 70 checkboxes, many times, are too slow in jsdom).
   */
  function shownCounts() {
    const fieldsets = [...document.querySelectorAll('fieldset')];
    return GROUPS.flatMap(([legend, filter]) => {
      const group = fieldsets.find(
        (fieldset) => fieldset.querySelector(':scope > legend')?.textContent === legend,
      );
      return [...(group?.querySelectorAll('li') ?? [])].map((item) => ({
        filter,
        code: item.querySelector('input')?.value ?? '',
        count: Number((item.querySelector('.filter-count')?.textContent ?? '').replace(/\D/g, '')),
        dimmed: item.classList.contains('filter-none'),
      }));
    });
  }

  it('says what choosing each value would give, the other filters as they are', () => {
    const store = loadedStore();
    const { sites } = store.getState();
    renderAtlas(<FilterPanel />, { store });
    const values = (pick: (site: (typeof sites)[number]) => readonly string[]) => [
      ...new Set(sites.flatMap(pick)),
    ];
    const some = (codes: string[]) =>
      fc.oneof(
        { weight: 2, arbitrary: fc.constant([]) },
        { weight: 1, arbitrary: fc.subarray(codes, { minLength: 1, maxLength: 2 }) },
      );
    const filters = fc.record({
      categories: some(values((site) => [site.service.category])),
      orgTypes: some(values((site) => (site.organization ? [site.organization.org_type] : []))),
      provinces: some(values((site) => (site.commune ? [site.commune.province] : []))),
      arrondissements: some(values((site) => (site.commune ? [site.commune.arrondissement] : []))),
      communes: some(['62063', '92094', '52011', '25072']),
      languages: some(values((site) => site.service.languages)),
      statuses: fc.constant([]),
      text: fc.constantFrom('', 'cpas', 'centre'),
    }) as fc.Arbitrary<Filters>;
    fc.assert(
      fc.property(filters, (chosen) => {
        act(() => store.getState().setFilters(chosen));
        const shown = shownCounts();
        expect(shown.length).toBeGreaterThan(20);
        for (const { filter, code, count, dimmed } of shown) {
          // Counted afresh: the sites the filters would leave with this value chosen alone.
          const expected = filterSites(sites, { ...chosen, [filter]: [code] }).length;
          expect(count, `${filter} ${code}`).toBe(expected);
          expect(dimmed, `${filter} ${code} dimmed`).toBe(expected === 0);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('with Liège chosen, counts its social aid, not Wallonia’s, and dims what it lacks', () => {
    const store = loadedStore();
    renderAtlas(<FilterPanel />, { store });
    const socialAid = () =>
      shownCounts().find(
        (option) => option.filter === 'categories' && option.code === 'social_aid',
      );
    const before = socialAid()?.count ?? 0;
    expect(before).toBeGreaterThan(250);
    act(() => store.getState().setFilters({ communes: ['62063'] }));
    const liege = filterSites(store.getState().sites, {
      ...NO_FILTERS,
      communes: ['62063'],
      categories: ['social_aid'],
    }).length;
    expect(socialAid()?.count).toBe(liege);
    expect(liege).toBeLessThan(5);
    // Another province would leave nothing: dimmed, still listed.
    const namur = shownCounts().find(
      (option) => option.filter === 'provinces' && option.code === 'Namur',
    );
    expect(namur).toMatchObject({ count: 0, dimmed: true });
  });
});
