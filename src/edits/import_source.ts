import { type Dataset, TABLE_NAMES, type TableName } from '../model/dataset';
import type { AnyRecord } from './patch';
import { updateRecord } from './record_edits';

/** Who imported which file, and when: the source of what the file says without one. */
export interface ImportOrigin {
  /** The file's name (or the folder's) as the user gave it. */
  file: string;
  /** The day of the import, YYYY-MM-DD. */
  date: string;
  /** The name the user gave, '' if none. */
  author: string;
}

/**
 * The source of a record an import brings without one: "services.csv (imported on
 * 2026-12-01 by Olena)". In English, as the dataset's other provenance notes are.
 */
export function importSourceText({ file, date, author }: ImportOrigin): string {
  return `${file} (imported on ${date}${author ? ` by ${author}` : ''})`;
}

type Provenanced = AnyRecord & { source: string; source_consulted: string };

/**
 * The imported records, each with a source. A record the file gives a source for keeps it
 * (the file has its own source column). One without gets the import's (see
 * importSourceText), read that day: the file was its source. A record already in the data
 * that the import leaves otherwise as it is keeps its own source, so importing the same
 * file again changes nothing; one it changes adds the import to its sources. Pure.
 */
export function withImportSource(
  current: Dataset,
  imported: Dataset,
  origin: ImportOrigin,
): Dataset {
  const sourced = { ...imported };
  for (const table of TABLE_NAMES) {
    const known = new Map((current[table] as readonly AnyRecord[]).map((r) => [r.id, r]));
    const records = imported[table] as readonly Provenanced[];
    if (!records.some((record) => record.source.trim() === '')) continue;
    (sourced as Record<TableName, readonly AnyRecord[]>)[table] = records.map((record) =>
      withSourceOf(table, record, known.get(record.id), origin),
    );
  }
  return sourced;
}

/**
 * One imported record as `withImportSource` gives it, `known` being the record of the same
 * id in the data (if any): what the import would make of it, one record at a time.
 */
export function withSourceOf(
  table: TableName,
  record: AnyRecord,
  known: AnyRecord | undefined,
  origin: ImportOrigin,
): AnyRecord {
  const given = record as Provenanced;
  if (given.source.trim() !== '') return record;
  return sourcedRecord(table, given, known as Provenanced | undefined, origin);
}

function sourcedRecord(
  table: TableName,
  record: Provenanced,
  known: Provenanced | undefined,
  origin: ImportOrigin,
): Provenanced {
  const stamp = importSourceText(origin);
  const consulted = record.source_consulted || origin.date;
  if (!known) return { ...record, source: stamp, source_consulted: consulted };
  const kept = { ...record, source: known.source, source_consulted: known.source_consulted };
  if (updateRecord(table, known, kept).length === 0 || known.source.includes(stamp)) return kept;
  return {
    ...record,
    source: known.source ? `${known.source} | ${stamp}` : stamp,
    source_consulted: consulted,
  };
}
