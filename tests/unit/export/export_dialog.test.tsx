// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { parseChangeset } from '../../../src/edits/transaction';
import type { ExportFile } from '../../../src/export/export_formats';
import { ExportButton } from '../../../src/ui/export/ExportButton';
import ExportDialog from '../../../src/ui/export/ExportDialog';
import { loadedStore, renderAtlas } from '../ui/render_atlas';

const DATE = '2026-11-29';

function setup(store = loadedStore(), language: 'fr' | 'nl' | 'en' = 'en') {
  const saved: ExportFile[] = [];
  const onClose = vi.fn();
  const view = renderAtlas(
    <ExportDialog onClose={onClose} save={(file) => saved.push(file)} date={DATE} />,
    { store, language },
  );
  return { ...view, saved, onClose };
}

function downloadButton() {
  return screen.getByRole('button', { name: /^Download / });
}

describe('ExportDialog', { timeout: 30_000 }, () => {
  it('downloads the flat CSV of all data by default, named for the day', () => {
    const { saved } = setup();
    expect(screen.getByRole('dialog', { name: 'Export the data' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Flat CSV (.csv)' })).toBeChecked();
    fireEvent.click(downloadButton());
    expect(saved.map((file) => file.name)).toEqual(['atlas-services-2026-11-29.csv']);
    expect([...(saved[0]?.bytes.slice(0, 3) ?? [])]).toEqual([0xef, 0xbb, 0xbf]);
    expect(screen.getByText('atlas-services-2026-11-29.csv is downloaded.')).toBeInTheDocument();
  });

  it('writes semicolons when asked, for Excel in Belgium', () => {
    const { saved } = setup();
    const semicolon = screen.getByRole('checkbox', { name: /Semicolon separators/ });
    expect(semicolon).not.toBeChecked();
    fireEvent.click(semicolon);
    fireEvent.click(downloadButton());
    const text = new TextDecoder().decode(saved[0]?.bytes);
    expect(text.split('\r\n')[0]).toMatch(/^service_id;service_name;category;/);
  });

  it('writes semicolons and a BOM by default in French and Dutch, and commas on request', () => {
    for (const [language, name, download] of [
      ['fr', /Séparateur point-virgule/, /^Télécharger /],
      ['nl', /Puntkomma als scheidingsteken/, / downloaden$/],
    ] as const) {
      const { saved, unmount } = setup(loadedStore(), language);
      const semicolon = screen.getByRole('checkbox', { name });
      expect(semicolon).toBeChecked();
      fireEvent.click(screen.getByRole('button', { name: download }));
      const bytes = saved[0]?.bytes ?? new Uint8Array();
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes).split('\r\n')[0]).toMatch(/^service_id;service_name;/);
      // The choice stays offered: unticked, the file has commas.
      fireEvent.click(semicolon);
      fireEvent.click(screen.getByRole('button', { name: download }));
      expect(new TextDecoder().decode(saved[1]?.bytes).split('\r\n')[0]).toMatch(
        /^service_id,service_name,/,
      );
      unmount();
    }
  });

  it('leaves the internal fields out unless asked, for the data and the changes', () => {
    const { saved } = setup();
    fireEvent.click(downloadButton());
    const internal = screen.getByRole('checkbox', { name: /Include the internal fields/ });
    expect(internal).not.toBeChecked();
    fireEvent.click(internal);
    fireEvent.click(downloadButton());
    const header = (file?: ExportFile) =>
      new TextDecoder().decode(file?.bytes).split('\r\n')[0] ?? '';
    expect(header(saved[0])).not.toContain('contact_person');
    expect(header(saved[1])).toMatch(
      /,contact_person,notes,organization_contact_person,organization_notes$/,
    );
  });

  it('offers the filtered sites when a filter is on, and names the file so', () => {
    const store = loadedStore();
    store.getState().setFilters({ provinces: ['Namur'] });
    const { saved } = setup(store);
    const filtered = screen.getByRole('radio', { name: /^The filtered sites only/ });
    expect(filtered).toBeChecked();
    fireEvent.click(
      screen.getByRole('radio', { name: 'Normalised CSV, one table per file (.zip)' }),
    );
    fireEvent.click(downloadButton());
    expect(saved[0]?.name).toBe('atlas-tables-filtered-2026-11-29.zip');
    fireEvent.click(screen.getByRole('radio', { name: /^All data/ }));
    fireEvent.click(downloadButton());
    expect(saved[1]?.name).toBe('atlas-tables-2026-11-29.zip');
    expect(saved[1]?.bytes.length).toBeGreaterThan(saved[0]?.bytes.length ?? 0);
  });

  it('shows the HSDS validation report before the package can be downloaded', async () => {
    const { saved } = setup();
    fireEvent.click(screen.getByRole('radio', { name: 'HSDS 3.0 package (.zip)' }));
    expect(screen.getByText('Checking the HSDS package…')).toHaveAttribute('role', 'status');
    expect(downloadButton()).toBeDisabled();

    const summary = await screen.findByTestId('hsds-summary', {}, { timeout: 25_000 });
    expect(summary).toHaveTextContent(/Errors: 0 · Warnings: \d+/);
    const problems = screen.getByRole('table', { name: 'Problems found in the package' });
    expect(within(problems).getAllByRole('row').length).toBeGreaterThan(1);
    expect(within(problems).getAllByText('locations.csv').length).toBeGreaterThan(0);
    expect(saved).toEqual([]);

    expect(downloadButton()).toBeEnabled();
    fireEvent.click(downloadButton());
    expect(saved.map((file) => file.name)).toEqual(['atlas-hsds-2026-11-29.zip']);
  });

  it('exports the local changes as a changeset and marks them exported', () => {
    const store = loadedStore();
    const { saved } = setup(store);
    fireEvent.click(screen.getByRole('radio', { name: 'My changes (.json)' }));
    expect(screen.getByTestId('changeset-summary')).toHaveTextContent('No local change to export.');
    expect(downloadButton()).toBeDisabled();
    expect(screen.queryByRole('radio', { name: /^All data/ })).not.toBeInTheDocument();

    const service = store.getState().dataset.services[0];
    if (!service) throw new Error('the curated data has services');
    let tx = '';
    act(() => {
      store.getState().setAuthor('Anna');
      const result = store
        .getState()
        .transact(
          [{ table: 'services', id: service.id, field: 'fees', old: service.fees, new: 'free' }],
          'editRecord',
        );
      if (result.ok) tx = result.transaction.tx;
    });
    expect(screen.getByTestId('changeset-summary')).toHaveTextContent(
      'Changes: 1 · Actions: 1 · Not exported yet: 1',
    );
    fireEvent.click(downloadButton());
    expect(saved[0]?.name).toBe('atlas-changes-2026-11-29.json');
    const parsed = parseChangeset(new TextDecoder().decode(saved[0]?.bytes));
    expect(parsed.ok && parsed.changeset.changes).toEqual([
      expect.objectContaining({ author: 'Anna', id: service.id, field: 'fees', new: 'free' }),
    ]);
    expect(store.getState().exported.has(tx)).toBe(true);
    expect(screen.getByTestId('changeset-summary')).toHaveTextContent('Not exported yet: 0');
  });

  it('closes on Escape and on Close', () => {
    const { onClose } = setup();
    fireEvent.keyDown(screen.getByRole('radio', { name: 'Flat CSV (.csv)' }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});

describe('ExportButton', { timeout: 30_000 }, () => {
  it('opens the dialog and gives the focus back when it closes', async () => {
    renderAtlas(<ExportButton />, { language: 'fr' });
    const button = screen.getByRole('button', { name: 'Exporter' });
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Exporter les données' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(button).toHaveFocus();
  });
});
