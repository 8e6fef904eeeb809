/** Loads the gazetteer from data/reference (Node only). */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Boundaries } from '../../src/places/area_catalogue';
import { gazetteerFromReference } from '../../src/places/reference';
import type { Gazetteer } from '../../src/places/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_DATA_DIR = join(ROOT, 'data');

const built = new Map<string, Gazetteer>();
const loading = new Map<string, Promise<Gazetteer>>();

function paths(dir: string): [string, string] {
  return [join(dir, 'reference', 'communes.geojson'), join(dir, 'reference', 'postcodes.csv')];
}

/** The gazetteer built from `<dataDir>/reference/{communes.geojson,postcodes.csv}`, cached per dir. */
export async function loadGazetteer(dataDir: string = DEFAULT_DATA_DIR): Promise<Gazetteer> {
  const dir = resolve(dataDir);
  const done = built.get(dir);
  if (done) return done;
  let pending = loading.get(dir);
  if (!pending) {
    const [communes, postcodes] = paths(dir);
    pending = Promise.all([readFile(communes, 'utf8'), readFile(postcodes, 'utf8')])
      .then(([communesText, postcodesText]) => {
        const gazetteer = gazetteerFromReference(communesText, postcodesText);
        built.set(dir, gazetteer);
        return gazetteer;
      })
      .finally(() => loading.delete(dir));
    loading.set(dir, pending);
  }
  return pending;
}

/** The boundaries of data/reference (communes, arrondissements, provinces). */
export function loadBoundaries(dataDir: string = DEFAULT_DATA_DIR): Boundaries {
  const read = (name: string) =>
    JSON.parse(readFileSync(join(resolve(dataDir), 'reference', `${name}.geojson`), 'utf8'));
  return {
    communes: read('communes'),
    arrondissements: read('arrondissements'),
    provinces: read('provinces'),
  };
}

/** The same gazetteer, read synchronously (for tests and scripts that cannot await). */
export function loadGazetteerSync(dataDir: string = DEFAULT_DATA_DIR): Gazetteer {
  const dir = resolve(dataDir);
  const done = built.get(dir);
  if (done) return done;
  const [communes, postcodes] = paths(dir);
  const gazetteer = gazetteerFromReference(
    readFileSync(communes, 'utf8'),
    readFileSync(postcodes, 'utf8'),
  );
  built.set(dir, gazetteer);
  return gazetteer;
}
