import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadExcel } from '../../src/formats/xlsx_read';
import { completenessFigure } from './completeness_figures';
import { browserPerFile, openApp } from './driver';

/**
 * The round trip of a collection template, as a steward does it: the template of the CPAS
 * of Namur exported, two of its services changed and one added in the workbook (built here
 * with exceljs, as Excel would save it), imported back, one change accepted and the other
 * rejected in the review, the accepted one found in the table and in its history, and the
 * completeness of Namur seen to rise; the partner's "to check" workbook, offered from the
 * completeness panel; an .ods file refused with how to convert it.
 */

interface PageService {
  id: string;
  name: string;
  phone: string;
  email: string;
  organization_id: string;
}
interface PageStore {
  getState(): {
    dataset: { services: PageService[]; organizations: { id: string; name: string }[] };
    history: { done: { label: string; author: string; changes: { field: string | null }[] }[] };
  };
}
type AtlasWindow = { __atlas: { store: PageStore } };

/** Where the screenshots of this flow go, for people to look at (not compared). */
const SHOTS = process.env.ATLAS_SCREENSHOTS ?? '';

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

function services(page: Page): Promise<PageService[]> {
  return page.evaluate(
    () => (window as unknown as AtlasWindow).__atlas.store.getState().dataset.services,
  );
}

const session = browserPerFile({ width: 1366, height: 768 });
const SLOW = 180_000;

