import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadExcel } from '../../src/formats/xlsx_read';
import { browserPerFile, openApp } from './driver';

/**
 * The round trip of a collection template, as a steward does it: the template of the CPAS
 * of Namur exported, two of its services changed and one added in the workbook (built here
 * with exceljs, as Excel would save it), imported back, one change accepted and the other
 * rejected in the review, and the accepted one found in the data and in the history.
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
    'exports the template of the CPAS of Namur, reads the edited workbook back and applies the accepted change only',
    async () => {
      const page = await openApp(session.context);
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
      const Excel = await loadExcel();
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
    },
    SLOW,
  );

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
