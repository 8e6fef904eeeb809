// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { updateRecord } from '../../../../src/edits/record_edits';
import CompletenessView from '../../../../src/ui/quality/CompletenessView';
import { curatedDataset, loadedStore, renderAtlas } from '../render_atlas';

vi.setConfig({ testTimeout: 20_000 });

const NAMUR = '92094';

function renderCompleteness(language: 'fr' | 'en' = 'fr') {
  const store = loadedStore(curatedDataset());
  store.getState().setFilters({ communes: [NAMUR] });
  renderAtlas(<CompletenessView />, { store, language });
  return store;
}

/** The figure of a commune's row, read from its button. */
function figure(commune: string, name: string): number {
  const table = screen.getByRole('table');
  const row = within(table).getByRole('rowheader', { name: commune }).closest('tr');
  if (!row) throw new Error(`no row for ${commune}`);
  const button = within(row as HTMLElement).getByRole('button', { name: new RegExp(`^${name},`) });
  return Number(button.textContent?.replace(/\D/g, ''));
}

describe('the completeness view', () => {
  it('counts the sites of a commune by how precisely they are placed, and lists those of a figure', () => {
    const store = renderCompleteness();
    expect(screen.getByText(/Pour les 9 lieux que les filtres retiennent/)).toBeInTheDocument();
    expect(figure('Namur', 'Centre de commune')).toBe(8);
    expect(figure('Namur', 'Code postal seul')).toBe(1);
    expect(figure('Namur', 'Adresse exacte')).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: /^Code postal seul, Namur : 1/ }));
    const list = screen.getByRole('region', { name: /Code postal seul — Namur/ });
    const [site] = within(list).getAllByRole('listitem');
    fireEvent.click(within(site as HTMLElement).getByRole('button'));
    expect(store.getState().selection?.kind).toBe('site');
    expect(store.getState().quality.figure).toEqual({ group: NAMUR, figure: 'postcode' });
  });

  it('rises when a site gets an exact address', () => {
    const store = renderCompleteness('en');
    const cpasSite = store
      .getState()
      .dataset.locations.find((location) => location.name === 'CPAS de Namur');
    if (!cpasSite) throw new Error('the curated data has the CPAS of Namur’s site');
    expect(figure('Namur', 'Exact address')).toBe(0);
    act(() => {
      store.getState().transact(
        updateRecord('locations', cpasSite, {
          address_1: 'Rue de Dave 165',
          postal_code: '5100',
          latitude: 50.4533,
          longitude: 4.8718,
          location_precision: 'exact',
        }),
        'editRecord',
      );
    });
    expect(figure('Namur', 'Exact address')).toBe(1);
    expect(figure('Namur', 'Municipality centre')).toBe(7);
  });

  it('groups by category, the choice kept for the link', () => {
    const store = renderCompleteness('en');
    fireEvent.click(screen.getByRole('radio', { name: 'Category' }));
    expect(store.getState().quality.grouping).toBe('category');
    expect(screen.getByRole('rowheader', { name: 'Social aid' })).toBeInTheDocument();
  });

  it('lists what a partner should check, each record with what it lacks', () => {
    renderCompleteness('en');
    const picker = screen.getByRole('combobox', { name: 'Organisation' });
    fireEvent.change(picker, { target: { value: 'CPAS de Namur' } });
    fireEvent.keyDown(picker, { key: 'Enter' });
    const rows = within(screen.getByRole('region', { name: 'To check with a partner' }))
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows[0]).toEqual([
      'Organisation',
      'CPAS de Namur',
      'phone, e-mail, website, never verified',
      '',
    ]);
    expect(rows.some((row) => row[0] === 'Site' && row[2]?.includes('exact address'))).toBe(true);
    expect(screen.getByRole('button', { name: 'Download the list (CSV)' })).toBeInTheDocument();
  });
});
