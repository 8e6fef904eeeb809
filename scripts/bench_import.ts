/**
 * Import benchmark: a generated 100,000-row flat CSV, parsed by papaparse alone and then
 * imported in full (decode, parse, header mapping, validation, placement, normalisation).
 *
 *   npm run bench:import [-- --rows 100000 --runs 3]
 *
 * papaparse_ms is papaparse with `header: true`, the bare library giving the same rows keyed
 * by column that the import reads (papaparse giving bare arrays is printed too).
 * Prints its figures; the last line is one JSON object {rows, papaparse_ms, import_ms, ratio}.
 * Each figure is the median of the runs, after one warm-up run; each timed section starts
 * from a collected heap (node --expose-gc).
 */
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { flatCsvDriver } from '../src/formats/flat_csv';
import { FLAT_COLUMNS } from '../src/formats/flat_rows';
import type { Gazetteer } from '../src/places/types';
import { toCsv } from '../src/text/write_csv';
import { generateRows } from './lib/bench_rows';
import { loadGazetteer } from './lib/load_reference';
import { median } from './lib/timings';

function generateCsv(rows: number, gazetteer: Gazetteer): string {
  return toCsv([...FLAT_COLUMNS], generateRows(rows, gazetteer), { delimiter: ',', bom: true });
}

/**
 * Milliseconds `run` takes, from a clean heap when the script runs with --expose-gc (as
 * `npm run bench:import` does), so no figure pays for the garbage the previous one left.
 */
function time(run: () => void): number {
  globalThis.gc?.();
  const start = performance.now();
  run();
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
  const text = generateCsv(rows, gazetteer);
  const bytes = new TextEncoder().encode(text);
  if (process.env.BENCH_DUMP)
    (await import('node:fs')).writeFileSync(process.env.BENCH_DUMP, bytes);
  console.log(`generated ${rows} rows, ${(bytes.length / 1e6).toFixed(1)} MB`);

  let accepted = 0;
  const papaparseArrays: number[] = [];
  const papaparse: number[] = [];
  const full: number[] = [];
  for (let run = 0; run <= runs; run += 1) {
    const arraysMs = time(() => {
      Papa.parse<string[]>(text);
    });
    const parseMs = time(() => {
      Papa.parse<Record<string, string>>(text, { header: true });
    });
    const importMs = time(() => {
      accepted = flatCsvDriver.read([{ path: 'bench.csv', bytes }], { gazetteer }).report.accepted;
    });
    if (run === 0) continue;
    papaparseArrays.push(arraysMs);
    papaparse.push(parseMs);
    full.push(importMs);
    console.log(
      `run ${run}: papaparse ${parseMs.toFixed(0)} ms (rows as arrays: ${arraysMs.toFixed(0)} ms), import ${importMs.toFixed(0)} ms`,
    );
  }
  if (accepted !== rows) throw new Error(`only ${accepted} of ${rows} rows were accepted`);
  const papaparseMs = Math.round(median(papaparse));
  const importMs = Math.round(median(full));
  const ratio = Math.round((importMs / papaparseMs) * 100) / 100;
  console.log(
    `median: papaparse ${papaparseMs} ms, import ${importMs} ms, ratio ${ratio} (target ≤ 2)`,
  );
  console.log(JSON.stringify({ rows, papaparse_ms: papaparseMs, import_ms: importMs, ratio }));
}

main().catch((error: unknown) => {
  console.error(`bench:import: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
