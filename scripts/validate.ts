/**
 * Validates a file or folder as the Atlas would import it and prints the report.
 *
 *   npm run validate -- <file or folder> [--format json] [--quiet]
 *
 * Exit 0 when no row was rejected, 1 when some were, 2 when the input cannot be read at all
 * (with --format json, its report is printed all the same, saying why).
 */
import { parseArgs } from 'node:util';
import type { ImportReport, Issue } from '../src/model/report';
import { exitCodeOf, readInput, unreadableLines } from './lib/read_input';
import { CommandError, runCommand } from './lib/run_command';

function issueJson(issue: Issue) {
  const { row, field, severity, code, message } = issue;
  return issue.file
    ? { row, field, severity, code, message, file: issue.file }
    : { row, field, severity, code, message };
}

function reportJson(report: ImportReport) {
  const { file, format, encoding, delimiter, crs, rows, accepted, rejected } = report;
  return {
    file,
    format,
    encoding,
    delimiter,
    crs,
    rows,
    accepted,
    rejected,
    issues: report.issues.map(issueJson),
  };
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

function printReadable(report: ImportReport, quiet: boolean): void {
  const facts = [
    `format ${report.format}`,
    report.encoding ? `encoding ${report.encoding}` : '',
    report.delimiter ? `delimiter ${DELIMITER_NAMES[report.delimiter] ?? report.delimiter}` : '',
    `coordinates ${report.crs}`,
  ].filter(Boolean);
  console.log(`${report.file}: ${facts.join(', ')}`);
  console.log(`${report.rows} rows: ${report.accepted} accepted, ${report.rejected} rejected`);
  const counts = new Map<string, number>();
  for (const issue of report.issues) {
    const key = `${issue.severity} ${issue.code}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, count] of [...counts].sort()) console.log(`  ${count} × ${key}`);
  if (quiet) return;
  for (const issue of report.issues) {
    const where = [issue.file, issue.row === null ? 'file' : `row ${issue.row}`, issue.field]
      .filter(Boolean)
      .join(', ');
    console.log(`${where}: ${issue.severity} ${issue.code}: ${issue.message}`);
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const path = positionals[0];
  if (!path || positionals.length > 1 || !['text', 'json'].includes(values.format)) {
    console.error('usage: npm run validate -- <file or folder> [--format json] [--quiet]');
    return 2;
  }
  const result = await readInput(path);
  // JSON is printed even for a file that could not be read: its report says why.
  if (values.format === 'json') {
    console.log(JSON.stringify(reportJson(result.report)));
    return exitCodeOf(result);
  }
  const unreadable = unreadableLines(result.report, path);
  if (unreadable) throw new CommandError(unreadable);
  printReadable(result.report, values.quiet);
  return exitCodeOf(result);
}

runCommand('validate', main);
