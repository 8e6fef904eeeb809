import { loadGazetteerSync } from '../../../../scripts/lib/load_reference';
import { hsdsDriver } from '../../../../src/formats/hsds';
import type { InputFile } from '../../../../src/formats/types';
import type { Issue } from '../../../../src/model/report';
import { EXAMPLE_DIR, folderFiles, sampleDataset } from './sample';

const gazetteer = loadGazetteerSync();

function where(issues: readonly Issue[], code: Issue['code']) {
  return issues
    .filter((issue) => issue.code === code)
    .map(({ file, row, field }) => ({ file, row, field }));
}

function replaceIn(
  files: readonly InputFile[],
  name: string,
  from: string,
  to: string,
): InputFile[] {
  return files.map((file) =>
    file.path.endsWith(name)
      ? {
          path: file.path,
          bytes: new TextEncoder().encode(new TextDecoder().decode(file.bytes).replace(from, to)),
        }
      : file,
  );
}

describe('reading the official HSDS example', () => {
  const read = () => hsdsDriver.read(folderFiles(EXAMPLE_DIR), { gazetteer });

  it('is recognised as an HSDS package', () => {
    expect(hsdsDriver.detect(folderFiles(EXAMPLE_DIR))).toBe(true);
  });

  it('says that its location has invalid coordinates, at locations.csv row 2', () => {
    const { report } = read();
    const invalid = report.issues.filter((issue) => issue.code === 'invalid_coordinate');
    expect(invalid.length).toBeGreaterThan(0);
    for (const issue of invalid) {
      expect(issue).toMatchObject({ file: 'hsds_example/locations.csv', row: 2 });
    }
    expect(report.rejected_rows).toContainEqual(
      expect.objectContaining({ file: 'hsds_example/locations.csv', row: 2 }),
    );
  });

  it('names each dangling foreign key by file, row and field', () => {
    const { report } = read();
    expect(where(report.issues, 'dangling_reference')).toEqual(
      expect.arrayContaining([
        { file: 'hsds_example/locations.csv', row: 2, field: 'organization_id' },
        { file: 'hsds_example/contacts.csv', row: 2, field: 'organization_id' },
        { file: 'hsds_example/contacts.csv', row: 2, field: 'service_at_location_id' },
        { file: 'hsds_example/taxonomy_terms.csv', row: 2, field: 'taxonomy_id' },
        { file: 'hsds_example/organizations.csv', row: 2, field: 'parent_organization_id' },
      ]),
    );
  });

  it('counts the core rows, keeps the organisation and service, rejects the unplaceable location and its link', () => {
    const { report, dataset } = read();
    expect(report).toMatchObject({
      format: 'hsds',
      rows: 4,
      accepted: 2,
      rejected: 2,
      encoding: 'utf-8',
    });
    expect(report.rejected_rows.map(({ file, row }) => ({ file, row }))).toEqual([
      { file: 'hsds_example/locations.csv', row: 2 },
      { file: 'hsds_example/service_at_location.csv', row: 2 },
    ]);
    expect(dataset.locations).toEqual([]);
    expect(dataset.service_at_locations).toEqual([]);
  });

  it('keeps what the example says and invents nothing it does not', () => {
    const { dataset } = read();
    expect(dataset.organizations).toEqual([
      expect.objectContaining({
        id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
        name: 'Example Organization Inc.',
        alternate_name: 'Example Org',
        org_type: 'other',
        level: '',
        phone: '',
        parent_organization_id: '',
        source: '',
        last_verified: '',
      }),
    ]);
    expect(dataset.services).toEqual([
      expect.objectContaining({
        id: 'ac148810-d857-441c-9679-408f346de14b',
        organization_id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
        name: 'Community Counselling',
        languages: ['ur'],
        status: 'active',
        eligibility:
          'This service is intended for all people aged 12 and over who require counselling services in the MyCity area',
        last_verified: '2005-01-01',
        audience: '',
      }),
    ]);
    expect(dataset.relationships).toEqual([]);
    expect(dataset.indicators).toEqual([]);
  });
});

describe('reading an Atlas package with problems', () => {
  const written = () =>
    hsdsDriver.write(sampleDataset(gazetteer)).map((file) => ({
      path: `pkg/${file.path}`,
      bytes:
        typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content,
    }));

  it('keeps every phone number of a service, not only the first', () => {
    const files = replaceIn(
      written(),
      'phones.csv',
      "'+32 81 00 00 01,,,\r\n",
      "'+32 81 00 00 01,,,\r\n0f6a1b2c-3d4e-5f60-8a7b-9c0d1e2f3a4b,,a9cb345e-eeac-5dfa-93f2-8fb55820ff87,,,,081 99 99 99,,fax,\r\n",
    );
    const { dataset } = hsdsDriver.read(files, { gazetteer });
    const service = dataset.services.find((s) => s.id === 'a9cb345e-eeac-5dfa-93f2-8fb55820ff87');
    expect(service?.phone).toBe('+32 81 00 00 01; 081 99 99 99');
  });

  it('reports a finding where the value is: a bad language code in languages.csv', () => {
    const files = replaceIn(written(), 'languages.csv', ',ru', ',zz');
    const { report, dataset } = hsdsDriver.read(files, { gazetteer });
    const [issue] = report.issues.filter((candidate) => candidate.code === 'unknown_language');
    expect(issue).toMatchObject({ file: 'pkg/languages.csv', field: 'code' });
    expect(issue?.row).toBeGreaterThan(1);
    expect(
      dataset.services.find((service) => service.name === 'Cours de français')?.languages,
    ).toEqual(['fr', 'uk']);
  });

  it('rejects a service whose organisation is not in the package, naming the field', () => {
    const sample = sampleDataset(gazetteer);
    const cpas = sample.organizations[0]?.id ?? '';
    const files = written().map((file) =>
      file.path.endsWith('organizations.csv')
        ? {
            path: file.path,
            bytes: new TextEncoder().encode(
              new TextDecoder()
                .decode(file.bytes)
                .split('\n')
                .filter((line) => !line.startsWith(cpas))
                .join('\n'),
            ),
          }
        : file,
    );
    const { report, dataset } = hsdsDriver.read(files, { gazetteer });
    const dangling = report.issues.filter(
      (issue) => issue.code === 'dangling_reference' && issue.file === 'pkg/services.csv',
    );
    expect(dangling).toEqual([
      expect.objectContaining({ row: 2, field: 'organization_id', severity: 'error' }),
    ]);
    expect(dataset.services.map((service) => service.name)).toEqual([
      'Cours de français',
      'Permanence sociale',
    ]);
    expect(report.rejected_rows).toContainEqual(
      expect.objectContaining({ file: 'pkg/services.csv', row: 2 }),
    );
  });

  it('reports an unreadable sidecar and still reads the package', () => {
    const files = written().map((file) =>
      file.path.endsWith('atlas_extensions.json')
        ? { path: file.path, bytes: new TextEncoder().encode('{') }
        : file,
    );
    const { report, dataset } = hsdsDriver.read(files, { gazetteer });
    expect(where(report.issues, 'unreadable_file')).toEqual([
      { file: 'pkg/atlas_extensions.json', row: null, field: null },
    ]);
    expect(dataset.organizations).toHaveLength(2);
    expect(dataset.relationships).toEqual([]);
  });
});
