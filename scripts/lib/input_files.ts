import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { type SizedFile, sizeRefusal } from '../../src/formats/input_size';
import type { InputFile } from '../../src/formats/types';

/** Folders of a data folder that hold sources and reference data, not records. */
const SKIPPED_FOLDERS = new Set(['sources', 'reference', 'node_modules', '.git']);

/** A file found on disk: where it is, its path as the drivers see it, and its size. */
interface Found extends SizedFile {
  location: string;
}

function walk(root: string, folder: string, out: Found[]): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const location = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(root, location, out);
    } else if (entry.isFile() && !entry.name.startsWith('.') && !/\.md$/i.test(entry.name)) {
      const path = relative(root, location).replaceAll('\\', '/');
      out.push({ location, path, size: statSync(location).size });
    }
  }
}

/**
 * The files at `path`: the file itself, or a folder's files (paths relative to it), leaving
 * out its `sources/` and `reference/` folders and documentation. Their sizes are checked
 * against the stated limits before a byte is read. Throws a plain message when the path
 * cannot be read, or holds more than the Atlas reads.
 */
export function readInputFiles(path: string): InputFile[] {
  let isFolder: boolean;
  let size: number;
  try {
    const stat = statSync(path);
    isFolder = stat.isDirectory();
    size = stat.size;
  } catch {
    throw new Error(`${path}: no such file or folder`);
  }
  const found: Found[] = [];
  if (isFolder) walk(path, path, found);
  else found.push({ location: path, path: basename(path), size });
  const refusal = sizeRefusal(found, path);
  if (refusal) throw new Error(`${path}: ${refusal.message}`);
  found.sort((a, b) => a.path.localeCompare(b.path));
  return found.map((file) => ({ path: file.path, bytes: readFileSync(file.location) }));
}
