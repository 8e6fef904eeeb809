/**
 * Faults of the browser, each caused in real Chromium (through its DevTools protocol where
 * it can cause them): the storage full in the middle of an import or an edit, a database
 * upgrade blocked by a tab on an older version, the import worker crashing or ended in the
 * middle of a read, the tab killed while a large import is written, no IndexedDB at all.
 * Each time the user is told why, and nothing already saved is lost.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { loadGazetteerSync } from '../../scripts/lib/load_reference';
import { appUrl, browserPerFile, openApp, siteCount } from './driver';
import { renameFirstService, serviceName } from './service_edits';

/** The store behind the page (test hooks build), typed as much as these tests need. */
interface PageStore {
  getState(): {
    sites: unknown[];
    dataset: { services: { id: string; name: string }[] };
    setAuthor(name: string): void;
    transact(patch: unknown[], label: string): { ok: boolean };
  };
}
type AtlasWindow = {
  __atlas: { store: PageStore; settled(): Promise<void>; importGenerated(rows: number): number };
};

function storeSites(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as AtlasWindow).__atlas.store.getState().sites.length,
  );
}

function saveStatus(page: Page) {
  return page.locator('.edit-toolbar .save-status').first();
}

async function waitSaved(page: Page, timeout = 20_000): Promise<void> {
  await page.locator('.edit-toolbar .save-status[data-status="saved"]').waitFor({ timeout });
}

