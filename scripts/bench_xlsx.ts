/**
 * Workbook import benchmark: a generated 100,000-row .xlsx (the rows of bench:import, as a
 * partner would keep them in Excel), opened by exceljs alone and then imported in full (the
 * zip checked within its limits, the sheet read into rows, then the same column mapping,
 * validation, placement and normalisation as a CSV); then the same workbook imported in the
 * app, in Chromium, to see that the page is never blocked while the import worker reads it.
 *
 *   npm run bench:xlsx [-- --rows 100000 --runs 3]
 *
 * library_read_ms is exceljs loading the workbook (its cells in memory); import_ms is the
 * whole import of the same bytes, exceljs included (Node; each figure the median of the
 * runs, after one warm-up run, each from a collected heap: node --expose-gc).
 * page_read_ms is the app's import dialog reading the workbook, from the file chosen to its
 * report shown; longest_task_ms the longest task on the page's thread meanwhile and until
 * the dialog has counted what the import would change (PerformanceObserver 'longtask'; 0
 * when none passed 50 ms). The last line is one JSON
 * object {rows, library_read_ms, import_ms, ratio, page_read_ms, longest_task_ms}.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readFilesWithWorkbooks } from '../src/formats';
import { FLAT_COLUMNS } from '../src/formats/flat_rows';
import { loadExcel } from '../src/formats/xlsx_read';
import type { Gazetteer } from '../src/places/types';
import { openQuietApp, startBenchPage } from './lib/bench_page';
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

/**
 * The workbook imported in the app, from a file on disk as a user picks it: how long the
 * dialog takes to show its report, and the longest task on the page's thread meanwhile.
 */
async function pageImport(
  bytes: Uint8Array,
  rows: number,
): Promise<{ page_read_ms: number; longest_task_ms: number; long_tasks: number }> {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-bench-xlsx-'));
  const path = join(folder, 'partenaire.xlsx');
  writeFileSync(path, bytes);
  const { base, browser, close } = await startBenchPage('dist-bench-xlsx', 4193);
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await openQuietApp(page, base);
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Importer des données' });
    await page.evaluate(() => {
      const tasks: number[] = [];
      (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const count = new Intl.NumberFormat('fr').format(rows);
    const started = Date.now();
    await dialog.getByLabel('Choisir des fichiers…').setInputFiles(path);
    await dialog
      .locator('.import-summary')
      .filter({ hasText: `lignes lues : ${count} · acceptées : ${count}` })
      .waitFor({ timeout: 600_000 });
    const pageReadMs = Date.now() - started;
    // Then what the import would change is counted, before the user can import.
    await dialog
      .locator('.import-counts')
      .filter({ hasText: 'Enregistrements créés' })
      .waitFor({ timeout: 600_000 });
    const tasks = await page.evaluate(
      () => (window as unknown as { __longTasks: number[] }).__longTasks,
    );
    return {
      page_read_ms: pageReadMs,
      longest_task_ms: Math.round(Math.max(0, ...tasks)),
      long_tasks: tasks.length,
    };
  } finally {
    await close();
    rmSync(folder, { recursive: true, force: true });
  }
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
  const onPage = await pageImport(bytes, rows);
  console.log(
    `in the app: read in ${onPage.page_read_ms} ms, ${onPage.long_tasks} tasks over 50 ms, the longest ${onPage.longest_task_ms} ms (target: none over 50 ms)`,
  );
  console.log(
    JSON.stringify({
      rows,
      library_read_ms: libraryMs,
      import_ms: importMs,
      ratio,
      page_read_ms: onPage.page_read_ms,
      longest_task_ms: onPage.longest_task_ms,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(`bench:xlsx: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
