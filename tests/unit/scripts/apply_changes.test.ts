import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { createRecord, updateRecord } from '../../../src/edits/record_edits';
import { type Transaction, toChangeset } from '../../../src/edits/transaction';
import { normalisedCsvDriver } from '../../../src/formats/normalised_csv';
import type { Dataset } from '../../../src/model/dataset';
import { stableId } from '../../../src/model/ids';
import { curatedDataset } from '../ui/render_atlas';

/** Runs `npm run apply-changes -- …` as a data steward would. */
function applyChanges(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/apply_changes.ts', ...args],
    { encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A temporary copy of data/'s tables, to be changed instead of the real ones. */
function dataCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-apply-'));
  copies.push(dir);
  const data = join(dir, 'data');
  mkdirSync(data);
  for (const name of readdirSync('data').filter((file) => file.endsWith('.csv'))) {
    copyFileSync(join('data', name), join(data, name));
  }
  return data;
}

function tableBytes(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.csv'))
      .map((name) => [name, readFileSync(join(dir, name)).toString('base64')]),
  );
}

function writeChangeset(dir: string, transactions: Transaction[]): string {
  const path = join(dir, '..', 'changes.json');
  writeFileSync(path, JSON.stringify(toChangeset(transactions, 'base-1'), null, 2));
  return path;
}

