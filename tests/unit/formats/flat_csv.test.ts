import { readFileSync } from 'node:fs';
import { loadGazetteer } from '../../../scripts/lib/load_reference';
import { flatCsvDriver } from '../../../src/formats/flat_csv';
import { FLAT_COLUMNS } from '../../../src/formats/flat_rows';
import type { ReadResult } from '../../../src/formats/types';
import type { Gazetteer } from '../../../src/places/types';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
});

function read(text: string | Uint8Array, path = 'services.csv'): ReadResult {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return flatCsvDriver.read([{ path, bytes }], { gazetteer });
}

function codesAt(result: ReadResult, row: number): string[] {
  return result.report.issues.filter((issue) => issue.row === row).map((issue) => issue.code);
}

describe('a spreadsheet saved by Excel in a French locale', () => {
  let result: ReadResult;
  beforeAll(() => {
    result = read(
      new Uint8Array(readFileSync('tests/fixtures/excel_fr_windows1252.csv')),
      'excel.csv',
    );
  });

  it('is read as Windows-1252 with semicolons, accents intact', () => {
    expect(result.report.encoding).toBe('windows-1252');
    expect(result.report.delimiter).toBe(';');
    expect(result.dataset.services.map((service) => service.name)).toContain(
      'Cours de français langue étrangère',
    );
    expect(result.dataset.organizations.map((org) => org.name)).toContain(
      "Commune d'Eupen (exemple)",
    );
  });

  it('reads French headers, labels, decimal commas and Belgian dates', () => {
    const service = result.dataset.services.find((s) => s.name.startsWith('Cours de français'));
    expect(service).toMatchObject({
      category: 'language',
      languages: ['fr', 'uk'],
      url: 'https://www.exemple-liege.be',
      phone: '04 000 00 00',
      last_verified: '2026-01-15',
    });
    const org = result.dataset.organizations.find((o) => o.name === 'Asbl Exemple Liège');
    expect(org?.org_type).toBe('ngo');
    const site = result.dataset.locations.find((l) => l.address_1 === "Rue de l'Exemple 1");
    expect(site).toMatchObject({
      latitude: 50.6451,
      longitude: 5.5734,
      location_precision: 'exact',
      nis_code: '62063',
      city: 'Liège',
    });
  });

  it('places each site with the right commune and precision', () => {
    const byOrg = (name: string) => {
      const org = result.dataset.organizations.find((o) => o.name === name);
      return result.dataset.locations.find((l) => l.organization_id === org?.id);
    };
    expect(byOrg('Exemple Namur')).toMatchObject({
      nis_code: '92094',
      location_precision: 'postcode',
    });
    expect(byOrg("Commune d'Eupen (exemple)")).toMatchObject({
      nis_code: '63023',
      location_precision: 'commune',
    });
    expect(byOrg('CPAS exemple')).toMatchObject({ nis_code: '92094', location_precision: 'exact' });
    expect(byOrg('Exemple Bastogne')).toMatchObject({ nis_code: '82039' });
  });

  it('says what it fixed, at the spreadsheet row', () => {
    expect(codesAt(result, 5)).toContain('coordinates_swapped');
    expect(codesAt(result, 6)).toContain('nis_code_updated');
    expect(codesAt(result, 8)).toEqual(expect.arrayContaining(['unknown_category', 'invalid_url']));
  });

  it('rejects only the row without a service name, and lists it', () => {
    expect(result.report).toMatchObject({ rows: 7, accepted: 6, rejected: 1 });
    expect(result.report.issues).toContainEqual(
      expect.objectContaining({
        row: 7,
        field: 'service_name',
        code: 'missing_required',
        severity: 'error',
      }),
    );
    expect(result.report.rejected_rows.map((row) => row.row)).toEqual([7]);
    expect(result.report.rejected_rows[0]?.values.Organisation).toBe('Ligne sans nom');
  });
});

