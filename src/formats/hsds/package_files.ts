import type { InputFile } from '../types';

/**
 * Finding an HSDS package among input files: a folder's files, or a zip's (possibly under
 * a top folder).
 */

export const DESCRIPTOR_FILE = 'datapackage.json';

/** A path with forward slashes and no leading `./` or `/`. */
export function normalisePath(path: string): string {
  return path.replaceAll('\\', '/').replace(/^(\.\/|\/)+/, '');
}

export function baseName(path: string): string {
  return normalisePath(path).split('/').pop() ?? '';
}

/** The folder part of a path, with its trailing slash ('' at the top). */
export function folderOf(path: string): string {
  const normal = normalisePath(path);
  const slash = normal.lastIndexOf('/');
  return slash < 0 ? '' : normal.slice(0, slash + 1);
}

function isDescriptor(path: string): boolean {
  return baseName(path).toLowerCase() === DESCRIPTOR_FILE;
}

/**
 * True when the files are an HSDS package: a datapackage.json among them (a zip is opened
 * before its files are looked at: see formats/index.ts).
 */
export function looksLikePackage(files: readonly InputFile[]): boolean {
  return files.some((file) => isDescriptor(file.path));
}

/** The package's datapackage.json: the one nearest the top when several are given. */
export function findDescriptorFile(files: readonly InputFile[]): InputFile | undefined {
  const candidates = files.filter((file) => isDescriptor(file.path));
  return candidates.sort(
    (a, b) => normalisePath(a.path).split('/').length - normalisePath(b.path).split('/').length,
  )[0];
}

/**
 * The file at `path` inside the package folder `folder`, else (for packages whose
 * descriptor lies elsewhere) the one nearest the top with the same file name.
 */
export function findPackageFile(
  files: readonly InputFile[],
  folder: string,
  path: string,
): InputFile | undefined {
  const wanted = normalisePath(folder + path).toLowerCase();
  const exact = files.find((file) => normalisePath(file.path).toLowerCase() === wanted);
  if (exact) return exact;
  const name = baseName(path).toLowerCase();
  return files
    .filter((file) => baseName(file.path).toLowerCase() === name)
    .sort((a, b) => normalisePath(a.path).length - normalisePath(b.path).length)[0];
}
