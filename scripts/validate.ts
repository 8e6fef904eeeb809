/**
 * Validates a file or folder as the Atlas would import it and prints the report.
 *
 *   npm run validate -- <file or folder> [--format json] [--quiet] [--lang fr|nl|de|en]
 *
 * The readable report is in English, or in the language `--lang` names (the findings'
 * sentences the import dialog shows); in JSON, each finding keeps its code and English
 * `message`, and with `--lang` also gives its sentence in that language as `text`.
 * Exit 0 when no row was rejected, 1 when some were, 2 when the input cannot be read at all
 * (with --format json, its report is printed all the same, saying why).
 */
import { parseArgs } from 'node:util';
import type { i18n as I18n } from 'i18next';
import type { ImportReport, Issue } from '../src/model/report';
import { findingLine } from './lib/finding_line';
import { languageOption } from './lib/language_option';
import { exitCodeOf, readInput, unreadableLines } from './lib/read_input';
import { CommandError, runCommand } from './lib/run_command';

const USAGE =
  'usage: npm run validate -- <file or folder> [--format json] [--quiet] [--lang fr|nl|de|en]';

function issueJson(issue: Issue, i18n: I18n | null) {
  const { row, field, severity, code, message } = issue;
  return {
    row,
    field,
    severity,
    code,
    message,
    ...(i18n ? { text: findingLine(issue, i18n) } : {}),
    ...(issue.file ? { file: issue.file } : {}),
  };
}

function reportJson(report: ImportReport, i18n: I18n | null) {
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
    issues: report.issues.map((issue) => issueJson(issue, i18n)),
  };
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

function printReadable(report: ImportReport, quiet: boolean, i18n: I18n | null): void {
  const facts = [
    `format ${report.format}`,
    report.encoding ? `encoding ${report.encoding}` : '',
    report.delimiter ? `delimiter ${DELIMITER_NAMES[report.delimiter] ?? report.delimiter}` : '',
    `coordinates ${report.crs}`,
  ].filter(Boolean);
  console.log(`${report.file}: ${facts.join(', ')}`);
  const { file, rows, accepted, rejected } = report;
  console.log(
    i18n
      ? i18n.t('import:summary', { file, rows, accepted, rejected })
      : `${rows} rows: ${accepted} accepted, ${rejected} rejected`,
  );
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
    const text = findingLine(issue, i18n);
    console.log(`${where}: ${issue.severity} ${issue.code}: ${text}`);
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      quiet: { type: 'boolean', default: false },
      lang: { type: 'string' },
    },
  });
  const path = positionals[0];
  const i18n = languageOption(values.lang);
  if (
    !path ||
    positionals.length > 1 ||
    !['text', 'json'].includes(values.format) ||
    i18n === 'unknown'
  ) {
    console.error(USAGE);
    return 2;
  }
  const result = await readInput(path);
  // JSON is printed even for a file that could not be read: its report says why.
  if (values.format === 'json') {
    console.log(JSON.stringify(reportJson(result.report, i18n)));
    return exitCodeOf(result);
  }
  const unreadable = unreadableLines(result.report, path);
  if (unreadable) throw new CommandError(unreadable);
  printReadable(result.report, values.quiet, i18n);
  return exitCodeOf(result);
}

runCommand('validate', main);
