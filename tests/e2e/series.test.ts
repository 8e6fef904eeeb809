import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadGazetteerSync } from '../../scripts/lib/load_reference';
import { appUrl, browserPerFile, openApp, saveScreenshot } from './driver';
import { A4_AT_50_DPI, POPPLER, printToPdf } from './printed_pdf';

/** What these tests read and do through the page's store (test hooks build). */
type Hooks = {
  store: {
    getState(): {
      analysis: { month: string };
      selection: { kind: string; id: string } | null;
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
  __atlasMap: {
    map: {
      getPaintProperty(layer: string, property: string): unknown;
      project(lngLat: [number, number]): { x: number; y: number };
    };
  };
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

/** What a new user reads and clicks in the whole flow, in each language tried. */
const FLOW = {
  fr: {
    fixture: 'provinces_monthly_fr.csv',
    import: 'Importer',
    dialog: 'Importer des données',
    chooseFiles: 'Choisir des fichiers…',
    readWithError: 'lignes lues : 5 · acceptées : 4 · rejetées : 1',
    readFixed: 'lignes lues : 5 · acceptées : 5 · rejetées : 0',
    row: 'Ligne 6',
    badValue: '« 73l » n’est pas un nombre.',
    march: 'mars 2024',
    revalidate: 'Valider à nouveau les lignes corrigées',
    add: /ajouter aux données actuelles/,
    author: /Votre nom/,
    added: /^Import ajouté aux données/,
    close: 'Fermer',
    seriesTab: 'Séries',
    indicator: /^Indicateur/,
    provinces: 'Les cinq provinces',
    chart: 'attestations_pt — les cinq provinces',
    tableSummary: 'Les chiffres du graphique (tableau)',
    headers: ['Date', 'Brabant wallon', 'Hainaut', 'Liège', 'Luxembourg', 'Namur'],
    marchRow: ['mars 2024', '330', '1\u202f260', '1\u202f590', '415', '731'],
    source: 'SPF Intérieur, groupe de travail mensuel (janvier 2024 – juin 2024)',
    analysisTab: 'Analyse',
    measure: 'Mesure',
    level: 'Provinces',
    perCapita: 'Pour 1 000 habitants',
    colour: 'Colorier la carte',
    slider: /Mois montré sur la carte/,
    legend: 'attestations_pt pour 1 000 habitants — Provinces',
    january: 'janvier 2024',
    profile: 'Profil à imprimer',
    provinceProfile: 'Profil de la province',
  },
  de: {
    fixture: 'provinces_monthly_de.csv',
    import: 'Importieren',
    dialog: 'Daten importieren',
    chooseFiles: 'Dateien auswählen…',
    readWithError: 'gelesene Zeilen: 5 · angenommen: 4 · abgelehnt: 1',
    readFixed: 'gelesene Zeilen: 5 · angenommen: 5 · abgelehnt: 0',
    row: 'Zeile 6',
    badValue: '„73l“ ist keine Zahl.',
    march: 'März 2024',
    revalidate: 'Die korrigierten Zeilen erneut prüfen',
    add: /Zu den aktuellen Daten hinzufügen/,
    author: /Ihr Name/,
    added: /^Import zu den Daten hinzugefügt/,
    close: 'Schließen',
    seriesTab: 'Reihen',
    indicator: /^Indikator/,
    provinces: 'Die fünf Provinzen',
    chart: 'attestations_pt — die fünf Provinzen',
    tableSummary: 'Die Zahlen des Diagramms (Tabelle)',
    headers: ['Datum', 'Wallonisch-Brabant', 'Hennegau', 'Lüttich', 'Luxemburg', 'Namur'],
    marchRow: ['März 2024', '330', '1.260', '1.590', '415', '731'],
    source: 'FÖD Inneres, monatliche Arbeitsgruppe (Januar 2024 – Juni 2024)',
    analysisTab: 'Analyse',
    measure: 'Maß',
    level: 'Provinzen',
    perCapita: 'Je 1.000 Einwohner',
    colour: 'Die Karte einfärben',
    slider: /Auf der Karte gezeigter Monat/,
    legend: 'attestations_pt je 1.000 Einwohner — Provinzen',
    january: 'Januar 2024',
    profile: 'Profil zum Drucken',
    provinceProfile: 'Profil der Provinz',
  },
} as const;

/** The provinces' colours as the map paints them, as a map from REFNIS code to colour. */
async function provinceColors(page: Page): Promise<Record<string, string>> {
  const expression = await page.evaluate(() =>
    (window as unknown as AtlasWindow).__atlasMap.map.getPaintProperty(
      'provinces-fill',
      'fill-color',
    ),
  );
  const pairs = Array.isArray(expression) ? expression.slice(2, -1) : [];
  return Object.fromEntries(
    Array.from({ length: pairs.length / 2 }, (_, at) => [
      String(pairs[at * 2]),
      String(pairs[at * 2 + 1]),
    ]),
  );
}

describe('the figures of a series', () => {
  it('are added and deleted through the one write path, checked as an import checks them', async () => {
    const page = await openApp(session.context);
    await withSeries(page);
    await page.evaluate(() => {
      const state = (window as unknown as AtlasWindow).__atlas.store.getState();
      state.setAuthor('Analyste SPW');
      state.setSeries({ indicator: 'generated_1', place: '62063', chart: 'trend' });
      state.setPanel('series');
      state.setLayout({ arrangement: 'panel' });
    });
    const figures = () =>
      page.evaluate(() =>
        (window as unknown as AtlasWindow).__atlas.store
          .getState()
          .dataset.indicators.filter(
            (one) => one.nis_code === '62063' && one.indicator === 'generated_1',
          )
          .map((one) => one.reference_date)
          .sort(),
      );
    expect(await figures()).toHaveLength(12);
    await page.getByText('Modifier les chiffres de Liège').click();
    await page.getByRole('button', { name: 'Ajouter un chiffre' }).click();
    await page.getByLabel('Valeur').fill('1 500');
    await page.getByLabel('Date de référence').fill('mars 2022');
    await page
      .getByRole('textbox', { name: /^Source/ })
      .first()
      .fill('CPAS de Liège, rapport mensuel');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    // March 2022 has its figure already: refused, as an import refuses it.
    await page.getByText(/La série a déjà un chiffre à cette date/).waitFor();
    expect(await figures()).toHaveLength(12);
    // Another unit than the series' is warned of, and not saved unless the user keeps it.
    await page.getByLabel('Unité').fill('ménages');
    await page.getByText('Les autres chiffres de la série sont en « persons ».').waitFor();
    await page.getByLabel('Unité').fill('persons');
    await page.getByLabel('Date de référence').fill('janvier 2023');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(figures).toContain('2023-01');
    const added = await page.evaluate(
      () =>
        (window as unknown as AtlasWindow).__atlas.store.getState().history.done.at(-1)?.changes,
    );
    expect(added).toEqual([
      expect.objectContaining({
        table: 'indicators',
        field: null,
        new: expect.objectContaining({ value: 1500, year: 2023, unit: 'persons' }),
      }),
    ]);
    await saveScreenshot(page, 'series-figure-added-fr');

    // Deleted after a confirmation, as one change; each undone in turn.
    await page.getByRole('button', { name: /^Supprimer le chiffre de janvier 2022/ }).click();
    await page.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await expect.poll(figures).not.toContain('2022-01');
    expect(await figures()).toHaveLength(12);
    await page.getByRole('button', { name: 'Défaire' }).click();
    await expect.poll(figures).toContain('2022-01');
    await page.getByRole('button', { name: 'Défaire' }).click();
    await expect.poll(figures).not.toContain('2023-01');
    expect(await figures()).toHaveLength(12);
  });
});

describe('a table of monthly figures per province, from the import to the map and the profile', () => {
  for (const language of ['fr', 'de'] as const) {
    const text = FLOW[language];
    it(`is imported, fixed, charted, played on the map and printed (${language})`, async () => {
      const page = await openApp(session.context, `?lang=${language}`);

      // The import: the bad value is named in the report, then fixed in the dialog.
      await page.getByRole('button', { name: text.import, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: text.dialog });
      await dialog
        .getByLabel(text.chooseFiles)
        .setInputFiles(join(__dirname, '..', 'fixtures', text.fixture));
      const summary = dialog.locator('.import-summary');
      await expect.poll(() => summary.textContent()).toContain(text.readWithError);
      const report = await dialog.locator('.report-table').first().textContent();
      expect(report).toContain(text.badValue);
      await saveScreenshot(page, `flow-import-error-${language}`);
      const row = dialog.getByRole('group', { name: text.row });
      await row.getByLabel(text.march).fill('731');
      await dialog.getByRole('button', { name: text.revalidate }).click();
      await expect.poll(() => summary.textContent()).toContain(text.readFixed);
      await dialog.getByRole('radio', { name: text.add }).check();
      await dialog.getByRole('textbox', { name: text.author }).fill('Groupe de travail');
      await dialog.getByRole('button', { name: text.import, exact: true }).click();
      await expect.poll(() => dialog.getByRole('status').first().textContent()).toMatch(text.added);
      await dialog.getByRole('button', { name: text.close }).click();

      // The five provinces' trends, and their table.
      await page.getByRole('tab', { name: text.seriesTab }).click();
      await page.getByRole('combobox', { name: text.indicator }).selectOption('attestations_pt');
      await page.getByRole('radio', { name: text.provinces }).check();
      await page.getByRole('img', { name: new RegExp(text.chart) }).waitFor();
      await page.getByText(text.tableSummary).click();
      const table = page.getByRole('table', { name: text.chart });
      expect(await table.locator('thead th').allTextContents()).toEqual(text.headers);
      expect(await table.locator('tbody tr').count()).toBe(6);
      expect(await table.locator('tbody tr').nth(2).locator('th, td').allTextContents()).toEqual(
        text.marchRow,
      );
      expect(await page.locator('.series-sources').textContent()).toContain(text.source);
      await saveScreenshot(page, `flow-provinces-chart-${language}`);

      // The months on the map: the provinces coloured (the indicator is given per province
      // alone), per 1,000 inhabitants, month by month with the slider.
      await page.getByRole('tab', { name: text.analysisTab }).click();
      await page.getByRole('combobox', { name: text.measure }).selectOption({
        label: 'attestations_pt',
      });
      await expect.poll(() => page.getByRole('radio', { name: text.level }).isChecked()).toBe(true);
      expect(await page.locator('input[name="analysis-level"]').count()).toBe(1);
      await page.getByRole('checkbox', { name: text.perCapita }).check();
      await page.getByRole('button', { name: text.colour }).click();
      const slider = page.getByRole('slider', { name: text.slider });
      await slider.waitFor();
      await expect
        .poll(() => page.locator('.choropleth-legend summary').textContent())
        .toBe(text.legend);
      await slider.focus();
      await page.keyboard.press('Home');
      await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe(text.january);
      await expect.poll(async () => Object.keys(await provinceColors(page)).length).toBe(5);
      const january = await provinceColors(page);
      await page.keyboard.press('End');
      expect(await month(page)).toBe('2024-06');
      await expect
        .poll(async () => JSON.stringify(await provinceColors(page)))
        .not.toBe(JSON.stringify(january));
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await month(page)).toBe('2024-03');
      await expect
        .poll(() => new URL(page.url()).searchParams.get('an') ?? '')
        .toMatch(/mo:2024-03.*pc:1/);
      await saveScreenshot(page, `flow-provinces-map-${language}`);

      // A click on a province opens its details (the province of Luxembourg, away from its sites).
      const point = await page.evaluate(() =>
        (window as unknown as AtlasWindow).__atlasMap.map.project([5.33, 49.73]),
      );
      const canvas = await page.locator('.maplibregl-canvas').boundingBox();
      if (!canvas) throw new Error('the map has a canvas');
      await page.mouse.click(canvas.x + point.x, canvas.y + point.y);
      await expect
        .poll(() =>
          page.evaluate(
            () => (window as unknown as AtlasWindow).__atlas.store.getState().selection,
          ),
        )
        .toEqual({ kind: 'province', id: '80000' });
      await page.getByRole('button', { name: text.profile }).waitFor();
      // Its details list its series: the working group's figures, the latest of June.
      await page.locator('.detail-series').getByText('attestations_pt').waitFor();
      await saveScreenshot(page, `flow-province-details-${language}`);

      // The link reopens the same month of the same figure on the map.
      const again = await openApp(session.context, new URL(page.url()).search);
      await again.getByRole('slider', { name: text.slider }).waitFor();
      expect(await month(again)).toBe('2024-03');
      await expect.poll(async () => provinceColors(again)).toEqual(await provinceColors(page));
      await again.close();

      // The profile of Arlon, printed to PDF: its province's new figures are there.
      if (!POPPLER) return;
      await page.goto(appUrl(`?sel=commune:81001&lang=${language}`));
      await page.getByRole('button', { name: text.profile }).click();
      await page.getByRole('heading', { level: 1, name: 'Arlon' }).waitFor();
      const { pages, texts } = await printToPdf(page, `flow-profile-arlon-${language}`);
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(3);
      for (const sheet of pages) {
        expect(Math.abs(sheet.width - A4_AT_50_DPI.width)).toBeLessThanOrEqual(2);
        expect(sheet.ink).toBeGreaterThan(0.005);
        expect(sheet.ink).toBeLessThan(0.3);
      }
      expect(texts[0]).toContain('Arlon');
      expect(texts.join('')).toContain('attestations_pt');
    });
  }
});

describe('figures given per arrondissement', () => {
  it('colour the arrondissements, and a click on one opens its details', async () => {
    const gazetteer = loadGazetteerSync();
    const arrondissements = gazetteer.areas.filter((area) => area.level === 'arrondissement');
    // Gouvy, in Bastogne's arrondissement, away from any site (a click on one opens the site).
    const gouvy = gazetteer.communeAt(5.95, 50.15);
    if (!gouvy) throw new Error('a commune lies at the point clicked');
    const folder = mkdtempSync(join(tmpdir(), 'atlas-arrondissements-'));
    const file = join(folder, 'arrondissements.csv');
    writeFileSync(
      file,
      [
        'Arrondissement;Indicateur;Unité;Source;janv. 2024;févr. 2024',
        ...arrondissements.map(
          (area, index) =>
            `${area.name_fr};demandes_logement;demandes;Relevé de test;${10 + index};${12 + index}`,
        ),
      ].join('\n'),
    );
    const page = await openApp(session.context);
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Importer des données' });
    await dialog.getByLabel('Choisir des fichiers…').setInputFiles(file);
    await expect
      .poll(() => dialog.locator('.import-summary').textContent())
      .toContain(`acceptées : ${arrondissements.length} · rejetées : 0`);
    await dialog.getByRole('textbox', { name: /Votre nom/ }).fill('Analyste');
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
    await expect.poll(() => dialog.getByRole('status').first().textContent()).toMatch(/^Import/);
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    rmSync(folder, { recursive: true, force: true });

    await page.getByRole('tab', { name: 'Analyse' }).click();
    await page
      .getByRole('combobox', { name: 'Mesure' })
      .selectOption({ label: 'demandes_logement' });
    await expect
      .poll(() => page.getByRole('radio', { name: 'Arrondissements' }).isChecked())
      .toBe(true);
    await page.getByRole('button', { name: 'Colorier la carte' }).click();
    await expect
      .poll(() => page.locator('.choropleth-legend summary').textContent())
      .toBe('demandes_logement — Arrondissements');

    const point = await page.evaluate(
      ([longitude, latitude]) =>
        (window as unknown as AtlasWindow).__atlasMap.map.project([longitude, latitude]),
      [5.95, 50.15] as [number, number],
    );
    const canvas = await page.locator('.maplibregl-canvas').boundingBox();
    if (!canvas) throw new Error('the map has a canvas');
    await page.mouse.click(canvas.x + point.x, canvas.y + point.y);
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as AtlasWindow).__atlas.store.getState().selection),
      )
      .toEqual({ kind: 'arrondissement', id: `${gouvy.nis_code.slice(0, 2)}000` });
    const details = page.getByRole('region', { name: 'Détails' });
    await expect
      .poll(() => details.getByRole('heading', { level: 2 }).textContent())
      .toBe('Bastogne');
    await details.locator('.detail-series').getByText('demandes_logement').waitFor();
    await saveScreenshot(page, 'arrondissement-details-fr');
    // Its province, one click away.
    await details.getByRole('button', { name: 'Luxembourg' }).click();
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as AtlasWindow).__atlas.store.getState().selection),
      )
      .toEqual({ kind: 'province', id: '80000' });
    // And from the ranking of the arrondissements.
    await page.locator('.gap-place').getByRole('button', { name: 'Bastogne' }).click();
    await expect
      .poll(() => details.getByRole('heading', { level: 2 }).textContent())
      .toBe('Bastogne');
  });
});
