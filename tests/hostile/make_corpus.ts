/**
 * The hostile corpus: files an attacker or an unlucky user could give the Atlas (broken,
 * huge, in the wrong encoding, nested, lying, with payloads in every field), each with what
 * the Atlas must answer: its exit code as the command line gives it, the findings (code and
 * severity) the report must hold, and words one of its messages must say. Generated into a
 * temporary folder by `makeCorpus`, never committed: some cases are large (a zip that
 * inflates to 1 GiB, 300,001 rows, 15 million cells), all are made in a few seconds.
 */
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Change } from '../../src/edits/patch';
import { type Transaction, toChangeset } from '../../src/edits/transaction';
import type { Dataset } from '../../src/model/dataset';
import { stableId } from '../../src/model/ids';
import { zipBomb } from './zip_bomb';

export interface Expected {
  /** The command line's exit code: 0 all accepted, 1 some rejected, 2 nothing could be read. */
  exit: 0 | 1 | 2;
  /** Findings the report must hold, as "severity:code". */
  codes?: string[];
  /** Words a finding's message (or the refusal, or a rejected change's reason) must say. */
  message?: RegExp;
  rows?: number;
  accepted?: number;
  rejected?: number;
  encoding?: string;
  crs?: string;
  /** For a changeset: the changes applied, and the records refused. */
  applied?: number;
  refused?: number;
}

export interface HostileCase {
  name: string;
  /** A file or folder of data to read, or a changeset to merge into the curated data. */
  kind: 'read' | 'changeset';
  /** Its path in the corpus folder. */
  input: string;
  expect: Expected;
  /** Run through the command line too (each run costs seconds: a sample of every kind). */
  cli?: boolean;
}

const HEADER = 'service_name;organization_name;category;postal_code;city;latitude;longitude';
const ROW = 'Permanence sociale;CPAS de Namur;social_aid;5000;Namur;50,4669;4,8675';
const CSV = `${HEADER}\r\n${ROW}\r\n`;
const encoder = new TextEncoder();

/** `count` distinct good rows (the service name numbered), each on its own line. */
function rows(count: number, from = 0): string[] {
  return Array.from(
    { length: count },
    (_, index) => `Service ${from + index};CPAS de Namur;social_aid;5000;Namur;50,4669;4,8675`,
  );
}

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const pair = endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    bytes.set(pair, (bom ? 2 : 0) + index * 2);
  }
  return bytes;
}

/** Text as Windows-1252 (the Latin-1 range, which is all this corpus needs). */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

