import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserPerFile, openApp, saveScreenshot } from './driver';

/** What these tests read and do through the page's store (test hooks build). */
type Hooks = {
  store: {
    getState(): {
      analysis: { month: string };
      setAnalysis(patch: Record<string, unknown>): void;
      setSeries(patch: Record<string, unknown>): void;
      setPanel(panel: string): void;
      setLayout(patch: Record<string, unknown>): void;
      setAuthor(name: string): void;
      history: { done: { changes: { table: string; field: string; new: unknown }[] }[] };
      dataset: {
        indicators: {
          nis_code: string;
          indicator: string;
          reference_date: string;
          value: number;
          year: number | null;
        }[];
      };
    };
  };
  loadGeneratedSeries(months: number, indicators: number): { series: number; points: number };
};
type AtlasWindow = {
  __atlas: Hooks;
  __atlasMap: { map: { getPaintProperty(layer: string, property: string): unknown } };
};

const session = browserPerFile({ width: 1366, height: 768 });

/** Twelve months of two generated indicators for every commune, its province and Wallonia. */
async function withSeries(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as AtlasWindow).__atlas.loadGeneratedSeries(12, 2));
}

/** The communes' colours as the map paints them, as a map from NIS code to colour. */
async function communeColors(page: Page): Promise<Record<string, string>> {
  const expression = await page.evaluate(() =>
    (window as unknown as AtlasWindow).__atlasMap.map.getPaintProperty(
      'communes-fill',
      'fill-color',
    ),
  );
  const pairs = Array.isArray(expression) ? expression.slice(2, -1) : [];
  const colors: Record<string, string> = {};
  for (let index = 0; index + 1 < pairs.length; index += 2) {
    colors[String(pairs[index])] = String(pairs[index + 1]);
  }
  return colors;
}

const month = (page: Page) =>
  page.evaluate(() => (window as unknown as AtlasWindow).__atlas.store.getState().analysis.month);

describe('the time slider', () => {
  it('plays the map month by month, its classes fixed, and the link keeps the month', async () => {
    const page = await openApp(session.context);
    await withSeries(page);
    await page.evaluate(() =>
      (window as unknown as AtlasWindow).__atlas.store
        .getState()
        .setAnalysis({ measure: 'indicator:generated_1', choropleth: true }),
    );
    const slider = page.getByRole('slider', { name: /Mois montré sur la carte/ });
    await slider.waitFor();
    const legend = page.locator('.choropleth-legend li');
    const bounds = async () =>
      (await legend.allTextContents()).map((text) => text.replace(/\s*\(.*\)$/, ''));

    // The keyboard moves through the months: Home to the first, an arrow to the next.
    await slider.focus();
    await page.keyboard.press('Home');
    expect(await month(page)).toBe('2022-01');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('janvier 2022');
    const january = await communeColors(page);
    const januaryBounds = await bounds();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await month(page)).toBe('2022-03');
    await expect
      .poll(async () => JSON.stringify(await communeColors(page)))
      .not.toBe(JSON.stringify(january));
    // The classes are the same in every month: only how many communes each holds changes.
    expect(await bounds()).toEqual(januaryBounds);
    await saveScreenshot(page, 'series-slider-fr');

    // Play runs on from the month shown; pause stops it.
    const play = page.getByRole('button', { name: 'Faire défiler les mois' });
    await play.click();
    await expect.poll(() => month(page), { timeout: 10_000 }).toBe('2022-04');
    await page.getByRole('button', { name: 'Arrêter le défilement' }).click();
    const stopped = await month(page);
    expect(stopped >= '2022-04').toBe(true);
    await expect.poll(() => month(page)).toBe(stopped);

    await expect
      .poll(() => new URL(page.url()).searchParams.get('an') ?? '')
      .toContain(`mo:${stopped}`);
    const colors = await communeColors(page);

    // The link reopens the same month; the same figures give the same colours.
    const again = await openApp(session.context, new URL(page.url()).search);
    await withSeries(again);
    await again.getByRole('slider', { name: /Mois montré sur la carte/ }).waitFor();
    expect(await month(again)).toBe(stopped);
    await expect.poll(async () => communeColors(again)).toEqual(colors);
  });
});

