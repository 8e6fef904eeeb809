import type { ExportFile } from '../../export/export_formats';

/**
 * Hands a file to the browser as a download (an object URL on a temporary link), then
 * frees the URL once the browser has had time to start saving it.
 */
export function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves an export (its bytes and media type) under its name. */
export function saveFile(file: ExportFile): void {
  saveBlob(file.name, new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type }));
}
