import type { SourceFile } from '../../workers/import_protocol';

/**
 * The files a user gives, with their paths: picked files by name, a picked folder by its
 * relative paths, and dropped files or folders (walked through the File System entries
 * API). A folder keeps its paths so a package's tables are found where its descriptor
 * says.
 */

/** Picked files (a file input, with or without `webkitdirectory`). */
export function pickedFiles(list: FileList | null): SourceFile[] {
  return Array.from(list ?? [], (file) => ({ path: file.webkitRelativePath || file.name, file }));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** All the entries of a directory (readEntries gives them in batches). */
async function entriesOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, into: SourceFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    into.push({ path: entry.fullPath.replace(/^\//, '') || file.name, file });
  } else if (entry.isDirectory) {
    for (const child of await entriesOf(entry as FileSystemDirectoryEntry)) await walk(child, into);
  }
}

/** Dropped files and folders; the plain file list where entries are not available. */
export async function droppedFiles(transfer: DataTransfer): Promise<SourceFile[]> {
  const entries = Array.from(transfer.items ?? [])
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((entry) => entry === null)) {
    return pickedFiles(transfer.files);
  }
  const files: SourceFile[] = [];
  for (const entry of entries) if (entry) await walk(entry, files);
  return files;
}