/** A flat CSV of `rows` generated services, each at a point inside a real commune. */
function generatedCsv(rows: number): string {
  const communes = loadGazetteerSync().communes;
  const lines = ['service_name;organization_name;category;latitude;longitude;source'];
  for (let index = 0; index < rows; index += 1) {
    const commune = communes[index % communes.length];
    if (!commune) break;
    const [longitude, latitude] = commune.interior_point;
    lines.push(
      `Service ${index};Organisation ${index % 500};housing;${latitude.toFixed(6).replace('.', ',')};${longitude.toFixed(6).replace('.', ',')};generated for a test`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

const folder = mkdtempSync(join(tmpdir(), 'atlas-faults-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function csvFile(rows: number): string {
  const path = join(folder, `generated_${rows}.csv`);
  writeFileSync(path, generatedCsv(rows));
  return path;
}

/** Imports a file through the dialog, as a user does, up to "added to the data". */
async function importThroughDialog(page: Page, path: string, rows: number): Promise<void> {
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Importer des données' });
  await dialog.getByLabel('Choisir des fichiers…').setInputFiles(path);
  const count = new Intl.NumberFormat('fr').format(rows);
  await dialog
    .locator('.import-summary')
    .filter({ hasText: `acceptées : ${count}` })
    .waitFor({ timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
  await dialog.getByText(/^Import ajouté aux données/).waitFor();
}

/**
 * Opens the app with the origin's storage quota at `bytes` (set on a blank page of the
 * origin first: Chromium applies a quota lowered before the database opens); returns the
 * page and the DevTools session that can lift it again.
 */
async function openWithQuota(context: BrowserContext, bytes: number) {
  const blank = await context.newPage();
  await blank.route('**/quota-blank.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
  );
  await blank.goto(appUrl('quota-blank.html'));
  const cdp = await context.newCDPSession(blank);
  const origin = new URL(appUrl()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: bytes });
  const page = await openApp(context);
  // The page asks before it is left with changes not saved: the test leaves all the same.
  page.on('dialog', (dialog) => void dialog.accept());
  return {
    page,
    lift: () => cdp.send('Storage.overrideQuotaForOrigin', { origin }),
  };
}

const session = browserPerFile({ width: 1366, height: 768 });

describe('when the storage is full', () => {
  it('in the middle of an import: the user is told why, the saved edit stays, and the import is saved once there is room', async () => {
    const { page, lift } = await openWithQuota(session.context, 2_000_000);
    const id = await renameFirstService(page, 'Enregistré avant');
    await waitSaved(page);
    const before = await storeSites(page);
    await importThroughDialog(page, csvFile(3000), 3000);
    const dialog = page.getByRole('dialog', { name: 'Importer des données' });
    await dialog.locator('.save-status[data-status="failed"]').waitFor({ timeout: 60_000 });
    expect(await dialog.locator('.save-status').textContent()).toBe(
      'Échec de l’enregistrement : l’espace de stockage du navigateur est plein. Exportez vos modifications pour ne rien perdre.',
    );
    expect(await storeSites(page)).toBe(before + 3000);

    // Room again: the user tries once more, and the import is saved.
    await lift();
    await dialog.getByRole('button', { name: 'Réessayer d’enregistrer' }).click();
    await dialog.locator('.save-status[data-status="saved"]').waitFor({ timeout: 60_000 });
    await page.reload();
    await waitSaved(page);
    expect(await storeSites(page)).toBe(before + 3000);
    expect(await serviceName(page, id)).toBe('Enregistré avant');
  });

  it('at an edit: the user is told why, and what was saved before is kept', async () => {
    const { page } = await openWithQuota(session.context, 2_000_000);
    const id = await renameFirstService(page, 'Enregistré avant');
    await waitSaved(page);
    await renameFirstService(page, `Trop grand ${'x'.repeat(3_000_000)}`);
    await page.locator('.edit-toolbar .save-status[data-status="failed"]').waitFor();
    expect(await saveStatus(page).textContent()).toContain('plein');
    await page.reload();
    await waitSaved(page);
    expect(await serviceName(page, id)).toBe('Enregistré avant');
  });
});

describe('a database upgrade blocked by a tab on an older version', () => {
  it('is waited for and said, and the edits made meanwhile are saved once the old tab lets go', async () => {
    const old = await session.context.newPage();
    await old.route('**/old-tab.html', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>old</title>' }),
    );
    await old.goto(appUrl('old-tab.html'));
    // An Atlas of the previous version: the database at its version (2, stored as 20), which
    // does not close when a newer one asks.
    await old.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('integration-ecosystem-atlas', 20);
          request.onupgradeneeded = () => {
            const db = request.result;
            db.createObjectStore('transactions', { keyPath: 'tx' }).createIndex('seq', 'seq');
            db.createObjectStore('meta', { keyPath: 'key' });
          };
          request.onsuccess = () => {
            (window as unknown as { oldDb: IDBDatabase }).oldDb = request.result;
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );
    const page = await openApp(session.context);
    await page.locator('.edit-toolbar .save-status[data-status="blocked"]').waitFor();
    expect(await saveStatus(page).textContent()).toContain(
      'la base locale est bloquée par un autre onglet',
    );
    const id = await renameFirstService(page, 'Pendant le blocage');
    await old.evaluate(() => (window as unknown as { oldDb: IDBDatabase }).oldDb.close());
    await waitSaved(page);
    await page.reload();
    await waitSaved(page);
    expect(await serviceName(page, id)).toBe('Pendant le blocage');
  });
});

describe('the import worker', () => {
  it('ended in the middle of a read: the dialog says so, nothing changed, and a new import works', async () => {
    const page = await openApp(session.context);
    const before = await storeSites(page);
    const cdp = await session.context.newCDPSession(page);
    const workers = new Map<string, string>();
    cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
      if (targetInfo.url.includes('import_worker')) workers.set(targetInfo.targetId, sessionId);
    });
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Importer des données' });
    await dialog.getByLabel('Choisir des fichiers…').setInputFiles(csvFile(100_000));
    // The parse has begun once progress is told.
    await dialog.locator('.import-percent').waitFor({ timeout: 60_000 });
    expect(workers.size).toBe(1);
    for (const sessionId of workers.values()) {
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: 1, method: 'Runtime.terminateExecution' }),
      });
    }
    await dialog.getByRole('alert').waitFor({ timeout: 20_000 });
    expect(await dialog.getByRole('alert').textContent()).toContain(
      'La lecture s’est arrêtée avant la fin',
    );
    expect(await storeSites(page)).toBe(before);
    // Another try reads in a fresh worker.
    await dialog.getByLabel('Choisir des fichiers…').setInputFiles(csvFile(20));
    await dialog
      .locator('.import-summary')
      .filter({ hasText: 'acceptées : 20' })
      .waitFor({ timeout: 30_000 });
  });

  it('crashing as it starts: the dialog says the reading stopped, in French, and nothing changed', async () => {
    // No service worker: it would serve the worker's script from its cache, past the route.
    const context = await session.browser.newContext({ serviceWorkers: 'block' });
    const page = await openApp(context);
    await context.route(/import_worker.*\.js/, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("crash");' }),
    );
    const before = await storeSites(page);
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Importer des données' });
    await dialog.getByLabel('Choisir des fichiers…').setInputFiles(csvFile(20));
    await dialog.getByRole('alert').waitFor({ timeout: 20_000 });
    expect(await dialog.getByRole('alert').textContent()).toContain(
      'La lecture s’est arrêtée avant la fin',
    );
    expect(await storeSites(page)).toBe(before);
    await context.close();
  });
});

