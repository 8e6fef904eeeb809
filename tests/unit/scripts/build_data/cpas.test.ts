import { buildCpas } from '../../../../scripts/build_data/cpas';
import { commune, FAKE_TOOLS, realTables } from './test_sources';

function cpasRow(nis: string, name: string, fields: Record<string, string> = {}) {
  return {
    name: `CPAS de ${name}`,
    commune: name,
    nis,
    address: '',
    postcode: '',
    phone: '',
    email: '',
    website: '',
    source_url: '',
    source_date: '',
    row_basis: 'derived: one CPAS per commune',
    notes: '',
    ...fields,
  };
}

describe('buildCpas', () => {
  it('gives one CPAS per 2025 commune: 261 from the 262 source rows', () => {
    const tables = realTables();
    expect(tables.cpas).toHaveLength(262);
    const draft = buildCpas(tables.cpas, tables.communes, FAKE_TOOLS.updateNis);
    expect(draft.organizations).toHaveLength(261);
    expect(new Set(draft.organizations.map((org) => org.key)).size).toBe(261);
    expect(draft.services).toHaveLength(261);
    expect(draft.sites).toHaveLength(261);
  });

  it('merges the Bertogne row into "CPAS de Bastogne" (82039) and says so', () => {
    const communes = [commune('82039', 'Bastogne', { merged_from: ['82003', '82005'] })];
    const rows = [cpasRow('82003', 'Bastogne'), cpasRow('82005', 'Bertogne')];
    const draft = buildCpas(rows, communes, FAKE_TOOLS.updateNis);
    expect(draft.organizations).toHaveLength(1);
    const [bastogne] = draft.organizations;
    expect(bastogne?.key).toBe('cpas:82039');
    expect(bastogne?.name).toBe('CPAS de Bastogne');
    expect(bastogne?.alternate_name).toContain('CPAS de Bertogne');
    expect(bastogne?.description).toContain('Bertogne (82005)');
    expect(bastogne?.source).toContain('merged row "CPAS de Bertogne"');
    expect(draft.sites[0]?.nisCode).toBe('82039');
  });

  it('maps a 2019-renumbered code to the current commune', () => {
    const communes = [commune('58001', 'La Louvière')];
    const draft = buildCpas([cpasRow('55022', 'La Louvière')], communes, FAKE_TOOLS.updateNis);
    expect(draft.organizations[0]?.key).toBe('cpas:58001');
  });

  it('keeps the contacts a source gives, and only those', () => {
    const communes = [commune('62063', 'Liège'), commune('62096', 'Seraing')];
    const rows = [
      cpasRow('62063', 'Liège', {
        address: 'Place Saint-Jacques, 13',
        postcode: '4000',
        phone: '04/220.58.11',
        website: 'http://www.cpasdeliege.be',
        source_url: 'http://www.cpasdeliege.be/index.php/le-cpas',
      }),
      cpasRow('62096', 'Seraing'),
    ];
    const draft = buildCpas(rows, communes, FAKE_TOOLS.updateNis);
    expect(draft.organizations[0]).toMatchObject({
      phone: '04/220.58.11',
      website: 'http://www.cpasdeliege.be',
    });
    expect(draft.sites[0]).toMatchObject({
      address: 'Place Saint-Jacques, 13',
      postalCode: '4000',
    });
    expect(draft.organizations[1]).toMatchObject({ phone: '', email: '', website: '' });
    expect(draft.sites[1]).toMatchObject({ address: '', postalCode: '' });
  });

  it('fails when a commune has no CPAS row', () => {
    const communes = [commune('82039', 'Bastogne'), commune('82009', 'Fauvillers')];
    expect(() => buildCpas([cpasRow('82003', 'Bastogne')], communes, FAKE_TOOLS.updateNis)).toThrow(
      /82009/,
    );
  });
});
