import { strFromU8, unzipSync } from 'fflate';
import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { createRecord, updateRecord } from '../../../src/edits/record_edits';
import { newTransaction, parseChangeset } from '../../../src/edits/transaction';
import {
  changesetExport,
  datasetExport,
  type ExportFile,
} from '../../../src/export/export_formats';
import { flatCsvDriver } from '../../../src/formats/flat_csv';
import { editFixture } from '../edits/edit_fixture';

const DATE = '2026-11-29';
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** An export's text: the file itself, or every file of a zip. */
function textOf(file: ExportFile): string {
  if (file.type !== 'application/zip') return decode(file.bytes);
  return Object.values(unzipSync(file.bytes))
    .map((bytes) => strFromU8(bytes))
    .join('\n');
}

/** The fixture with a contact person and a note on the CPAS and on its service. */
function withInternal() {
  const dataset = editFixture();
  const [organization] = dataset.organizations;
  const [service] = dataset.services;
  if (!organization || !service) throw new Error('fixture');
  organization.contact_person = 'Marie Dupont (assistante sociale)';
  organization.notes = 'Appeler le mardi';
  service.contact_person = 'Oleksandr K.';
  service.notes = 'Liste d’attente longue';
  return dataset;
}

const SECRETS = ['Marie Dupont', 'Appeler le mardi', 'Oleksandr K.', 'Liste d’attente'];

describe('internal fields (contact persons, notes)', () => {
  it('stay out of every dataset export unless asked for', () => {
    const dataset = withInternal();
    for (const format of ['flat-csv', 'csv', 'geojson', 'hsds'] as const) {
      const file = datasetExport(dataset, { format, date: DATE });
      const content = textOf(file);
      for (const secret of SECRETS) expect(content, format).not.toContain(secret);
      expect(content, format).not.toContain('contact_person');
    }
    for (const format of ['flat-csv', 'csv', 'geojson'] as const) {
      const file = datasetExport(dataset, { format, date: DATE, includeInternal: true });
      const content = textOf(file);
      for (const secret of SECRETS) expect(content, format).toContain(secret.split('’')[0]);
    }
  });

  it('are read back from a flat CSV that has them, under French headers', () => {
    const csv =
      'Nom du service;Organisation;Code postal;Commune;Personne de contact;Remarques;Source\n' +
      'Cours de français;Lire et Écrire;4000;Liège;Anna;Mardi matin;https://example.org\n';
    const { dataset } = flatCsvDriver.read(
      [{ path: 'x.csv', bytes: new TextEncoder().encode(csv) }],
      {
        gazetteer: loadGazetteerSync(),
      },
    );
    expect(dataset.services[0]).toMatchObject({ contact_person: 'Anna', notes: 'Mardi matin' });
  });

  it('stay out of a changeset unless asked: field changes dropped, records without them', () => {
    const dataset = withInternal();
    const [service] = dataset.services;
    if (!service) throw new Error('fixture');
    const edit = newTransaction(
      updateRecord('services', service, { notes: 'Plus de liste d’attente', name: 'Aide' }),
      'Ana',
      'editRecord',
    );
    const created = newTransaction(
      createRecord('services', { ...service, id: crypto.randomUUID() }),
      'Ana',
      'createRecord',
    );
    const plain = parseChangeset(decode(changesetExport([edit, created], 'base', DATE).bytes));
    if (!plain.ok) throw new Error(plain.errors.map((error) => error.message).join('\n'));
    expect(plain.changeset.changes.map((change) => change.field)).toEqual(['name', null]);
    const text = JSON.stringify(plain.changeset);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    const full = parseChangeset(
      decode(
        changesetExport([edit, created], 'base', DATE, undefined, { includeInternal: true }).bytes,
      ),
    );
    if (!full.ok) throw new Error(full.errors.map((error) => error.message).join('\n'));
    expect(full.changeset.changes.map((change) => change.field)).toEqual(['notes', 'name', null]);
  });
});
