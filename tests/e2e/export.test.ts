import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { loadGazetteerSync } from '../../scripts/lib/load_reference';
import { parseChangeset } from '../../src/edits/transaction';
import { readFiles } from '../../src/formats';
import { flatCsvDriver } from '../../src/formats/flat_csv';
import { geojsonDriver } from '../../src/formats/geojson';
import { normalisedCsvDriver } from '../../src/formats/normalised_csv';
import type { InputFile } from '../../src/formats/types';
import { type Dataset, TABLE_NAMES, type TableName } from '../../src/model/dataset';
import { appUrl, browserPerFile, seriousAxeViolations } from './driver';

/** The store behind the page (test hooks build), typed as much as these tests need. */
interface PageStore {
  getState(): {
    dataset: Dataset;
    visible: { id: string; service: { id: string } }[];
    exported: ReadonlySet<string>;
    setAuthor(name: string): void;
    setFilters(filters: Record<string, unknown>): void;
    transact(
      patch: unknown[],
      label: string,
    ): { ok: true; transaction: { tx: string } } | { ok: false };
  };
}
type AtlasWindow = { __atlas: { store: PageStore } };

/**
 * Opens the app and waits for its data and its change log (an edit made before the stored
 * log is loaded would be replaced by it). Exports need no map, so the map's first drawing,
 * slow on a busy machine, is not waited for.
 */
async function openApp(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(appUrl());
  await page.waitForFunction(
    () => {
      const hooks = (
        window as unknown as {
          __atlas?: {
            store: { getState(): { load: { status: string }; save: { status: string } } };
          };
        }
      ).__atlas;
      const state = hooks?.store.getState();
      return state?.load.status === 'ready' && state.save.status !== 'idle';
    },
    undefined,
    { timeout: 60_000 },
  );
  if (errors.length > 0) throw new Error(`The page threw: ${errors.join('; ')}`);
  return page;
}

type Counts = Record<TableName, number>;

function countsOf(dataset: Dataset): Counts {
  return Object.fromEntries(TABLE_NAMES.map((table) => [table, dataset[table].length])) as Counts;
}

/** How many records of each table the page holds. */
function pageCounts(page: Page): Promise<Counts> {
  return page.evaluate((tables) => {
    const { dataset } = (window as unknown as AtlasWindow).__atlas.store.getState();
    return Object.fromEntries(tables.map((table) => [table, dataset[table].length])) as Counts;
  }, TABLE_NAMES as TableName[]);
}

const FORMAT_NAMES = {
  flat: 'CSV à plat (.csv)',
  tables: 'CSV normalisé, une table par fichier (.zip)',
  geojson: 'GeoJSON (.geojson)',
  hsds: 'Paquet HSDS 3.0 (.zip)',
  changeset: 'Mes modifications (.json)',
} as const;

function dialog(page: Page) {
  return page.getByRole('dialog', { name: 'Exporter les données' });
}

async function openExport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Exporter', exact: true }).click();
  await dialog(page).waitFor();
}