describe('the series view', () => {
  async function openSeries(page: Page, patch: Record<string, unknown>): Promise<void> {
    await withSeries(page);
    await page.evaluate((series) => {
      const state = (window as unknown as AtlasWindow).__atlas.store.getState();
      state.setSeries(series);
      state.setPanel('series');
      state.setLayout({ arrangement: 'panel' });
    }, patch);
    await page.getByTestId('series-chart').locator('svg[role="img"]').first().waitFor();
  }

  it('gives each chart its table, reached and read with the keyboard', async () => {
    const page = await openApp(session.context);
    await openSeries(page, { indicator: 'generated_1', place: '62063', chart: 'trend' });
    const chart = page.getByRole('img', { name: /generated_1 — Liège/ });
    await chart.waitFor();
    await saveScreenshot(page, 'series-trend-fr');

    const summary = page.getByText('Les chiffres du graphique (tableau)');
    await summary.focus();
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: 'generated_1 — Liège' });
    await table.waitFor();
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(['Date', 'Liège', 'Liège (province)', 'Wallonie']);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(12);
    const first = await rows.first().locator('th, td').allTextContents();
    expect(first[0]).toBe('janvier 2022');
    // Numbers as French writes them: a narrow no-break space between thousands.
    expect(first[3]).toMatch(/^\d{1,3}(\u202f\d{3})+$/);
    // The table's scrolling region takes the focus.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe(
      'series-table-scroll',
    );
  });

  it('exports a chart as SVG with its title and sources, as PNG, and its data as CSV', async () => {
    const page = await openApp(session.context);
    await openSeries(page, { indicator: 'generated_2', chart: 'provinces' });
    const save = async (name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name, exact: true }).click(),
      ]);
      return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
    };
    const svg = await save('Image SVG');
    expect(svg.name).toMatch(/^atlas-series-generated_2-provinces-\d{4}-\d{2}-\d{2}\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('generated_2 — les cinq provinces');
    expect(text).toContain('generated for a benchmark (janvier 2022 – décembre 2022)');
    for (const province of ['Brabant wallon', 'Hainaut', 'Liège', 'Luxembourg', 'Namur'])
      expect(text).toContain(province);

    const png = await save('Image PNG');
    expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);

    const csv = await save('Données CSV');
    const lines = csv.bytes.toString('utf8').replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('nis_code;name;indicator;reference_date;value;unit;source');
    // Five provinces, twelve months each.
    expect(lines).toHaveLength(1 + 5 * 12);
    expect(lines[1]).toMatch(/^20002;Brabant wallon;generated_2;2022-01;\d+;persons;generated/);
  });

  it('edits a figure through the one write path, and the chart and its table follow', async () => {
    const page = await openApp(session.context);
    await openSeries(page, { indicator: 'generated_1', place: '62063', chart: 'trend' });
    await page.evaluate(() =>
      (window as unknown as AtlasWindow).__atlas.store.getState().setAuthor('Analyste SPW'),
    );
    await page.getByText('Modifier les chiffres de Liège').click();
    await page.getByRole('button', { name: /^Modifier le chiffre de mars 2022/ }).click();
    await page.getByLabel('Valeur').fill('1 234,5');
    await page.getByLabel('Date de référence').fill('avril 2021');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    const figure = () =>
      page.evaluate(() =>
        (window as unknown as AtlasWindow).__atlas.store
          .getState()
          .dataset.indicators.find(
            (one) =>
              one.nis_code === '62063' && one.indicator === 'generated_1' && one.value === 1234.5,
          ),
      );
    await expect.poll(figure).toMatchObject({ reference_date: '2021-04', year: 2021 });
    const changes = await page.evaluate(
      () =>
        (window as unknown as AtlasWindow).__atlas.store.getState().history.done.at(-1)?.changes,
    );
    expect(changes?.map((change) => change.field).sort()).toEqual([
      'reference_date',
      'value',
      'year',
    ]);
    expect(changes?.every((change) => change.table === 'indicators')).toBe(true);

    // The table now starts in April 2021 with the new figure, as French writes it.
    await page.getByText('Les chiffres du graphique (tableau)').click();
    const firstRow = page
      .getByRole('table', { name: 'generated_1 — Liège' })
      .locator('tbody tr')
      .first();
    await expect
      .poll(() => firstRow.locator('th, td').allTextContents())
      .toEqual(expect.arrayContaining(['avril 2021', '1\u202f234,5']));
    await saveScreenshot(page, 'series-edited-fr');

    // Undone, the figure is back where it was.
    await page.getByRole('button', { name: 'Défaire' }).click();
    await expect.poll(figure).toBeUndefined();
  });
});

describe('a table of monthly figures per province, from the import to the charts', () => {
  it('reads the wide table, has its bad value fixed in place, and draws the five provinces', async () => {
    const page = await openApp(session.context);
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Importer des données' });
    await dialog
      .getByLabel('Choisir des fichiers…')
      .setInputFiles(join(__dirname, '..', 'fixtures', 'provinces_monthly_fr.csv'));
    const summary = dialog.locator('.import-summary');
    await expect
      .poll(() => summary.textContent())
      .toContain('lignes lues : 5 · acceptées : 4 · rejetées : 1');
    const row = dialog.getByRole('group', { name: 'Ligne 6' });
    await row.getByLabel('mars 2024').fill('731');
    await dialog.getByRole('button', { name: 'Valider à nouveau les lignes corrigées' }).click();
    await expect
      .poll(() => summary.textContent())
      .toContain('lignes lues : 5 · acceptées : 5 · rejetées : 0');
    await dialog.getByRole('radio', { name: /ajouter aux données actuelles/ }).check();
    await dialog.getByRole('textbox', { name: /Votre nom/ }).fill('Groupe de travail');
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
    await expect
      .poll(() => dialog.getByRole('status').first().textContent())
      .toMatch(/^Import ajouté aux données/);
    await dialog.getByRole('button', { name: 'Fermer' }).click();

    await page.getByRole('tab', { name: 'Séries' }).click();
    await page.getByRole('combobox', { name: /^Indicateur/ }).selectOption('attestations_pt');
    await page.getByRole('radio', { name: 'Les cinq provinces' }).check();
    await page.getByRole('img', { name: /attestations_pt — les cinq provinces/ }).waitFor();
    await page.getByText('Les chiffres du graphique (tableau)').click();
    const table = page.getByRole('table', { name: 'attestations_pt — les cinq provinces' });
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Date',
      'Brabant wallon',
      'Hainaut',
      'Liège',
      'Luxembourg',
      'Namur',
    ]);
    expect(await table.locator('tbody tr').count()).toBe(6);
    expect(await table.locator('tbody tr').nth(2).locator('th, td').allTextContents()).toEqual([
      'mars 2024',
      '330',
      '1\u202f260',
      '1\u202f590',
      '415',
      '731',
    ]);
    expect(await page.locator('.series-sources').textContent()).toContain(
      'SPF Intérieur, groupe de travail mensuel (janvier 2024 – juin 2024)',
    );
    await saveScreenshot(page, 'series-provinces-imported-fr');
  });
});
