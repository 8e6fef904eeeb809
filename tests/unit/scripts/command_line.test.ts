import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { checkPackage, HSDS_DESCRIPTOR } from '../../../src/formats/hsds';

/** Runs a command-line tool as a data steward would (npm run validate / convert). */
function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts a command (tsx and the data): seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const temp = mkdtempSync(join(tmpdir(), 'atlas-cli-'));

describe('npm run validate', () => {
  it('reports in the language --lang names, keeping the codes and English messages in JSON', () => {
    const fixture = 'tests/fixtures/excel_fr_windows1252.csv';
    const readable = run('validate', fixture, '--lang', 'fr');
    expect(readable.status).toBe(1);
    expect(readable.stdout).toContain('lignes lues : 7 · acceptées : 6 · rejetées : 1.');
    expect(readable.stdout).toContain(
      'row 7, service_name: error missing_required: Ce champ est obligatoire mais vide.',
    );
    const json = JSON.parse(run('validate', fixture, '--lang', 'de', '--format', 'json').stdout);
    const swapped = json.issues.find(
      (issue: { code: string }) => issue.code === 'coordinates_swapped',
    );
    expect(swapped.message).toMatch(/^Latitude 4,8667 and longitude 50,4669 look swapped/);
    expect(swapped.text).toMatch(/^Breite 4,8667 und Länge 50,4669 scheinen/);
    const unknown = run('validate', fixture, '--lang', 'xx');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--lang fr|nl|de|en');
  });

  it('prints exactly one JSON object and exits 1 when a row was rejected', () => {
    const { status, stdout } = run(
      'validate',
      'tests/fixtures/excel_fr_windows1252.csv',
      '--format',
      'json',
    );
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual([
      'file',
      'format',
      'encoding',
      'delimiter',
      'crs',
      'rows',
      'accepted',
      'rejected',
      'issues',
    ]);
    expect(report).toMatchObject({
      format: 'flat-csv',
      encoding: 'windows-1252',
      delimiter: ';',
      crs: 'EPSG:4326',
      rows: 7,
      accepted: 6,
      rejected: 1,
    });
    expect(report.issues).toContainEqual({
      row: 7,
      field: 'service_name',
      severity: 'error',
      code: 'missing_required',
      message: expect.any(String),
    });
  }, 30_000);

  it('prints nothing but the JSON object when run through npm', () => {
    const result = spawnSync(
      'npm',
      ['run', 'validate', '--', 'tests/fixtures/excel_fr_windows1252.csv', '--format', 'json'],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(result.stdout)).toMatchObject({ rows: 7, rejected: 1 });
  }, 30_000);

  it('writes a report of several megabytes whole through a pipe before it exits', () => {
    // Each feature is placed outside Wallonia with an unknown category: three findings each.
    const features = Array.from({ length: 20_000 }, (_, index) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [200, 100] },
      properties: { name: `Service ${index}`, organization_name: 'O', category: `c${index}` },
    }));
    const path = join(temp, 'many_findings.geojson');
    writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features }));
    const { status, stdout } = run('validate', path, '--format', 'json');
    expect(stdout.length).toBeGreaterThan(1_000_000);
    const report = JSON.parse(stdout);
    expect(report.rows).toBe(20_000);
    expect(report.issues.length).toBeGreaterThanOrEqual(40_000);
    expect(status).toBe(1);
  }, 30_000);

  it('stops quietly when the reader closes the pipe early, as `| head` does', async () => {
    const features = Array.from({ length: 5000 }, (_, index) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [200, 100] },
      properties: { name: `Service ${index}`, organization_name: 'O', category: `c${index}` },
    }));
    const path = join(temp, 'closed_pipe.geojson');
    writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features }));
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', path]);
    const errors: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    await new Promise((resolve) => child.on('close', resolve));
    // No stack trace of a write to a closed pipe: nothing at all.
    expect(Buffer.concat(errors).toString('utf8')).toBe('');
  }, 30_000);

  it('exits 0 on a clean file, with a readable report', () => {
    const file = join(temp, 'clean.csv');
    writeFileSync(file, 'Nom;Code postal\nPermanence;5000\n');
    const { status, stdout } = run('validate', file);
    expect(status).toBe(0);
    expect(stdout).toContain('1 rows: 1 accepted, 0 rejected');
  }, 30_000);

  it('exits 2 with one line and no stack trace when the input cannot be read', () => {
    const missing = run('validate', join(temp, 'nothing-here.csv'));
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('nothing-here.csv');
    const binary = join(temp, 'image.png');
    writeFileSync(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const unreadable = run('validate', binary);
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 30_000);

  it('refuses a file past the size limit from its size, before reading it, naming the limit', () => {
    const path = join(temp, 'huge.csv');
    writeFileSync(path, 'Nom;Code postal\n');
    // Sparse: 101 MB on paper, nothing on disk, and never read.
    truncateSync(path, 101 * 1024 * 1024);
    const text = run('validate', path);
    expect(text.status).toBe(2);
    expect(text.stderr).toContain('101 MB, more than the 100 MB');
    expect(text.stderr).toContain('split it');
  }, 30_000);

  it('prints the JSON report of a file it cannot read, saying why, and exits 2', () => {
    const path = join(temp, 'empty.csv');
    writeFileSync(path, '');
    const { status, stdout } = run('validate', path, '--format', 'json');
    expect(status).toBe(2);
    expect(JSON.parse(stdout)).toMatchObject({
      rows: 0,
      issues: [expect.objectContaining({ code: 'empty_file', severity: 'error' })],
    });
  }, 30_000);

  it('passes on the bundled dataset', () => {
    const { status, stdout } = run('validate', 'data', '--format', 'json');
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.format).toBe('csv');
    expect(report.rejected).toBe(0);
    expect(report.accepted).toBeGreaterThan(1000);
  }, 60_000);
});

