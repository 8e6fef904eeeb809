import type { Page } from 'playwright-core';
import { browserPerFile, openApp, seriousAxeViolations, siteCount, waitForMap } from './driver';

/** The map's test hook (VITE_TEST_HOOKS build only): what MapLibre drew. */
type RenderedFeature = { properties: Record<string, unknown> };

function rendered(page: Page, layers: string[]): Promise<RenderedFeature[]> {
  return page.evaluate(
    (ids) =>
      (
        window as unknown as {
          __atlasMap: { queryRenderedFeatures(layers: string[]): RenderedFeature[] };
        }
      ).__atlasMap
        .queryRenderedFeatures(ids)
        .map((feature) => ({ properties: feature.properties })),
    layers,
  );
}

/** The table's rows (first cell: the service; fourth: the commune). */
async function tableRows(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: 'Services et sites filtrés' });
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? ''),
      ),
    );
}

/** The detail panel (a region named "Détails" / "Details"). */
function details(page: Page) {
  return page.getByRole('region', { name: /^D[ée]tails$/ });
}

async function chooseCommune(page: Page, typed: string, expected: string): Promise<void> {
  const combobox = page.getByRole('combobox', { name: /^(Commune|Gemeente|Municipality)/ });
  await combobox.fill(typed);
  // Options read "Liège (Luik)" when the typed name is another language's.
  const name = new RegExp(`^${expected}( \\(|$)`);
  await page.getByRole('option', { name }).first().click();
}

const session = browserPerFile({ width: 1400, height: 900 });

describe('the explorer', () => {
  it('opens on the map of Wallonia with all 261 communes, in French', async () => {
    const page = await openApp(session.context);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain("Atlas de l'écosystème d'intégration");
    const communes = await rendered(page, ['communes-fill']);
    expect(new Set(communes.map((feature) => feature.properties.nis_code)).size).toBe(261);
    const { shown, total } = await siteCount(page);
    expect(total).toBeGreaterThan(300);
    expect(shown).toBe(total);
    // The table scrolls inside its panel and draws only the rows in view.
    const drawnRows = await page.locator('#site-table tbody tr').count();
    expect(drawnRows).toBeGreaterThan(0);
    expect(drawnRows).toBeLessThan(60);
  });

  it('filtering one commune leaves only its sites in the map, the count and the table', async () => {
    const page = await openApp(session.context);
    await chooseCommune(page, 'Luik', 'Liège');
    await expect.poll(async () => (await siteCount(page)).shown).toBeLessThan(20);
    const { shown } = await siteCount(page);
    // The rows follow the count a moment later (a deferred render): the table comes to list
    // exactly the sites counted.
    await expect.poll(async () => (await tableRows(page)).length, { timeout: 10_000 }).toBe(shown);
    const rows = await tableRows(page);
    expect(rows.map((row) => row[1])).toContain('CPAS de Liège');
    for (const row of rows) expect(row.join(' ')).toContain('Liège');
    await waitForMap(page);
    const onMap = await page.evaluate(() =>
      (window as unknown as { __atlasMap: { siteIds(): Promise<string[]> } }).__atlasMap.siteIds(),
    );
    const inTable = await page
      .getByRole('table', { name: 'Services et sites filtrés' })
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-site-id')));
    expect(onMap.length).toBeGreaterThan(0);
    expect(new Set(onMap)).toEqual(new Set(inTable));
  });

  it('selecting a row in the table rings the site on the map and flies there', async () => {
    const page = await openApp(session.context);
    await chooseCommune(page, 'Arlon', 'Arlon');
    const row = page.getByRole('table', { name: 'Services et sites filtrés' }).locator('tbody tr');
    const service = (await row.first().locator('td').first().textContent())?.trim();
    await row.first().click();
    await expect.poll(() => page.url()).toContain('sel=site');
    await expect.poll(() => page.url(), { timeout: 20_000 }).toContain('map=');
    await waitForMap(page);
    expect(service).toBeTruthy();
    const selected = new URL(page.url()).searchParams.get('sel')?.replace(/^site:/, '');
    const ringed = await rendered(page, ['selected-sites']);
    expect(ringed.map((feature) => feature.properties.id)).toEqual([selected]);
    const zoom = Number(new URL(page.url()).searchParams.get('map')?.split('/')[0]);
    expect(zoom).toBeGreaterThan(9);
  });

  it('reopens the same view from a copied link', async () => {
    const page = await openApp(session.context);
    await chooseCommune(page, 'namur', 'Namur');
    await page
      .getByRole('table', { name: 'Services et sites filtrés' })
      .locator('tbody tr')
      .first()
      .click();
    const heading = await details(page).getByRole('heading').first().textContent();
    await expect.poll(() => page.url()).toContain('sel=site');
    const link = page.url();
    expect(link).toContain('commune=92094');
    const again = await openApp(await session.browser.newContext(), new URL(link).search);
    expect(await siteCount(again)).toEqual(await siteCount(page));
    await expect
      .poll(() => details(again).getByRole('heading').first().textContent())
      .toBe(heading);
  });

  it('switches the interface to Dutch and English', async () => {
    const page = await openApp(session.context);
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('nl');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Atlas van het integratie-ecosysteem');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await page.getByTestId('site-count').textContent()).toMatch(/van [\d.]+ locaties/);
    await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
    await expect
      .poll(() => page.getByTestId('site-count').textContent())
      .toMatch(/of [\d,]+ sites/);
    await expect.poll(() => page.url()).toContain('lang=en');
  });

  it('can be used with the keyboard alone: filter a commune and open a detail', async () => {
    const page = await openApp(session.context);
    for (let presses = 0; presses < 40; presses += 1) {
      await page.keyboard.press('Tab');
      const role = await page.evaluate(() => document.activeElement?.getAttribute('role'));
      if (role === 'combobox') break;
    }
    await page.keyboard.type('Arlon');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await siteCount(page)).shown).toBeLessThan(10);
    for (let presses = 0; presses < 90; presses += 1) {
      await page.keyboard.press('Tab');
      const inRow = await page.evaluate(() => document.activeElement?.closest('tbody tr') !== null);
      if (inRow) break;
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => details(page).getByRole('heading').count()).toBeGreaterThan(0);
    expect(await details(page).textContent()).toContain('Arlon');
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const page = await openApp(session.context);
    await chooseCommune(page, 'Liège', 'Liège');
    await page
      .getByRole('table', { name: 'Services et sites filtrés' })
      .locator('tbody tr')
      .first()
      .click();
    const violations = await seriousAxeViolations(page);
    expect(violations).toEqual([]);
  });

  it('works offline on a second visit', async () => {
    const page = await openApp(session.context);
    // The service worker is active once it has cached the app and the data.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await waitForMap(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const before = await siteCount(page);
    await session.context.setOffline(true);
    await page.reload();
    await waitForMap(page);
    expect(await siteCount(page)).toEqual(before);
  });
});
