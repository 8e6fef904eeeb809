import type { Dataset } from '../model/dataset';
import type { ImportReport } from '../model/report';
import type { AreaCatalogue } from '../places/area_catalogue';
import type { Gazetteer } from '../places/types';

/** A file handed to a driver: its path (relative, inside a folder or zip) and its bytes. */
export interface InputFile {
  path: string;
  bytes: Uint8Array;
}

/** A file a driver writes. */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

export interface ReadContext {
  gazetteer: Gazetteer;
  /** Called with a fraction in [0, 1] while a large file is read. */
  onProgress?: (fraction: number) => void;
}

/** What a driver gives back: the accepted records and the report on every row. Never throws on bad data. */
export interface ReadResult {
  dataset: Dataset;
  report: ImportReport;
}

export type FormatId = 'flat-csv' | 'csv' | 'geojson' | 'hsds' | 'indicators';

export interface WriteOptions {
  /** Field separator for CSV exports (`,` by default; `;` for Excel in Belgian locales). */
  delimiter?: ',' | ';';
  /** Write the internal fields (contact persons, notes) too: off unless the user asks. */
  includeInternal?: boolean;
  /**
   * The names and boundaries of the units of the services' areas, for the formats that
   * describe an area by its extent (HSDS service_area); without them, only its code.
   */
  areas?: AreaCatalogue;
}

/**
 * One format: how to recognise it, read it and write it. Registered in `formats/index.ts`.
 * A folder or zip is a list of InputFiles.
 */
export interface FormatDriver {
  id: FormatId;
  /** Does this driver read these files? (by name and a peek at the content) */
  detect(files: readonly InputFile[]): boolean;
  read(files: readonly InputFile[], context: ReadContext): ReadResult;
  write(dataset: Dataset, options?: WriteOptions): OutputFile[];
}
