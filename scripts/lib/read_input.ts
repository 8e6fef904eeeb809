import { readFiles } from '../../src/formats';
import type { ReadResult } from '../../src/formats/types';
import { readInputFiles } from './input_files';
import { loadGazetteer } from './load_reference';
import { CommandError } from './run_command';

/** Thrown when a file cannot be read at all: the command says so in one line and exits 2. */
export class UnreadableInput extends CommandError {
  constructor(message: string) {
    super([`cannot read ${message}`]);
  }
}

/**
 * Reads a file or folder with the format driver that recognises it, as the app does.
 * Throws UnreadableInput when nothing could be read (no such path, unknown format, no
 * usable header), with one line that says why.
 */
export async function readInput(path: string): Promise<ReadResult> {
  let files: ReturnType<typeof readInputFiles>;
  try {
    files = readInputFiles(path);
  } catch (error) {
    throw new UnreadableInput((error as Error).message);
  }
  const result = readFiles(files, { gazetteer: await loadGazetteer() }, path);
  const report = { ...result.report, file: path };
  const fatal = report.issues.find(
    (issue) =>
      issue.row === null || issue.code === 'unreadable_file' || issue.code === 'missing_column',
  );
  if (report.rows === 0 && fatal && fatal.severity === 'error') {
    throw new UnreadableInput(`${path}: ${fatal.file ? `${fatal.file}: ` : ''}${fatal.message}`);
  }
  return { dataset: result.dataset, report };
}

/** The exit code of a read: 0 when every row was accepted, 1 when some were rejected. */
export function exitCodeOf(result: ReadResult): 0 | 1 {
  return result.report.rejected > 0 ? 1 : 0;
}
