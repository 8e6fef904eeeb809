import { unzipSync } from 'fflate';
import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { checkedHsdsExport } from '../../../src/export/hsds_check';
import { subsetOfSites } from '../../../src/export/subset';
import { curatedDataset, loadedStore } from '../ui/render_atlas';

const DATE = '2026-11-29';

describe('the HSDS export and its validation report', { timeout: 30_000 }, () => {
  it('is a zip of the HSDS 3.0 package with the Atlas sidecar, checked by reading it back', () => {
    const dataset = curatedDataset();
    const { file, report } = checkedHsdsExport(dataset, loadGazetteerSync(), { date: DATE });
    expect(file.name).toBe('atlas-hsds-2026-11-29.zip');
    const names = Object.keys(unzipSync(file.bytes));
    expect(names).toEqual(
      expect.arrayContaining([
        'datapackage.json',
        'organizations.csv',
        'services.csv',
        'locations.csv',
        'service_at_location.csv',
        'atlas_extensions.json',
      ]),
    );
    const records =
      dataset.organizations.length +
      dataset.services.length +
      dataset.locations.length +
      dataset.service_at_locations.length +
      dataset.relationships.length +
      dataset.indicators.length;
    expect(report).toMatchObject({ format: 'hsds', rows: records, rejected: 0 });
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('reports what does not conform to HSDS, file by file, before anything is downloaded', () => {
    const dataset = structuredClone(curatedDataset());
    const [organization] = dataset.organizations;
    if (!organization) throw new Error('the curated data has organisations');
    organization.email = 'not an address';
    const { report } = checkedHsdsExport(dataset, loadGazetteerSync(), { date: DATE });
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        file: 'organizations.csv',
        field: 'email',
        severity: 'warning',
        message: expect.stringContaining('Not conformant to HSDS 3.0'),
      }),
    );
  });

  it('checks the filtered subset on its own: every reference in it stands', () => {
    const store = loadedStore();
    store.getState().setFilters({ provinces: ['Namur'] });
    const { dataset, visible } = store.getState();
    const subset = subsetOfSites(dataset, visible);
    const { file, report } = checkedHsdsExport(subset, loadGazetteerSync(), {
      date: DATE,
      filtered: true,
    });
    expect(file.name).toBe('atlas-hsds-filtered-2026-11-29.zip');
    expect(report.rejected).toBe(0);
    expect(report.issues.filter((issue) => issue.code === 'dangling_reference')).toEqual([]);
  });
});
