// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { runGapAnalysis } from '../../../src/app/gap_runner';
import AnalysisView from '../../../src/ui/analysis/AnalysisView';
import { loadedStore, renderAtlas } from './render_atlas';

vi.setConfig({ testTimeout: 20_000 });

function renderAnalysis(language: 'fr' | 'en' = 'fr') {
  const store = loadedStore();
  store.getState().setAnalysis({ choropleth: true });
  const stop = runGapAnalysis(store);
  renderAtlas(<AnalysisView />, { store, language });
  return { store, stop };
}

describe('the analysis view', () => {
  it('ranks the communes of a province by their distance to a language course, the under-served marked', async () => {
    const { store, stop } = renderAnalysis();
    act(() => store.getState().setFilters({ provinces: ['Luxembourg'] }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Catégorie analysée' }), {
      target: { value: 'language' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Mesure' }), {
      target: { value: 'nearest_km' },
    });
    const table = await screen.findByRole('table', {
      name: /Distance au lieu le plus proche \(km\) — Cours de langue/,
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(43);
    // Worst served first: the first row is the commune farthest from a course, under-served at 20 km.
    const distances = rows.map((row) =>
      Number(within(row).getAllByRole('cell')[1]?.textContent?.replace(',', '.')),
    );
    expect(distances).toEqual([...distances].sort((a, b) => b - a));
    expect(
      within(rows[0] as HTMLElement)
        .getAllByRole('cell')
        .at(-1)?.textContent,
    ).toBe('oui');
    expect(screen.getByRole('status')).toHaveTextContent(/communes mal desservies/);

    fireEvent.click(within(rows[0] as HTMLElement).getByRole('button'));
    expect(store.getState().selection?.kind).toBe('commune');
    stop();
  });

  it('says a raw count mostly follows population, with a switch to the per-capita figure', async () => {
    const { store, stop } = renderAnalysis('en');
    fireEvent.change(screen.getByRole('combobox', { name: 'Measure' }), {
      target: { value: 'services' },
    });
    expect(
      screen.getByText(/A raw count mostly follows the size of the population/),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show per 10,000 inhabitants' }));
    expect(store.getState().analysis.measure).toBe('services_per_10k');
    await screen.findByRole('table');
    fireEvent.click(screen.getByText('Method'));
    expect(screen.getByText(/per 10,000 inhabitants \(population: Statbel/)).toBeInTheDocument();
    stop();
  });
});