/** Clicks the dialog's Download button and returns the file the browser saved. */
async function download(page: Page): Promise<{ name: string; bytes: Uint8Array }> {
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    dialog(page)
      .getByRole('button', { name: /^Télécharger / })
      .click(),
  ]);
  const path = await saved.path();
  return { name: saved.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

function read(driver: typeof flatCsvDriver, files: InputFile[]) {
  return driver.read(files, { gazetteer: loadGazetteerSync() });
}

const DAY = '\\d{4}-\\d{2}-\\d{2}';
const session = browserPerFile({ width: 1400, height: 900 });
/** Each test loads the app, builds a file and reads it back in Node: slow on a busy machine. */
const SLOW = 120_000;

describe('export', () => {
  it(
    'exports the flat CSV, the normalised tables and GeoJSON, and each reads back whole',
    async () => {
      const page = await openApp(session.context);
      const counts = await pageCounts(page);
      await openExport(page);

      const flat = await download(page);
      expect(flat.name).toMatch(new RegExp(`^atlas-services-${DAY}\\.csv$`));
      expect([...flat.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const flatBack = read(flatCsvDriver, [{ path: flat.name, bytes: flat.bytes }]);
      expect(flatBack.report.rejected).toBe(0);
      expect(flatBack.dataset.services).toHaveLength(counts.services);
      expect(flatBack.dataset.service_at_locations).toHaveLength(counts.service_at_locations);

      await dialog(page).getByRole('radio', { name: FORMAT_NAMES.tables }).check();
      const tables = await download(page);
      expect(tables.name).toMatch(new RegExp(`^atlas-tables-${DAY}\\.zip$`));
      const entries = Object.entries(unzipSync(tables.bytes)).map(([path, bytes]) => ({
        path,
        bytes,
      }));
      expect(entries).toHaveLength(6);
      const tablesBack = read(normalisedCsvDriver, entries);
      expect(tablesBack.report.rejected).toBe(0);
      expect(countsOf(tablesBack.dataset)).toEqual(counts);

      await dialog(page).getByRole('radio', { name: FORMAT_NAMES.geojson }).check();
      const geojson = await download(page);
      expect(geojson.name).toMatch(new RegExp(`^atlas-services-${DAY}\\.geojson$`));
      const geojsonBack = read(geojsonDriver, [{ path: geojson.name, bytes: geojson.bytes }]);
      expect(geojsonBack.report.rejected).toBe(0);
      expect(geojsonBack.dataset.services).toHaveLength(counts.services);
      expect(geojsonBack.dataset.service_at_locations).toHaveLength(counts.service_at_locations);
    },
    SLOW,
  );

  it(
    'exports the filtered sites only, with semicolons for Excel',
    async () => {
      const page = await openApp(session.context);
      const visible = await page.evaluate(() => {
        const { store } = (window as unknown as AtlasWindow).__atlas;
        store.getState().setFilters({ provinces: ['Namur'] });
        const sites = store.getState().visible;
        return {
          sites: sites.length,
          services: new Set(sites.map((site) => site.service.id)).size,
        };
      });
      await openExport(page);
      expect(
        await dialog(page)
          .getByRole('radio', { name: /^Les sites filtrés seulement/ })
          .isChecked(),
      ).toBe(true);
      await dialog(page)
        .getByRole('checkbox', { name: /^Séparateur point-virgule/ })
        .check();
      const flat = await download(page);
      expect(flat.name).toMatch(new RegExp(`^atlas-services-filtered-${DAY}\\.csv$`));
      const back = read(flatCsvDriver, [{ path: flat.name, bytes: flat.bytes }]);
      expect(back.report.delimiter).toBe(';');
      expect(back.report.rejected).toBe(0);
      expect(back.report.rows).toBe(visible.sites);
      expect(back.dataset.services).toHaveLength(visible.services);
    },
    SLOW,
  );

  it(
    'shows the HSDS package’s validation report before its download, and the package reads back',
    async () => {
      const page = await openApp(session.context);
      const counts = await pageCounts(page);
      await openExport(page);
      await dialog(page).getByRole('radio', { name: FORMAT_NAMES.hsds }).check();
      const summary = dialog(page).getByTestId('hsds-summary');
      await summary.waitFor({ timeout: 30_000 });
      expect(await summary.textContent()).toMatch(/Erreurs : 0 · Avertissements : \d+/);
      expect(
        await dialog(page)
          .getByRole('heading', { name: /Rapport de validation/ })
          .count(),
      ).toBe(1);

      const hsds = await download(page);
      expect(hsds.name).toMatch(new RegExp(`^atlas-hsds-${DAY}\\.zip$`));
      // A zip is opened by readFiles, as the import dialog and `validate` open it.
      const back = readFiles([{ path: hsds.name, bytes: hsds.bytes }], {
        gazetteer: loadGazetteerSync(),
      });
      expect(back.report.rejected).toBe(0);
      expect(countsOf(back.dataset)).toEqual(counts);

      const violations = await seriousAxeViolations(page, 'dialog');
      expect(violations).toEqual([]);
    },
    SLOW,
  );

  it(
    'exports an edit as a changeset, marks it exported, and closes on Escape',
    async () => {
      const page = await openApp(session.context);
      const edit = await page.evaluate(() => {
        const state = (window as unknown as AtlasWindow).__atlas.store.getState();
        state.setAuthor('Testeuse');
        const service = state.dataset.services[0];
        if (!service) throw new Error('no service');
        const result = state.transact(
          [{ table: 'services', id: service.id, field: 'fees', old: service.fees, new: 'Gratuit' }],
          'editRecord',
        );
        if (!result.ok) throw new Error('refused');
        return { id: service.id, tx: result.transaction.tx };
      });
      await openExport(page);
      await dialog(page).getByRole('radio', { name: FORMAT_NAMES.changeset }).check();
      const file = await download(page);
      expect(file.name).toMatch(new RegExp(`^atlas-changes-${DAY}\\.json$`));
      const parsed = parseChangeset(new TextDecoder().decode(file.bytes));
      if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('; '));
      expect(parsed.changeset.changes).toEqual([
        expect.objectContaining({
          tx: edit.tx,
          author: 'Testeuse',
          table: 'services',
          id: edit.id,
          field: 'fees',
          new: 'Gratuit',
        }),
      ]);
      const exported = await page.evaluate(() => [
        ...(window as unknown as AtlasWindow).__atlas.store.getState().exported,
      ]);
      expect(exported).toEqual([edit.tx]);

      await page.keyboard.press('Escape');
      await dialog(page).waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')).toBe(
        'Exporter',
      );
    },
    SLOW,
  );
});
