/**
 * Converts a file or folder to another format, writing the accepted records.
 *
 *   npm run convert -- <file or folder> --to flat-csv|csv|geojson|hsds|gexf --out <path> [--delimiter ';'] [--internal]
 *
 * --internal keeps the internal fields (contact persons, notes), left out otherwise.
 *
 * flat-csv and geojson write one file (`--out` is its path); csv and hsds write a folder
 * (`--out` ending in .zip writes the HSDS package as one zip). gexf is not a dataset format
 * but an export of the stakeholder network (organisations and relationships) for Gephi:
 * one file. Exit codes as validate.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildGraph } from '../src/analysis/graph/build_graph';
import { toGexf } from '../src/analysis/graph/gexf';
import { driverFor, FORMAT_IDS } from '../src/formats';
import { flatOmissions } from '../src/formats/flat_rows';
import { writeHsdsZip } from '../src/formats/hsds';
import type { FormatId, OutputFile } from '../src/formats/types';
import { areaCatalogue } from '../src/places/area_catalogue';
import { loadBoundaries } from './lib/load_reference';
import { exitCodeOf, readInput } from './lib/read_input';
import { runCommand } from './lib/run_command';

const SINGLE_FILE: readonly FormatId[] = ['flat-csv', 'geojson'];

function write(path: string, content: OutputFile['content']): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      out: { type: 'string' },
      delimiter: { type: 'string', default: ',' },
      internal: { type: 'boolean', default: false },
    },
  });
  const input = positionals[0];
  const to = values.to as FormatId | 'gexf' | undefined;
  const { out, delimiter } = values;
  if (
    !input ||
    !to ||
    (to !== 'gexf' && !FORMAT_IDS.includes(to)) ||
    !out ||
    (delimiter !== ',' && delimiter !== ';')
  ) {
    console.error(
      `usage: npm run convert -- <file or folder> --to ${[...FORMAT_IDS, 'gexf'].join('|')} --out <path> [--delimiter ';'] [--internal]`,
    );
    return 2;
  }
  const result = await readInput(input);
  const { report, dataset } = result;
  console.error(
    `${input}: ${report.rows} rows read, ${report.accepted} accepted, ${report.rejected} rejected`,
  );
  if (to === 'gexf') {
    const graph = buildGraph(dataset);
    write(out, toGexf(graph));
    console.error(`wrote ${out} (${graph.order} organisations, ${graph.size} relationships)`);
    return exitCodeOf(result);
  }
  if (to === 'hsds' && out.toLowerCase().endsWith('.zip')) {
    write(out, writeHsdsZip(dataset, areaCatalogue(loadBoundaries())));
    console.error(`wrote ${out}`);
    return exitCodeOf(result);
  }
  const files = driverFor(to).write(dataset, {
    delimiter,
    includeInternal: values.internal,
    areas: areaCatalogue(loadBoundaries()),
  });
  const omitted = SINGLE_FILE.includes(to) ? flatOmissions(dataset) : [];
  if (omitted.length > 0) {
    console.error(
      `not written (the ${to} form has no place for them): ${omitted.join(', ')}; use --to csv or --to hsds to keep everything`,
    );
  }
  for (const file of files) {
    const path = SINGLE_FILE.includes(to) && files.length === 1 ? out : join(out, file.path);
    write(path, file.content);
    console.error(`wrote ${path}`);
  }
  return exitCodeOf(result);
}

runCommand('convert', main);
