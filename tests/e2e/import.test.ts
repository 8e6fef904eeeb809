import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadGazetteerSync } from '../../scripts/lib/load_reference';
import { newTransaction, toChangeset } from '../../src/edits/transaction';
import { browserPerFile, openApp, saveScreenshot, seriousAxeViolations, siteCount } from './driver';

const FIXTURE = join(__dirname, '..', 'fixtures', 'excel_fr_windows1252.csv');

/** The store behind the page (test hooks build), typed as much as these tests need. */
interface PageStore {
  getState(): {
    sites: unknown[];
    dataset: { services: { id: string; name: string; fees: string }[] };
    history: { done: { label: string; changes: unknown[] }[] };
  };
}
type AtlasWindow = { __atlas: { store: PageStore } };

function storeSites(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as AtlasWindow).__atlas.store.getState().sites.length,
  );
}

function lastLabel(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () => (window as unknown as AtlasWindow).__atlas.store.getState().history.done.at(-1)?.label,
  );
}

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  return page.getByRole('dialog', { name: 'Importer des données' });
}

/**
 * A generated flat CSV of `rows` services, each at a point inside a real commune (its
 * interior point), named and sourced as generated: no fact about any real service.
 */
function generatedCsv(rows: number): string {
  const communes = loadGazetteerSync().communes;
  const lines = ['service_name;organization_name;category;latitude;longitude;source'];
  for (let index = 0; index < rows; index += 1) {
    const commune = communes[index % communes.length];
    if (!commune) break;
    const [longitude, latitude] = commune.interior_point;
    lines.push(
      `Service ${index};Organisation ${index % 2000};housing;${latitude.toFixed(6).replace('.', ',')};${longitude.toFixed(6).replace('.', ',')};generated for a benchmark`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

const session = browserPerFile({ width: 1400, height: 900 });

describe('import in the browser', () => {
  it('imports a messy spreadsheet, with its rejected row fixed in place, added to the data', async () => {
    const page = await openApp(session.context);
    const before = await storeSites(page);
    const shownBefore = await siteCount(page);
    const dialog = await openImport(page);
    await dialog.getByLabel('Choisir des fichiers…').setInputFiles(FIXTURE);

    const summary = dialog.locator('.import-summary');
    await expect
      .poll(() => summary.textContent())
      .toContain('lignes lues : 7 · acceptées : 6 · rejetées : 1');
    expect(await dialog.locator('.import-facts').textContent()).toContain(
      'encodage : windows-1252 · séparateur : ;',
    );
    const report = dialog.getByRole('table', { name: 'Rapport de validation' });
    const rejected = await report.locator('tr[data-row="7"] td').allTextContents();
    // The column as the file names it, and the field it was read as, in French.
    expect(rejected.slice(0, 4)).toEqual([
      'excel_fr_windows1252.csv',
      '7',
      'Nom lue comme : Nom du service',
      'Erreur (ligne rejetée)',
    ]);
    expect(rejected[4]).toBe('Champ obligatoire vide Ce champ est obligatoire mais vide.');
    expect(await report.locator('tr[data-row="5"] td').nth(4).textContent()).toContain(
      'Latitude et longitude inversées',
    );
    expect(await seriousAxeViolations(page, 'dialog.import-dialog')).toEqual([]);

    await dialog
      .getByRole('group', { name: 'Ligne 7' })
      .getByLabel('Nom')
      .fill('Service corrigé (test)');
    await dialog.getByRole('button', { name: 'Valider à nouveau les lignes corrigées' }).click();
    await expect
      .poll(() => summary.textContent())
      .toContain('lignes lues : 7 · acceptées : 7 · rejetées : 0');
    expect(await summary.textContent()).toContain('rejoignent l’import : 1.');
    expect(await storeSites(page)).toBe(before);

    await dialog.getByRole('radio', { name: /ajouter aux données actuelles/ }).check();
    // The import carries the user's name, asked for once like every change.
    await dialog.getByRole('textbox', { name: /Votre nom/ }).fill('Testeuse');
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
    await expect
      .poll(() => dialog.getByRole('status').first().textContent())
      .toMatch(/^Import ajouté aux données/);
    expect(await storeSites(page)).toBe(before + 7);
    expect(await lastLabel(page)).toBe('importAdd');
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await expect.poll(async () => (await siteCount(page)).total).toBe(shownBefore.total + 7);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('imports a changeset: what still fits is applied, the conflicts are listed', async () => {
    const page = await openApp(session.context);
    const [first, second] = await page.evaluate(() =>
      (window as unknown as AtlasWindow).__atlas.store.getState().dataset.services.slice(0, 2),
    );
    if (!first || !second) throw new Error('the curated data has services');
    const changeset = toChangeset(
      [
        newTransaction(
          [
            {
              table: 'services',
              id: first.id,
              field: 'fees',
              old: first.fees,
              new: 'valeur de test',
            },
            {
              table: 'services',
              id: second.id,
              field: 'name',
              old: 'un autre nom',
              new: 'nom de test',
            },
          ],
          'Ana',
          'editRecord',
        ),
      ],
      'base',
    );
    const dialog = await openImport(page);
    await dialog.getByLabel('Choisir des fichiers…').setInputFiles({
      name: 'changes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(changeset)),
    });
    await expect
      .poll(() => dialog.locator('.import-counts').textContent())
      .toBe('Modifications applicables : 1 · conflits : 1 · enregistrements refusés : 0');
    await dialog.getByRole('textbox', { name: /Votre nom/ }).fill('Testeuse');
    await dialog.getByRole('button', { name: 'Appliquer les modifications' }).click();
    await expect
      .poll(() => dialog.getByRole('status').first().textContent())
      .toBe(
        'Modifications appliquées : 1. Conflits non appliqués : 1. Enregistrements refusés : 0.',
      );
    const conflict = await dialog
      .getByRole('table', { name: /^Conflits/ })
      .locator('tbody td')
      .allTextContents();
    await saveScreenshot(page, 'import-conflicts-fr');
    // The field is named as the service's form names it, not by its column in the data.
    expect(conflict).toEqual([
      'Services',
      second.name,
      'Nom du service',
      'nom de test',
      second.name,
      'Ana',
    ]);
    expect(await lastLabel(page)).toBe('importChangeset');
    const fees = await page.evaluate(
      (id) =>
        (window as unknown as AtlasWindow).__atlas.store
          .getState()
          .dataset.services.find((service) => service.id === id)?.fees,
      first.id,
    );
    expect(fees).toBe('valeur de test');
  });

  it('a 100,000-row file is read in the worker while the page keeps drawing (measured, printed)', async () => {
    const rows = 100_000;
    const count = new Intl.NumberFormat('fr').format(rows);
    // From a file on disk, as a user picks it: the bytes never pass through the page's thread.
    const folder = mkdtempSync(join(tmpdir(), 'atlas-import-'));
    const path = join(folder, 'generated.csv');
    writeFileSync(path, generatedCsv(rows));
    const page = await openApp(session.context);
    const before = await storeSites(page);
    const dialog = await openImport(page);
    await page.evaluate(() => {
      const probe = { gaps: [] as number[], longTasks: [] as number[], running: true };
      (window as unknown as { __probe: typeof probe }).__probe = probe;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
      let last = performance.now();
      const tick = (now: number) => {
        probe.gaps.push(now - last);
        last = now;
        if (probe.running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const started = Date.now();
    await dialog.getByLabel('Choisir des fichiers…').setInputFiles(path);
    const progress = await dialog
      .locator('progress')
      .waitFor({ timeout: 10_000 })
      .then(
        () => true,
        () => false,
      );
    await dialog
      .locator('.import-summary')
      // Counts are grouped as French writes them: 100 000.
      .filter({ hasText: `lignes lues : ${count} · acceptées : ${count}` })
      .waitFor({ timeout: 240_000 });
    const readMs = Date.now() - started;
    const reading = await page.evaluate(() => {
      const probe = (
        window as unknown as { __probe: { gaps: number[]; longTasks: number[]; running: boolean } }
      ).__probe;
      probe.running = false;
      const { gaps, longTasks } = probe;
      return {
        frames: gaps.length,
        max_frame_gap_ms: Math.round(Math.max(0, ...gaps)),
        frames_over_100ms: gaps.filter((gap) => gap > 100).length,
        long_tasks: longTasks.length,
        longest_task_ms: Math.round(Math.max(0, ...longTasks)),
      };
    });
    console.log(
      `import of ${rows} rows: ${JSON.stringify({ rows, progress_bar: progress, read_ms: readMs, ...reading })}`,
    );
    expect(progress).toBe(true);
    expect(reading.frames).toBeGreaterThan(10);
    // Nothing changes until the user confirms: cancel leaves the data as it was.
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    expect(await storeSites(page)).toBe(before);
    rmSync(folder, { recursive: true, force: true });
  }, 300_000);
});
