import { importCountSteps, importCounts, importPatch } from '../../../src/edits/import_patch';
import { importSourceText, withImportSource } from '../../../src/edits/import_source';
import { applyPatch } from '../../../src/edits/patch';
import { runAtOnce } from '../../../src/lib/slices';
import type { Dataset } from '../../../src/model/dataset';
import { stableId } from '../../../src/model/ids';
import type { Organization, Service } from '../../../src/model/schemas';
import { editFixture } from './edit_fixture';

const ORIGIN = { file: 'services_namur.csv', date: '2026-12-01', author: 'Olena' };
const STAMP = 'services_namur.csv (imported on 2026-12-01 by Olena)';

/** A file without a source column: a new organisation and the fixture's service, changed. */
function withoutSources(current: Dataset): Dataset {
  const [organization] = current.organizations;
  const [service] = current.services;
  if (!organization || !service) throw new Error('fixture');
  const fresh: Organization = {
    ...organization,
    id: stableId('organization', 'new'),
    name: 'Nouvelle ASBL',
    source: '',
    source_consulted: '',
  };
  const changed: Service = { ...service, eligibility: 'sur rendez-vous', source: '' };
  return { ...current, organizations: [fresh], services: [changed], locations: [] };
}

describe('withImportSource', () => {
  it('names the file, the day and who imported it', () => {
    expect(importSourceText(ORIGIN)).toBe(STAMP);
    expect(importSourceText({ ...ORIGIN, author: '' })).toBe(
      'services_namur.csv (imported on 2026-12-01)',
    );
  });

  it('gives a new record without a source the import as its source, read that day', () => {
    const current = editFixture();
    const sourced = withImportSource(current, withoutSources(current), ORIGIN);
    expect(sourced.organizations[0]).toMatchObject({
      source: STAMP,
      source_consulted: '2026-12-01',
    });
  });

  it('adds the import to the sources of a record it changes', () => {
    const current = editFixture();
    const [service] = withImportSource(current, withoutSources(current), ORIGIN).services;
    expect(service).toMatchObject({ eligibility: 'sur rendez-vous', source: `test | ${STAMP}` });
  });

  it('keeps the file’s own sources, and a record it leaves as it is keeps its own', () => {
    const current = editFixture();
    const file = withoutSources(current);
    const own = {
      ...file,
      organizations: file.organizations.map((o) => ({ ...o, source: 'Annuaire 2026' })),
    };
    expect(withImportSource(current, own, ORIGIN).organizations[0]?.source).toBe('Annuaire 2026');
    const same = { ...current, services: current.services.map((s) => ({ ...s, source: '' })) };
    expect(withImportSource(current, same, ORIGIN).services).toEqual(current.services);
  });

  it('makes importing the same file twice change nothing the second time', () => {
    const current = editFixture();
    const file = withoutSources(current);
    const once = applyPatch(
      current,
      importPatch(current, withImportSource(current, file, ORIGIN), 'add'),
    );
    const later = { ...ORIGIN, date: '2026-12-02' };
    expect(importPatch(once, withImportSource(once, file, later), 'add')).toEqual([]);
  });
});

describe('the counts of an import with its source, step by step', () => {
  it('are the counts of the records withImportSource gives', () => {
    const current = editFixture();
    const file = withoutSources(current);
    const same = { ...current, services: current.services.map((s) => ({ ...s, source: '' })) };
    for (const imported of [file, same]) {
      for (const mode of ['add', 'replace'] as const) {
        expect(runAtOnce(importCountSteps(current, imported, mode, ORIGIN))).toEqual(
          importCounts(current, withImportSource(current, imported, ORIGIN), mode),
        );
      }
    }
    // A record the import leaves as it is, but for its missing source, is not counted changed.
    expect(runAtOnce(importCountSteps(current, same, 'add', ORIGIN)).updated).toBe(0);
  });
});
