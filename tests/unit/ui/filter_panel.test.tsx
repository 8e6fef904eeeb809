// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
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
    expect(options.map((option) => option.textContent)).toEqual([
      "Braine-l'Alleud",
      'Braine-le-Château',
      'Braine-le-Comte',
    ]);
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