function nested(depth: number): string {
  return `${'{"k":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

function feature(geometry: unknown, properties: unknown = { name: 'A', organization: 'Org' }) {
  return { type: 'Feature', geometry, properties };
}

function collection(features: unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features });
}

const GOOD_POINT = { type: 'Point', coordinates: [4.8675, 50.4669] };

/** What an attacker would put in every field: markup, script, formulas, controls. */
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(document.cookie)</script>',
  '=HYPERLINK("http://evil.example","x")',
  "+cmd|' /C calc'!A0",
  '@SUM(1+1)*cmd',
  'javascript:alert(1)',
  '\u202e\u0007\u001b[31mred',
  '{{constructor.constructor("alert(1)")()}}',
  '../../../../etc/passwd',
  "'; DROP TABLE services; --",
];

/** A zip holding `files`, with the given deflate level. */
function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, content]) => [
        name,
        typeof content === 'string' ? strToU8(content) : content,
      ]),
    ),
  );
}

const ORGANIZATIONS = 'id,name,org_type\n6a1c2f8e-1f34-4d6b-9a39-1b1c2d3e4f50,CPAS de Test,cpas\n';
const DESCRIPTOR = JSON.stringify({
  resources: [{ name: 'organization', path: 'organizations.csv' }],
});

/**
 * Writes the corpus into `dir` and returns its cases. `curated` is the dataset the
 * changesets are merged into (the curated data of data/), whose records they name.
 */
export function makeCorpus(dir: string, curated: Dataset): HostileCase[] {
  const cases: HostileCase[] = [];
  const put = (path: string, content: string | Uint8Array) => {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, typeof content === 'string' ? encoder.encode(content) : content);
    return path;
  };
  const read = (
    name: string,
    path: string,
    content: string | Uint8Array,
    expect: Expected,
    cli = false,
  ) => {
    cases.push({ name, kind: 'read', input: put(path, content), expect, cli });
  };
  const folder = (
    name: string,
    path: string,
    files: Record<string, string | Uint8Array>,
    expect: Expected,
    cli = false,
  ) => {
    for (const [file, content] of Object.entries(files)) put(join(path, file), content);
    cases.push({ name, kind: 'read', input: path, expect, cli });
  };

  // --- Text: encodings, empty and binary files -------------------------------------------
  read('an empty file', 'text/empty.csv', '', { exit: 2, codes: ['error:empty_file'] }, true);
  read('a byte order mark alone', 'text/bom.csv', new Uint8Array([0xef, 0xbb, 0xbf]), {
    exit: 2,
    codes: ['error:empty_file'],
  });
  read('blank lines alone', 'text/blank.csv', '\r\n  \r\n\n', {
    exit: 2,
    codes: ['error:empty_file'],
  });
  read('a header and no row', 'text/header_only.csv', `${HEADER}\r\n`, { exit: 0, rows: 0 });
  read(
    'a PNG named .csv',
    'text/image.csv',
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
    { exit: 2, codes: ['error:unreadable_file'], message: /Not a text file/ },
    true,
  );
  read('a zip named .csv', 'text/archive.csv', zip({ 'a.csv': CSV }), {
    exit: 2,
    codes: ['error:unreadable_file'],
    message: /zero byte/,
  });
  read('a zero byte inside a CSV', 'text/nul.csv', `${HEADER}\r\nPerma\u0000nence;x;y\r\n`, {
    exit: 2,
    codes: ['error:unreadable_file'],
    message: /line 2/,
  });
  read(
    'UTF-16 little endian with its mark',
    'text/utf16le.csv',
    utf16(`${HEADER}\r\n${rows(3).join('\r\n')}\r\n`, 'le', true),
    {
      exit: 0,
      rows: 3,
      encoding: 'utf-16le',
    },
    true,
  );
  read('UTF-16 big endian with its mark', 'text/utf16be.csv', utf16(CSV, 'be', true), {
    exit: 0,
    rows: 1,
    encoding: 'utf-16be',
  });
  read('UTF-16 without its mark', 'text/utf16_unmarked.csv', utf16(CSV, 'le', false), {
    exit: 0,
    rows: 1,
    encoding: 'utf-16le',
    codes: ['info:invalid_encoding'],
  });
  read(
    'UTF-8 with a few invalid bytes',
    'text/utf8_invalid.csv',
    new Uint8Array([
      ...encoder.encode(
        `${HEADER}\r\n${rows(20)
          .map((row) => `${row} Liège`)
          .join('\r\n')}\r\nX;Org Li`,
      ),
      0xe8,
      ...encoder.encode('ge;social_aid;5000;Namur;;\r\n'),
    ]),
    {
      exit: 0,
      rows: 21,
      encoding: 'utf-8',
      codes: ['warning:invalid_encoding'],
      message: /line 22/,
    },
    true,
  );
  read(
    'Windows-1252 with a stray UTF-8 sequence',
    'text/mixed.csv',
    new Uint8Array([
      ...latin1(`${HEADER}\r\nA;Liège;social_aid;5000;Namur;;\r\nB;`),
      ...encoder.encode('Liège;social_aid;5000;Namur;;\r\n'),
    ]),
    {
      exit: 0,
      encoding: 'windows-1252',
      codes: ['warning:invalid_encoding'],
      message: /mixes encodings/,
    },
  );
  read(
    'Windows-1252 from Excel',
    'text/excel.csv',
    latin1(`${HEADER}\r\nCafé;Liège;social_aid;4000;Liège;;\r\n`),
    {
      exit: 0,
      encoding: 'windows-1252',
      rows: 1,
    },
  );
  read('old Mac line ends (CR alone)', 'text/cr.csv', `${HEADER}\r${rows(2).join('\r')}\r`, {
    exit: 0,
    rows: 2,
  });

  // --- Delimited rows -----------------------------------------------------------------------
  read(
    'no column for the service name',
    'csv/no_name.csv',
    `organization_name;postal_code\r\nCPAS de Namur;5000\r\nCPAS de Liège;4000\r\n`,
    {
      exit: 1,
      rows: 2,
      accepted: 0,
      rejected: 2,
      codes: ['error:missing_column', 'error:missing_required'],
    },
    true,
  );
  read('no column it knows at all', 'csv/unknown.csv', 'colour;size\r\nred;L\r\n', {
    exit: 1,
    rejected: 1,
    codes: ['error:missing_column', 'info:invalid_value'],
  });
  read(
    'one unclosed quote among good rows',
    'csv/unclosed.csv',
    `${HEADER}\r\n${rows(2).join('\r\n')}\r\n"Broken;x;social_aid;5000;Namur;;\r\n${rows(2, 2).join('\r\n')}\r\n`,
    {
      exit: 1,
      rows: 5,
      rejected: 1,
      codes: ['error:malformed_row'],
      message: /never closed/,
    },
  );
  read(
    '20,000 rows that each open a quote they never close',
    'csv/unclosed_20000.csv',
    `${HEADER}\r\n${Array.from({ length: 20_000 }, (_, index) => `"Service ${index};x;social_aid;5000;Namur;;`).join('\r\n')}\r\n`,
    { exit: 1, rows: 20_000, rejected: 20_000, codes: ['error:malformed_row'] },
    true,
  );
  read(
    'a quote closed lines too late',
    'csv/late_quote.csv',
    `${HEADER}\r\nA;"Org;social_aid;5000;Namur;;\r\nB;x;y;z;w;;\r\nC;"x";social_aid;5000;Namur;;\r\n${ROW}\r\n`,
    {
      exit: 1,
      codes: ['error:malformed_row'],
      message: /runs on over the next 2 lines/,
    },
  );
  read(
    'a row with too many fields',
    'csv/too_many_fields.csv',
    `${HEADER}\r\n${ROW};extra;more\r\n`,
    {
      exit: 1,
      codes: ['error:malformed_row'],
      message: /Expected 7 fields.*found 9/,
    },
  );
  read('a row with too few fields', 'csv/too_few_fields.csv', `${HEADER}\r\nA;B\r\n${ROW}\r\n`, {
    exit: 1,
    rows: 2,
    rejected: 1,
    codes: ['error:malformed_row'],
  });
  read(
    'a cell of 200,000 characters',
    'csv/long_cell.csv',
    `${HEADER};description\r\n${ROW};${'x'.repeat(200_000)}\r\n${rows(1).join('')};court\r\n`,
    {
      exit: 1,
      rows: 2,
      rejected: 1,
      codes: ['error:field_too_long'],
      message: /200,000 characters/,
    },
  );
  read(
    'one line of 8 MB',
    'csv/long_line.csv',
    `${HEADER}\r\n${'y'.repeat(8 * 1024 * 1024)};x;social_aid;5000;Namur;;\r\n`,
    {
      exit: 1,
      codes: ['error:field_too_long'],
    },
    true,
  );
  read(
    'a column name of 200,000 characters',
    'csv/long_header.csv',
    `${'h'.repeat(200_000)};service_name\r\nx;y\r\n`,
    {
      exit: 2,
      codes: ['error:field_too_long'],
    },
  );
  read(
    '300,001 rows',
    'csv/rows_300001.csv',
    `service_name\r\n${'S\r\n'.repeat(300_001)}`,
    {
      exit: 2,
      codes: ['error:too_many_rows'],
      message: /more than 300,000 rows/,
    },
    true,
  );
  read(
    '1,001 columns',
    'csv/columns_1001.csv',
    `service_name;${Array.from({ length: 1000 }, (_, index) => `c${index}`).join(';')}\r\nA${';'.repeat(1000)}\r\n`,
    {
      exit: 2,
      codes: ['error:too_many_columns'],
    },
  );
  read(
    '15 million cells',
    'csv/cells.csv',
    `service_name${';c'.repeat(99)}\r\n${`S${';'.repeat(99)}\r\n`.repeat(150_001)}`,
    {
      exit: 2,
      codes: ['error:too_many_rows'],
      message: /cells/,
    },
  );
  cases.push({
    name: 'a file of 101 MB',
    kind: 'read',
    input: (() => {
      const path = put('csv/huge.csv', CSV);
      truncateSync(join(dir, path), 101 * 1024 * 1024);
      return path;
    })(),
    expect: { exit: 2, message: /101 MB, more than the 100 MB/ },
    cli: true,
  });
  read(
    'blank rows and rows of delimiters',
    'csv/blank_rows.csv',
    `${HEADER}\r\n;;;;;;\r\n\r\n${ROW}\r\n  ;  ;;;;;\r\n`,
    {
      exit: 0,
      rows: 1,
    },
  );
  read(
    'a tab-separated file',
    'csv/tabs.tsv',
    `${HEADER.replaceAll(';', '\t')}\r\n${ROW.replaceAll(';', '\t')}\r\n`,
    {
      exit: 0,
      rows: 1,
    },
  );
  read(
    'a duplicated column',
    'csv/duplicate_column.csv',
    `service_name;service_name;organization_name\r\nA;B;Org\r\n`,
    { exit: 0, rows: 1 },
  );
  read(
    'coordinates that are not numbers',
    'csv/bad_numbers.csv',
    `${HEADER}\r\nA;O;social_aid;5000;Namur;NaN;Infinity\r\nB;O;social_aid;5000;Namur;1e400;4,8\r\nC;O;social_aid;5000;Namur;50,4;abc\r\n`,
    {
      exit: 0,
      rows: 3,
      codes: ['warning:invalid_coordinate'],
    },
  );
  read(
    'coordinates at 0, 0 and out of range',
    'csv/zero_point.csv',
    `${HEADER}\r\nA;O;social_aid;5000;Namur;0;0\r\nB;O;social_aid;5000;Namur;95;200\r\n`,
    {
      exit: 0,
      codes: ['warning:invalid_coordinate'],
    },
  );
  read(
    'unusable coordinates and no place to fall back on',
    'csv/no_place.csv',
    `${HEADER}\r\nA;O;social_aid;;;abc;def\r\n`,
    {
      exit: 1,
      codes: ['error:invalid_coordinate'],
    },
  );
  read(
    'a city naming another commune than its postcode and point',
    'csv/commune_mismatch.csv',
    `${HEADER}\r\nPermanence;CPAS;social_aid;5500;Namur;50,2607;4,9124\r\n`,
    {
      exit: 0,
      codes: ['warning:commune_mismatch'],
      message: /city is Namur .* postcode and the point are in Dinant/,
    },
    true,
  );
  read(
    'swapped latitude and longitude',
    'csv/swapped.csv',
    `${HEADER}\r\nA;O;social_aid;5000;Namur;4,8675;50,4669\r\n`,
    {
      exit: 0,
      codes: ['warning:coordinates_swapped'],
    },
  );
  read(
    'payloads in every field',
    'csv/payloads.csv',
    [
      'service_name;organization_name;category;website;email;phone;address;city;description;source',
      ...PAYLOADS.map((payload, index) => {
        const cell = `"${payload.replaceAll('"', '""')} ${index}"`;
        return Array.from({ length: 10 }, () => cell).join(';');
      }),
    ].join('\r\n'),
    { exit: 0, rows: 10, codes: ['warning:invalid_url'] },
    true,
  );
  read(
    'names that are object properties',
    'csv/prototype.csv',
    `__proto__;constructor;service_name;organization_name;toString\r\nx;y;Service;Org;z\r\n`,
    {
      exit: 0,
      rows: 1,
    },
  );
  read(
    'a category and a language it does not know',
    'csv/unknown_values.csv',
    `${HEADER};languages\r\nA;O;teleportation;5000;Namur;;;klingon\r\n`,
    {
      exit: 0,
      codes: ['warning:unknown_category'],
    },
  );
  read(
    'a postcode and a NIS code of nowhere',
    'csv/unknown_places.csv',
    `service_name;organization_name;postal_code;nis_code\r\nA;O;9999;99999\r\n`,
    {
      exit: 0,
      codes: ['warning:unknown_postcode'],
    },
  );

  // --- GeoJSON ---------------------------------------------------------------------------------
  read(
    'JSON cut short',
    'geojson/cut.geojson',
    '{"type":"FeatureCollection","features":[',
    {
      exit: 2,
      codes: ['error:unreadable_file'],
      message: /Not valid JSON/,
    },
    true,
  );
  read('an empty GeoJSON file', 'geojson/empty.geojson', '', {
    exit: 2,
    codes: ['error:empty_file'],
  });
  read('a list at the top', 'geojson/list.geojson', '[1,2,3]', {
    exit: 2,
    codes: ['error:unreadable_file'],
  });
  read('null at the top', 'geojson/null.geojson', 'null', {
    exit: 2,
    codes: ['error:unreadable_file'],
  });
  read(
    'features that are not a list',
    'geojson/features_object.geojson',
    '{"type":"FeatureCollection","features":{"a":1}}',
    {
      exit: 2,
      codes: ['error:unreadable_file'],
    },
  );
  read('no feature', 'geojson/no_feature.geojson', collection([]), { exit: 0, rows: 0 });
  for (const [label, coordinates, message] of [
    ['a number', 4.8675, /found a number \(4\.8675\)/],
    ['a string', '4.8675,50.4669', /found a string/],
    ['an object', { x: 4.8, y: 50.4 }, /found an object/],
    ['an empty list', [], /found an empty list/],
    ['nulls', [null, null], /found a list/],
    ['a list of four numbers and more', [1, 2, 3, 4, 5], /found a list/],
  ] as const) {
    read(
      `point coordinates that are ${label}`,
      `geojson/point_${label.replaceAll(' ', '_')}.geojson`,
      collection([
        feature({ type: 'Point', coordinates }),
        feature(GOOD_POINT, { name: 'B', organization: 'Org' }),
      ]),
      {
        exit: 0,
        rows: 2,
        codes: ['warning:invalid_geometry'],
        message,
      },
      label === 'a number',
    );
  }
  read(
    'an unknown geometry type',
    'geojson/blob.geojson',
    collection([feature({ type: 'Blob', coordinates: [1, 2] })]),
    {
      exit: 0,
      codes: ['warning:invalid_geometry'],
      message: /"Blob" is not a GeoJSON geometry type/,
    },
  );
  read(
    'a geometry that is a string',
    'geojson/geometry_string.geojson',
    collection([feature('POINT(4.8 50.4)')]),
    {
      exit: 0,
      codes: ['warning:invalid_geometry'],
    },
  );
  read(
    'polygon rings of numbers',
    'geojson/polygon.geojson',
    collection([feature({ type: 'Polygon', coordinates: [1, 2, 3] })]),
    {
      exit: 0,
      codes: ['warning:invalid_geometry'],
    },
  );
  read(
    'a collection with a broken member',
    'geojson/collection.geojson',
    collection([
      feature({
        type: 'GeometryCollection',
        geometries: [GOOD_POINT, { type: 'Point', coordinates: 'x' }],
      }),
    ]),
    {
      exit: 0,
      codes: ['warning:invalid_geometry'],
      message: /Geometry 2 of the collection/,
    },
  );
  read(
    'features that are not objects',
    'geojson/not_objects.geojson',
    collection(['a', 42, null, true, feature(GOOD_POINT)]),
    {
      exit: 1,
      rows: 5,
      rejected: 4,
      codes: ['error:malformed_row'],
    },
  );
  read(
    'properties that are a list',
    'geojson/properties_list.geojson',
    collection([feature(GOOD_POINT, ['a', 'b'])]),
    {
      exit: 1,
      codes: ['warning:invalid_value', 'error:missing_required'],
    },
  );
  read(
    'nested property values',
    'geojson/nested_properties.geojson',
    collection([
      feature(GOOD_POINT, { name: { fr: 'Aide', nl: 'Hulp' }, organization: [{ a: 1 }] }),
    ]),
    {
      exit: 0,
      codes: ['warning:invalid_value'],
      message: /read as its JSON text/,
    },
  );
  read(
    'a property nested 20,000 deep',
    'geojson/deep.geojson',
    `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"name":${nested(20_000)}}}]}`,
    {
      exit: 2,
      codes: ['error:too_deeply_nested'],
      message: /more than 64 levels/,
    },
    true,
  );
  read(
    'a property of 200,000 characters',
    'geojson/long_property.geojson',
    collection([
      feature(GOOD_POINT, { name: 'A', organization: 'O', description: 'x'.repeat(200_000) }),
    ]),
    {
      exit: 1,
      codes: ['error:field_too_long'],
    },
  );
  read(
    '300,001 features',
    'geojson/many.geojson',
    `{"type":"FeatureCollection","features":[${Array.from({ length: 300_001 }, () => '{}').join(',')}]}`,
    {
      exit: 2,
      codes: ['error:too_many_rows'],
    },
  );
  read(
    'a crs that is a number',
    'geojson/crs_number.geojson',
    JSON.stringify({ type: 'FeatureCollection', crs: 42, features: [feature(GOOD_POINT)] }),
    { exit: 0, rows: 1 },
  );
  read(
    'coordinates of 1e308',
    'geojson/huge_numbers.geojson',
    collection([
      feature(
        { type: 'Point', coordinates: [1e308, -1e308] },
        { name: 'A', organization: 'O', postal_code: '5000' },
      ),
    ]),
    {
      exit: 0,
      codes: ['warning:invalid_coordinate'],
    },
  );
  read(
    'Lambert 72 without a crs member',
    'geojson/lambert.geojson',
    collection([feature({ type: 'Point', coordinates: [185000, 128000] })]),
    { exit: 0, rows: 1, crs: 'EPSG:31370' },
  );
  read(
    'a __proto__ property',
    'geojson/proto.geojson',
    '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"__proto__":{"polluted":1},"name":"A","organization":"O"}}]}',
    {
      exit: 0,
      rows: 1,
    },
  );
  read(
    'GeoJSON with a byte order mark',
    'geojson/bom.geojson',
    new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(collection([feature(GOOD_POINT)]))]),
    { exit: 0, rows: 1 },
  );
  read('a Feature alone', 'geojson/feature.geojson', JSON.stringify(feature(GOOD_POINT)), {
    exit: 0,
    rows: 1,
  });
  read(
    'payloads as properties',
    'geojson/payloads.geojson',
    collection(
      PAYLOADS.map((payload, index) =>
        feature(GOOD_POINT, {
          name: `${payload} ${index}`,
          organization: payload,
          website: payload,
          email: payload,
        }),
      ),
    ),
    {
      exit: 0,
      rows: 10,
    },
  );

  // --- Zips and HSDS packages ------------------------------------------------------------------
  read(
    'a zip that inflates to 1 GiB',
    'zip/bomb.zip',
    zipBomb(1024 * 1024 * 1024 + 1),
    {
      exit: 2,
      codes: ['error:zip_too_large'],
      message: /1024 MB once unzipped/,
    },
    true,
  );
  read(
    'a zip bomb whose headers lie about its size',
    'zip/lying_bomb.zip',
    zipBomb(1024 * 1024 * 1024 + 1, 1000),
    {
      exit: 2,
      codes: ['error:zip_too_large'],
      message: /stopped inside services\.csv/,
    },
  );
  read(
    'a zip entry inflating a thousand times its size',
    'zip/ratio.zip',
    zip({ 'datapackage.json': '{}', 'services.csv': new Uint8Array(20 * 1024 * 1024) }),
    {
      exit: 2,
      codes: ['error:zip_too_large'],
      message: /zip bomb/,
    },
  );
  read(
    'a zip of 1,001 files',
    'zip/many_files.zip',
    zip(Object.fromEntries(Array.from({ length: 1001 }, (_, index) => [`f${index}.csv`, 'a\n']))),
    {
      exit: 2,
      codes: ['error:zip_too_large'],
      message: /holds 1,001 files/,
    },
  );
  let inner = zip({ 'datapackage.json': DESCRIPTOR, 'organizations.csv': ORGANIZATIONS });
  for (let level = 0; level < 10; level += 1) inner = zip({ [`level${level}.zip`]: inner });
  read(
    'zips nested ten deep',
    'zip/nested.zip',
    inner,
    {
      exit: 2,
      codes: ['warning:nested_archive', 'error:unknown_format'],
      message: /not opened; extract it/,
    },
    true,
  );
  read(
    'a package beside a zip inside the zip',
    'zip/package_and_zip.zip',
    zip({
      'datapackage.json': DESCRIPTOR,
      'organizations.csv': ORGANIZATIONS,
      'old.zip': zip({ 'a.csv': 'x' }),
    }),
    {
      exit: 0,
      rows: 1,
      codes: ['warning:nested_archive'],
    },
  );
  read(
    'a descriptor ten folders down',
    'zip/deep_descriptor.zip',
    zip({
      'a/b/c/d/e/f/g/h/i/j/datapackage.json': DESCRIPTOR,
      'a/b/c/d/e/f/g/h/i/j/organizations.csv': ORGANIZATIONS,
    }),
    {
      exit: 0,
      rows: 1,
    },
  );
  read(
    'a descriptor and no table',
    'zip/no_table.zip',
    zip({ 'datapackage.json': DESCRIPTOR, 'readme.txt': 'nothing' }),
    {
      exit: 2,
      codes: ['error:unreadable_file'],
      message: /None of the tables the Atlas reads/,
    },
  );
  const whole = zip({ 'datapackage.json': DESCRIPTOR, 'organizations.csv': ORGANIZATIONS });
  read('a zip cut short', 'zip/truncated.zip', whole.subarray(0, Math.floor(whole.length / 2)), {
    exit: 2,
    codes: ['error:unreadable_file'],
    message: /zip file could not be opened/,
  });
  read('text named .zip', 'zip/text.zip', 'this is not a zip', {
    exit: 2,
    codes: ['error:unreadable_file'],
  });
  read('an empty zip', 'zip/empty.zip', zip({}), { exit: 2, codes: ['error:unknown_format'] });
  read(
    'a zip of folders only',
    'zip/folders.zip',
    zip({ 'a/': new Uint8Array(), 'a/b/': new Uint8Array() }),
    {
      exit: 2,
      codes: ['error:unknown_format'],
    },
  );
  const lzma = zip({
    'datapackage.json': DESCRIPTOR,
    'organizations.csv': ORGANIZATIONS,
    'x.csv': 'abc',
  });
  // The local and central headers of x.csv say LZMA (14), which the Atlas cannot inflate.
  for (let offset = 0; offset + 4 <= lzma.length; offset += 1) {
    const view = new DataView(lzma.buffer, lzma.byteOffset);
    const signature = view.getUint32(offset, true);
    const nameAt =
      signature === 0x04034b50 ? offset + 30 : signature === 0x02014b50 ? offset + 46 : -1;
    if (nameAt < 0 || new TextDecoder().decode(lzma.subarray(nameAt, nameAt + 5)) !== 'x.csv')
      continue;
    view.setUint16(offset + (signature === 0x04034b50 ? 8 : 10), 14, true);
  }
  read('an entry in a compression it cannot open', 'zip/lzma.zip', lzma, {
    exit: 0,
    rows: 1,
    codes: ['warning:unreadable_file'],
    message: /could not be unzipped/,
  });
  read(
    'entry names that climb out of the folder',
    'zip/traversal.zip',
    zip({ '../../etc/datapackage.json': DESCRIPTOR, '../../etc/organizations.csv': ORGANIZATIONS }),
    {
      exit: 0,
      rows: 1,
    },
  );
  folder(
    'a descriptor that is not JSON',
    'hsds/descriptor_broken',
    { 'datapackage.json': '{resources:', 'organizations.csv': ORGANIZATIONS },
    {
      exit: 0,
      rows: 1,
      codes: ['warning:unreadable_file'],
      message: /descriptor could not be read/,
    },
  );
  folder(
    'a descriptor nested 20,000 deep',
    'hsds/descriptor_deep',
    { 'datapackage.json': nested(20_000), 'organizations.csv': ORGANIZATIONS },
    {
      exit: 0,
      rows: 1,
      codes: ['warning:too_deeply_nested'],
    },
  );
  folder(
    'a descriptor whose resources are not a list',
    'hsds/resources_object',
    { 'datapackage.json': '{"resources":{"a":1}}', 'organizations.csv': ORGANIZATIONS },
    {
      exit: 0,
      rows: 1,
      codes: ['warning:unreadable_file'],
      message: /no list of resources/,
    },
  );
  folder(
    'resources that are null, numbers and lists',
    'hsds/resources_junk',
    {
      'datapackage.json': '{"resources":[null,1,[],"x",{"name":7,"path":{}}]}',
      'organizations.csv': ORGANIZATIONS,
    },
    {
      exit: 0,
      rows: 1,
    },
  );
  folder(
    'a sidecar of the wrong shape',
    'hsds/sidecar_shape',
    {
      'datapackage.json': DESCRIPTOR,
      'organizations.csv': ORGANIZATIONS,
      'atlas_extensions.json': '{"relationships":"many","organizations":[1]}',
    },
    {
      exit: 0,
      rows: 1,
      codes: ['warning:unreadable_file'],
      message: /sidecar is not in the expected form/,
    },
  );
  folder(
    'a sidecar that is not JSON',
    'hsds/sidecar_broken',
    {
      'datapackage.json': DESCRIPTOR,
      'organizations.csv': ORGANIZATIONS,
      'atlas_extensions.json': '{',
    },
    {
      exit: 0,
      codes: ['warning:unreadable_file'],
    },
  );
  folder(
    'a package table without its name column',
    'hsds/no_name',
    {
      'datapackage.json': DESCRIPTOR,
      'organizations.csv': 'id,org_type\n6a1c2f8e-1f34-4d6b-9a39-1b1c2d3e4f50,cpas\n',
    },
    {
      exit: 1,
      rejected: 1,
      codes: ['error:missing_required'],
    },
  );
  folder(
    'a package table with an unclosed quote',
    'hsds/unclosed',
    { 'datapackage.json': DESCRIPTOR, 'organizations.csv': `${ORGANIZATIONS}"6a1c2f8e,broken\n` },
    {
      exit: 1,
      codes: ['error:malformed_row'],
    },
  );
  folder(
    'a package table in UTF-16',
    'hsds/utf16',
    { 'datapackage.json': DESCRIPTOR, 'organizations.csv': utf16(ORGANIZATIONS, 'le', true) },
    {
      exit: 0,
      rows: 1,
    },
  );

  // --- The normalised tables ------------------------------------------------------------------
  folder(
    'a services.csv without its name column',
    'tables/services_no_name',
    {
      'services.csv':
        'id,organization_id,description\n7b2d3f9e-2f45-4e7c-8b4a-2c2d3e4f5a61,6a1c2f8e-1f34-4d6b-9a39-1b1c2d3e4f50,x\n',
    },
    {
      exit: 1,
      accepted: 0,
      rejected: 1,
      codes: ['error:missing_column'],
    },
    true,
  );
  folder(
    'organisations read, services without names rejected',
    'tables/mixed',
    {
      'organizations.csv': ORGANIZATIONS,
      'services.csv':
        'id,organization_id,description\n7b2d3f9e-2f45-4e7c-8b4a-2c2d3e4f5a61,6a1c2f8e-1f34-4d6b-9a39-1b1c2d3e4f50,x\n',
    },
    { exit: 1, rows: 2, accepted: 1, rejected: 1 },
  );
  folder(
    'ids that are not UUIDs',
    'tables/bad_ids',
    { 'organizations.csv': 'id,name,org_type\nnot-a-uuid,CPAS,cpas\n' },
    {
      exit: 0,
      codes: ['warning:invalid_value'],
      message: /stable id was derived/,
    },
  );
  folder(
    'the same id twice',
    'tables/duplicate',
    { 'organizations.csv': `${ORGANIZATIONS}6a1c2f8e-1f34-4d6b-9a39-1b1c2d3e4f50,Autre,cpas\n` },
    {
      exit: 1,
      codes: ['error:duplicate_id'],
    },
  );
  folder(
    'relationships to organisations that do not exist',
    'tables/dangling',
    {
      'organizations.csv': ORGANIZATIONS,
      'relationships.csv':
        'id,source_organization_id,target_organization_id,type\n8c3e4f0a-3a56-4f8d-9c5b-3d3e4f5a6b72,6a1c2f8e-1f34-4d6b-9a39-1b1c2d3e4f50,9d4f5a1b-4b67-4a9e-8d6c-4e4f5a6b7c83,funds\n',
    },
    { exit: 1, codes: ['error:dangling_reference'] },
  );
  folder(
    'an empty table beside a good one',
    'tables/empty_table',
    { 'organizations.csv': ORGANIZATIONS, 'services.csv': '' },
    {
      exit: 0,
      rows: 1,
      codes: ['error:empty_file'],
    },
  );

  // --- Changesets -----------------------------------------------------------------------------
  const [service, other, third] = curated.services;
  const [organization] = curated.organizations;
  if (!service || !other || !third || !organization)
    throw new Error('the curated data has records');
  const changeset = (name: string, changes: Change[], expect: Expected, cli = false) => {
    const transaction: Transaction = {
      tx: `tx-${name}`,
      author: 'Eve',
      time: '2026-12-01T10:00:00Z',
      label: 'editRecord',
      changes,
    };
    const path = put(
      `changesets/${name.replaceAll(/\W+/g, '_')}.json`,
      JSON.stringify(toChangeset([transaction], 'base')),
    );
    cases.push({ name: `changeset: ${name}`, kind: 'changeset', input: path, expect, cli });
  };
  const raw = (name: string, text: string, expect: Expected, cli = false) => {
    cases.push({
      name: `changeset: ${name}`,
      kind: 'changeset',
      input: put(`changesets/${name.replaceAll(/\W+/g, '_')}.json`, text),
      expect,
      cli,
    });
  };
  const valid = toChangeset(
    [
      {
        tx: 't',
        author: 'Eve',
        time: 't',
        label: 'editRecord',
        changes: [
          { table: 'services', id: service.id, field: 'fees', old: service.fees, new: 'Gratuit' },
        ],
      },
    ],
    'base',
  );
  raw('not JSON', '{"format":', { exit: 2, message: /Not valid JSON/ }, true);
  raw('nested 20,000 deep', `{"format":"atlas-changeset","changes":[${nested(20_000)}]}`, {
    exit: 2,
    message: /more than 64 levels/,
  });
  raw('another format', JSON.stringify({ ...valid, format: 'other' }), {
    exit: 2,
    message: /format/,
  });
  raw('another version', JSON.stringify({ ...valid, version: 99 }), {
    exit: 2,
    message: /version/,
  });
  raw('changes that are not a list', JSON.stringify({ ...valid, changes: { a: 1 } }), {
    exit: 2,
    message: /changes/,
  });
  raw(
    'a table that does not exist',
    JSON.stringify({ ...valid, changes: [{ ...valid.changes[0], table: 'people' }] }),
    { exit: 2, message: /change 1, field "table"/ },
  );
  raw(
    'a change without its id',
    JSON.stringify({ ...valid, changes: [{ ...valid.changes[0], id: '' }] }),
    { exit: 2, message: /change 1, field "id"/ },
  );
  changeset(
    'a list where a name is expected',
    [{ table: 'services', id: service.id, field: 'name', old: service.name, new: ['a', 'b'] }],
    { exit: 1, refused: 1, message: /^name: / },
    true,
  );
  changeset(
    'an object where a text is expected',
    [{ table: 'services', id: service.id, field: 'fees', old: service.fees, new: { free: true } }],
    { exit: 1, refused: 1, message: /^fees: / },
  );
  changeset(
    'a number where a text is expected',
    [{ table: 'services', id: service.id, field: 'phone', old: service.phone, new: 81000000 }],
    { exit: 1, refused: 1 },
  );
  changeset(
    'a category that does not exist',
    [
      {
        table: 'services',
        id: service.id,
        field: 'category',
        old: service.category,
        new: 'teleportation',
      },
    ],
    { exit: 1, refused: 1, message: /^category: / },
  );
  changeset(
    'a latitude as text',
    [
      {
        table: 'locations',
        id: curated.locations[0]?.id ?? '',
        field: 'latitude',
        old: curated.locations[0]?.latitude ?? null,
        new: '50.4',
      },
    ],
    { exit: 1, refused: 1 },
  );
  changeset(
    'a record given as a text',
    [
      {
        table: 'organizations',
        id: stableId('organization', 'text'),
        field: null,
        old: null,
        new: 'Asbl',
      },
    ],
    { exit: 1, refused: 1, message: /found a text/ },
    true,
  );
  changeset(
    'a record given as a list',
    [
      {
        table: 'organizations',
        id: stableId('organization', 'list'),
        field: null,
        old: null,
        new: ['Asbl'],
      },
    ],
    { exit: 1, refused: 1, message: /found a list/ },
  );
  changeset(
    'a record missing its required fields',
    [
      {
        table: 'organizations',
        id: stableId('organization', 'bare'),
        field: null,
        old: null,
        new: { id: stableId('organization', 'bare') },
      },
    ],
    { exit: 1, refused: 1, message: /^name: / },
  );
  changeset(
    "a record whose id is not the change's",
    [
      {
        table: 'organizations',
        id: stableId('organization', 'one'),
        field: null,
        old: null,
        new: { ...organization, id: stableId('organization', 'two') },
      },
    ],
    { exit: 1, refused: 1, message: /^id: / },
  );
  changeset(
    'a change to a record that does not exist',
    [{ table: 'services', id: stableId('service', 'ghost'), field: 'fees', old: '', new: '' }],
    { exit: 1, refused: 1, message: /not in the data/ },
    true,
  );
  changeset(
    'a change to the id',
    [
      {
        table: 'services',
        id: service.id,
        field: 'id',
        old: service.id,
        new: stableId('service', 'renamed'),
      },
    ],
    { exit: 1, refused: 1, message: /keeps its id/ },
  );
  changeset(
    'a field the table does not have',
    [{ table: 'services', id: service.id, field: 'colour', old: null, new: 'blue' }],
    { exit: 1, refused: 1, message: /no such field/ },
  );
  changeset(
    'a whole record neither created nor deleted',
    [{ table: 'services', id: service.id, field: null, old: null, new: null }],
    { exit: 1, refused: 1, message: /does neither/ },
  );
  changeset(
    'a deletion that leaves services without their organisation',
    [
      {
        table: 'organizations',
        id: service.organization_id,
        field: null,
        old: curated.organizations.find((org) => org.id === service.organization_id) ?? null,
        new: null,
      },
    ],
    { exit: 1, refused: 1, message: /organization_id/ },
  );
  changeset(
    'a text of 200,000 characters',
    [
      {
        table: 'services',
        id: service.id,
        field: 'description',
        old: service.description,
        new: 'x'.repeat(200_000),
      },
    ],
    { exit: 1, refused: 1, message: /200,000 characters/ },
  );
  changeset(
    'a conflict and a good change',
    [
      {
        table: 'services',
        id: other.id,
        field: 'name',
        old: 'a name it never had',
        new: 'Nouveau',
      },
      { table: 'services', id: third.id, field: 'fees', old: third.fees, new: 'Gratuit' },
    ],
    { exit: 1, applied: 1, refused: 0 },
  );
  changeset(
    'payloads as values',
    PAYLOADS.slice(0, 4).map((payload, index) => ({
      table: 'services' as const,
      id: [service, other, third][index % 3]?.id ?? '',
      field: ['description', 'fees', 'eligibility', 'audience'][index] ?? 'fees',
      old: ([service, other, third][index % 3] as unknown as Record<string, unknown>)[
        ['description', 'fees', 'eligibility', 'audience'][index] ?? 'fees'
      ],
      new: payload,
    })),
    { exit: 0, applied: 4 },
  );
  // Each service's fees changed again and again: every change finds what the one before left.
  const services = curated.services;
  const many: Change[] = Array.from({ length: 100_000 }, (_, index) => {
    const record = services[index % services.length] ?? service;
    return {
      table: 'services',
      id: record.id,
      field: 'fees',
      old: index < services.length ? record.fees : `fees ${index - services.length}`,
      new: `fees ${index}`,
    };
  });
  changeset('100,000 changes', many, { exit: 0, applied: 100_000 }, true);
  return cases;
}
