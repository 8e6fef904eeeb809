import { strToU8, zipSync } from 'fflate';
import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { readFiles } from '../../../src/formats';
import { checkZip, openZip } from '../../../src/formats/unzip';
import { LIMITS, type Limits } from '../../../src/model/limits';

const gazetteer = loadGazetteerSync();
const small = (limits: Partial<Limits>): Limits => ({ ...LIMITS, ...limits });

/** A zip whose one entry inflates to `megabytes` MB of one repeated line: a zip bomb. */
function bomb(megabytes: number): Uint8Array {
  const line = strToU8('0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0\n');
  const body = new Uint8Array(megabytes * 1024 * 1024);
  for (let offset = 0; offset + line.length <= body.length; offset += line.length) {
    body.set(line, offset);
  }
  return zipSync({ 'datapackage.json': strToU8('{}'), 'services.csv': body }, { level: 9 });
}

/** Makes the zip's directory claim that every entry inflates to `size` bytes. */
function lying(zip: Uint8Array, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  for (let offset = 0; offset + 4 <= bytes.length; offset += 1) {
    const signature = view.getUint32(offset, true);
    if (signature === 0x04034b50) view.setUint32(offset + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(offset + 24, size, true);
  }
  return bytes;
}

describe('openZip', () => {
  it('opens a zip and leaves its folders out', () => {
    const zip = zipSync({ 'a/': new Uint8Array(), 'a/b.csv': strToU8('x\n1\n') });
    const opened = openZip({ path: 'x.zip', bytes: zip });
    expect(opened).toMatchObject({ refused: false, issues: [] });
    expect(opened.files.map((file) => file.path)).toEqual(['a/b.csv']);
  });

  it('refuses a zip bomb from its declared sizes, before inflating it', () => {
    const opened = openZip({ path: 'bomb.zip', bytes: bomb(24) }, small({ ratioFrom: 1 << 20 }));
    expect(opened.refused).toBe(true);
    expect(opened.files).toEqual([]);
    expect(opened.issues).toEqual([
      expect.objectContaining({ file: 'bomb.zip', code: 'zip_too_large', severity: 'error' }),
    ]);
    expect(opened.issues[0]?.message).toContain('zip bomb');
  });

  it('stops a zip bomb whose headers lie about its size while it inflates', () => {
    const opened = openZip(
      { path: 'bomb.zip', bytes: lying(bomb(24), 1000) },
      small({ ratioFrom: 1 << 20 }),
    );
    expect(opened.refused).toBe(true);
    expect(opened.issues[0]).toMatchObject({ code: 'zip_too_large' });
  });

  it('refuses a zip past the total size once inflated, or with too many files', () => {
    const zip = zipSync({ 'a.csv': new Uint8Array(3000), 'b.csv': new Uint8Array(3000) });
    expect(openZip({ path: 'x.zip', bytes: zip }, small({ fileBytes: 5000 }))).toMatchObject({
      refused: true,
      issues: [expect.objectContaining({ code: 'zip_too_large' })],
    });
    expect(
      openZip({ path: 'x.zip', bytes: zip }, small({ files: 1 })).issues[0]?.message,
    ).toContain('holds 2 files');
  });

  it('names an archive inside the zip rather than opening it', () => {
    const inner = zipSync({ 'services.csv': strToU8('x\n') });
    const opened = openZip({ path: 'x.zip', bytes: zipSync({ 'inner.zip': inner }) });
    expect(opened.files).toEqual([]);
    expect(opened.issues).toEqual([
      expect.objectContaining({ file: 'inner.zip', code: 'nested_archive', severity: 'warning' }),
    ]);
  });

  it('refuses what is not a zip, with a message', () => {
    expect(openZip({ path: 'x.zip', bytes: strToU8('not a zip') })).toMatchObject({
      refused: true,
      issues: [expect.objectContaining({ code: 'unreadable_file' })],
    });
  });
});

describe('checkZip', () => {
  it('keeps no file, and stops the bomb whose headers lie as openZip does', async () => {
    const zip = zipSync({ 'a.csv': strToU8('x\n1\n'), 'b.csv': strToU8('y\n2\n') }, { level: 0 });
    expect(await checkZip({ path: 'x.zip', bytes: zip })).toEqual({
      files: [],
      issues: [],
      refused: false,
    });
    const checked = await checkZip(
      { path: 'bomb.xlsx', bytes: lying(bomb(24), 1000) },
      small({ ratioFrom: 1 << 20 }),
    );
    expect(checked.refused).toBe(true);
    expect(checked.issues[0]).toMatchObject({ code: 'zip_too_large', variant: 'inflatedRatio' });
  });
});

describe('readFiles of a zip', () => {
  it('refuses a zip bomb with a message, and reads no row', () => {
    const { report } = readFiles([{ path: 'bomb.zip', bytes: bomb(24) }], { gazetteer });
    expect(report.rows).toBe(0);
    expect(report.issues).toEqual([expect.objectContaining({ code: 'zip_too_large' })]);
  });

  it('says a zip inside the zip was not opened, when nothing else is there to read', () => {
    let zip = zipSync({ 'datapackage.json': strToU8('{}') });
    for (let level = 0; level < 10; level += 1) zip = zipSync({ [`level${level}.zip`]: zip });
    const { report } = readFiles([{ path: 'nested.zip', bytes: zip }], { gazetteer });
    expect(report.rows).toBe(0);
    expect(report.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['nested_archive', 'warning'],
      ['unknown_format', 'error'],
    ]);
  });

  it('reads a package whose descriptor lies ten folders down, and says when no table is there', () => {
    const folder = 'a/b/c/d/e/f/g/h/i/j/';
    const descriptor = strToU8(
      JSON.stringify({ resources: [{ name: 'organization', path: 'organizations.csv' }] }),
    );
    const zip = zipSync({
      [`${folder}datapackage.json`]: descriptor,
      [`${folder}organizations.csv`]: strToU8(
        'id,name,description\n6a1c2f8e-1f34-4d6b-9a39-1b1c2d3e4f50,CPAS de Test,Aide\n',
      ),
    });
    const { report } = readFiles([{ path: 'deep.zip', bytes: zip }], { gazetteer });
    expect(report).toMatchObject({ format: 'hsds', rows: 1 });
    const empty = zipSync({ [`${folder}datapackage.json`]: descriptor });
    const nothing = readFiles([{ path: 'deep.zip', bytes: empty }], { gazetteer }).report;
    expect(nothing.rows).toBe(0);
    expect(nothing.issues).toContainEqual(
      expect.objectContaining({ code: 'unreadable_file', severity: 'error' }),
    );
  });

  it('reads the tables of the normalised form, zipped as the export dialog writes them', () => {
    const zip = zipSync({
      'organizations.csv': strToU8(
        'id,name,org_type\n6a1c2f8e-1f34-4d6b-9a39-1b1c2d3e4f50,CPAS de Test,cpas\n',
      ),
    });
    const { report } = readFiles([{ path: 'tables.zip', bytes: zip }], { gazetteer });
    expect(report).toMatchObject({ file: 'tables.zip', format: 'csv', rows: 1 });
  });
});