function readData(dir: string): Dataset {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.csv'))
    .map((name) => ({ path: name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  const { dataset, report } = normalisedCsvDriver.read(files, { gazetteer: loadGazetteerSync() });
  expect(report.rejected).toBe(0);
  return dataset;
}

const TIME = '2026-11-29T09:30:00.000Z';

/** One good edit (Anna), one edit of a field changed since (Bob), one that breaks a record. */
function mixedChangeset(): Transaction[] {
  const [edited, conflicting, broken] = curatedDataset().services;
  if (!edited || !conflicting || !broken) throw new Error('the curated data has services');
  return [
    {
      tx: 'tx-anna',
      author: 'Anna',
      time: TIME,
      label: 'editRecord',
      changes: [
        { table: 'services', id: edited.id, field: 'fees', old: edited.fees, new: 'Gratuit' },
      ],
    },
    {
      tx: 'tx-bob',
      author: 'Bob',
      time: '2026-11-29T10:00:00.000Z',
      label: 'editRecord',
      changes: [
        {
          table: 'services',
          id: conflicting.id,
          field: 'name',
          old: 'A name it never had',
          new: 'Nouveau nom',
        },
        { table: 'services', id: broken.id, field: 'status', old: broken.status, new: 'closed' },
      ],
    },
  ];
}

/** A changeset whose second change names a table that does not exist ("people"). */
function writeBadChangeset(dir: string): string {
  const path = join(dir, '..', 'bad.json');
  const valid = toChangeset(mixedChangeset(), 'base-1');
  writeFileSync(
    path,
    JSON.stringify({
      ...valid,
      changes: [valid.changes[0], { ...valid.changes[1], table: 'people' }],
    }),
  );
  return path;
}

describe('npm run apply-changes', () => {
  it('leaves data/ byte for byte as it was when there is nothing to apply', () => {
    const data = dataCopy();
    const before = tableBytes(data);
    const changeset = writeChangeset(data, []);
    const { status, stdout } = applyChanges(changeset, '--data', data);
    expect(status).toBe(0);
    expect(stdout).toContain('unchanged');
    expect(tableBytes(data)).toEqual(before);
  }, 60_000);

  it('writes the change that applies, reports the conflict and the rejected record, and exits 1', () => {
    const data = dataCopy();
    const before = tableBytes(data);
    const transactions = mixedChangeset();
    const [edited, conflicting, broken] = curatedDataset().services;
    const changeset = writeChangeset(data, transactions);

    const { status, stdout } = applyChanges(changeset, '--data', data, '--format', 'json');

    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.applied).toEqual([
      expect.objectContaining({
        change: 1,
        author: 'Anna',
        time: TIME,
        table: 'services',
        id: edited?.id,
        field: 'fees',
        new: 'Gratuit',
      }),
    ]);
    expect(report.conflicts).toEqual([
      {
        change: 2,
        table: 'services',
        id: conflicting?.id,
        field: 'name',
        changeset_value: 'Nouveau nom',
        expected_value: 'A name it never had',
        current_value: conflicting?.name,
        author: 'Bob',
        time: '2026-11-29T10:00:00.000Z',
      },
    ]);
    expect(report.rejected).toEqual([
      {
        table: 'services',
        id: broken?.id,
        reasons: [expect.stringMatching(/^status: /)],
        problems: [expect.objectContaining({ field: 'status', code: 'not_one_of' })],
        changes: [3],
      },
    ]);
    expect(report.changed_files).toEqual([join(data, 'services.csv')]);

    const after = tableBytes(data);
    for (const [name, bytes] of before) {
      if (name !== 'services.csv') expect(after.get(name), name).toBe(bytes);
    }
    const services = readFileSync(join(data, 'services.csv'));
    expect([...services.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const oldLines = readFileSync(join('data', 'services.csv'), 'utf8').split('\r\n');
    const newLines = services.toString('utf8').split('\r\n');
    expect(newLines).toHaveLength(oldLines.length);
    const differing = newLines.filter((line, index) => line !== oldLines[index]);
    expect(differing).toEqual([expect.stringContaining('Gratuit')]);
    const merged = readData(data);
    const byId = new Map(merged.services.map((service) => [service.id, service]));
    expect(byId.get(edited?.id ?? '')?.fees).toBe('Gratuit');
    expect(byId.get(conflicting?.id ?? '')?.name).toBe(conflicting?.name);
    expect(byId.get(broken?.id ?? '')?.status).toBe(broken?.status);
    expect(merged.services).toHaveLength(curatedDataset().services.length);

    // Applying the same changeset again finds its change already there and writes nothing.
    const again = applyChanges(changeset, '--data', data, '--format', 'json');
    expect(JSON.parse(again.stdout)).toMatchObject({ applied: [], already_present: 1 });
    expect(tableBytes(data)).toEqual(after);
  }, 60_000);

  it('prints a readable report, and with --dry-run writes nothing', () => {
    const data = dataCopy();
    const before = tableBytes(data);
    const changeset = writeChangeset(data, mixedChangeset());
    const { status, stdout } = applyChanges(changeset, '--data', data, '--dry-run');
    expect(status).toBe(1);
    expect(stdout).toContain('applied: 1');
    expect(stdout).toMatch(
      /#1 services \S+ fees: ".*" → "Gratuit" \(Anna, 2026-11-29T09:30:00.000Z\)/,
    );
    expect(stdout).toContain('conflicts: 1');
    expect(stdout).toMatch(
      /#2 services \S+ name: changeset "Nouveau nom", data now ".+", author saw "A name it never had" \(Bob/,
    );
    expect(stdout).toContain('rejected: 1 records');
    expect(stdout).toContain(`would write ${join(data, 'services.csv')}`);
    expect(tableBytes(data)).toEqual(before);
  }, 60_000);

  it('says why a record or a changeset is refused in the language --lang names', () => {
    const data = dataCopy();
    const changeset = writeChangeset(data, mixedChangeset());
    const english = applyChanges(changeset, '--data', data, '--dry-run');
    const french = applyChanges(changeset, '--data', data, '--dry-run', '--lang', 'fr');
    expect(french.status).toBe(1);
    const reason = (stdout: string) =>
      stdout
        .split('\n')
        [stdout.split('\n').findIndex((line) => line.startsWith('rejected:')) + 2]?.trim();
    expect(reason(english.stdout)).toMatch(/^status: /);
    expect(reason(french.stdout)).toBe(
      'status : ce n’est pas une des valeurs admises : "active", "inactive", "defunct"',
    );
    const json = JSON.parse(
      applyChanges(changeset, '--data', data, '--dry-run', '--format', 'json', '--lang', 'de')
        .stdout,
    );
    expect(json.rejected[0].reasons[0]).toMatch(/^status: /);
    expect(json.rejected[0].texts[0]).toMatch(/^status: keiner der zulässigen Werte: "active"/);

    const path = writeBadChangeset(data);
    const bad = applyChanges(path, '--data', data, '--lang', 'nl');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(
      'Wijziging 2, veld "table": geen van de toegelaten waarden: "organizations"',
    );
    expect(applyChanges(changeset, '--data', data, '--lang', 'xx').status).toBe(2);
  }, 60_000);

  it('exits 2 and writes nothing when the changeset is not one, naming the change and field', () => {
    const data = dataCopy();
    const before = tableBytes(data);
    const path = writeBadChangeset(data);
    const bad = applyChanges(path, '--data', data);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('change 2, field "table"');
    expect(bad.stdout).toBe('');

    const missing = applyChanges(join(data, 'nothing.json'), '--data', data);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('nothing.json');
    expect(tableBytes(data)).toEqual(before);
  }, 60_000);

  it('applied twice, a changeset of new records and edits changes nothing more and exits 0', () => {
    const data = dataCopy();
    const curated = curatedDataset();
    const [model] = curated.services;
    const [site] = curated.locations;
    const [link] = curated.service_at_locations;
    if (!model || !site || !link) throw new Error('the curated data has sites');
    const organization = {
      ...curated.organizations[0],
      id: stableId('organization', 'applied twice'),
      name: 'Asbl appliquée deux fois',
      contact_person: 'Internal',
    } as Dataset['organizations'][number];
    const service = {
      ...model,
      id: stableId('service', 'twice'),
      organization_id: organization.id,
    };
    const location = {
      ...site,
      id: stableId('location', 'twice'),
      organization_id: organization.id,
    };
    const placed = {
      ...link,
      id: stableId('service_at_location', 'twice'),
      service_id: service.id,
      location_id: location.id,
    };
    const at = (tx: string, changes: Transaction['changes']): Transaction => ({
      tx,
      author: 'Anna',
      time: TIME,
      label: 'createRecord',
      changes,
    });
    const transactions = [
      at('t1', [
        ...createRecord('organizations', organization),
        ...createRecord('services', service),
        ...createRecord('locations', location),
        ...createRecord('service_at_locations', placed),
      ]),
      at('t2', updateRecord('services', service, { fees: 'Gratuit' })),
      at(
        't3',
        updateRecord('services', { ...service, fees: 'Gratuit' }, { fees: 'Gratuit pour tous' }),
      ),
    ];
    const changeset = writeChangeset(data, transactions);
    const first = applyChanges(changeset, '--data', data, '--format', 'json');
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout).applied).toHaveLength(6);
    const after = tableBytes(data);
    const again = applyChanges(changeset, '--data', data, '--format', 'json');
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      applied: [],
      already_present: 6,
      conflicts: [],
      rejected: [],
    });
    expect(tableBytes(data)).toEqual(after);
  }, 60_000);

  it('refuses a record given as a text and a change to a record that does not exist, and exits 1', () => {
    const data = dataCopy();
    const before = tableBytes(data);
    const missing = stableId('service', 'not there');
    const changeset = writeChangeset(data, [
      {
        tx: 't1',
        author: 'Anna',
        time: TIME,
        label: 'createRecord',
        changes: [
          {
            table: 'organizations',
            id: stableId('organization', 'a text'),
            field: null,
            old: null,
            new: 'Asbl',
          },
          { table: 'services', id: missing, field: 'fees', old: null, new: null },
        ],
      },
    ]);
    const { status, stdout } = applyChanges(changeset, '--data', data, '--format', 'json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ applied: [], already_present: 0, changed_files: [] });
    expect(report.rejected.map((record: { id: string }) => record.id)).toEqual([
      stableId('organization', 'a text'),
      missing,
    ]);
    expect(tableBytes(data)).toEqual(before);
  }, 60_000);
});
