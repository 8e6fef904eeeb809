import type { InputFile } from '../formats/types';
import type { SourceFile } from './import_protocol';

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
