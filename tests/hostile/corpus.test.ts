/**
 * The hostile corpus (make_corpus.ts) read as the Atlas reads it: every case through the
 * readers (the same code the browser's import worker runs), and a sample of every kind
 * through the command line. Each must give its exit code, its findings and its message;
 * none may throw, print a raw exception, or cut its JSON report short.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputFiles } from '../../scripts/lib/input_files';
import { loadGazetteerSync } from '../../scripts/lib/load_reference';
import { exitCodeOf } from '../../scripts/lib/read_input';
import { parseChangeset } from '../../src/edits/transaction';
import { mergeChangeset } from '../../src/export/merge_changeset';
import { readFiles } from '../../src/formats';
import { createI18n } from '../../src/i18n';
import { changeProblemSentence, changesetErrorSentence } from '../../src/i18n/change_problem_text';
import { findingSentence } from '../../src/i18n/finding_text';
import { LANGUAGES } from '../../src/model/languages';
import type { ImportReport } from '../../src/model/report';
import { curatedDataset } from '../unit/ui/render_atlas';
import { type Expected, type HostileCase, makeCorpus } from './make_corpus';

const gazetteer = loadGazetteerSync();
const curated = curatedDataset();
const dir = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
const cases = makeCorpus(dir, curated);
const interfaces = LANGUAGES.map((language) => createI18n(language));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What reading a case gave, in the terms the expectations use. */
interface Outcome {
  exit: number;
  codes: string[];
  messages: string[];
  report?: ImportReport;
  /** For a changeset: why it was refused, or each refused record's reasons, in a language. */
  reasons?: ((i18n: ReturnType<typeof createI18n>) => string)[];
  applied?: number;
  refused?: number;
}

function readCase(input: string): Outcome {
  const path = join(dir, input);
  let files: ReturnType<typeof readInputFiles>;
  try {
    files = readInputFiles(path);
  } catch (error) {
    // Refused from its size, as the command line refuses it.
    return { exit: 2, codes: [], messages: [(error as Error).message] };
  }
  const result = readFiles(files, { gazetteer }, path);
  const report = { ...result.report, file: path };
  return {
    exit: exitCodeOf({ ...result, report }),
    codes: report.issues.map((issue) => `${issue.severity}:${issue.code}`),
    messages: report.issues.map((issue) => issue.message),
    report,
  };
}

function changesetCase(input: string): Outcome {
  const parsed = parseChangeset(readFileSync(join(dir, input), 'utf8'));
  if (!parsed.ok) {
    return {
      exit: 2,
      codes: [],
      messages: parsed.errors.map((error) => error.message),
      reasons: parsed.errors.map((error) => (i18n) => changesetErrorSentence(error, i18n)),
    };
  }
  const merge = mergeChangeset(curated, parsed.transactions, gazetteer);
  return {
    exit: merge.conflicts.length > 0 || merge.rejected.length > 0 ? 1 : 0,
    codes: [],
    messages: merge.rejected.flatMap((record) => record.problems.map((problem) => problem.message)),
    reasons: merge.rejected.flatMap((record) =>
      record.problems.map(
        (problem) => (i18n) => changeProblemSentence(problem, i18n, record.table),
      ),
    ),
    applied: merge.applied.reduce((sum, transaction) => sum + transaction.changes.length, 0),
    refused: merge.rejected.length,
  };
}

const english = createI18n('en');
const french = createI18n('fr');
const german = createI18n('de');

