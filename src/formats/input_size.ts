import { englishCount, LIMITS, megabytes, megabyteValue } from '../model/limits';
import type { Issue } from '../model/report';

/** A file to read, known by its size before its bytes are read. */
export interface SizedFile {
  path: string;
  size: number;
}

function refusal(
  file: string,
  code: Issue['code'],
  message: string,
  variant: string,
  values: Issue['values'],
): Issue {
  return { file, row: null, field: null, severity: 'error', code, message, variant, values };
}

/**
 * Why files are too large to read, checked from their sizes alone (before a byte is read,
 * in the browser's worker and on the command line): one past the limit of a file, or more
 * files, or more bytes in all, than one import takes. Null when they may be read.
 */
export function sizeRefusal(files: readonly SizedFile[], label: string): Issue | null {
  const large = files.find((file) => file.size > LIMITS.fileBytes);
  if (large) {
    return refusal(
      large.path,
      'file_too_large',
      `The file is ${megabytes(large.size)}, more than the ${megabytes(LIMITS.fileBytes)} the Atlas reads in one file: split it into several files (a table into files of fewer rows, each with the header row)`,
      'file',
      { size: megabyteValue(large.size) },
    );
  }
  if (files.length > LIMITS.files) {
    return refusal(
      label,
      'file_too_large',
      `${englishCount(files.length)} files, more than the ${englishCount(LIMITS.files)} the Atlas reads at once: import them in several goes`,
      'files',
      { count: files.length },
    );
  }
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > LIMITS.fileBytes) {
    return refusal(
      label,
      'file_too_large',
      `The files come to ${megabytes(total)}, more than the ${megabytes(LIMITS.fileBytes)} the Atlas reads at once: import them in several goes`,
      'total',
      { size: megabyteValue(total) },
    );
  }
  return null;
}
