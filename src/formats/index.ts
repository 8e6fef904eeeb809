import { ReportBuilder, unreadableReport } from '../import/report_builder';
import { emptyDataset } from '../model/dataset';
import type { Issue } from '../model/report';
import { flatCsvDriver } from './flat_csv';
import { geojsonDriver } from './geojson';
import { hsdsDriver } from './hsds';
import { indicatorTableDriver } from './indicator_table';
import { sizeRefusal } from './input_size';
import { normalisedCsvDriver } from './normalised_csv';
import type { FormatDriver, FormatId, InputFile, ReadContext, ReadResult } from './types';
import { isZip, openZip } from './unzip';
import {
  asWorkbookRead,
  openWorkbookInput,
  unreadableSpreadsheet,
  type WorkbookChoice,
} from './workbook_input';

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

const NOT_READ =
  'Not a format the Atlas reads: expected an .xlsx workbook, a .csv (flat or one file per table), a .geojson, or an HSDS package (folder or .zip with datapackage.json)';

/** A read of no row, with these issues about the files (why nothing was read). */
export function issuesReport(label: string, issues: readonly Issue[]): ReadResult {
  const report = new ReportBuilder(label, 'unknown');
  report.addIssues(issues);
  return { dataset: emptyDataset(), report: report.build() };
}

/**
 * A single .zip is opened within the limits (see unzip.ts) and what it holds read as if it
 * had been given unzipped: an HSDS package, the tables of the normalised form, one flat CSV
 * or GeoJSON. What opening it found (a zip inside, an entry that would not inflate) leads
 * the report, which keeps the zip's name.
 */
function readZip(zip: InputFile, context: ReadContext): ReadResult {
  const opened = openZip(zip);
  if (opened.refused) return issuesReport(zip.path, opened.issues);
  const driver = detectFormat(opened.files);
  if (!driver) {
    const message =
      opened.files.length === 0
        ? 'The zip holds no file the Atlas could open'
        : `The zip holds no file the Atlas reads (${opened.files.map((file) => file.path).join(', ')}): ${NOT_READ}`;
    return issuesReport(zip.path, [
      ...opened.issues,
      {
        file: zip.path,
        row: null,
        field: null,
        severity: 'error',
        code: 'unknown_format',
        message,
        ...(opened.files.length === 0
          ? { variant: 'emptyZip', values: {} }
          : {
              variant: 'zip',
              values: { files: opened.files.map((file) => file.path).join(', ') },
            }),
      },
    ]);
  }
  const { dataset, report } = driver.read(opened.files, context);
  return {
    dataset,
    report: { ...report, file: zip.path, issues: [...opened.issues, ...report.issues] },
  };
}

/**
 * Reads files in whatever format they are, within the stated limits of size (see
 * input_size.ts); a set of files no driver knows gets a report saying so.
 */
export function readFiles(
  files: readonly InputFile[],
  context: ReadContext,
  label = files.length === 1 ? (files[0]?.path ?? '') : '',
): ReadResult {
  const tooLarge = sizeRefusal(
    files.map((file) => ({ path: file.path, size: file.bytes.length })),
    label,
  );
  if (tooLarge) return issuesReport(label, [tooLarge]);
  const spreadsheet = files.find((file) => unreadableSpreadsheet(file.path));
  if (spreadsheet) {
    const extension = unreadableSpreadsheet(spreadsheet.path);
    return {
      dataset: emptyDataset(),
      report: unreadableReport(
        spreadsheet.path,
        'unknown',
        `The Atlas cannot open a .${extension} spreadsheet, only .xlsx workbooks: open it in LibreOffice Calc (or Excel) and save it as .xlsx (File › Save As, type "Excel 2007-365 (.xlsx)"), then import that file`,
        { variant: 'spreadsheet', values: { extension } },
      ),
    };
  }
  const [only] = files;
  if (files.length === 1 && only && isZip(only.path)) return readZip(only, context);
  const driver = detectFormat(files);
  if (driver) return driver.read(files, context);
  return {
    dataset: emptyDataset(),
    report: unreadableReport(label, 'unknown', files.length === 0 ? 'No file to read' : NOT_READ, {
      variant: files.length === 0 ? 'noFile' : 'unknownFormat',
      values: {},
    }),
  };
}

/**
 * readFiles, a workbook included: a single .xlsx is read as the table of one of its sheets
 * (`sheet`, else the first that lists services or organisations), with the sheets offered.
 */
export async function readFilesWithWorkbooks(
  files: readonly InputFile[],
  context: ReadContext,
  label = files.length === 1 ? (files[0]?.path ?? '') : '',
  sheet?: string,
): Promise<ReadResult & { workbook: WorkbookChoice | null }> {
  const input = await openWorkbookInput(files, sheet);
  if (input.issues.length > 0) return { ...issuesReport(label, input.issues), workbook: null };
  const result = asWorkbookRead(input, readFiles(input.files, context, label));
  return { ...result, workbook: input.workbook };
}

export type {
  FormatDriver,
  FormatId,
  InputFile,
  OutputFile,
  ReadContext,
  ReadResult,
} from './types';
