/**
 * Builds the curated dataset (data/*.csv) from the copies of the shared sources in
 * data/sources/. I/O only; the records come from the pure builders in scripts/build_data/.
 *
 *   npx tsx scripts/build_data.ts                     # build from data/sources
 *   npx tsx scripts/build_data.ts --refresh-sources   # first copy the sources again from
 *                                                     # $ATLAS_SHARED_DATA (default ../shared/data)
 *
 * A missing copy is taken from the shared folder; a copy that differs from it is reported.
 * Same sources give byte-identical output. Exits 1 with a message on any problem.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalisedCsvDriver } from '../src/formats/normalised_csv';
import { placeLocation } from '../src/places/place_location';
import { buildDataset } from './build_data/build_dataset';
import { readSourceTables, syncSourceCopies } from './build_data/read_sources';
import { summarize } from './build_data/summary';
import { loadGazetteer } from './lib/load_reference';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA_DIR = join(ROOT, 'data');
const COPIES_DIR = join(DATA_DIR, 'sources');
const SHARED_DIR = resolve(ROOT, process.env.ATLAS_SHARED_DATA ?? '../shared/data');

async function main(): Promise<void> {
  const refresh = process.argv.includes('--refresh-sources');
  for (const message of syncSourceCopies(SHARED_DIR, COPIES_DIR, refresh)) console.log(message);
  const gazetteer = await loadGazetteer();
  const { dataset, notes } = buildDataset(readSourceTables(COPIES_DIR), {
    updateNis: (nisCode) => gazetteer.updateNis(nisCode),
    place: (input) => placeLocation(input, gazetteer),
  });
  for (const file of normalisedCsvDriver.write(dataset)) {
    writeFileSync(join(DATA_DIR, file.path), file.content);
    console.log(`wrote data/${file.path}`);
  }
  for (const note of notes) console.log(`- ${note}`);
  for (const line of summarize(dataset)) console.log(line);
}

main().catch((error: unknown) => {
  console.error(`build_data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
