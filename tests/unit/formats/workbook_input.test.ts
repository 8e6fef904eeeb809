import type { Workbook } from 'exceljs';
import { loadGazetteer } from '../../../scripts/lib/load_reference';
import { readFilesWithWorkbooks } from '../../../src/formats';
import { loadExcel } from '../../../src/formats/xlsx_read';
import { createI18n } from '../../../src/i18n';
import { findingSentence } from '../../../src/i18n/finding_text';
import type { Gazetteer } from '../../../src/places/types';

/** Each test loads exceljs and reads a workbook: slow on a busy machine. */
const SLOW = 60_000;

let gazetteer: Gazetteer;
let Excel: Awaited<ReturnType<typeof loadExcel>>;
beforeAll(async () => {
  [gazetteer, Excel] = await Promise.all([loadGazetteer(), loadExcel()]);
});

async function bytesOf(workbook: Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function read(workbook: Workbook, sheet?: string) {
  const bytes = await bytesOf(workbook);
  return readFilesWithWorkbooks([{ path: 'partner.xlsx', bytes }], { gazetteer }, undefined, sheet);
}

describe('a workbook a partner filled in Excel', () => {
  it(
    'reads French headers, numbers, dates and formulas from the cells, row numbers as in the sheet',
    async () => {
      const workbook = new Excel.Workbook();
      const sheet = workbook.addWorksheet('Services');
      sheet.addRow([
        'Nom du service',
        'Organisation',
        'Commune',
        'Vérifié le',
        'Latitude',
        'Longitude',
        'Places',
      ]);
      sheet.addRow([
        'Cours de français',
        'CPAS de Namur',
        'Namur',
        new Date(Date.UTC(2026, 0, 15)),
        50.4657,
        4.8652,
        12,
      ]);
      sheet.addRow(['Aide sociale', 'CPAS de Namur', { formula: '"Na"&"mur"', result: 'Namur' }]);
      sheet.addRow(['', 'Sans nom', 'Namur']);
      const result = await read(workbook);
      expect(result.workbook).toEqual({
        file: 'partner.xlsx',
        sheets: ['Services'],
        sheet: 'Services',
      });
      const [course, aid] = result.dataset.services;
      expect(course?.name).toBe('Cours de français');
      expect(course?.last_verified).toBe('2026-01-15');
      expect(course?.capacity).toBe(12);
      expect(aid?.name).toBe('Aide sociale');
      const site = result.dataset.locations.find((location) => location.latitude !== null);
      expect(site).toMatchObject({ latitude: 50.4657, longitude: 4.8652, nis_code: '92094' });
      expect(result.dataset.locations.every((location) => location.nis_code === '92094')).toBe(
        true,
      );
      expect(result.report.rejected).toBe(1);
      expect(result.report.rejected_rows[0]?.row).toBe(4);
      expect(result.report.issues.find((issue) => issue.code === 'missing_required')?.row).toBe(4);
    },
    SLOW,
  );

  it(
    'reads Dutch headers under a title row, merged header cells and no empty trailing rows',
    async () => {
      const workbook = new Excel.Workbook();
      const sheet = workbook.addWorksheet('Diensten');
      sheet.getCell('A1').value = 'Naam';
      sheet.mergeCells('A1:A2');
      sheet.getCell('B1').value = 'Organisatie';
      sheet.mergeCells('B1:C1');
      sheet.getCell('B2').value = 'Organisatie';
      sheet.getCell('C2').value = 'Gemeente';
      sheet.addRow(['Taalcursus', 'OCMW Namen', 'Namur']);
      sheet.addRow(['Huisvesting', 'OCMW Namen', 'Namur']);
      sheet.getCell('A8').value = '';
      sheet.getRow(9).height = 30;
      const result = await read(workbook);
      expect(result.dataset.services.map((service) => service.name)).toEqual([
        'Taalcursus',
        'Huisvesting',
      ]);
      expect(result.dataset.organizations.map((organization) => organization.name)).toEqual([
        'OCMW Namen',
      ]);
      expect(result.report.rows).toBe(2);
    },
    SLOW,
  );

  it(
    'offers every visible sheet, reads the one listing services first, and another on demand',
    async () => {
      const workbook = new Excel.Workbook();
      workbook.addWorksheet('Lisez-moi').addRow(['Merci de compléter la feuille Services']);
      workbook.addWorksheet('Listes', { state: 'hidden' }).addRow(['catégorie']);
      workbook.addWorksheet('Services').addRow(['Service', 'Organisation', 'Commune']);
      workbook.getWorksheet('Services')?.addRow(['Logement', 'AIS Namur', 'Namur']);
      workbook.addWorksheet('Autres').addRow(['Service', 'Organisation', 'Commune']);
      workbook.getWorksheet('Autres')?.addRow(['Emploi', 'Forem', 'Namur']);
      const first = await read(workbook);
      expect(first.workbook?.sheets).toEqual(['Lisez-moi', 'Services', 'Autres']);
      expect(first.workbook?.sheet).toBe('Services');
      expect(first.dataset.services.map((service) => service.name)).toEqual(['Logement']);
      const other = await read(workbook, 'Autres');
      expect(other.dataset.services.map((service) => service.name)).toEqual(['Emploi']);
      expect(other.report.file).toBe('partner.xlsx (Autres)');
    },
    SLOW,
  );

  it(
    'says a file named .xlsx that is no workbook cannot be opened, and reads nothing',
    async () => {
      const result = await readFilesWithWorkbooks(
        [{ path: 'faux.xlsx', bytes: new TextEncoder().encode('Nom;Commune\nA;Namur\n') }],
        { gazetteer },
      );
      expect(result.dataset.services).toEqual([]);
      expect(result.report.issues[0]?.severity).toBe('error');
    },
    SLOW,
  );
});

describe('a spreadsheet the Atlas cannot open', () => {
  it('refuses an .ods or .xls with a sentence in each language saying how to save it as .xlsx', async () => {
    // What LibreOffice writes first in an .ods: its bytes do not matter, its kind is its name.
    const bytes = new TextEncoder().encode('PK\u0003\u0004mimetypeapplication/vnd.oasis');
    for (const [path, extension] of [
      ['retour-cpas.ods', 'ods'],
      ['ANCIEN.XLS', 'xls'],
    ] as const) {
      const { dataset, report } = await readFilesWithWorkbooks([{ path, bytes }], { gazetteer });
      expect(dataset.services).toEqual([]);
      const [issue] = report.issues;
      expect(issue).toMatchObject({ code: 'unreadable_file', variant: 'spreadsheet', file: path });
      expect(issue?.values).toEqual({ extension });
      const sentences = (['fr', 'nl', 'en', 'de'] as const).map((language) =>
        issue ? findingSentence(issue, createI18n(language)) : null,
      );
      for (const sentence of sentences) {
        expect(sentence).toContain(`.${extension}`);
        expect(sentence).toContain('LibreOffice');
        expect(sentence).toContain('.xlsx');
      }
      expect(sentences[0]).toContain('Enregistrer sous');
      expect(sentences[1]).toContain('Opslaan als');
      expect(sentences[2]).toContain('Save As');
      expect(sentences[3]).toContain('Speichern unter');
    }
  });
});
