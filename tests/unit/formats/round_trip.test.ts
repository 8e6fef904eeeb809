import fc from 'fast-check';
import { loadGazetteer } from '../../../scripts/lib/load_reference';
import { flatCsvDriver } from '../../../src/formats/flat_csv';
import { hsdsDriver } from '../../../src/formats/hsds';
import { normalisedCsvDriver } from '../../../src/formats/normalised_csv';
import type { FormatDriver, InputFile, OutputFile } from '../../../src/formats/types';
import type { Dataset } from '../../../src/model/dataset';
import type { Gazetteer } from '../../../src/places/types';
import { flatDataset, fullDataset, sorted } from './arbitrary_dataset';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
});

function asInput(files: readonly OutputFile[]): InputFile[] {
  const encoder = new TextEncoder();
  return files.map((file) => ({
    path: `export/${file.path}`,
    bytes: typeof file.content === 'string' ? encoder.encode(file.content) : file.content,
  }));
}

/** Writes then reads; the only findings allowed are infos and, in the flat form, services without a site. */
function roundTrip(driver: FormatDriver, dataset: Dataset, delimiter: ',' | ';' = ','): void {
  const files = asInput(driver.write(dataset, { delimiter }));
  const { dataset: back, report } = driver.read(files, { gazetteer });
  expect(report.rejected).toBe(0);
  const unexpected = report.issues.filter(
    (issue) =>
      issue.severity !== 'info' && !(driver.id === 'flat-csv' && issue.code === 'no_location'),
  );
  expect(unexpected).toEqual([]);
  expect(sorted(back)).toEqual(sorted(dataset));
}

describe('export then import gives the dataset back unchanged', () => {
  it('flat CSV, with commas and with semicolons and decimal commas', () => {
    fc.assert(
      fc.property(
        flatDataset(gazetteer.communes),
        fc.constantFrom(',' as const, ';' as const),
        (dataset, delimiter) => roundTrip(flatCsvDriver, dataset, delimiter),
      ),
      { numRuns: 60 },
    );
  });

  it('normalised CSV (one file per table)', () => {
    fc.assert(
      fc.property(fullDataset(gazetteer.communes), (dataset) =>
        roundTrip(normalisedCsvDriver, dataset),
      ),
      { numRuns: 60 },
    );
  });

  it('HSDS 3.0 package with its sidecar', () => {
    fc.assert(
      fc.property(fullDataset(gazetteer.communes), (dataset) => roundTrip(hsdsDriver, dataset)),
      { numRuns: 40 },
    );
  });
});
