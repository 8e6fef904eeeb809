import { unreadableReport } from '../../import/report_builder';
import type { Dataset } from '../../model/dataset';
import { emptyDataset } from '../../model/dataset';
import type { AreaCatalogue } from '../../places/area_catalogue';
import type { FormatDriver, InputFile, ReadContext, ReadResult } from '../types';
import { zipFiles } from '../zip_files';
import { fromHsds } from './from_hsds';
import { expandZip, looksLikePackage } from './package_files';
import { hsdsFiles } from './to_hsds';

export { checkPackage } from './conformance';
export { HSDS_DESCRIPTOR } from './descriptor';
export { EXTENSIONS_FILE } from './extensions';
export { fromHsds } from './from_hsds';
export { hsdsFiles, toHsds } from './to_hsds';

function read(files: readonly InputFile[], context: ReadContext): ReadResult {
  const label = files.length === 1 ? (files[0]?.path ?? '') : undefined;
  let packageFiles: readonly InputFile[];
  try {
    packageFiles = expandZip(files);
  } catch (error) {
    return {
      dataset: emptyDataset(),
      report: unreadableReport(
        label ?? '',
        'hsds',
        `The zip file could not be opened: ${(error as Error).message}`,
      ),
    };
  }
  const result = fromHsds(packageFiles, context.gazetteer, label);
  context.onProgress?.(1);
  return result;
}

/**
 * The HSDS 3.0 tabular data package driver. detect: a datapackage.json among the files,
 * or a single .zip holding one (possibly under a top folder). read: see `fromHsds`.
 * write: the package files (datapackage.json and the CSVs) and `atlas_extensions.json`
 * at the same level; the caller places the sidecar beside the package folder.
 */
export const hsdsDriver: FormatDriver = {
  id: 'hsds',
  detect: looksLikePackage,
  read,
  write: (dataset, options) => hsdsFiles(dataset, options?.areas),
};

/**
 * The package as one zip (for a browser download): the package files and the sidecar
 * `atlas_extensions.json` at the top of the archive, as `write` gives them.
 */
export function writeHsdsZip(dataset: Dataset, areas?: AreaCatalogue): Uint8Array {
  return zipFiles(hsdsFiles(dataset, areas));
}
