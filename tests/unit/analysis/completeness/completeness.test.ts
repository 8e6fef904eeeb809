import fc from 'fast-check';
import {
  completeness,
  FIGURES,
  siteGaps,
} from '../../../../src/analysis/completeness/completeness';
import { toCheckList } from '../../../../src/analysis/completeness/to_check';
import { buildSiteRows } from '../../../../src/explore/sites';
import { toCheckCsv } from '../../../../src/export/to_check_csv';
import { createI18n } from '../../../../src/i18n';
import type { Dataset } from '../../../../src/model/dataset';
import { stableId } from '../../../../src/model/ids';
import { editFixture } from '../../edits/edit_fixture';

const TODAY = '2026-12-07';

function fixture(): Dataset {
  const base = editFixture();
  const [service] = base.services;
  const [location] = base.locations;
  if (!service || !location) throw new Error('fixture');
  const exact = {
    ...location,
    id: stableId('location', 'exact'),
    address_1: 'Rue Saint-Laurent 1',
    location_precision: 'exact' as const,
    source: '',
    last_verified: '2026-01-10',
  };
  const verified = {
    ...service,
    id: stableId('service', 'verified'),
    name: 'Cours de français',
    category: 'language' as const,
    phone: '04 220 60 11',
    last_verified: '2025-12-06',
  };
  return {
    ...base,
    services: [service, verified],
    locations: [location, exact],
    service_at_locations: [
      ...base.service_at_locations,
      {
        id: stableId('service_at_location', 'verified at exact'),
        service_id: verified.id,
        location_id: exact.id,
        source: '',
        source_consulted: '',
        last_verified: '',
      },
    ],
  };
}

function sitesOf(dataset: Dataset) {
  return buildSiteRows(dataset, (nis) =>
    nis === '62063'
      ? {
          nis_code: nis,
          name_fr: 'Liège',
          name_nl: 'Luik',
          name_de: 'Lüttich',
          arrondissement: '',
          province: '',
          interior_point: [5.57, 50.63],
        }
      : undefined,
  );
}

describe('completeness', () => {
  it('counts per commune how precisely sites are placed, what they lack and how fresh they are', () => {
    const { groups, total } = completeness(sitesOf(fixture()), 'commune', TODAY);
    expect(groups.map((group) => group.key)).toEqual(['62063']);
    expect(total.counts).toEqual({
      services: 2,
      sites: 2,
      exact: 1,
      postcode: 1,
      commune: 0,
      noPhone: 1,
      noEmail: 2,
      noWebsite: 2,
      noSource: 1,
      neverVerified: 1,
      // Verified on 6 December 2025: more than twelve months before 7 December 2026.
      staleVerified: 1,
    });
    expect(total.rows.exact.map((site) => site.service.name)).toEqual(['Cours de français']);
  });

  it('groups by category, and every figure counts exactly the sites it lists', () => {
    const sites = sitesOf(fixture());
    const { groups } = completeness(sites, 'category', TODAY);
    expect(groups.map((group) => group.key).sort()).toEqual(['language', 'social_aid']);
    fc.assert(
      fc.property(fc.subarray([...sites]), fc.constantFrom('commune', 'category'), (some, by) => {
        const { total } = completeness(some, by as 'commune' | 'category', TODAY);
        for (const figure of FIGURES) {
          if (figure === 'services') continue;
          expect(total.counts[figure]).toBe(total.rows[figure].length);
          const expected = some.filter(
            (site) => figure === 'sites' || siteGaps(site, TODAY).includes(figure),
          );
          expect(total.rows[figure]).toEqual(expected);
        }
      }),
    );
  });
});

describe('a partner’s list of what to check', () => {
  it('lists the organisation’s records that lack something, and what', () => {
    const dataset = fixture();
    const cpas = dataset.organizations[0];
    if (!cpas) throw new Error('fixture');
    const rows = toCheckList(dataset, cpas.id, TODAY);
    expect(rows.map((row) => [row.table, row.name, row.missing])).toEqual([
      ['organizations', 'CPAS de Liège', ['phone', 'email', 'website', 'neverVerified']],
      ['services', 'Aide sociale', ['phone', 'email', 'website', 'neverVerified']],
      ['services', 'Cours de français', ['email', 'website', 'staleVerified']],
      ['locations', 'Liège', ['address', 'neverVerified']],
      ['locations', 'Rue Saint-Laurent 1, Liège', ['source']],
    ]);
  });

  it('writes it as CSV in the user’s language, with ids to match the answer, formulas neutralised', () => {
    const dataset = fixture();
    const cpas = dataset.organizations[0];
    if (!cpas) throw new Error('fixture');
    const rows = toCheckList(dataset, cpas.id, TODAY).map((row, index) =>
      index === 0 ? { ...row, name: '=HYPERLINK("x")' } : row,
    );
    const csv = toCheckCsv(rows, {
      organization: cpas.name,
      date: TODAY,
      t: createI18n('fr').t,
      delimiter: ';',
    });
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('# Fiches de CPAS de Liège à vérifier');
    expect(lines[1]).toBe('# Calculé le 2026-12-07');
    expect(lines[3]).toBe('Fiche;id;Nom;Manque;Dernière vérification');
    expect(lines[4]).toBe(
      `Organisation;${cpas.id};"'=HYPERLINK(""x"")";"téléphone, e-mail, site web, jamais vérifiée";`,
    );
  });
});
