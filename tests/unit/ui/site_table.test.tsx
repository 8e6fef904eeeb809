// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { SiteTable } from '../../../src/ui/table/SiteTable';
import { giveElementsASize } from '../jsdom_size';
import { loadedStore, renderAtlas } from './render_atlas';

giveElementsASize();

function bodyRows(): HTMLElement[] {
  const table = screen.getByRole('table');
  const [, body] = within(table).getAllByRole('rowgroup');
  return body ? within(body).queryAllByRole('row') : [];
}

const firstCells = () => bodyRows().map((row) => row.querySelector('td')?.textContent ?? '');

describe('the site table', () => {
  it('lists the visible sites, with translated category, commune and placement', () => {
    const store = loadedStore();
    store.getState().setFilters({ communes: ['62063'] });
    renderAtlas(<SiteTable />, { store });
    const visible = store.getState().visible;
    expect(visible.length).toBeGreaterThan(1);
    expect(screen.getByRole('table', { name: 'Services et sites filtrés' })).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(visible.length);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', String(visible.length + 1));
    const cpas = bodyRows().find((row) => row.textContent?.includes('CPAS de Liège'));
    expect(cpas).toBeDefined();
    expect(cpas).toHaveTextContent('Aide sociale');
    expect(cpas).toHaveTextContent('Liège');
    expect(cpas).toHaveTextContent('Placé au code postal');
  });

  it('shows Dutch labels and commune names in the Dutch interface', () => {
    const store = loadedStore();
    store.getState().setFilters({ communes: ['62063'] });
    renderAtlas(<SiteTable />, { store, language: 'nl' });
    expect(screen.getByRole('table', { name: 'Gefilterde diensten en locaties' })).toBeVisible();
    expect(screen.getByRole('columnheader', { name: 'Gemeente' })).toBeInTheDocument();
    const cpas = bodyRows().find((row) => row.textContent?.includes('CPAS de Liège'));
    expect(cpas).toHaveTextContent('Luik');
    expect(cpas).toHaveTextContent('Sociale bijstand');
  });

  it('sorts by a column, ascending then descending', () => {
    const store = loadedStore();
    store.getState().setFilters({ provinces: ['Namur'] });
    renderAtlas(<SiteTable />, { store });
    const names = store.getState().visible.map((site) => site.service.name);
    const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
    const ascending = [...names].sort(collator.compare);
    const header = screen.getByRole('columnheader', { name: /Service/ });
    expect(header).not.toHaveAttribute('aria-sort');

    fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const shown = firstCells();
    expect(shown.length).toBeGreaterThan(5);
    expect(shown).toEqual(ascending.slice(0, shown.length));

    fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const descending = [...ascending].reverse();
    expect(firstCells()).toEqual(descending.slice(0, firstCells().length));
  });

  it('moves with the arrow keys and selects a row with Enter or a click', () => {
    const store = loadedStore();
    store.getState().setFilters({ provinces: ['Namur'] });
    renderAtlas(<SiteTable />, { store });
    const rows = bodyRows();
    const [first, second, third] = rows;
    if (!first || !second || !third) throw new Error('expected rows');
    expect(first).toHaveAttribute('tabindex', '0');
    expect(second).toHaveAttribute('tabindex', '-1');
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    expect(second).toHaveAttribute('tabindex', '0');
    fireEvent.keyDown(second, { key: 'Enter' });
    const secondId = store.getState().visible[1]?.id;
    expect(store.getState().selection).toEqual({ kind: 'site', id: secondId });
    expect(second).toHaveAttribute('aria-selected', 'true');

    fireEvent.click(third);
    expect(store.getState().selection).toEqual({
      kind: 'site',
      id: store.getState().visible[2]?.id,
    });
    expect(third).toHaveAttribute('aria-selected', 'true');
    expect(second).toHaveAttribute('aria-selected', 'false');
  });

  it('highlights a site selected elsewhere, e.g. on the map', () => {
    const store = loadedStore();
    store.getState().setFilters({ provinces: ['Namur'] });
    renderAtlas(<SiteTable />, { store });
    const target = store.getState().visible[3];
    if (!target) throw new Error('expected a fourth site');
    act(() => store.getState().select({ kind: 'site', id: target.id }));
    const row = bodyRows().find((element) => element.dataset.siteId === target.id);
    expect(row).toHaveAttribute('aria-selected', 'true');
    expect(row).toHaveAttribute('tabindex', '0');
  });

  it('draws only the rows in view (virtualised)', () => {
    const store = loadedStore();
    renderAtlas(<SiteTable />, { store });
    const total = store.getState().visible.length;
    expect(total).toBeGreaterThan(300);
    expect(bodyRows().length).toBeGreaterThan(10);
    expect(bodyRows().length).toBeLessThan(60);
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', String(total + 1));
  });

  it('says so when no site matches', () => {
    const store = loadedStore();
    renderAtlas(<SiteTable />, { store });
    act(() => store.getState().setFilters({ text: 'zzzz-nothing-matches' }));
    expect(bodyRows()).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('Aucun site ne correspond aux filtres.');
  });
});

