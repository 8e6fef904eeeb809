import { issuesReport } from '../formats';
import { sizeRefusal } from '../formats/input_size';
import type { InputFile } from '../formats/types';
import type { SourceFile } from './import_protocol';
import type { ImportOutcome } from './read_import';

/**
 * The outcome of files too large to import, told from their sizes before a byte of them
 * is read (the limits of formats/input_size.ts); null when they may be read.
 */
export function tooLarge(files: readonly SourceFile[]): ImportOutcome | null {
  const label = files.length === 1 ? (files[0]?.path ?? '') : '';
  const refusal = sizeRefusal(
    files.map(({ path, file }) => ({ path, size: file.size })),
    label,
  );
  return refusal ? { kind: 'data', ...issuesReport(label, [refusal]) } : null;
}

/** The bytes of the files to import, read where this runs (in the worker: off the page). */
export async function inputFilesOf(files: readonly SourceFile[]): Promise<InputFile[]> {
  return Promise.all(
    files.map(async ({ path, file }) => ({
      path,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

/** Progress callbacks thinned to steps of at least `step`, so messages stay few and small. */
export function thinProgress(
  report: (fraction: number) => void,
  step = 0.02,
): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    if (fraction >= 1 || fraction - last >= step) {
      last = fraction;
      report(Math.min(1, Math.max(0, fraction)));
    }
  };
}
