import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { loadGazetteer } from '../../../scripts/lib/load_reference';
import { newTransaction, toChangeset } from '../../../src/edits/transaction';
import type { InputFile } from '../../../src/formats/types';
import { stableId } from '../../../src/model/ids';
import type { RejectedRow } from '../../../src/model/report';
import type { Gazetteer } from '../../../src/places/types';
import { fixDelimitedText, type RowFix } from '../../../src/workers/apply_fixes';
import { type ImportOutcome, readImport } from '../../../src/workers/read_import';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const encoder = new TextEncoder();

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
});

function data(outcome: ImportOutcome) {
  if (outcome.kind !== 'data') throw new Error(`read as ${outcome.kind}`);
  return outcome;
}

function textFile(path: string, text: string): InputFile {
  return { path, bytes: encoder.encode(text) };
}

function fixed(row: RejectedRow, values: Record<string, string>): RowFix {
  return { ...row, values: { ...row.values, ...values } };
}

describe('reading an import with rows fixed in place', () => {
  it('a flat Excel file (Windows-1252, ;): the fixed row joins, other rows keep their numbers', () => {
    const files = [
      {
        path: 'excel_fr_windows1252.csv',
        bytes: new Uint8Array(readFileSync(join(FIXTURES, 'excel_fr_windows1252.csv'))),
      },
    ];
    const first = data(readImport(files, [], gazetteer));
    expect(first.report.rejected_rows.map((row) => row.row)).toEqual([7]);
    const [rejected] = first.report.rejected_rows;
    if (!rejected) throw new Error('no rejected row');
    expect(rejected.values.Nom).toBe('');
    const again = data(readImport(files, [fixed(rejected, { Nom: 'Service corrigé' })], gazetteer));
    expect(again.report.rejected).toBe(0);
    expect(again.report.accepted).toBe(first.report.accepted + 1);
    expect(again.dataset.services.map((service) => service.name)).toContain('Service corrigé');
    expect(again.report.encoding).toBe('windows-1252');
    expect(again.report.file).toBe('excel_fr_windows1252.csv');
    const where = (outcome: typeof first) =>
      outcome.report.issues
        .filter((issue) => issue.row !== 7)
        .map((issue) => [issue.row, issue.field, issue.code]);
    expect(where(again)).toEqual(where(first));
  });

  it('a multi-line quoted cell and a blank line keep the row numbers of the rows after them', () => {
    const text =
      'service_name;organization_name;city\n"Cours\nde français";Org A;Namur\n\n;Org B;Mons\nAccueil;Org C;Liège\n';
    const files = [textFile('services.txt', text)];
    const first = data(readImport(files, [], gazetteer));
    const [rejected] = first.report.rejected_rows;
    expect(rejected?.row).toBe(4);
    if (!rejected) return;
    const again = data(readImport(files, [fixed(rejected, { service_name: 'Aide' })], gazetteer));
    expect(again.report.rejected).toBe(0);
    expect(again.dataset.services.map((service) => service.name).sort()).toEqual([
      'Accueil',
      'Aide',
      'Cours\nde français',
    ]);
  });

  it('writes every other row back cell for cell: formulas, quotes, spaces', () => {
    const text = `a;b\r\n=1+2;"x;y"\r\n'=z;" lead"\r\nold;row\r\n`;
    const fix: RowFix = { row: 4, values: { a: 'new', b: '"q"' } };
    expect(fixDelimitedText(text, new Map([[4, fix]]))).toBe(
      `a;b\r\n=1+2;"x;y"\r\n'=z;" lead"\r\nnew;"""q"""\r\n`,
    );
  });

  it('a normalised CSV: a fixed service finds its organisation in the other file', () => {
    const org = stableId('organization', 'test');
    const files = [
      textFile('export/organizations.csv', `id,name,org_type\n${org},Organisation test,ngo\n`),
      textFile(
        'export/services.csv',
        `id,organization_id,name,category\n${stableId('service', 'a')},${org},,housing\n`,
      ),
    ];
    const first = data(readImport(files, [], gazetteer));
    const [rejected] = first.report.rejected_rows;
    expect(rejected).toMatchObject({ file: 'export/services.csv', row: 2 });
    if (!rejected) return;
    const again = data(readImport(files, [fixed(rejected, { name: 'Logement' })], gazetteer));
    expect(again.report.rejected).toBe(0);
    expect(again.dataset.services[0]).toMatchObject({ name: 'Logement', organization_id: org });
  });

  it('a GeoJSON feature keeps its point when its properties are fixed', () => {
    const collection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [4.8667, 50.4669] },
          properties: { service_name: '', organization_name: 'Org test' },
        },
      ],
    };
    const files = [textFile('sites.geojson', JSON.stringify(collection))];
    const [rejected] = data(readImport(files, [], gazetteer)).report.rejected_rows;
    if (!rejected) throw new Error('the nameless feature was not rejected');
    const again = data(readImport(files, [fixed(rejected, { service_name: 'Aide' })], gazetteer));
    expect(again.report.rejected).toBe(0);
    expect(again.dataset.locations[0]).toMatchObject({
      latitude: 50.4669,
      longitude: 4.8667,
      nis_code: '92094',
    });
  });

  it('an HSDS zip: fixing a location lets the link that pointed to it in as well', () => {
    const folder = join(FIXTURES, 'hsds_example');
    const zip = zipSync(
      Object.fromEntries(
        readdirSync(folder).map((name) => [
          `package/${name}`,
          new Uint8Array(readFileSync(join(folder, name))),
        ]),
      ),
    );
    const files = [{ path: 'package.zip', bytes: zip }];
    const first = data(readImport(files, [], gazetteer));
    const location = first.report.rejected_rows.find((row) => row.file?.endsWith('locations.csv'));
    if (!location) throw new Error('the example location was not rejected');
    const again = data(
      readImport(files, [fixed(location, { latitude: '50.4669', longitude: '4.8667' })], gazetteer),
    );
    expect(again.report.file).toBe('package.zip');
    expect(again.report.rejected).toBe(0);
    expect(again.dataset.locations).toHaveLength(1);
    expect(again.dataset.service_at_locations).toHaveLength(1);
  });

  it('tells a changeset from a GeoJSON file by its format', () => {
    const service = stableId('service', 'x');
    const changeset = toChangeset(
      [
        newTransaction(
          [{ table: 'services', id: service, field: 'name', old: 'A', new: 'B' }],
          'Ana',
          'editRecord',
        ),
      ],
      'base',
    );
    const outcome = readImport(
      [textFile('changes.json', JSON.stringify(changeset))],
      [],
      gazetteer,
    );
    expect(outcome).toMatchObject({
      kind: 'changeset',
      file: 'changes.json',
      parsed: { ok: true },
    });
    const broken = readImport(
      [textFile('changes.json', JSON.stringify({ ...changeset, changes: [{ tx: '' }] }))],
      [],
      gazetteer,
    );
    expect(broken).toMatchObject({ kind: 'changeset', parsed: { ok: false } });
    if (broken.kind === 'changeset' && !broken.parsed.ok) {
      expect(broken.parsed.errors.map((error) => error.message).join('\n')).toMatch(
        /change 1, field "tx"/,
      );
    }
  });
});
