import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { englishCount, LIMITS, type Limits, megabytes, megabyteValue } from '../model/limits';
import type { Issue } from '../model/report';
import type { InputFile } from './types';

/**
 * Opening a zip within the stated limits: its directory is read first (names and declared
 * sizes, nothing inflated), then its entries are inflated a little at a time while the bytes
 * that come out are counted, so that a zip bomb (3.5 MB that inflate to 1 GiB) is stopped
 * with a message long before it fills memory, whatever sizes its headers declare.
 */

export interface OpenedZip {
  files: InputFile[];
  /** What the user must know: entries left out (a zip inside), or why nothing was read. */
  issues: Issue[];
  /** True when the zip could not be read within the limits: `files` is then empty. */
  refused: boolean;
}

/** Compressed bytes handed to the inflater at a time: at most ~1,000 times that comes out. */
const CHUNK = 16 * 1024;

interface Entry {
  name: string;
  size: number;
  originalSize: number;
}

/** True for a file named as a zip. */
export function isZip(path: string): boolean {
  return /\.zip$/i.test(path);
}

function isFolder(name: string): boolean {
  return name.endsWith('/');
}

function isArchive(name: string): boolean {
  return /\.(zip|7z|rar|tar|gz|tgz)$/i.test(name);
}

/** The entries the zip's directory lists, without inflating any. Throws on a broken zip. */
function directory(bytes: Uint8Array): Entry[] {
  const entries: Entry[] = [];
  unzipSync(bytes, {
    filter: (file) => {
      entries.push({ name: file.name, size: file.size, originalSize: file.originalSize });
      return false;
    },
  });
  return entries;
}

const SPLIT = 'split the package, or zip only the tables it needs';

interface Refusal {
  code: Issue['code'];
  message: string;
  variant: string;
  values: NonNullable<Issue['values']>;
}

function refused(zip: InputFile, issues: readonly Issue[], refusal: Refusal): OpenedZip {
  const error: Issue = { ...refusal, file: zip.path, row: null, field: null, severity: 'error' };
  return { files: [], issues: [...issues, error], refused: true };
}

function unopened(error: unknown): Refusal {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: 'unreadable_file',
    message: `The zip file could not be opened: ${detail}`,
    variant: 'zip',
    values: { detail },
  };
}

/**
 * The files of a zip (folders left out), within the limits: at most `files` entries,
 * `fileBytes` once inflated in all, and no entry past `ratioFrom` bytes inflating more
 * than `zipRatio` times its compressed size. A zip inside the zip is not opened: it is
 * named, to be extracted first. Never throws.
 */
export function openZip(zip: InputFile, limits: Limits = LIMITS): OpenedZip {
  const issues: Issue[] = [];
  const refuse = (refusal: Refusal) => refused(zip, issues, refusal);
  let entries: Entry[];
  try {
    entries = directory(zip.bytes).filter((entry) => !isFolder(entry.name));
  } catch (error) {
    return refuse(unopened(error));
  }
  if (entries.length > limits.files) {
    return refuse({
      code: 'zip_too_large',
      message: `The zip holds ${englishCount(entries.length)} files, more than the ${englishCount(limits.files)} the Atlas opens: ${SPLIT}`,
      variant: 'files',
      values: { count: entries.length, limit: limits.files },
    });
  }
  const declared = entries.reduce((sum, entry) => sum + entry.originalSize, 0);
  if (declared > limits.fileBytes) {
    return refuse({
      code: 'zip_too_large',
      message: `The zip's files come to ${megabytes(declared)} once unzipped, more than the ${megabytes(limits.fileBytes)} the Atlas reads: ${SPLIT}`,
      variant: 'size',
      values: { size: megabyteValue(declared), limit: megabyteValue(limits.fileBytes) },
    });
  }
  for (const entry of entries) {
    if (
      entry.originalSize > limits.ratioFrom &&
      entry.originalSize > entry.size * limits.zipRatio
    ) {
      return refuse({
        code: 'zip_too_large',
        message: `${entry.name} would inflate ${Math.round(entry.originalSize / Math.max(1, entry.size))} times its compressed size (to ${megabytes(entry.originalSize)}), as a zip bomb does; the Atlas opens no entry inflating more than ${limits.zipRatio} times`,
        variant: 'ratio',
        values: {
          name: entry.name,
          ratio: Math.round(entry.originalSize / Math.max(1, entry.size)),
          size: megabyteValue(entry.originalSize),
          limit: limits.zipRatio,
        },
      });
    }
  }
  for (const entry of entries.filter((candidate) => isArchive(candidate.name))) {
    issues.push({
      file: entry.name,
      row: null,
      field: null,
      severity: 'warning',
      code: 'nested_archive',
      message: `${entry.name} is an archive inside the zip: it is not opened; extract it and import what it holds`,
      values: { name: entry.name },
    });
  }
  return inflate(zip, limits, issues);
}

/** Inflates the zip's entries, counting what comes out; refuses once a limit is passed. */
function inflate(zip: InputFile, limits: Limits, issues: Issue[]): OpenedZip {
  const files: InputFile[] = [];
  let total = 0;
  let refusal: Refusal | null = null;
  const unzip = new Unzip((file) => {
    if (isFolder(file.name) || isArchive(file.name)) return;
    const chunks: Uint8Array[] = [];
    let length = 0;
    let failed = false;
    const leaveOut = (reason: string) => {
      if (failed) return;
      failed = true;
      issues.push({
        file: file.name,
        row: null,
        field: null,
        severity: 'warning',
        code: 'unreadable_file',
        message: `${file.name} could not be unzipped (${reason}); it is left out`,
        variant: 'zipEntry',
        values: { name: file.name, detail: reason },
      });
    };
    file.ondata = (error, data, final) => {
      if (refusal || failed) return;
      if (error) {
        leaveOut(error.message);
        return;
      }
      length += data.length;
      total += data.length;
      if (total > limits.fileBytes) {
        refusal = {
          code: 'zip_too_large',
          message: `The zip's files come to more than ${megabytes(limits.fileBytes)} once unzipped, the most the Atlas reads (stopped inside ${file.name}): ${SPLIT}`,
          variant: 'inflated',
          values: { name: file.name, limit: megabyteValue(limits.fileBytes) },
        };
        return;
      }
      const compressed = file.size ?? Number.POSITIVE_INFINITY;
      if (length > limits.ratioFrom && length > compressed * limits.zipRatio) {
        refusal = {
          code: 'zip_too_large',
          message: `${file.name} inflates more than ${limits.zipRatio} times its compressed size, as a zip bomb does; the Atlas opens no such entry`,
          variant: 'inflatedRatio',
          values: { name: file.name, limit: limits.zipRatio },
        };
        return;
      }
      chunks.push(data);
      if (final) files.push({ path: file.name, bytes: concatenate(chunks, length) });
    };
    try {
      file.start();
    } catch (error) {
      leaveOut(error instanceof Error ? error.message : String(error));
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < zip.bytes.length && !refusal; offset += CHUNK) {
      const end = Math.min(zip.bytes.length, offset + CHUNK);
      unzip.push(zip.bytes.subarray(offset, end), end === zip.bytes.length);
    }
  } catch (error) {
    refusal = unopened(error);
  }
  if (refusal) return refused(zip, issues, refusal);
  return { files, issues, refused: false };
}

function concatenate(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