describe('npm run convert', () => {
  it('writes the bundled dataset as an HSDS package that conforms to the official descriptor', () => {
    const out = join(temp, 'hsds');
    const { status } = run('convert', 'data', '--to', 'hsds', '--out', out);
    expect(status).toBe(0);
    const names = readdirSync(out);
    expect(names).toEqual(
      expect.arrayContaining([
        'datapackage.json',
        'organizations.csv',
        'services.csv',
        'locations.csv',
        'atlas_extensions.json',
      ]),
    );
    const written = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as {
      resources: { name: string; path: string }[];
    };
    const tables = Object.fromEntries(
      written.resources.map((resource) => [
        resource.name,
        Papa.parse<Record<string, string>>(readFileSync(join(out, resource.path), 'utf8'), {
          header: true,
          skipEmptyLines: true,
        }).data,
      ]),
    );
    expect(Object.keys(tables).length).toBeGreaterThan(5);
    expect(checkPackage(tables, HSDS_DESCRIPTOR)).toEqual([]);
  }, 60_000);

  it('says what the flat form leaves out of the bundled dataset', () => {
    const { status, stderr } = run(
      'convert',
      'data',
      '--to',
      'flat-csv',
      '--out',
      join(temp, 'all.csv'),
    );
    expect(status).toBe(0);
    expect(stderr).toMatch(/not written .*\d+ relationships, \d+ indicators/);
  }, 60_000);

  it('writes a flat CSV whose first 22 columns are the Atlas flat form', () => {
    const out = join(temp, 'flat.csv');
    const { status } = run(
      'convert',
      'tests/fixtures/excel_fr_windows1252.csv',
      '--to',
      'flat-csv',
      '--out',
      out,
    );
    expect(status).toBe(1);
    const header = readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]
      ?.split(',');
    expect(header?.slice(0, 22)).toEqual([
      'service_id',
      'service_name',
      'category',
      'status',
      'languages',
      'organization_id',
      'organization_name',
      'organization_type',
      'location_id',
      'location_name',
      'address',
      'postal_code',
      'city',
      'nis_code',
      'latitude',
      'longitude',
      'location_precision',
      'phone',
      'email',
      'website',
      'last_verified',
      'source',
    ]);
  }, 30_000);
});

describe('npm run analyse', () => {
  it('lists the communes of a province with their nearest language course, counting courses across its border', () => {
    const { status, stdout } = run(
      'analyse',
      'data',
      '--category',
      'language',
      '--province',
      'Luxembourg',
      '--under-served',
      'distance:20',
      '--format',
      'json',
    );
    expect(status).toBe(0);
    const analysis = JSON.parse(stdout);
    const communes = analysis.rows.filter((row: { level: string }) => row.level === 'commune');
    // 44 communes until Bertogne merged into Bastogne in 2025.
    expect(communes).toHaveLength(43);
    const arlon = communes.find((row: { name: string }) => row.name === 'Arlon');
    expect(arlon.under_served).toBe(arlon.nearest_km > 20);
    expect(analysis.rows.at(-1)).toMatchObject({ level: 'region', code: '03000' });
    // The sites counted are every language course in Wallonia, not only the province's.
    expect(analysis.counted.sites).toBeGreaterThan(
      communes.reduce((sum: number, row: { sites: number }) => sum + row.sites, 0),
    );
    expect(analysis.notes.join(' ')).toMatch(/Luo and Wang, 2003/);
  });

  it('finds every commune served by its CPAS, and writes a CSV with its method in # lines', () => {
    const { status, stdout } = run(
      'analyse',
      'data',
      '--category',
      'social_aid',
      '--delimiter',
      ';',
      '--language',
      'fr',
    );
    expect(status).toBe(0);
    const lines = stdout.replace(/^\uFEFF/, '').split('\r\n');
    const preamble = lines.filter((line) => line.startsWith('#'));
    expect(preamble.join(' ')).toContain('Indice d’accessibilité en deux étapes');
    const rows = Papa.parse<Record<string, string>>(
      lines.filter((line) => !line.startsWith('#')).join('\n'),
      {
        header: true,
        delimiter: ';',
        skipEmptyLines: true,
      },
    ).data;
    const communes = rows.filter((row) => row.level === 'commune');
    expect(communes).toHaveLength(261);
    expect(communes.every((row) => Number(row.services) >= 1)).toBe(true);
    expect(communes.find((row) => row.name === 'Liège')?.services_per_10k).toMatch(/^\d+,\d+$/);
  });

  it('exits 2 with a line that says why when an option cannot be read', () => {
    const { status, stderr } = run('analyse', 'data', '--category', 'cooking');
    expect(status).toBe(2);
    expect(stderr).toMatch(/--category: "cooking" is not one of all/);
  });
});
