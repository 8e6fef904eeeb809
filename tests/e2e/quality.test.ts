import type { Page } from 'playwright-core';
import { completenessFigure } from './completeness_figures';
import {
  browserPerFile,
  openApp,
  saveScreenshot,
  seriousAxeViolations,
  waitForMap,
} from './driver';

/** The store and the map behind the page (test hooks build), typed as these tests need. */
type QualityWindow = {
  __atlas: {
    store: {
      getState(): {
        dataset: {
          organizations: { id: string; name: string }[];
          locations: { id: string; latitude: number | null; longitude: number | null }[];
        };
        history: { done: { label: string }[] };
        selection: { kind: string; id: string } | null;
        sites: { id: string; location?: { id: string } }[];
      };
    };
  };
  __atlasMap: { map: { project(point: [number, number]): { x: number; y: number } } };
};

const session = browserPerFile({ width: 1366, height: 768 });

function historyLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as QualityWindow).__atlas.store
      .getState()
      .history.done.map((transaction) => transaction.label),
  );
}

function organizationNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as QualityWindow).__atlas.store
      .getState()
      .dataset.organizations.map((org) => org.name)
      .filter((name) => /namur/i.test(name) && /c\.?p\.?a\.?s/i.test(name)),
  );
}

/** Imports one record written by a partner: the CPAS of Namur, spelt otherwise. */
async function importPartnerRecord(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Importer des données' });
  const csv =
    'service_name;organization_name;category;postal_code;city;source\r\n' +
    'Accueil social (test);C.P.A.S. de Namur;social_aid;5000;Namur;fichier du partenaire (test)\r\n';
  await dialog.getByLabel('Choisir des fichiers…').setInputFiles({
    name: 'partenaire.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await expect
    .poll(() => dialog.locator('.import-summary').textContent())
    .toContain('acceptées : 1');
  await dialog.getByRole('radio', { name: /ajouter aux données actuelles/ }).check();
  await dialog.getByRole('textbox', { name: /Votre nom/ }).fill('Testeuse');
  await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect
    .poll(() => dialog.getByRole('status').first().textContent())
    .toMatch(/^Import ajouté aux données/);
  await dialog.getByRole('button', { name: 'Fermer' }).click();
}

describe('the data-quality views', () => {
  it('finds an imported record that repeats a curated one, merges it, shows it in the history, undoes it', async () => {
    const page = await openApp(session.context);
    await importPartnerRecord(page);
    await page.getByRole('tab', { name: 'Doublons' }).click();
    const pairs = page.getByRole('navigation', { name: /Paires à examiner/ });
    const pair = pairs.getByRole('button', { name: /CPAS de Namur ↔ C\.P\.A\.S\. de Namur/ });
    expect(await pair.textContent()).toContain('même nom à Namur');
    await pair.click();
    const comparison = page.getByRole('region', { name: 'Côte à côte' });
    expect(await comparison.textContent()).toContain('1 service(s), 1 lieu(x)');
    expect(await seriousAxeViolations(page, '#panel-content')).toEqual([]);
    await saveScreenshot(page, 'duplicates-fr');

    // The kept record's details stay open beside the comparison.
    await comparison.getByRole('button', { name: 'Ouvrir la fiche A' }).click();
    const details = page.getByRole('region', { name: 'Détails' });
    await expect
      .poll(() => details.getByRole('heading', { level: 2 }).textContent())
      .toBe('CPAS de Namur');
    await comparison.getByRole('button', { name: 'Fusionner en gardant la fiche A' }).click();
    await expect
      .poll(() => page.locator('.quality-status').textContent())
      .toContain('Fiches fusionnées');
    expect(await organizationNames(page)).toEqual(['CPAS de Namur']);
    expect(await historyLabels(page)).toEqual(['importAdd', 'mergeRecords']);
    // The history says it: the undo button names the merge, the organisation's history lists it.
    expect(await page.getByRole('button', { name: 'Défaire' }).getAttribute('title')).toBe(
      'Défaire : Fusion de doublons (Ctrl+Z)',
    );
    const history = details.getByRole('region', { name: 'Historique des modifications' });
    await expect.poll(() => history.textContent()).toContain('Fusion de doublons');

    await page.getByRole('button', { name: 'Défaire' }).click();
    await expect.poll(() => historyLabels(page)).toEqual(['importAdd']);
    expect((await organizationNames(page)).sort()).toEqual(['C.P.A.S. de Namur', 'CPAS de Namur']);
    await expect.poll(() => pair.count()).toBe(1);
  });

  it('the completeness of a commune rises when one of its sites is placed at its address', async () => {
    const page = await openApp(session.context, '?panel=quality&commune=92094');
    const panel = page.locator('#panel-content');
    await panel.getByRole('heading', { name: 'Complétude des données' }).waitFor();
    expect(await completenessFigure(page, 'Adresse exacte', 'Namur')).toBe(0);
    const atCentre = await completenessFigure(page, 'Centre de commune', 'Namur');
    expect(atCentre).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page, '#panel-content')).toEqual([]);
    await saveScreenshot(page, 'completeness-fr');

    // The sites of the figure: one opens its details, where it is placed on the map.
    await page.getByRole('button', { name: /^Centre de commune, Namur : / }).click();
    const list = page.getByRole('region', { name: /Centre de commune — Namur/ });
    await list.getByRole('listitem').first().getByRole('button').click();
    await waitForMap(page);
    const details = page.getByRole('region', { name: 'Détails' });
    await details.getByRole('button', { name: 'Placer sur la carte' }).click();
    await page.getByTestId('placement-marker').waitFor();
    await waitForMap(page);
    const selected = await page.evaluate(() => {
      const hooks = window as unknown as QualityWindow;
      const state = hooks.__atlas.store.getState();
      const site = state.sites.find((row) => row.id === state.selection?.id);
      const location = state.dataset.locations.find((l) => l.id === site?.location?.id);
      if (location?.longitude == null || location.latitude == null) return null;
      return hooks.__atlasMap.map.project([location.longitude, location.latitude]);
    });
    if (!selected) throw new Error('the site has a point in its commune');
    const box = await page.locator('.atlas-map-canvas canvas').boundingBox();
    if (!box) throw new Error('the map canvas is shown');
    // Beside the site's present point, clear of its marker: still inside Namur at this zoom.
    await page.mouse.click(box.x + selected.x + 30, box.y + selected.y + 20);
    await expect.poll(() => historyLabels(page)).toEqual(['moveLocation']);
    await expect.poll(() => completenessFigure(page, 'Adresse exacte', 'Namur')).toBe(1);
    expect(await completenessFigure(page, 'Centre de commune', 'Namur')).toBe(atCentre - 1);
  });
});