describe('bulk edit in the site table', () => {
  /** The rows of two different services of Liège, with their checkboxes. */
  function twoServicesOfLiege(store: ReturnType<typeof loadedStore>) {
    store.getState().setAuthor('Ana');
    store.getState().setFilters({ communes: ['62063'] });
    renderAtlas(<SiteTable />, { store });
    const rows = bodyRows();
    const first = rows[0];
    const firstService = store.getState().visible[0]?.service.id;
    const index = store.getState().visible.findIndex((site) => site.service.id !== firstService);
    const second = rows[index];
    if (!first || !second) throw new Error('Liège has sites of two services');
    return { first, second, ids: [firstService, store.getState().visible[index]?.service.id] };
  }

  it('sets the category of the ticked rows’ services as one transaction, once confirmed', () => {
    const store = loadedStore();
    const { first, second, ids } = twoServicesOfLiege(store);
    fireEvent.click(within(first).getByRole('checkbox'));
    fireEvent.click(within(second).getByRole('checkbox'));
    // Ticking a row does not select it.
    expect(store.getState().selection).toBeNull();
    const bulk = screen.getByRole('group', { name: /Modification groupée : 2 sites sélectionnés/ });
    fireEvent.change(within(bulk).getByRole('combobox', { name: 'Champ à modifier' }), {
      target: { value: 'category' },
    });
    fireEvent.change(within(bulk).getByRole('combobox', { name: 'Nouvelle valeur' }), {
      target: { value: 'housing' },
    });
    fireEvent.click(within(bulk).getByRole('button', { name: 'Appliquer…' }));
    expect(bulk).toHaveTextContent('Catégorie deviendra « Logement » pour 2 services. Confirmer ?');
    expect(store.getState().history.done).toHaveLength(0);

    fireEvent.click(within(bulk).getByRole('button', { name: 'Modifier 2 services' }));
    const { done } = store.getState().history;
    expect(done).toHaveLength(1);
    expect(done[0]?.label).toBe('bulkEdit');
    expect(done[0]?.changes.map((change) => [change.id, change.field, change.new])).toEqual(
      ids.map((id) => [id, 'category', 'housing']),
    );
    for (const id of ids) {
      expect(store.getState().dataset.services.find((s) => s.id === id)?.category).toBe('housing');
    }
    expect(bulk).toHaveTextContent('2 services modifiés.');
  });

  it('sets languages, read by the import’s rules, and refuses an unknown language', () => {
    const store = loadedStore();
    const { first, ids } = twoServicesOfLiege(store);
    fireEvent.click(within(first).getByRole('checkbox'));
    const bulk = screen.getByRole('group', { name: /Modification groupée/ });
    fireEvent.change(within(bulk).getByRole('combobox', { name: 'Champ à modifier' }), {
      target: { value: 'languages' },
    });
    const value = within(bulk).getByRole('textbox', { name: 'Nouvelle valeur' });
    fireEvent.change(value, { target: { value: 'fr, klingon' } });
    expect(value).toHaveAttribute('aria-invalid', 'true');
    fireEvent.click(within(bulk).getByRole('button', { name: 'Appliquer…' }));
    expect(within(bulk).queryByRole('button', { name: /Modifier/ })).toBeNull();

    fireEvent.change(value, { target: { value: 'français | ukrainien' } });
    fireEvent.click(within(bulk).getByRole('button', { name: 'Appliquer…' }));
    fireEvent.click(within(bulk).getByRole('button', { name: 'Modifier 1 service' }));
    expect(store.getState().dataset.services.find((s) => s.id === ids[0])?.languages).toEqual([
      'fr',
      'uk',
    ]);
  });

  it('selects every visible row at once, and clears the selection', () => {
    const store = loadedStore();
    store.getState().setFilters({ communes: ['62063'] });
    renderAtlas(<SiteTable />, { store });
    const count = store.getState().visible.length;
    const all = screen.getByRole('checkbox', { name: `Sélectionner les ${count} sites affichés` });
    fireEvent.click(all);
    expect(all).toBeChecked();
    for (const row of bodyRows()) expect(within(row).getByRole('checkbox')).toBeChecked();
    expect(screen.getByRole('group')).toHaveAccessibleName(
      new RegExp(`^Modification groupée : ${count} sites sélectionnés \\(`),
    );
    fireEvent.click(within(bodyRows()[0] as HTMLElement).getByRole('checkbox'));
    expect(all).not.toBeChecked();
    expect(all).toHaveProperty('indeterminate', true);
    fireEvent.click(screen.getByRole('button', { name: 'Désélectionner tout' }));
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(all).not.toBeChecked();
  });

  it('puts only the active row’s checkbox in the Tab order; its keys stay its own', () => {
    const store = loadedStore();
    store.getState().setFilters({ provinces: ['Namur'] });
    renderAtlas(<SiteTable />, { store });
    const [first, second] = bodyRows();
    if (!first || !second) throw new Error('expected rows');
    const box = within(first).getByRole('checkbox');
    expect(box).toHaveAttribute('tabindex', '0');
    expect(within(second).getByRole('checkbox')).toHaveAttribute('tabindex', '-1');
    expect(box).toHaveAccessibleName(
      `Sélectionner ${store.getState().visible[0]?.service.name} (${first.querySelector('.col-commune')?.textContent})`,
    );
    act(() => box.focus());
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(store.getState().selection).toBeNull();
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
  });
});
