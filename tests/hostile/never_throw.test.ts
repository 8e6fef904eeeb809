/**
 * Property tests: whatever bytes or JSON they are given, the readers answer with a report
 * (or a list of errors) and never throw; what they let through is valid.
 */
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { loadGazetteerSync } from '../../scripts/lib/load_reference';
import { parseChangeset } from '../../src/edits/transaction';
import { mergeChangeset } from '../../src/export/merge_changeset';
import { readFiles } from '../../src/formats';
import { openZip } from '../../src/formats/unzip';
import { type Dataset, TABLE_NAMES } from '../../src/model/dataset';
import { TABLE_SCHEMAS } from '../../src/model/tables';
import { decodeText } from '../../src/text/decode';
import { parseDelimited } from '../../src/text/delimited';
import { editFixture } from '../unit/edits/edit_fixture';

const gazetteer = loadGazetteerSync();
const RUNS = { numRuns: 150 };

/** A report that holds together: its counts add up and every row it names is a number. */
function coherent(files: { path: string; bytes: Uint8Array }[]): void {
  const { dataset, report } = readFiles(files, { gazetteer });
  expect(report.accepted + report.rejected).toBe(report.rows);
  for (const issue of report.issues) {
    expect(typeof issue.message).toBe('string');
    expect(issue.row === null || Number.isInteger(issue.row)).toBe(true);
  }
  for (const table of TABLE_NAMES) {
    for (const record of dataset[table]) {
      expect(
        TABLE_SCHEMAS[table].safeParse(record).success,
        `${table} ${JSON.stringify(record)}`,
      ).toBe(true);
    }
  }
}

/** Text made of what breaks delimited files: quotes, separators, line ends, spaces. */
const delimitedText = fc
  .array(fc.constantFrom('"', ';', ',', '\t', '\n', '\r', '\r\n', ' ', 'a', 'é', '""', '\uFEFF'), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''));

describe('the readers never throw', () => {
  it('on arbitrary bytes, in any format', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom('x.csv', 'x.tsv', 'x.geojson', 'x.json', 'x.zip', 'organizations.csv'),
        (bytes, path) => coherent([{ path, bytes }]),
      ),
      RUNS,
    );
  });

  it('on an HSDS package whose files are arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (a, b) =>
        coherent([
          { path: 'datapackage.json', bytes: a },
          { path: 'organizations.csv', bytes: b },
          { path: 'atlas_extensions.json', bytes: a },
        ]),
      ),
      RUNS,
    );
  });

  it('on delimited text of quotes and separators, numbering rows in order', () => {
    fc.assert(
      fc.property(delimitedText, (text) => {
        const parsed = parseDelimited(text);
        let last = 1;
        for (const row of parsed.rows) {
          expect(row.row).toBeGreaterThan(last);
          last = row.row;
          if (!row.malformed) expect(row.values).toHaveLength(parsed.header.length);
        }
        coherent([{ path: 'x.csv', bytes: strToU8(`service_name;name\n${text}`) }]);
      }),
      RUNS,
    );
  });

  it('on arbitrary JSON, and on features of arbitrary geometry and properties', () => {
    const anyFeature = fc.record({
      type: fc.constantFrom('Feature', 'Point', 7),
      geometry: fc.oneof(
        fc.jsonValue(),
        fc.record({
          type: fc.constantFrom(
            'Point',
            'MultiPoint',
            'LineString',
            'Polygon',
            'GeometryCollection',
          ),
          coordinates: fc.jsonValue(),
          geometries: fc.jsonValue(),
        }),
      ),
      properties: fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue())),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ type: fc.constant('FeatureCollection'), features: fc.array(anyFeature) }),
        ),
        (json) => coherent([{ path: 'x.geojson', bytes: strToU8(JSON.stringify(json)) }]),
      ),
      RUNS,
    );
  });

  it('on arbitrary bytes and broken zips', () => {
    const good = zipSync({
      'datapackage.json': strToU8('{}'),
      'organizations.csv': strToU8('id,name\n'),
    });
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.array(fc.tuple(fc.nat(good.length - 1), fc.nat(255)), { maxLength: 6 }),
        (bytes, flips) => {
          expect(() => openZip({ path: 'x.zip', bytes })).not.toThrow();
          const broken = good.slice();
          for (const [at, value] of flips) broken[at] = value;
          expect(() => openZip({ path: 'x.zip', bytes: broken })).not.toThrow();
          coherent([{ path: 'x.zip', bytes: broken }]);
        },
      ),
      RUNS,
    );
  });

  it('decode any bytes, and give back UTF-8 text as it was', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(() => decodeText(bytes)).not.toThrow();
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        fc.pre(!text.includes('\u0000') && !text.startsWith('\uFEFF') && text.trim() !== '');
        expect(decodeText(strToU8(text)).text).toBe(text);
      }),
      RUNS,
    );
  });
});

describe('changesets never throw, and nothing invalid is applied', () => {
  const dataset: Dataset = editFixture();
  const records = TABLE_NAMES.flatMap((table) =>
    dataset[table].map((record) => ({ table, id: record.id })),
  );
  const anyChange = fc.record({
    tx: fc.constantFrom('a', 'b'),
    author: fc.string(),
    time: fc.string(),
    label: fc.string(),
    target: fc.constantFrom(...records, { table: 'services' as const, id: 'no-such-id' }),
    field: fc.oneof(
      fc.constant(null),
      fc.constantFrom('name', 'fees', 'languages', 'latitude', 'id', 'colour', 'category'),
    ),
    old: fc.jsonValue(),
    new: fc.oneof(fc.jsonValue(), fc.constant(null), fc.string()),
  });

  it('on arbitrary text and JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((json) => JSON.stringify(json)),
        ),
        (text) => {
          const parsed = parseChangeset(text);
          if (!parsed.ok) expect(parsed.errors.length).toBeGreaterThan(0);
        },
      ),
      RUNS,
    );
  });

  it('on changes of arbitrary values: every record the merge leaves touched fits its schema', () => {
    fc.assert(
      fc.property(fc.array(anyChange, { maxLength: 6 }), (changes) => {
        const text = JSON.stringify({
          format: 'atlas-changeset',
          version: 1,
          exported_at: '',
          base: '',
          changes: changes.map(({ target, ...change }) => ({ ...change, ...target })),
        });
        const parsed = parseChangeset(text);
        if (!parsed.ok) return;
        const merge = mergeChangeset(dataset, parsed.transactions, null);
        for (const { changes: applied } of merge.applied) {
          for (const change of applied) {
            const record = merge.dataset[change.table].find(
              (candidate) => candidate.id === change.id,
            );
            if (record) expect(TABLE_SCHEMAS[change.table].safeParse(record).success).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});
