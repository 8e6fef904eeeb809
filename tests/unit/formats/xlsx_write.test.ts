import fc from 'fast-check';
import { loadGazetteer } from '../../../scripts/lib/load_reference';
import { toCheckList } from '../../../src/analysis/completeness/to_check';
import { carriedByFlatColumns, reviewReturn } from '../../../src/edits/partner_review';
import { readFilesWithWorkbooks } from '../../../src/formats';
import { toFlatRows } from '../../../src/formats/flat_rows';
import { indicatorRows } from '../../../src/formats/indicator_table';
import { loadExcel } from '../../../src/formats/xlsx_read';
import {
  missingOf,
  organizationMissingOf,
  writeFlatWorkbook,
  writeTableWorkbook,
} from '../../../src/formats/xlsx_write';
import { createI18n } from '../../../src/i18n';
import type { Dataset } from '../../../src/model/dataset';
import { stableId } from '../../../src/model/ids';
import type { Language } from '../../../src/model/languages';
import type { Gazetteer } from '../../../src/places/types';
import { editFixture } from '../edits/edit_fixture';
import { flatDataset } from './arbitrary_dataset';

/** Each test loads exceljs and writes a workbook: slow on a busy machine. */
const SLOW = 60_000;

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
});

function write(dataset: Dataset, language: Language = 'fr', blankRows = 0) {
  return writeFlatWorkbook(dataset, {
    language,
    t: createI18n(language).t,
    communes: gazetteer.communes.map((commune) => commune.name_fr),
    blankRows,
  });
}

async function open(bytes: Uint8Array) {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return workbook;
}

describe('a workbook written for a person to fill', () => {
  it(
    'has its header in the partner’s language, frozen and filtered, ids locked and the rest open',
    async () => {
      const workbook = await open(await write(editFixture(), 'nl', 5));
      const [data, explanation, lists] = workbook.worksheets;
      expect(data?.name).toBe('Diensten');
      expect(data?.getCell('B1').value).toBe('Naam van de dienst');
      expect(data?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(data?.autoFilter).toBeTruthy();
      expect(data?.getCell('A2').protection?.locked).not.toBe(false);
      expect(data?.getCell('B2').protection?.locked).toBe(false);
      expect(explanation?.name).toBe('Uitleg');
      expect(lists?.state).toBe('hidden');
    },
    SLOW,
  );

  it(
    'offers the categories as a drop-down list of labels, down to the empty rows',
    async () => {
      const bytes = await write(editFixture(), 'fr', 10);
      const workbook = await open(bytes);
      const data = workbook.worksheets[0];
      const category = data?.getCell('C2');
      expect(category?.value).toBe('Aide sociale');
      expect(data?.getCell('C12').dataValidation).toMatchObject({ type: 'list' });
    },
    SLOW,
  );

  it(
    'writes a text that looks like a formula as a text, never a formula',
    async () => {
      const dataset = editFixture();
      const [service] = dataset.services;
      if (!service) throw new Error('fixture without a service');
      service.description = '=HYPERLINK("http://evil.example","x")';
      const workbook = await open(await write(dataset));
      const data = workbook.worksheets[0];
      const texts: unknown[] = [];
      data?.eachRow((row) => {
        row.eachCell((cell) => {
          if (cell.formula) texts.push(cell.address);
        });
      });
      expect(texts).toEqual([]);
    },
    SLOW,
  );
});

describe('a workbook of figures', () => {
  it(
    'reads back as the same figures, one per row',
    async () => {
      const dataset: Dataset = {
        ...editFixture(),
        indicators: [
          {
            id: stableId('indicator', 'namur-2024'),
            nis_code: '92094',
            indicator: 'people_under_tp',
            value: 1234,
            unit: 'persons',
            year: 2024,
            reference_date: '2024-01-01',
            source: 'Fedasil',
            source_consulted: '',
            last_verified: '',
          },
        ],
      };
      const { header, rows } = indicatorRows(dataset);
      const bytes = await writeTableWorkbook('Chiffres', header, rows);
      const back = await readFilesWithWorkbooks([{ path: 'chiffres.xlsx', bytes }], { gazetteer });
      expect(back.report.format).toBe('indicators-xlsx');
      expect(back.dataset.indicators).toMatchObject([
        { nis_code: '92094', indicator: 'people_under_tp', value: 1234, unit: 'persons' },
      ]);
    },
    SLOW,
  );
});

describe('a "to check" workbook', () => {
  it(
    'names what each row lacks, a verification over twelve months old included',
    async () => {
      const dataset = editFixture();
      const [service] = dataset.services;
      if (!service) throw new Error('fixture without a service');
      service.last_verified = '2025-11-30';
      const [row] = toFlatRows(dataset);
      if (!row) throw new Error('no flat row');
      expect(missingOf(row.row, '2026-12-07')).toEqual([
        'phone',
        'email',
        'website',
        'address',
        'staleVerified',
      ]);
      expect(missingOf({ ...row.row, last_verified: '2026-01-15' }, '2026-12-07')).toEqual([
        'phone',
        'email',
        'website',
        'address',
      ]);
      const bytes = await writeFlatWorkbook(dataset, {
        language: 'fr',
        t: createI18n('fr').t,
        communes: [],
        checkedOn: '2026-12-07',
      });
      const [data, explanation] = (await open(bytes)).worksheets;
      expect(data?.getCell('A1').value).toBe('À vérifier');
      const explained = explanation?.getColumn(1).values ?? [];
      const line = explanation?.getRow(explained.indexOf('À vérifier'));
      expect(line?.getCell(2).value).toMatch(/^Ce qui manque à la ligne le 2026-12-07/);
      expect(line?.getCell(3).value).toContain('adresse exacte manquante');
      // Then what its organisation itself lacks, as the partner's "to check" list says it.
      const organization = toCheckList(dataset, service.organization_id, '2026-12-07').find(
        (item) => item.table === 'organizations',
      );
      expect(organizationMissingOf(row.row, '2026-12-07')).toEqual(organization?.missing);
      expect(data?.getCell('A2').value).toBe(
        'téléphone manquant, courriel manquant, site web manquant, adresse exacte manquante, vérifié il y a plus de 12 mois — organisation : téléphone manquant, courriel manquant, site web manquant, jamais vérifié',
      );
      const back = await readFilesWithWorkbooks([{ path: 'a-verifier.xlsx', bytes }], {
        gazetteer,
      });
      expect(back.dataset.services.map((record) => record.name)).toEqual(['Aide sociale']);
      // Its "to check" column is the Atlas's own note, read back as nothing, not as a column it does not know.
      expect(back.report.issues.filter((issue) => issue.variant === 'unknownColumns')).toEqual([]);
    },
    SLOW,
  );
});

describe('a workbook exported and imported unchanged', () => {
  it('gives no change to review', async () => {
    await fc.assert(
      fc.asyncProperty(
        flatDataset(gazetteer.communes),
        fc.constantFrom<Language>('fr', 'nl', 'en'),
        async (dataset, language) => {
          const bytes = await write(dataset, language, 3);
          const back = await readFilesWithWorkbooks([{ path: 'retour.xlsx', bytes }], {
            gazetteer,
          });
          const columns = (back.report.columns ?? []).map((column) => column.field);
          const review = reviewReturn(dataset, back.dataset, carriedByFlatColumns(columns));
          const moved = review.items.filter((item) => item.status !== 'unchanged');
          expect(moved).toEqual([]);
        },
      ),
      { numRuns: 8 },
    );
  }, 120_000);
});