describe('asking a partner for their data', () => {
  it(
    'exports the template of the CPAS of Namur, reads the edited workbook back, applies the accepted change only, and Namur’s completeness rises',
    async () => {
      const page = await openApp(session.context, '?panel=quality');
      const panel = page.locator('#panel-content');
      await panel.getByRole('heading', { name: 'Complétude des données' }).waitFor();
      const noPhone = await completenessFigure(page, 'Sans téléphone', 'Namur');
      const noEmail = await completenessFigure(page, 'Sans e-mail', 'Namur');
      expect(noPhone).toBeGreaterThan(0);
      const before = await services(page);
      const cpas = await page.evaluate(
        () =>
          (window as unknown as AtlasWindow).__atlas.store
            .getState()
            .dataset.organizations.find((organization) => organization.name === 'CPAS de Namur')
            ?.id,
      );
      const ofCpas = before.filter((service) => service.organization_id === cpas);
      expect(ofCpas.length).toBeGreaterThanOrEqual(2);

      // The partner's "to check" workbook, from the completeness panel.
      await panel.getByRole('combobox', { name: 'Organisation' }).fill('CPAS de Namur');
      await page
        .getByRole('option', { name: /^CPAS de Namur/ })
        .first()
        .click();
      await panel
        .getByRole('button', { name: /^Télécharger le classeur à vérifier/ })
        .scrollIntoViewIfNeeded();
      await shoot(page, 'to-check-fr');
      const [toCheck] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: /^Télécharger le classeur à vérifier/ }).click(),
      ]);
      expect(toCheck.suggestedFilename()).toMatch(/^atlas-to-check-cpas-de-namur-.*\.xlsx$/);
      const checkBytes = readFileSync(await toCheck.path());
      const Excel = await loadExcel();
      const checkBook = new Excel.Workbook();
      await checkBook.xlsx.load(
        checkBytes.buffer.slice(
          checkBytes.byteOffset,
          checkBytes.byteOffset + checkBytes.byteLength,
        ),
      );
      const checkSheet = checkBook.worksheets[0];
      expect(checkSheet?.getCell('A1').value).toBe('À vérifier');
      expect(String(checkSheet?.getCell('A2').value)).toContain('téléphone manquant');

      await page.getByRole('button', { name: 'Exporter', exact: true }).click();
      const exportDialog = page.getByRole('dialog', { name: /Exporter/ });
      await exportDialog
        .getByRole('radio', { name: /Demander ses données à un partenaire/ })
        .check();
      await exportDialog.getByRole('combobox', { name: 'une organisation :' }).selectOption({
        label: 'CPAS de Namur',
      });
      await shoot(page, 'template-export-fr');
      const [saved] = await Promise.all([
        page.waitForEvent('download'),
        exportDialog.getByRole('button', { name: /^Télécharger / }).click(),
      ]);
      expect(saved.suggestedFilename()).toMatch(/^atlas-template-cpas-de-namur-.*\.xlsx$/);
      const template = readFileSync(await saved.path());
      await exportDialog.getByRole('button', { name: 'Fermer' }).click();

      // The partner's edits, as Excel would save them.
      const workbook = new Excel.Workbook();
      await workbook.xlsx.load(
        template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength),
      );
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error('the template has no sheet');
      const header = (sheet.getRow(1).values as unknown[]).map((value) => String(value ?? ''));
      const column = (name: string) => header.indexOf(name);
      const [first, second] = ofCpas;
      const rowOf = (id: string | undefined) => {
        let found = 0;
        sheet.eachRow((row, number) => {
          if (row.getCell(column('Identifiant du service')).value === id) found = number;
        });
        return found;
      };
      sheet.getRow(rowOf(first?.id)).getCell(column('Téléphone du service')).value = '081 33 44 55';
      sheet.getRow(rowOf(second?.id)).getCell(column('Courriel du service')).value =
        'accueil@cpasnamur.example';
      const added = sheet.getRow(sheet.rowCount + 1);
      added.getCell(column('Nom du service')).value = 'Permanence logement pour les réfugiés';
      added.getCell(column('Catégorie')).value = 'Logement';
      added.getCell(column('Nom de l’organisation')).value = 'CPAS de Namur';
      added.getCell(column('Identifiant de l’organisation')).value = cpas ?? '';
      added.getCell(column('Localité')).value = 'Namur';
      added.getCell(column('Téléphone du service')).value = '081 33 44 66';
      added.getCell(column('Source')).value = 'Retour du CPAS de Namur';
      const returned = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      const importDialog = page.getByRole('dialog', { name: 'Importer des données' });
      await importDialog.getByLabel('Choisir des fichiers…').setInputFiles({
        name: 'retour-cpas-namur.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(returned),
      });
      await importDialog.getByRole('radio', { name: /Revoir le retour d’un partenaire/ }).check();
      await expect
        .poll(() => importDialog.locator('.partner-review').getByRole('status').textContent(), {
          timeout: 30_000,
        })
        .toMatch(/^2 nouveaux, 2 modifiés, 3 inchangés/);
      await importDialog.locator('.partner-review').scrollIntoViewIfNeeded();
      await importDialog.getByRole('heading', { name: /^Modifiés/ }).scrollIntoViewIfNeeded();
      await shoot(page, 'review-fr');
      // Reject the e-mail of the second service; the phone of the first stays accepted.
      await importDialog
        .getByRole('checkbox', { name: /^Accepter Courriel du service pour/ })
        .uncheck();
      await importDialog.getByRole('textbox', { name: /Votre nom/ }).fill('Relectrice SPW');
      await importDialog.getByRole('button', { name: /^Appliquer ce qui est accepté/ }).click();
      await expect
        .poll(() => importDialog.getByRole('status').first().textContent())
        .toMatch(/Le retour de CPAS de Namur est appliqué/);

      const after = await services(page);
      expect(after.find((service) => service.id === first?.id)?.phone).toBe('081 33 44 55');
      expect(after.find((service) => service.id === second?.id)?.email).toBe(second?.email);
      expect(after.map((service) => service.name)).toContain(
        'Permanence logement pour les réfugiés',
      );
      const last = await page.evaluate(() =>
        (window as unknown as AtlasWindow).__atlas.store.getState().history.done.at(-1),
      );
      expect(last?.label).toBe('Retour de CPAS de Namur revu — retour-cpas-namur.xlsx (Services)');
      expect(last?.author).toBe('Relectrice SPW');
      await importDialog.getByRole('button', { name: 'Fermer' }).click();

      // Namur's completeness rises: one site fewer without a phone (the new service has
      // one); the e-mail was rejected, and the new service gives none.
      await expect
        .poll(() => completenessFigure(page, 'Sans téléphone', 'Namur'))
        .toBe(noPhone - 1);
      expect(await completenessFigure(page, 'Sans e-mail', 'Namur')).toBe(noEmail + 1);
      await shoot(page, 'completeness-after-fr');

      // The accepted change, in the table and in the service's history.
      await page.getByRole('tab', { name: 'Tableau' }).click();
      await page.getByLabel('Rechercher', { exact: true }).fill(first?.name ?? '');
      const row = page
        .getByRole('table', { name: 'Services et sites filtrés' })
        .locator('tbody tr', { hasText: first?.name ?? '' })
        .first();
      await row.click();
      const details = page.getByRole('region', { name: 'Détails' });
      await expect.poll(() => details.textContent()).toContain('081 33 44 55');
      // The service's history: the phone, who accepted it, from which return.
      const history = details
        .getByRole('region', { name: /^Historique/ })
        .filter({ hasText: '081 33 44 55' });
      await expect.poll(() => history.count()).toBe(1);
      expect(await history.textContent()).toContain('Relectrice SPW');
      await history.scrollIntoViewIfNeeded();
      await shoot(page, 'history-fr');
    },
    SLOW,
  );

  it('refuses an .ods workbook, saying how to save it as .xlsx', async () => {
    const page = await openApp(session.context);
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const importDialog = page.getByRole('dialog', { name: 'Importer des données' });
    await importDialog.getByLabel('Choisir des fichiers…').setInputFiles({
      name: 'retour-cpas.ods',
      mimeType: 'application/vnd.oasis.opendocument.spreadsheet',
      buffer: Buffer.from('PK\u0003\u0004mimetypeapplication/vnd.oasis.opendocument.spreadsheet'),
    });
    await expect
      .poll(() => importDialog.textContent())
      .toContain('L’Atlas n’ouvre pas les classeurs .ods, seulement les .xlsx');
    expect(await importDialog.textContent()).toContain('Enregistrer sous');
    await shoot(page, 'ods-fr');
  });

  it(
    'writes a commune’s template in the partner’s language, its communes named and sorted in it, whatever the interface’s',
    async () => {
      const page = await openApp(session.context, '?lang=en');
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const exportDialog = page.getByRole('dialog', { name: /Export/ });
      await exportDialog.getByRole('radio', { name: /Ask a partner for their data/ }).check();
      await exportDialog.getByRole('combobox', { name: 'a municipality:' }).selectOption({
        label: 'Namur',
      });
      await exportDialog.getByRole('combobox', { name: /Partner’s language/ }).selectOption('nl');
      await shoot(page, 'template-export-en');
      const [saved] = await Promise.all([
        page.waitForEvent('download'),
        exportDialog.getByRole('button', { name: /^Download / }).click(),
      ]);
      expect(saved.suggestedFilename()).toMatch(/^atlas-template-namen-.*\.xlsx$/);
      const bytes = readFileSync(await saved.path());
      const Excel = await loadExcel();
      const workbook = new Excel.Workbook();
      await workbook.xlsx.load(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      );
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        'Diensten',
        'Uitleg',
        'Lijsten',
      ]);
      const data = workbook.worksheets[0];
      if (!data) throw new Error('the template has no sheet');
      expect(data.getCell('A1').value).toBe('Na te kijken');
      expect(data.getCell('B1').value).toBe('Identificatie van de dienst');
      // Every row of the template is a service at a site in Namur.
      const nis = (data.getRow(1).values as unknown[]).indexOf('NIS-code van de gemeente');
      const communes = new Set<unknown>();
      data.eachRow((row, number) => {
        if (number > 1 && row.getCell(2).value) communes.add(row.getCell(nis).value);
      });
      expect([...communes]).toEqual(['92094']);
      // The drop-down list of communes names them in Dutch, sorted the Dutch way.
      const lists = workbook.getWorksheet('Lijsten');
      const communeList = [...Array((lists?.columnCount ?? 0) + 1).keys()]
        .map((index) => (lists?.getColumn(index + 1).values ?? []).slice(2).map(String))
        .find((values) => values.includes('Luik'));
      expect(communeList).toContain('Namen');
      expect(communeList).not.toContain('Namur');
      expect(communeList?.indexOf('Luik')).toBeLessThan(communeList?.indexOf('Namen') ?? -1);
    },
    SLOW,
  );
});
