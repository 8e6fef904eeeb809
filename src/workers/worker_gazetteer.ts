import communesUrl from '../../data/reference/communes.geojson?url';
import postcodesUrl from '../../data/reference/postcodes.csv?url';
import { gazetteerFromReference } from '../places/reference';
import type { Gazetteer } from '../places/types';

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response.text();
}

let gazetteer: Promise<Gazetteer> | null = null;

/**
 * The gazetteer of the import worker, built once from the same reference files as the
 * page's (data/reference; cached by the browser and the service worker), so that imports
 * place sites exactly as the curated dataset was placed.
 */
export function workerGazetteer(): Promise<Gazetteer> {
  gazetteer ??= Promise.all([fetchText(communesUrl), fetchText(postcodesUrl)]).then(
    ([communes, postcodes]) => gazetteerFromReference(communes, postcodes),
  );
  gazetteer.catch(() => {
    gazetteer = null;
  });
  return gazetteer;
}
