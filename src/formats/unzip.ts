import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync } from 'fflate';
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
  const listed = checkDirectory(zip, limits);
  return listed.refused ? listed : inflate(zip, limits, listed.issues);
}

/**
 * Whether a zip is within the limits of `openZip` (its issues, and `refused`), every entry
 * inflated to count it but none kept (`files` is empty): a workbook is checked so before
 * exceljs opens it. The counting inflates with the platform's own inflater
 * (DecompressionStream), several times faster than fflate's, and holds nothing.
 */
export async function checkZip(zip: InputFile, limits: Limits = LIMITS): Promise<OpenedZip> {
  const listed = checkDirectory(zip, limits);
  if (listed.refused) return listed;
  const issues = [...listed.issues];
  let entries: StoredEntry[];
  try {
    entries = storedEntries(zip.bytes);
  } catch (error) {
    return refused(zip, issues, unopened(error));
  }
  let total = 0;
  for (const entry of entries) {
    if (isFolder(entry.name) || isArchive(entry.name)) continue;
    let length = 0;
    let refusal: Refusal | null = null;
    try {
      await countInflated(entry, (bytes) => {
        length += bytes;
        total += bytes;
        refusal = inflatedRefusal(entry.name, length, total, entry.size, limits);
        return refusal !== null;
      });
    } catch (error) {
      issues.push(entryIssue(entry.name, error instanceof Error ? error.message : String(error)));
    }
    if (refusal) return refused(zip, issues, refusal);
  }
  return { files: [], issues, refused: false };
}

/** An entry as the zip stores it: its compression method and its bytes as stored. */
interface StoredEntry {
  name: string;
  compression: number;
  size: number;
  chunks: Uint8Array[];
}

/** Hands on a deflated entry's bytes as stored, for the platform's inflater. */
class DeflatedPassThrough extends UnzipPassThrough {
  static override compression = 8;
}

/** The zip's entries with their bytes as stored (views into `bytes`, nothing inflated). */
function storedEntries(bytes: Uint8Array): StoredEntry[] {
  const entries: StoredEntry[] = [];
  const unzip = new Unzip((file) => {
    const entry: StoredEntry = {
      name: file.name,
      compression: file.compression,
      size: file.size ?? Number.POSITIVE_INFINITY,
      chunks: [],
    };
    entries.push(entry);
    if (isFolder(file.name) || isArchive(file.name)) return;
    file.ondata = (error, data) => {
      if (error) throw error;
      entry.chunks.push(data);
    };
    file.start();
  });
  unzip.register(UnzipPassThrough);
  unzip.register(DeflatedPassThrough);
  unzip.push(bytes, true);
  return entries;
}

/**
 * Inflates an entry, handing `counted` the length of each piece that comes out, until it
 * returns true (a limit passed) or the entry ends. Throws when the entry does not inflate.
 */
async function countInflated(
  entry: StoredEntry,
  counted: (bytes: number) => boolean,
): Promise<void> {
  if (entry.compression === 0) {
    for (const chunk of entry.chunks) if (counted(chunk.length)) return;
    return;
  }
  if (entry.compression !== 8) throw new Error(`compression method ${entry.compression}`);
  const stored = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      // Views into the file's bytes, which an ArrayBuffer holds (never a shared one).
      for (const chunk of entry.chunks) controller.enqueue(chunk as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
  const reader = stored.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    if (counted(value.byteLength)) {
      await reader.cancel();
      return;
    }
  }
}

/** Reads the zip's directory and refuses it when what it declares passes a limit. */
function checkDirectory(zip: InputFile, limits: Limits): OpenedZip {
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
  return { files: [], issues, refused: false };
}

/** Inflates the zip's entries, counting what comes out; refuses once a limit is passed. */
function inflate(zip: InputFile, limits: Limits, listed: readonly Issue[]): OpenedZip {
  const issues = [...listed];
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
      issues.push(entryIssue(file.name, reason));
    };
    file.ondata = (error, data, final) => {
      if (refusal || failed) return;
      if (error) {
        leaveOut(error.message);
        return;
      }
      length += data.length;
      total += data.length;
      refusal = inflatedRefusal(
        file.name,
        length,
        total,
        file.size ?? Number.POSITIVE_INFINITY,
        limits,
      );
      if (refusal) return;
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

/** An entry that would not inflate: left out, with a warning. */
function entryIssue(name: string, reason: string): Issue {
  return {
    file: name,
    row: null,
    field: null,
    severity: 'warning',
    code: 'unreadable_file',
    message: `${name} could not be unzipped (${reason}); it is left out`,
    variant: 'zipEntry',
    values: { name, detail: reason },
  };
}

/**
 * Why inflating must stop once an entry of `compressed` bytes has given `length` bytes and
 * the zip `total`: past the total the Atlas reads, or inflating like a zip bomb; else null.
 */
function inflatedRefusal(
  name: string,
  length: number,
  total: number,
  compressed: number,
  limits: Limits,
): Refusal | null {
  if (total > limits.fileBytes) {
    return {
      code: 'zip_too_large',
      message: `The zip's files come to more than ${megabytes(limits.fileBytes)} once unzipped, the most the Atlas reads (stopped inside ${name}): ${SPLIT}`,
      variant: 'inflated',
      values: { name, limit: megabyteValue(limits.fileBytes) },
    };
  }
  if (length > limits.ratioFrom && length > compressed * limits.zipRatio) {
    return {
      code: 'zip_too_large',
      message: `${name} inflates more than ${limits.zipRatio} times its compressed size, as a zip bomb does; the Atlas opens no such entry`,
      variant: 'inflatedRatio',
      values: { name, limit: limits.zipRatio },
    };
  }
  return null;
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
