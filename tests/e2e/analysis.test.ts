import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { browserPerFile, openApp, saveScreenshot, waitForMap } from './driver';

interface AnalysisWindow {
  __atlasMap: { map: { getPaintProperty(layer: string, property: string): unknown } };
  __atlas: {
    store: {
      getState(): {
        selection: { kind: string; id: string } | null;
        gazetteer: { communes: { nis_code: string; province: string }[] } | null;
      };
    };
  };
}

/** The communes of the province of Luxembourg (NIS codes 8xxxx), as the page's gazetteer has them. */
function luxembourgCommunes(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as AnalysisWindow).__atlas.store
        .getState()
        .gazetteer?.communes.filter((commune) => commune.nis_code.startsWith('8')).length ?? 0,
  );
}

function communeFill(page: Page): Promise<string> {
  return page.evaluate(() =>
    JSON.stringify(
      (window as unknown as AnalysisWindow).__atlasMap.map.getPaintProperty(
        'communes-fill',
        'fill-color',
      ),
    ),
  );
}

/** The rows of the ranking: the commune's name, its figure's cell, and whether it is marked under-served. */
function rankedRows(page: Page) {
  return page.locator('.gap-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      name: row.querySelector('th')?.textContent?.trim() ?? '',
      value: row.querySelector('.gap-value')?.textContent?.trim() ?? '',
      under: row.classList.contains('gap-under'),
    })),
  );
}

