import type { FeatureCollection } from 'geojson';
import indicatorsUrl from '../../data/indicators.csv?url';
import locationsUrl from '../../data/locations.csv?url';
import organizationsUrl from '../../data/organizations.csv?url';
import arrondissementsUrl from '../../data/reference/arrondissements.geojson?url';
import communesUrl from '../../data/reference/communes.geojson?url';
import postcodesUrl from '../../data/reference/postcodes.csv?url';
import provincesUrl from '../../data/reference/provinces.geojson?url';
import relationshipsUrl from '../../data/relationships.csv?url';
import serviceAtLocationUrl from '../../data/service_at_location.csv?url';
import servicesUrl from '../../data/services.csv?url';
import { normalisedCsvDriver } from '../formats/normalised_csv';
import type { Dataset } from '../model/dataset';
import { gazetteerFromReference } from '../places/reference';
import type { Gazetteer } from '../places/types';
import type { Geography } from '../store/view';

const TABLE_URLS: Record<string, string> = {
  'organizations.csv': organizationsUrl,
  'services.csv': servicesUrl,
  'locations.csv': locationsUrl,
  'service_at_location.csv': serviceAtLocationUrl,
  'relationships.csv': relationshipsUrl,
  'indicators.csv': indicatorsUrl,
};

export interface CuratedData {
  dataset: Dataset;
  /** Identifies this version of the curated tables: local changes are kept against it. */
  version: string;
  gazetteer: Gazetteer;
  geography: Geography;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** FNV-1a (32 bits) over the bytes of every table: changes whenever any table changes. */
function fingerprint(tables: readonly Uint8Array[]): string {
  let hash = 0x811c9dc5;
  for (const bytes of tables) {
    for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193);
    hash = Math.imul(hash ^ 0xff, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Loads the curated dataset and the reference geography shipped with the app, through the
 * same format driver and validation as any import. `onProgress` gets a fraction in [0, 1].
 */
export async function loadCuratedData(
  onProgress: (fraction: number) => void,
): Promise<CuratedData> {
  const names = Object.keys(TABLE_URLS);
  const urls = [
    communesUrl,
    postcodesUrl,
    arrondissementsUrl,
    provincesUrl,
    ...Object.values(TABLE_URLS),
  ];
  let done = 0;
  const bytes = await Promise.all(
    urls.map(async (url) => {
      const content = await fetchBytes(url);
      done += 1;
      onProgress((0.8 * done) / urls.length);
      return content;
    }),
  );
  const decoder = new TextDecoder();
  const [communes, postcodes, arrondissements, provinces, ...tables] = bytes.map((content) =>
    content instanceof Uint8Array ? content : new Uint8Array(),
  );
  const communesText = decoder.decode(communes);
  const gazetteer = gazetteerFromReference(communesText, decoder.decode(postcodes));
  const version = fingerprint(tables);
  const files = tables.map((content, index) => ({ path: names[index] ?? '', bytes: content }));
  const { dataset, report } = normalisedCsvDriver.read(files, { gazetteer });
  if (report.rejected > 0) {
    console.warn(`The curated dataset has ${report.rejected} rejected rows`, report.issues);
  }
  onProgress(1);
  return {
    dataset,
    version,
    gazetteer,
    geography: {
      communes: JSON.parse(communesText) as FeatureCollection,
      arrondissements: JSON.parse(decoder.decode(arrondissements)) as FeatureCollection,
      provinces: JSON.parse(decoder.decode(provinces)) as FeatureCollection,
    },
  };
}
