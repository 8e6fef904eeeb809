import { loadGazetteer } from '../../../scripts/lib/load_reference';
import { normalisedCsvDriver } from '../../../src/formats/normalised_csv';
import type { ReadResult } from '../../../src/formats/types';
import { stableId } from '../../../src/model/ids';
import type { Gazetteer } from '../../../src/places/types';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
});

const ORG = stableId('organization', 'org');
const OTHER = stableId('organization', 'other');
const SERVICE = stableId('service', 'service');

function read(files: Record<string, string>): ReadResult {
  const encoder = new TextEncoder();
  return normalisedCsvDriver.read(
    Object.entries(files).map(([path, text]) => ({
      path: `folder/${path}`,
      bytes: encoder.encode(text),
    })),
    { gazetteer },
  );
}

describe('normalised CSV import', () => {
  it('is recognised by its HSDS file names', () => {
    const file = { path: 'x/organizations.csv', bytes: new Uint8Array() };
    expect(normalisedCsvDriver.detect([file])).toBe(true);
    expect(
      normalisedCsvDriver.detect([{ path: 'x/my_services.csv', bytes: new Uint8Array() }]),
    ).toBe(false);
  });

  it('rejects a second row with the same id, naming file and row', () => {
    const result = read({
      'organizations.csv': `id,name\n${ORG},Org\n${ORG},Org again\n`,
    });
    expect(result.dataset.organizations.map((org) => org.name)).toEqual(['Org']);
    expect(result.report.issues).toContainEqual(
      expect.objectContaining({
        file: 'folder/organizations.csv',
        row: 3,
        field: 'id',
        code: 'duplicate_id',
        severity: 'error',
      }),
    );
  });

  it('rejects a service whose organisation is not there, and a relationship to nowhere', () => {
    const result = read({
      'organizations.csv': `id,name\n${ORG},Org\n`,
      'services.csv': `id,organization_id,name\n${SERVICE},${OTHER},Orphan\n`,
      'relationships.csv': `source_organization_id,target_organization_id,type\n${ORG},${OTHER},funds\n${ORG},${ORG},bogus\n`,
    });
    expect(result.dataset.services).toEqual([]);
    expect(result.dataset.relationships).toEqual([]);
    const codes = result.report.issues.map((issue) => `${issue.file}:${issue.row}:${issue.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'folder/services.csv:2:dangling_reference',
        'folder/relationships.csv:2:dangling_reference',
        'folder/relationships.csv:3:invalid_value',
      ]),
    );
    expect(result.report.rejected).toBe(3);
  });

  it('keeps a location whose organisation is unknown, without the reference', () => {
    const result = read({
      'locations.csv': `organization_id,name,postal_code\n${OTHER},Site,5000\n`,
    });
    expect(result.dataset.locations[0]).toMatchObject({
      organization_id: '',
      nis_code: '92094',
      location_precision: 'postcode',
    });
    expect(result.report.issues).toContainEqual(
      expect.objectContaining({ code: 'dangling_reference', severity: 'warning' }),
    );
  });

  it('maps an indicator on an old commune code to the current one', () => {
    const result = read({
      'indicators.csv': 'nis_code,indicator,value,year\n82005,population,"3 100",2020\n',
    });
    expect(result.dataset.indicators[0]).toMatchObject({
      nis_code: '82039',
      value: 3100,
      year: 2020,
    });
    expect(result.report.issues).toContainEqual(
      expect.objectContaining({ code: 'nis_code_updated', severity: 'info' }),
    );
  });

  it('keeps the records a user said are not the same, written back as it read them', () => {
    const result = read({
      'organizations.csv': `id,name,distinct_from\n${ORG},Org,${OTHER.toUpperCase()}\n${OTHER},Other,\n`,
    });
    const [org, other] = result.dataset.organizations;
    expect(org?.distinct_from).toEqual([OTHER]);
    expect(other && 'distinct_from' in other).toBe(false);
    const written = normalisedCsvDriver.write(result.dataset);
    const organizations = written.find((file) => file.path === 'organizations.csv');
    const again = read({ 'organizations.csv': String(organizations?.content) });
    expect(again.dataset.organizations).toEqual(result.dataset.organizations);
    // A table where no record was set apart keeps the columns it had.
    const locations = written.find((file) => file.path === 'locations.csv');
    expect(String(locations?.content)).not.toContain('distinct_from');
  });
});
