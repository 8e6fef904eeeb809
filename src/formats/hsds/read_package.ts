import type { z } from 'zod';
import { englishCount, LIMITS } from '../../model/limits';
import type { Issue, TextEncoding } from '../../model/report';
import { schemaIssues } from '../../model/schema_issues';
import { decodeText, isUnreadable } from '../../text/decode';
import { isPlainObject, parseJsonText } from '../../text/json_text';
import { readTable, type TableRow } from '../../text/read_table';
import type { InputFile } from '../types';
import { checkPackage } from './conformance';
import { HSDS_DESCRIPTOR, type TableResource } from './descriptor';
import { EXTENSIONS_FILE, extensionsSchema, type ReadExtensions } from './extensions';
import { findDescriptorFile, findPackageFile, folderOf } from './package_files';

/** One table of a package as read: its file and its rows (header = row 1). */
export interface PackageTable {
  resource: TableResource;
  path: string;
  rows: TableRow[];
  /** Rows that could not be read as rows (wrong field count, unclosed quote). */
  malformed: TableRow[];
}

export interface ReadPackage {
  /** The package's datapackage.json path ('' when there is none). */
  descriptorPath: string;
  /** The tables present, by resource name. */
  tables: Map<string, PackageTable>;
  /** File-level issues: unreadable descriptor or sidecar, unrecognised columns, malformed rows. */
  issues: Issue[];
  /** Findings of the conformance check, placed at the files' own row numbers. */
  conformance: Issue[];
  extensions: ReadExtensions | null;
  extensionsPath: string;
  encoding: TextEncoding | null;
  delimiter: string | null;
}

function fileIssue(
  file: string,
  message: string,
  variant: string,
  values: Issue['values'] = {},
): Issue {
  return {
    file,
    row: null,
    field: null,
    severity: 'warning',
    code: 'unreadable_file',
    message,
    variant,
    values,
  };
}

/** What a JSON file of the package is, as the findings about it name it. */
type PackageJson = 'descriptor' | 'sidecar';

/** A JSON file of the package, parsed within the limits; why not, as an issue of the file. */
function readJson(file: InputFile, issues: Issue[], what: string, part: PackageJson): unknown {
  const decoded = decodeText(file.bytes);
  const parsed = isUnreadable(decoded) ? null : parseJsonText(decoded.text);
  if (parsed?.ok) return parsed.value;
  const finding = parsed?.finding ?? decoded.findings.find((item) => item.severity === 'error');
  const reason = finding?.message ?? 'it could not be read';
  // The finding about the JSON itself is said as its `cause` (i18n/finding_text.ts).
  const cause: Record<string, string> = finding
    ? { cause: `${finding.code}${finding.variant ? `_${finding.variant}` : ''}` }
    : {};
  issues.push({
    ...fileIssue(file.path, `${what}: ${reason}`, part, { ...finding?.values, ...cause }),
    // Too deep has its own sentence for these files; any other fault is their `cause`.
    code: finding?.code === 'too_deeply_nested' ? finding.code : 'unreadable_file',
  });
  return undefined;
}

/** The resource paths the package's own descriptor gives, by resource name (empty when unreadable). */
function declaredPaths(file: InputFile, issues: Issue[]): Map<string, string> {
  const paths = new Map<string, string>();
  const json = readJson(
    file,
    issues,
    'The package descriptor could not be read, so files were matched by their HSDS names',
    'descriptor',
  );
  if (json === undefined) return paths;
  const resources = isPlainObject(json) ? json.resources : undefined;
  if (!Array.isArray(resources)) {
    issues.push(
      fileIssue(
        file.path,
        'The package descriptor has no list of resources; files were matched by their HSDS names',
        'noResources',
      ),
    );
    return paths;
  }
  for (const resource of resources) {
    if (!isPlainObject(resource)) continue;
    if (typeof resource.name === 'string' && typeof resource.path === 'string') {
      paths.set(resource.name, resource.path);
    }
  }
  return paths;
}