/** A decimal as the French interface writes it ("12,3"), or null for a dash. */
function frenchNumber(text: string): number | null {
  const digits = text.replace(/[\s\u202f]/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(digits) ? Number(digits) : null;
}

/** Waits for the browser's download started by `click`, and returns its name and bytes. */
async function download(page: Page, click: () => Promise<void>) {
  const [saved] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await saved.path();
  return { name: saved.suggestedFilename(), bytes: readFileSync(path) };
}

/** The width and height a PNG's header states. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const session = browserPerFile({ width: 1366, height: 768 });
const SLOW = 120_000;

describe('the gap analysis, as an analyst uses it', () => {
  it(
    'finds the communes of Luxembourg without a language course within 20 km, shows one, maps an imported figure and exports PNG and CSV',
    async () => {
      const page = await openApp(session.context);
      await page.getByRole('tab', { name: 'Analyse' }).click();
      const analysis = page.getByRole('region', { name: 'Analyse des lacunes' });
      await analysis.waitFor();
      await expect.poll(() => new URL(page.url()).searchParams.get('panel')).toBe('analysis');

      await page
        .getByRole('group', { name: 'Province' })
        .getByRole('checkbox', { name: /^Luxembourg/ })
        .check();
      await analysis.getByLabel('Catégorie analysée').selectOption({ label: 'Cours de langue' });
      await analysis
        .getByLabel('Mesure')
        .selectOption({ label: 'Distance au lieu le plus proche (km)' });
      await analysis
        .getByLabel('Mal desservie si')
        .selectOption({ label: 'aucun lieu à moins de … km' });
      await analysis.getByLabel('Seuil').fill('20');
      await analysis.getByLabel('Seuil').press('Tab');

      // One row per commune of the province, each marked under-served exactly when its
      // nearest language course is farther than 20 km (or there is none at all).
      const communes = await luxembourgCommunes(page);
      expect(communes).toBeGreaterThan(40);
      await expect.poll(async () => (await rankedRows(page)).length).toBe(communes);
      await expect
        .poll(async () => (await rankedRows(page)).filter((row) => row.under).length)
        .toBeGreaterThan(0);
      const rows = await rankedRows(page);
      for (const row of rows) {
        const km = frenchNumber(row.value);
        expect(row.under, `${row.name}: ${row.value}`).toBe(km === null || km > 20);
      }
      const status = await analysis.getByRole('status').first().textContent();
      const under = rows.filter((row) => row.under).length;
      expect(status).toContain(`${under} commune`);
      // The method is said beside the figure.
      await analysis.getByText('Méthode', { exact: true }).click();
      await expect
        .poll(() => analysis.locator('.analysis-method').textContent())
        .toMatch(/ligne droite|à vol d’oiseau/);

      const worst = rows.find((row) => row.under);
      await analysis.getByRole('button', { name: worst?.name ?? '', exact: true }).click();
      await expect
        .poll(() =>
          page.evaluate(
            () => (window as unknown as AnalysisWindow).__atlas.store.getState().selection?.kind,
          ),
        )
        .toBe('commune');
      await page.getByRole('heading', { name: worst?.name, exact: true }).first().waitFor();
      await saveScreenshot(page, 'analysis-luxembourg-language-fr');

      // A small table of figures per commune, imported as a file is.
      const codes = await page.evaluate(() =>
        (window as unknown as AnalysisWindow).__atlas.store
          .getState()
          .gazetteer?.communes.filter((commune) => commune.nis_code.startsWith('8'))
          .slice(0, 12)
          .map((commune) => commune.nis_code),
      );
      const table = [
        'Code INS;Indicateur;Valeur;Unité;Date',
        ...(codes ?? []).map(
          (code, index) => `${code};Bénéficiaires test;${(index + 1) * 7};personnes;2025-06`,
        ),
      ].join('\n');
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Choisir des fichiers…').setInputFiles({
        name: 'beneficiaires.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(table),
      });
      await dialog.getByText(/acceptées : 12/).waitFor({ timeout: 30_000 });
      await dialog.getByRole('textbox', { name: /Votre nom/ }).fill('Analyste SPW');
      await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
      await dialog.getByText(/^Import ajouté aux données/).waitFor();
      await dialog.getByRole('button', { name: 'Fermer' }).click();

      const before = await communeFill(page);
      await analysis.getByLabel('Mesure').selectOption({ label: 'Bénéficiaires test' });
      await analysis.getByRole('button', { name: 'Colorier la carte' }).click();
      await expect
        .poll(() => new URL(page.url()).searchParams.get('an'))
        .toContain('Bénéficiaires');
      const legend = page.locator('.choropleth-legend');
      await legend.waitFor();
      expect(await legend.locator('summary').textContent()).toContain('Bénéficiaires test');
      await expect.poll(() => communeFill(page)).not.toBe(before);
      await waitForMap(page);
      await saveScreenshot(page, 'analysis-choropleth-fr');

      const csv = await download(page, () => analysis.getByRole('button', { name: /CSV/ }).click());
      expect(csv.name).toMatch(/\.csv$/);
      const text = csv.bytes.toString('utf8').replace(/^\uFEFF/, '');
      const lines = text.split(/\r?\n/).filter((line) => line !== '');
      // The method and the filters come first, as comments, then one row per commune.
      expect(lines[0]).toMatch(/^#/);
      expect(text).toContain('Bénéficiaires test');
      const header = lines.find((line) => !line.startsWith('#')) ?? '';
      const delimiter = header.includes(';') ? ';' : ',';
      const body = lines.slice(lines.indexOf(header) + 1);
      expect(body.length).toBeGreaterThanOrEqual(communes);
      expect(header.split(delimiter).length).toBe(body[0]?.split(delimiter).length);
      // The figure mapped is in the table: the first commune imported had 7.
      const columns = header.split(delimiter);
      const first = body
        .map((line) => line.split(delimiter))
        .find((cells) => cells[columns.indexOf('nis_code')] === codes?.[0]);
      expect(first?.[columns.indexOf('indicator_value')]).toBe('7');
      expect(first?.[columns.indexOf('indicator_date')]).toBe('2025-06');

      const png = await download(page, () => analysis.getByRole('button', { name: /PNG/ }).click());
      expect(png.name).toMatch(/\.png$/);
      const size = pngSize(png.bytes);
      // The map as shown, with its title, legend and sources around it.
      const map = await page.locator('.atlas-map-canvas').boundingBox();
      expect(size.width).toBeGreaterThan(map?.width ?? 0);
      expect(size.height).toBeGreaterThan(map?.height ?? 0);
    },
    SLOW,
  );
});