function check(outcome: Outcome, expected: Expected): void {
  expect(outcome.exit, `exit code; messages: ${outcome.messages.slice(0, 5).join(' | ')}`).toBe(
    expected.exit,
  );
  for (const code of expected.codes ?? []) expect(outcome.codes).toContain(code);
  if (expected.message) {
    expect(
      outcome.messages.some((message) => expected.message?.test(message)),
      `a message matching ${expected.message}; got: ${outcome.messages.slice(0, 5).join(' | ')}`,
    ).toBe(true);
  }
  const { report } = outcome;
  if (expected.rows !== undefined) expect(report?.rows).toBe(expected.rows);
  if (expected.accepted !== undefined) expect(report?.accepted).toBe(expected.accepted);
  if (expected.rejected !== undefined) expect(report?.rejected).toBe(expected.rejected);
  if (expected.encoding !== undefined) expect(report?.encoding).toBe(expected.encoding);
  if (expected.crs !== undefined) expect(report?.crs).toBe(expected.crs);
  if (expected.applied !== undefined) expect(outcome.applied).toBe(expected.applied);
  if (expected.refused !== undefined) expect(outcome.refused).toBe(expected.refused);
  // A raw exception never reaches the user as a finding.
  for (const message of outcome.messages) {
    expect(message).not.toMatch(/is not (iterable|a function)|Cannot read propert|call stack/);
  }
  // Every finding is said in each interface language, not only in the command line's
  // English.
  const kinds = new Map(
    (report?.issues ?? []).map((issue) => [
      `${issue.code} ${issue.variant} ${!issue.values}`,
      issue,
    ]),
  );
  // Why a changeset is refused is said in French and German, never in the English
  // sentence the command line prints.
  for (const reason of outcome.reasons ?? []) {
    const inEnglish = reason(english);
    for (const i18n of [french, german]) {
      const said = reason(i18n);
      expect(said, `${i18n.language}: ${inEnglish}`).not.toMatch(/\{\{|changeProblem\./);
      expect(said, `${i18n.language}: ${inEnglish}`).not.toBe(inEnglish);
    }
  }
  for (const issue of kinds.values()) {
    for (const i18n of interfaces) {
      expect(
        findingSentence(issue, i18n),
        `${i18n.language} ${issue.code} ${issue.variant ?? ''}: ${issue.message}`,
      ).not.toBeNull();
    }
  }
}

describe('the hostile corpus', () => {
  it('holds at least 100 cases, each with the answer it must give', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(new Set(cases.map((item) => item.name)).size).toBe(cases.length);
  });

  // The largest cases (100,000 changes, 300,000 rows) take a few seconds on a loaded
  // machine: more than the default five.
  describe('read as the browser and the command line read it', { timeout: 30_000 }, () => {
    for (const item of cases) {
      it(item.name, () => {
        check(item.kind === 'read' ? readCase(item.input) : changesetCase(item.input), item.expect);
      });
    }
  });
});

/** Runs a command line as a data steward would, output through pipes. */
function run(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args]);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('close', (status) =>
      resolve({
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

function commandFor(item: HostileCase): string[] {
  const path = join(dir, item.input);
  return item.kind === 'read'
    ? ['scripts/validate.ts', path, '--format', 'json']
    : ['scripts/apply_changes.ts', path, '--data', 'data', '--dry-run', '--format', 'json'];
}

describe('the hostile corpus through the command line', () => {
  const sample = cases.filter((item) => item.cli);
  const results = new Map<string, Awaited<ReturnType<typeof run>>>();
  beforeAll(async () => {
    // Two at a time: the machine has two cores.
    const queue = [...sample];
    const worker = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        results.set(item.name, await run(commandFor(item)));
      }
    };
    await Promise.all([worker(), worker()]);
  }, 300_000);

  it('runs a sample of every kind of case', () => {
    expect(sample.length).toBeGreaterThanOrEqual(20);
  });

  for (const item of sample) {
    it(item.name, () => {
      const result = results.get(item.name);
      if (!result) throw new Error('not run');
      expect(result.status, result.stderr).toBe(item.expect.exit);
      expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+|is not (iterable|a function)/);
      if (result.stdout !== '') {
        // Whole, however large: a report cut short in a pipe does not parse.
        const report = JSON.parse(result.stdout);
        const messages: string[] =
          item.kind === 'read'
            ? report.issues.map((issue: { message: string }) => issue.message)
            : report.rejected.flatMap((record: { reasons: string[] }) => record.reasons);
        const wanted = item.expect.message;
        if (wanted) expect(messages.some((message) => wanted.test(message))).toBe(true);
        for (const code of item.expect.codes ?? []) {
          const [severity, name] = code.split(':');
          expect(report.issues).toContainEqual(expect.objectContaining({ severity, code: name }));
        }
      } else {
        expect(item.expect.exit).toBe(2);
        expect(result.stderr).toMatch(item.expect.message ?? /cannot read/);
      }
    });
  }
});
