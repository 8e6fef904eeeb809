import { buildDataset } from '../../../../scripts/build_data/build_dataset';
import { TABLE_NAMES } from '../../../../src/model/dataset';
import { FAKE_TOOLS, realTables } from './test_sources';

describe('buildDataset on the source copies', () => {
  const first = buildDataset(realTables(), FAKE_TOOLS);

  it('gives every record a source', () => {
    for (const table of TABLE_NAMES) {
      const records = first.dataset[table] as ReadonlyArray<{ id: string; source: string }>;
      expect(records.length, table).toBeGreaterThan(0);
      const unsourced = records.filter((record) => record.source.trim() === '');
      expect(unsourced, table).toEqual([]);
    }
  });

  it('gives the same ids and records on a second build', () => {
    const second = buildDataset(realTables(), FAKE_TOOLS);
    for (const table of TABLE_NAMES) {
      const ids = (records: ReadonlyArray<{ id: string }>) => records.map((record) => record.id);
      expect(ids(second.dataset[table]), table).toEqual(ids(first.dataset[table]));
    }
    expect(JSON.stringify(second.dataset)).toBe(JSON.stringify(first.dataset));
  });

  it('has the 261 communes, 261 CPAS and 8 integration centres', () => {
    const count = (type: string) =>
      first.dataset.organizations.filter((org) => org.org_type === type).length;
    expect(count('local_authority')).toBe(261);
    expect(count('cpas')).toBe(261);
    expect(count('integration_centre')).toBe(8);
  });

  it('leaves last_verified empty (no record was verified with its organisation) and says when each source was read', () => {
    for (const table of TABLE_NAMES) {
      const records = first.dataset[table] as ReadonlyArray<{
        last_verified: string;
        source_consulted: string;
      }>;
      expect(
        records.every((record) => record.last_verified === ''),
        table,
      ).toBe(true);
      // The day the shared sources' README says they were read.
      expect(
        records.every((record) => record.source_consulted === '2026-11-28'),
        table,
      ).toBe(true);
    }
  });

  it('invents no contact: every phone, email and website appears in a source file', () => {
    const sourceText = JSON.stringify(realTables());
    for (const org of first.dataset.organizations) {
      for (const value of [org.phone, org.email]) {
        if (value) expect(sourceText, org.name).toContain(value);
      }
      if (org.website)
        expect(sourceText, org.name).toContain(org.website.replace(/^https:\/\//, ''));
    }
  });

  it('places the ILA of the CPAS of Amay as a reception service of that CPAS', () => {
    const cpas = first.dataset.organizations.find((org) => org.name === 'CPAS de Amay');
    const services = first.dataset.services.filter(
      (service) => service.organization_id === cpas?.id,
    );
    expect(services.map((service) => service.category).sort()).toEqual(['reception', 'social_aid']);
  });
});
