// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { SiteTable } from '../../../src/ui/table/SiteTable';
import { loadedStore, renderAtlas } from './render_atlas';

// jsdom lays nothing out: give the scrolling box a height so the virtualiser draws rows.
const size = { clientHeight: 600, clientWidth: 1000 };
const saved = new Map<string, PropertyDescriptor | undefined>();
beforeAll(() => {
  for (const [key, value] of Object.entries(size)) {
    saved.set(key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key));
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
  }
});
afterAll(() => {
  for (const [key, descriptor] of saved) {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
    else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[key];
  }
});

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
