import { basename } from 'node:path';
import { readFilesWithWorkbooks } from '../../src/formats';
import type { ReadResult } from '../../src/formats/types';
import type { ImportReport } from '../../src/model/report';
import { readInputFiles } from './input_files';
import { loadGazetteer } from './load_reference';
import { CommandError } from './run_command';

/** Thrown when a path cannot be read at all: the command says so in one line and exits 2. */
export class UnreadableInput extends CommandError {
  constructor(message: string) {
    super([`cannot read ${message}`]);
  }
}

/**
 * Why nothing could be read, in lines (the first names the input), or null: a read that
 * gave no row and an error about a whole file (a limit passed, an unknown format, no
 * usable header). The command exits 2 then.
 */
export function unreadableLines(report: ImportReport, path: string): string[] | null {
  const fileLevel = report.issues.filter(
    (issue) =>
      issue.row === null || issue.code === 'unreadable_file' || issue.code === 'missing_column',
  );
  if (report.rows > 0 || !fileLevel.some((issue) => issue.severity === 'error')) return null;
  const [first, ...others] = fileLevel.map(
    (issue) =>
      `${issue.file && issue.file !== basename(path) ? `${issue.file}: ` : ''}${issue.message}`,
  );
  return [`cannot read ${path}: ${first}`, ...others.map((line) => `  ${line}`)];
}

/**
 * Reads a file or folder with the format driver that recognises it, as the app does.
 * Throws UnreadableInput when the path cannot be read, or holds more than the Atlas reads.
 */
export async function readInput(path: string): Promise<ReadResult> {
  let files: ReturnType<typeof readInputFiles>;
  try {
    files = readInputFiles(path);
  } catch (error) {
    throw new UnreadableInput((error as Error).message);
  }
  const result = await readFilesWithWorkbooks(files, { gazetteer: await loadGazetteer() }, path);
  return { dataset: result.dataset, report: { ...result.report, file: path } };
}

/**
 * The exit code of a read: 0 when every row was accepted, 1 when some were rejected, 2
 * when nothing could be read.
 */
export function exitCodeOf(result: ReadResult): 0 | 1 | 2 {
  if (unreadableLines(result.report, result.report.file)) return 2;
  return result.report.rejected > 0 ? 1 : 0;
}
