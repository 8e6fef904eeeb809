/**
 * Workbook import benchmark: a generated 100,000-row .xlsx (the rows of bench:import, as a
 * partner would keep them in Excel), opened by exceljs alone and then imported in full (the
 * zip checked within its limits, the sheet read into rows, then the same column mapping,
 * validation, placement and normalisation as a CSV).
 *
 *   npm run bench:xlsx [-- --rows 100000 --runs 3]
 *
 * library_read_ms is exceljs loading the workbook (its cells in memory); import_ms is the
 * whole import of the same bytes, exceljs included. Prints its figures; the last line is
 * one JSON object {rows, library_read_ms, import_ms, ratio}. Each figure is the median of
 * the runs, after one warm-up run, each from a collected heap (node --expose-gc).
 */
import { parseArgs } from 'node:util';
import { readFilesWithWorkbooks } from '../src/formats';
import { FLAT_COLUMNS } from '../src/formats/flat_rows';
import { loadExcel } from '../src/formats/xlsx_read';
import type { Gazetteer } from '../src/places/types';
import { generateRows } from './lib/bench_rows';
import { loadGazetteer } from './lib/load_reference';
import { median } from './lib/timings';

/** The generated rows as a workbook, with only the columns they fill. */
async function generateWorkbook(rows: number, gazetteer: Gazetteer): Promise<Uint8Array> {
  const body = generateRows(rows, gazetteer);
  const used = FLAT_COLUMNS.map((_, index) => index).filter((index) =>
    body.some((row) => (row[index] ?? '') !== ''),
  );
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet('Services');
  sheet.addRow(used.map((index) => FLAT_COLUMNS[index]));
  for (const row of body) {
    sheet.addRow(
      used.map((index) => {
        const value = row[index] ?? '';
        // Coordinates as numbers, as a spreadsheet keeps them.
        return value !== '' && /^-?\d+\.\d+$/.test(value) ? Number(value) : value;
      }),
    );
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function time(run: () => Promise<void>): Promise<number> {
  globalThis.gc?.();
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '3' },
    },
  });
  const rows = Number(values.rows);
  const runs = Number(values.runs);
  const gazetteer = await loadGazetteer();
  const bytes = await generateWorkbook(rows, gazetteer);
  console.log(`generated ${rows} rows, ${(bytes.length / 1e6).toFixed(1)} MB of .xlsx`);
  const Excel = await loadExcel();

  let accepted = 0;
  const library: number[] = [];
  const full: number[] = [];
  for (let run = 0; run <= runs; run += 1) {
    const libraryMs = await time(async () => {
      const workbook = new Excel.Workbook();
      await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    });
    const importMs = await time(async () => {
      const result = await readFilesWithWorkbooks([{ path: 'bench.xlsx', bytes }], { gazetteer });
      accepted = result.report.accepted;
    });
    if (run === 0) continue;
    library.push(libraryMs);
    full.push(importMs);
    console.log(`run ${run}: exceljs ${libraryMs.toFixed(0)} ms, import ${importMs.toFixed(0)} ms`);
  }
  if (accepted !== rows) throw new Error(`only ${accepted} of ${rows} rows were accepted`);
  const libraryMs = Math.round(median(library));
  const importMs = Math.round(median(full));
  const ratio = Math.round((importMs / libraryMs) * 100) / 100;
  console.log(
    `median: exceljs ${libraryMs} ms, import ${importMs} ms, ratio ${ratio} (target ≤ 1.5)`,
  );
  console.log(JSON.stringify({ rows, library_read_ms: libraryMs, import_ms: importMs, ratio }));
}

main().catch((error: unknown) => {
  console.error(`bench:xlsx: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
