import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SourceTables } from './build_dataset';
import { parseCommunes } from './communes';
import { consultedDate } from './consulted';
import { CPAS_COLUMNS, CPAS_FILE } from './cpas';
import { CRI_FILE } from './cri';
import { parseCsv } from './csv_rows';
import { RELATIONSHIP_COLUMNS, RELATIONSHIPS_FILE } from './groups';
import { FIGURE_COLUMNS, FIGURES_FILE } from './indicators';
import { INSTITUTIONS_FILE, SERVICE_FILE_COLUMNS } from './institutions';
import { LOCAL_SERVICES_FILE, RECEPTION_FILE } from './providers';
import { COMMUNES_FILE, README_COPY, SOURCE_COPIES } from './source_files';

/**
 * Node-side reading of the source copies (data/sources). Copies every file of
 * SOURCE_COPIES from `sharedDir` into `copiesDir` when `refresh` is set, else only the
 * missing ones; returns one message per copy, and a note for each copy that differs from
 * the shared file. Throws when a copy is missing and the shared file cannot be read.
 */
export function syncSourceCopies(sharedDir: string, copiesDir: string, refresh: boolean): string[] {
  const messages: string[] = [];
  for (const { shared, copy } of SOURCE_COPIES) {
    const from = join(sharedDir, shared);
    const to = join(copiesDir, copy);
    const sharedExists = existsSync(from);
    if (refresh || !existsSync(to)) {
      if (!sharedExists) throw new Error(`${to} is missing and ${from} cannot be read`);
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
      messages.push(`copied ${shared} to data/sources/${copy}`);
    } else if (sharedExists && !readFileSync(from).equals(readFileSync(to))) {
      messages.push(
        `note: data/sources/${copy} differs from ${from} (--refresh-sources updates it)`,
      );
    }
  }
  return messages;
}

/** The parsed source tables from the copies in `copiesDir`. Throws on a malformed file. */
export function readSourceTables(copiesDir: string): SourceTables {
  const read = (path: string) => readFileSync(join(copiesDir, path), 'utf8');
  const csv = (path: string, columns: readonly string[]) => parseCsv(read(path), path, columns);
  return {
    consulted: consultedDate(read(README_COPY)),
    communes: parseCommunes(JSON.parse(read(COMMUNES_FILE))),
    institutions: csv(INSTITUTIONS_FILE, SERVICE_FILE_COLUMNS),
    cpas: csv(CPAS_FILE, CPAS_COLUMNS),
    cri: csv(CRI_FILE, SERVICE_FILE_COLUMNS),
    localServices: csv(LOCAL_SERVICES_FILE, SERVICE_FILE_COLUMNS),
    reception: csv(RECEPTION_FILE, SERVICE_FILE_COLUMNS),
    figures: csv(FIGURES_FILE, FIGURE_COLUMNS),
    relationships: csv(RELATIONSHIPS_FILE, RELATIONSHIP_COLUMNS),
  };
}