describe('flat CSV rows', () => {
  const header = 'service_name;organization_name;postal_code;city;latitude;longitude';

  it('rejects a row with the wrong field count and keeps the others', () => {
    const result = read(`${header}\nA;Org;5000;Namur;;\nB;Org;5000\nC;Org;4000;Liège;;\n`);
    expect(result.report).toMatchObject({ rows: 3, accepted: 2, rejected: 1 });
    expect(codesAt(result, 3)).toEqual(['malformed_row']);
  });

  it('falls back to the postcode when coordinates are not numbers', () => {
    const result = read(`${header}\nA;Org;5000;Namur;abc;4.86\n`);
    expect(codesAt(result, 2)).toContain('invalid_coordinate');
    expect(result.dataset.locations[0]?.location_precision).toBe('postcode');
    expect(result.report.accepted).toBe(1);
  });

  it('keeps a point outside Wallonia with a warning', () => {
    const result = read(`${header}\nA;Org;;;51.2194;4.4025\n`);
    expect(codesAt(result, 2)).toContain('coordinates_outside_wallonia');
    expect(result.dataset.locations[0]).toMatchObject({
      latitude: 51.2194,
      location_precision: 'exact',
    });
  });

  it('lets the point decide the commune when the row names another one', () => {
    const result = read(`${header}\nA;Org;;Namur;50.6451;5.5734\n`);
    expect(codesAt(result, 2)).toContain('commune_mismatch');
    expect(result.dataset.locations[0]?.nis_code).toBe('62063');
  });

  it('reads x/y columns in Lambert 72', () => {
    const result = read('service_name,organization_name,x,y\nA,Org,185000,128000\n');
    expect(result.report.crs).toBe('EPSG:31370');
    const site = result.dataset.locations[0];
    expect(site?.nis_code).toBe('92094');
    expect(site?.longitude).toBeCloseTo(4.86, 1);
  });

  it('warns on an unknown postcode and commune', () => {
    const result = read(`${header}\nA;Org;9999;Atlantis;;\n`);
    expect(codesAt(result, 2)).toEqual(
      expect.arrayContaining(['unknown_postcode', 'unknown_commune']),
    );
  });

  it('stops with missing_column when no column holds the service name', () => {
    const result = read('foo;bar\n1;2\n');
    expect(result.report.issues).toContainEqual(
      expect.objectContaining({ code: 'missing_column', severity: 'error', row: 1 }),
    );
    expect(result.dataset.services).toEqual([]);
  });

  it('gives the same ids when the same file is imported twice', () => {
    const text = `${header}\nA;Org;5000;Namur;;\n`;
    expect(read(text).dataset).toEqual(read(text).dataset);
    expect(read(text).dataset.services[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('flat CSV export', () => {
  it('starts with the 22 columns of the Atlas flat form, UTF-8 with BOM', () => {
    const result = read('service_name;organization_name;city\nA;Org;Namur\n');
    const [file] = flatCsvDriver.write(result.dataset);
    const content = String(file?.content);
    expect(
      content.startsWith('\uFEFFservice_id,service_name,category,status,languages,organization_id'),
    ).toBe(true);
    expect(content.slice(1).split('\r\n')[0]?.split(',').slice(0, 22)).toEqual(
      FLAT_COLUMNS.slice(0, 22),
    );
  });

  it('neutralises a cell a spreadsheet would run as a formula', () => {
    const result = read('service_name;organization_name;city\n=HYPERLINK("http://x");Org;Namur\n');
    const content = String(flatCsvDriver.write(result.dataset)[0]?.content);
    expect(content).toContain(`"'=HYPERLINK(""http://x"")"`);
    const back = read(content, 'back.csv');
    expect(back.dataset.services[0]?.name).toBe('=HYPERLINK("http://x")');
  });

  it('writes decimal commas with semicolons, for Excel in Belgian locales', () => {
    const result = read(
      'service_name;organization_name;latitude;longitude\nA;Org;50.4669;4.8667\n',
    );
    const content = String(flatCsvDriver.write(result.dataset, { delimiter: ';' })[0]?.content);
    expect(content).toContain(';50,4669;4,8667;');
  });
});

describe('a record repeated on several rows', () => {
  it('keeps the first values and reports each value a later row would change', () => {
    const result = read(
      'service_name;organization_name;city;phone;languages\nCours;Org;Namur;081 22 33 44;fr|uk\nCours;Org;Namur;04 222 33 44;fr\n',
    );
    expect(result.dataset.services).toHaveLength(1);
    expect(result.dataset.services[0]).toMatchObject({
      phone: '081 22 33 44',
      languages: ['fr', 'uk'],
    });
    const conflicts = result.report.issues.filter((issue) => issue.code === 'conflicting_value');
    expect(conflicts.map((issue) => [issue.row, issue.field])).toEqual([
      [3, 'languages'],
      [3, 'phone'],
    ]);
    expect(conflicts[1]?.message).toContain('04 222 33 44');
  });

  it('keeps each record’s own source through a flat export and import', () => {
    const first = read(
      'service_name;organization_name;city;source;organization_source;location_source\nCours;Org;Namur;page A;registry B;map C\n',
    );
    const back = read(String(flatCsvDriver.write(first.dataset)[0]?.content), 'back.csv');
    expect(back.dataset.services[0]?.source).toBe('page A');
    expect(back.dataset.organizations[0]?.source).toBe('registry B');
    expect(back.dataset.locations[0]?.source).toBe('map C');
  });
});

describe('a service area column', () => {
  it('reads the communes, arrondissements and provinces served, by name or code, in any language', () => {
    const result = read(
      [
        'Nom du service;Organisation;Catégorie;Commune;Zone desservie',
        'Parcours;CRI Test;integration;Liège;arrondissement de Huy | Liège | 64000',
        'Cours;Asbl Test;language;Arlon;Provinz Luxemburg',
        'Aide;CPAS Test;social_aid;Namur;Atlantis',
      ].join('\n'),
    );
    const areas = result.dataset.services.map((service) => service.service_area);
    expect(areas).toEqual([['61000', '62063', '64000'], ['80000'], []]);
    expect(codesAt(result, 2)).not.toContain('unknown_area');
    expect(codesAt(result, 4)).toContain('unknown_area');
  });

  it('is written as the codes, | between them, and read back the same', () => {
    const first = read(
      'service_name;organization_name;city;service_area\nA;B;Namur;province de Namur|Arlon\n',
    );
    const written = flatCsvDriver.write(first.dataset)[0]?.content as string;
    expect(written).toContain('90000|81001');
    expect(read(written).dataset.services[0]?.service_area).toEqual(['90000', '81001']);
  });
});

describe('a capacity column', () => {
  it('reads whole numbers of places, Belgian thousands included, and warns of the rest', () => {
    const result = read(
      'Nom;Organisation;Commune;Places\nA;X;Namur;1.200\nB;Y;Namur;about 50\nC;Z;Namur;\n',
    );
    expect(result.dataset.services.map((service) => service.capacity)).toEqual([1200, null, null]);
    expect(codesAt(result, 3)).toContain('invalid_value');
  });
});

describe('an enterprise number column', () => {
  it('reads the KBO/BCE number under its French and Dutch names, and empties a wrong one with a warning', () => {
    const french = read('Nom;Organisation;Commune;N° BCE\nA;CPAS de Namur;Namur;BE 0212.345.617\n');
    expect(french.dataset.organizations[0]?.enterprise_number).toBe('');
    expect(codesAt(french, 2)).toContain('invalid_value');
    const dutch = read('Naam;Organisatie;Gemeente;Ondernemingsnummer\nA;OCMW;Namur;0203201340\n');
    expect(dutch.dataset.organizations[0]?.enterprise_number).toBe('0203.201.340');
  });
});