describe('a large import', () => {
  it('of 200,000 rows is saved, in parts the browser takes, and found again after a reload', async () => {
    const page = await openApp(session.context);
    const before = await storeSites(page);
    await page.evaluate(async () => {
      const hooks = (window as unknown as AtlasWindow).__atlas;
      hooks.importGenerated(200_000);
      await hooks.settled();
    });
    await waitSaved(page, 240_000);
    expect(await storeSites(page)).toBe(before + 200_000);
    await page.reload();
    await waitSaved(page, 240_000);
    expect(await storeSites(page)).toBe(before + 200_000);
  }, 600_000);

  it('in a tab killed while it is written is found whole or not at all, and what was saved before stays', async () => {
    const page = await openApp(session.context);
    const id = await renameFirstService(page, 'Avant le grand import');
    await waitSaved(page);
    const before = await storeSites(page);
    const shown = await siteCount(page);
    const cdp = await session.context.newCDPSession(page);
    // The store takes the import and its write begins; the tab is killed as soon as that
    // returns, before the page says it is saved (a write this large lasts seconds).
    const status = await page.evaluate(() => {
      const { store, importGenerated } = (window as unknown as AtlasWindow).__atlas;
      importGenerated(100_000);
      return (store.getState() as unknown as { save: { status: string } }).save.status;
    });
    expect(status).toBe('saving');
    void cdp.send('Page.crash').catch(() => undefined);
    await page.waitForEvent('crash', { timeout: 10_000 });
    const after = await openApp(session.context);
    await waitSaved(after, 240_000);
    expect([before, before + 100_000]).toContain(await storeSites(after));
    expect(await serviceName(after, id)).toBe('Avant le grand import');
    expect((await siteCount(after)).total).toBeGreaterThanOrEqual(shown.total);
  }, 300_000);
});

describe('without IndexedDB (a private window)', () => {
  it('says the Atlas is read-only, shows no control that changes data, and still explores', async () => {
    await session.context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    const page = await openApp(session.context);
    await page.locator('.edit-toolbar .save-status[data-status="unavailable"]').waitFor();
    expect(await saveStatus(page).textContent()).toBe(
      'Lecture seule : ce navigateur ne permet pas de stocker des données (fenêtre privée ?). Vous pouvez explorer et exporter les données, pas les modifier.',
    );
    expect(await page.getByRole('button', { name: 'Importer', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Nouveau service/ }).count()).toBe(0);
    const { total } = await siteCount(page);
    expect(total).toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Exporter', exact: true }).waitFor();
  });
});
