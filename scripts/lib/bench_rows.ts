import { FLAT_COLUMNS } from '../../src/formats/flat_rows';
import { CATEGORIES } from '../../src/model/enums';
import type { Gazetteer } from '../../src/places/types';

/** The rows the import benchmarks read (bench:import as CSV, bench:xlsx as a workbook). */

const POSTCODES = ['4000', '5000', '1300', '6000', '7000', '6700', '4800', '1400', '5100', '7500'];

/**
 * Rows like those a steward keeps: real communes and postcodes; a third of the rows list
 * another service at the previous row's site; a fifth of the sites have only a postcode;
 * the others have their own point, a few hundred metres around a point of their commune.
 */
export function generateRows(rows: number, gazetteer: Gazetteer): string[][] {
  const communes = gazetteer.communes;
  const body: string[][] = [];
  let site: Record<string, string> = {};
  for (let index = 0; index < rows; index += 1) {
    if (index % 3 !== 1) {
      const commune = communes[(index * 7) % communes.length];
      if (!commune) throw new Error('the gazetteer has no communes');
      const [longitude, latitude] = commune.interior_point;
      const byPostcode = index % 5 === 0;
      const jitter = (((index * 37) % 101) - 50) / 50_000;
      site = {
        location_name: `Site ${index}`,
        address: `Rue ${index % 300}, ${1 + (index % 120)}`,
        postal_code: byPostcode ? (POSTCODES[index % POSTCODES.length] ?? '') : '',
        city: byPostcode ? '' : commune.name_fr,
        nis_code: byPostcode ? '' : commune.nis_code,
        latitude: byPostcode ? '' : (latitude + jitter).toFixed(6),
        longitude: byPostcode ? '' : (longitude - jitter).toFixed(6),
      };
    }
    const row: Record<string, string> = {
      ...site,
      service_name: `Service ${index}`,
      category: CATEGORIES[index % CATEGORIES.length] ?? 'other',
      languages: index % 3 === 0 ? 'fr|uk' : 'fr',
      organization_name: `Organisation ${index % 2000}`,
      organization_type: 'ngo',
      phone: '+32 81 00 00 00',
      email: `contact${index % 2000}@example.org`,
      website: `https://example.org/${index}`,
      last_verified: '2026-01-15',
      source: 'generated for the benchmark',
    };
    body.push(FLAT_COLUMNS.map((column) => row[column] ?? ''));
  }
  return body;
}
