import { zipSync } from 'fflate';
import type { OutputFile } from './types';

/** A fixed time for every entry, so the same files always give the same zip bytes. */
const ENTRY_TIME = new Date('2000-01-01T00:00:00Z');

/**
 * Several files as one zip (deflated), each at the path the writer gave it, in the order
 * given. The entries' times are fixed, so an export can be compared byte for byte.
 */
export function zipFiles(files: readonly OutputFile[]): Uint8Array {
  const encoder = new TextEncoder();
  const entries = Object.fromEntries(
    files.map((file) => [
      file.path,
      typeof file.content === 'string' ? encoder.encode(file.content) : file.content,
    ]),
  );
  return zipSync(entries, { level: 6, mtime: ENTRY_TIME });
}
