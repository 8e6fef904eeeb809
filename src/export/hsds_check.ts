import { readFiles } from '../formats';
import type { Dataset } from '../model/dataset';
import type { ImportReport } from '../model/report';
import type { Gazetteer } from '../places/types';
import { type DatasetExportOptions, datasetExport, type ExportFile } from './export_formats';

/** An HSDS package ready to download, with what a reader of it will be told. */
export interface CheckedHsdsExport {
  file: ExportFile;
  /**
   * The package read back exactly as `npm run validate -- <package>.zip` (and the Atlas's
   * own import) reads it: its conformance to the HSDS 3.0 descriptor (as warnings), the
   * field findings, and the records an importer would reject (errors).
   */
  report: ImportReport;
}

/**
 * Builds the HSDS package and checks it before the user downloads it: the report is about
 * these very bytes, so what the user saw is what the file holds.
 */
export function checkedHsdsExport(
  dataset: Dataset,
  gazetteer: Gazetteer,
  options: Omit<DatasetExportOptions, 'format' | 'delimiter'>,
): CheckedHsdsExport {
  const file = datasetExport(dataset, { ...options, format: 'hsds' });
  const { report } = readFiles([{ path: file.name, bytes: file.bytes }], { gazetteer });
  return { file, report };
}
