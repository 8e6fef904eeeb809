import { unreadableReport } from '../import/report_builder';
import { emptyDataset } from '../model/dataset';
import { flatCsvDriver } from './flat_csv';
import { geojsonDriver } from './geojson';
import { hsdsDriver } from './hsds';
import { indicatorTableDriver } from './indicator_table';
import { normalisedCsvDriver } from './normalised_csv';
import type { FormatDriver, FormatId, InputFile, ReadContext, ReadResult } from './types';

/** Every format the Atlas reads and writes, most specific first (detection order). */
export const FORMAT_DRIVERS: readonly FormatDriver[] = [
  hsdsDriver,
  normalisedCsvDriver,
  geojsonDriver,
  indicatorTableDriver,
  flatCsvDriver,
];

export const FORMAT_IDS: readonly FormatId[] = FORMAT_DRIVERS.map((driver) => driver.id);

export function driverFor(id: FormatId): FormatDriver {
  const driver = FORMAT_DRIVERS.find((candidate) => candidate.id === id);
  if (!driver) throw new Error(`No driver for format ${id}`);
  return driver;
}

export function detectFormat(files: readonly InputFile[]): FormatDriver | undefined {
  return FORMAT_DRIVERS.find((driver) => driver.detect(files));
}

/** Reads files in whatever format they are; a set of files no driver knows gets a report saying so. */
export function readFiles(
  files: readonly InputFile[],
  context: ReadContext,
  label = files.length === 1 ? (files[0]?.path ?? '') : '',
): ReadResult {
  const driver = detectFormat(files);
  if (driver) return driver.read(files, context);
  return {
    dataset: emptyDataset(),
    report: unreadableReport(
      label,
      'unknown',
      files.length === 0
        ? 'No file to read'
        : 'Not a format the Atlas reads: expected a .csv (flat or one file per table), a .geojson, or an HSDS package (folder or .zip with datapackage.json)',
    ),
  };
}

export type {
  FormatDriver,
  FormatId,
  InputFile,
  OutputFile,
  ReadContext,
  ReadResult,
} from './types';
