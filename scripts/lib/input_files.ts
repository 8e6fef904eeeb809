import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { InputFile } from '../../src/formats/types';

/** Folders of a data folder that hold sources and reference data, not records. */
const SKIPPED_FOLDERS = new Set(['sources', 'reference', 'node_modules', '.git']);

function walk(root: string, folder: string, out: InputFile[]): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(root, path, out);
    } else if (entry.isFile() && !entry.name.startsWith('.') && !/\.md$/i.test(entry.name)) {
      out.push({ path: relative(root, path).replaceAll('\\', '/'), bytes: readFileSync(path) });
    }
  }
}

/**
 * The files at `path`: the file itself, or a folder's files (paths relative to it), leaving
 * out its `sources/` and `reference/` folders and documentation. Throws a plain message
 * when the path cannot be read.
 */
export function readInputFiles(path: string): InputFile[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw new Error(`${path}: no such file or folder`);
  }
  if (!isFolder) return [{ path: basename(path), bytes: readFileSync(path) }];
  const files: InputFile[] = [];
  walk(path, path, files);
  files.sort((a, b) => a.path.localeCompare(b.path));
  return files;
}