/** The zod issues of a value, in a line: where each is and what it is (in the command line's English). */
function zodSummary(error: z.ZodError, value: unknown): string {
  return schemaIssues(error, value)
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'the file'}: ${issue.message}`)
    .join('; ');
}

function readExtensions(file: InputFile | undefined, issues: Issue[]): ReadExtensions | null {
  if (!file) return null;
  const json = readJson(
    file,
    issues,
    'The Atlas sidecar could not be read; it is ignored',
    'sidecar',
  );
  if (json === undefined) return null;
  const parsed = extensionsSchema.safeParse(json);
  if (!parsed.success) {
    issues.push(
      fileIssue(
        file.path,
        `The Atlas sidecar is not in the expected form (${zodSummary(parsed.error, json)}); it is ignored`,
        'sidecarForm',
        { at: parsed.error.issues[0]?.path.join('.') ?? '' },
      ),
    );
    return null;
  }
  const { relationships = [], indicators = [] } = parsed.data;
  if (relationships.length > LIMITS.rows || indicators.length > LIMITS.rows) {
    issues.push({
      ...fileIssue(
        file.path,
        `The Atlas sidecar lists more than ${englishCount(LIMITS.rows)} relationships or indicators, the most the Atlas reads; it is ignored`,
        'sidecar',
      ),
      code: 'too_many_rows',
    });
    return null;
  }
  return parsed.data;
}

/** Conformance issues moved from data-row indexes to the files' row numbers, as warnings. */
function placeConformance(issues: readonly Issue[], tables: Map<string, PackageTable>): Issue[] {
  const byPath = new Map([...tables.values()].map((table) => [table.resource.path, table]));
  return issues.map((issue) => {
    const table = byPath.get(issue.file ?? '');
    const row =
      issue.row !== null && issue.row > 1
        ? (table?.rows[issue.row - 2]?.row ?? issue.row)
        : issue.row;
    return {
      ...issue,
      file: table?.path ?? issue.file,
      row,
      severity: 'warning',
      message: `Not conformant to HSDS 3.0: ${issue.message}`,
    };
  });
}

/**
 * Reads the package's CSV tables (the resources of the official HSDS descriptor, found at
 * the paths its own datapackage.json gives, else by their HSDS file names), its sidecar,
 * and checks the tables against the official descriptor.
 */
export function readPackage(files: readonly InputFile[]): ReadPackage {
  const issues: Issue[] = [];
  const descriptorFile = findDescriptorFile(files);
  const folder = descriptorFile ? folderOf(descriptorFile.path) : '';
  const paths = descriptorFile ? declaredPaths(descriptorFile, issues) : new Map<string, string>();
  const tables = new Map<string, PackageTable>();
  let encoding: ReadPackage['encoding'] = null;
  let delimiter: string | null = null;
  for (const resource of HSDS_DESCRIPTOR.resources) {
    const file = findPackageFile(files, folder, paths.get(resource.name) ?? resource.path);
    if (!file) continue;
    const aliases = Object.fromEntries(
      resource.schema.fields.map((field) => [field.name, [field.name]]),
    );
    const table = readTable(file.path, file.bytes, aliases);
    encoding ??= table.encoding;
    delimiter ??= table.delimiter;
    issues.push(...table.issues);
    tables.set(resource.name, {
      resource,
      path: file.path,
      rows: table.rows,
      malformed: table.malformed,
    });
  }
  const rowsByResource = Object.fromEntries(
    [...tables].map(([name, table]) => [name, table.rows.map((row) => row.fields)]),
  );
  const extensionsFile = findPackageFile(files, folder, EXTENSIONS_FILE);
  return {
    descriptorPath: descriptorFile?.path ?? '',
    tables,
    issues,
    conformance: placeConformance(checkPackage(rowsByResource, HSDS_DESCRIPTOR), tables),
    extensions: readExtensions(extensionsFile, issues),
    extensionsPath: extensionsFile?.path ?? EXTENSIONS_FILE,
    encoding,
    delimiter,
  };
}
