import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserPerFile, openApp, siteCount } from './driver';

/**
 * What makes the explorer legible beyond its map and network: filter counts that say what
 * each choice would give, a search that finds ligatures, the page's title, field names in
 * the history, the CSV separator of the interface's language, an import report that names
 * the file's columns and speaks French, imported records with a source, and when each
 * bundled record was read and (not) verified.
 */

interface Service {
  id: string;
  name: string;
  source: string;
  source_consulted: string;
  last_verified: string;
}

type AtlasWindow = {
  __atlas: {
    store: {
      getState(): {
        dataset: { services: Service[]; organizations: { id: string; name: string }[] };
        sites: { id: string; service: { id: string; name: string; category: string } }[];
        transact(patch: unknown[], label: string): { ok: boolean };
        setAuthor(name: string): void;
        select(selection: { kind: string; id: string } | null): void;
      };
    };
  };
};

const session = browserPerFile({ width: 1366, height: 768 });

/** The count shown beside a filter option, by its group and label. */
async function optionCount(page: Page, group: string, label: RegExp): Promise<number> {
  const item = page.getByRole('group', { name: group }).locator('li').filter({ hasText: label });
  const text = (await item.locator('.filter-count').textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

async function chooseCommune(page: Page, typed: string, name: string): Promise<void> {
  await page.getByRole('combobox', { name: /^(Commune|Municipality)$/ }).fill(typed);
  await page.getByRole('option', { name }).first().click();
}

function details(page: Page) {
  return page.getByRole('region', { name: /^D[ée]tails$/ });
}

describe('a legible explorer', () => {
  it('counts what each filter value would give, and dims those that would give none', async () => {
    const page = await openApp(session.context);
    expect(await optionCount(page, 'Catégorie', /Aide sociale/)).toBe(262);
    await chooseCommune(page, 'Liège', 'Liège');
    await expect.poll(() => optionCount(page, 'Catégorie', /Aide sociale/)).toBeLessThan(5);
    const { shown } = await siteCount(page);
    // What the category counts add up to is what is shown: each site has one category.
    const categories = page.getByRole('group', { name: 'Catégorie' }).locator('.filter-count');
    const sum = (await categories.allTextContents()).reduce(
      (total, text) => total + Number(text.replace(/\D/g, '')),
      0,
    );
    expect(sum).toBe(shown);
    // Another province would leave nothing: still listed, dimmed.
    const namur = page.getByRole('group', { name: 'Province' }).locator('li', { hasText: 'Namur' });
    expect(await namur.getAttribute('class')).toContain('filter-none');
    expect(await optionCount(page, 'Province', /Namur/)).toBe(0);
    await page.screenshot({ path: screenshotPath('filters-liege-fr') });
  });

  it('finds "Cœur" when "coeur" is typed', async () => {
    const page = await openApp(session.context);
    const named = await page.evaluate(() => {
      const state = (window as unknown as AtlasWindow).__atlas.store.getState();
      const [service] = state.dataset.services;
      if (!service) return '';
      state.setAuthor('Testeuse');
      const name = 'Maison du Cœur (essai)';
      state.transact(
        [{ table: 'services', id: service.id, field: 'name', old: service.name, new: name }],
        'editRecord',
      );
      return name;
    });
    await page.getByLabel('Rechercher', { exact: true }).fill('coeur essai');
    await expect.poll(async () => (await siteCount(page)).shown).toBe(1);
    const table = page.getByRole('table', { name: 'Services et sites filtrés' });
    await expect.poll(() => table.locator('tbody tr').first().textContent()).toContain(named);
  });

  it('titles the page in the interface language', async () => {
    const page = await openApp(session.context);
    expect(await page.title()).toBe("Atlas de l'écosystème d'intégration — Wallonie");
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await expect.poll(() => page.title()).toBe('Integration Ecosystem Atlas — Wallonia');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('nl');
    await expect.poll(() => page.title()).toBe('Atlas van het integratie-ecosysteem — Wallonië');
    await page.getByRole('combobox', { name: 'Taal' }).selectOption('de');
    await expect.poll(() => page.title()).toBe('Atlas des Integrationsökosystems — Wallonie');
  });

  it('says when each record’s source was read, and that none is verified yet', async () => {
    const page = await openApp(session.context);
    const table = page.getByRole('table', { name: 'Services et sites filtrés' });
    await table.locator('tbody tr').first().click();
    const panel = details(page);
    await expect.poll(() => panel.textContent()).toContain('Source consultée le');
    expect(await panel.textContent()).toMatch(/Source consultée le\s*28 novembre 2026/);
    expect(await panel.textContent()).toMatch(/Vérifié auprès de l’organisation\s*Pas encore/);
    await panel.getByText('Source consultée le').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('details-freshness-fr') });
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await expect.poll(() => panel.textContent()).toMatch(/Source consulted on\s*November 28, 2026/);
    expect(await panel.textContent()).toMatch(/Verified with the organisation\s*Not yet/);
    await panel.getByText('Source consulted on').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('details-freshness-en') });
  });

  it('names fields in the history as the forms do', async () => {
    const page = await openApp(session.context);
    const table = page.getByRole('table', { name: 'Services et sites filtrés' });
    await table.locator('tbody tr').first().click();
    await details(page).getByRole('button', { name: 'Modifier le service' }).click();
    const form = page.getByRole('form');
    await form.getByRole('textbox', { name: /Nom du service/ }).fill('Service renommé (essai)');
    await form.getByRole('textbox', { name: /Votre nom/ }).fill('Testeuse');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    const history = page.getByRole('region', { name: /^Historique/ });
    await expect.poll(() => history.textContent()).toContain('Nom du service :');
    expect(await history.textContent()).not.toMatch(/\bname :/);
  });

  it('exports the flat CSV with semicolons in French and commas in English', async () => {
    const page = await openApp(session.context);
    const headerOf = async () => {
      await page.getByRole('button', { name: /^(Exporter|Export)$/ }).click();
      const dialog = page.getByRole('dialog');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: /^(Télécharger|Download) / }).click(),
      ]);
      const bytes = readFileSync(await download.path());
      await dialog.getByRole('button', { name: /^(Fermer|Close)$/ }).click();
      return { bom: [...bytes.subarray(0, 3)], header: bytes.toString('utf8').split('\r\n')[0] };
    };
    const french = await headerOf();
    expect(french.bom).toEqual([0xef, 0xbb, 0xbf]);
    expect(french.header).toMatch(/^\uFEFF?service_id;service_name;category;/);
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    const english = await headerOf();
    expect(english.header).toMatch(/^\uFEFF?service_id,service_name,category,/);
  });

  it('reports an import in French with the file’s own headers, and gives its records a source', async () => {
    const page = await openApp(session.context);
    const folder = mkdtempSync(join(tmpdir(), 'atlas-legible-'));
    const file = join(folder, 'cours_namur.csv');
    writeFileSync(
      file,
      [
        'Service;Organisme;Commune;Site internet',
        'Table de conversation (essai);Maison des langues (essai);Namur;exemple.be',
        'Atelier (essai);Maison des langues (essai);Atlantis;',
      ].join('\r\n'),
    );
    try {
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Importer des données' });
      await dialog.getByLabel('Choisir des fichiers…').setInputFiles(file);
      const report = dialog.getByRole('table', { name: 'Rapport de validation' });
      await report.waitFor();
      const text = (await report.textContent()) ?? '';
      // The file's headers, and what they were read as, in French; French sentences.
      expect(text).toContain('Site internet');
      expect(text).toContain('lue comme : Site web du service');
      expect(text).toContain('« exemple.be » n’a pas de protocole ; lu comme https://exemple.be.');
      expect(text).toContain('« Atlantis » n’est pas le nom d’une commune wallonne');
      expect(text).not.toMatch(/organization_name|service_name|is not|has no scheme/);
      expect(await report.locator('[lang="en"]').count()).toBe(0);
      await page.screenshot({ path: screenshotPath('import-report-fr') });
      await dialog.getByRole('textbox', { name: /Votre nom/ }).fill('Testeuse');
      await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
      await dialog.getByText(/^Import ajouté aux données/).waitFor();
      const imported = await page.evaluate(
        () =>
          (window as unknown as AtlasWindow).__atlas.store
            .getState()
            .dataset.services.find((service) => service.name === 'Table de conversation (essai)') ??
          null,
      );
      expect(imported?.source).toMatch(
        /^cours_namur\.csv \(imported on \d{4}-\d{2}-\d{2} by Testeuse\)$/,
      );
      expect(imported?.last_verified).toBe('');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reports an import in English in the English interface', async () => {
    const page = await openApp(session.context, '?lang=en');
    const folder = mkdtempSync(join(tmpdir(), 'atlas-legible-'));
    const file = join(folder, 'language_cafes.csv');
    writeFileSync(
      file,
      'Name,Organisation,Municipality\nLanguage café (test),Test house,Atlantis\n',
    );
    try {
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Import data' });
      await dialog.getByLabel('Choose files…').setInputFiles(file);
      const report = dialog.getByRole('table', { name: 'Validation report' });
      await report.waitFor();
      const text = (await report.textContent()) ?? '';
      expect(text).toContain('Municipality read as: Town');
      expect(text).toContain('“Atlantis” is not the name of a Walloon municipality');
      await page.screenshot({ path: screenshotPath('import-report-en') });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

/** Where the screenshots of these tests go (looked at before the issue is done). */
function screenshotPath(name: string): string {
  return join(process.env.ATLAS_SHOTS ?? tmpdir(), `atlas-${name}.png`);
}
