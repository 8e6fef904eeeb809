import { strToU8, unzipSync, zipSync } from 'fflate';
import { loadGazetteerSync } from '../../../../scripts/lib/load_reference';
import { readFiles } from '../../../../src/formats';
import { hsdsDriver, writeHsdsZip } from '../../../../src/formats/hsds';
import type { InputFile, OutputFile } from '../../../../src/formats/types';
import { EXAMPLE_DIR, folderFiles, sampleDataset } from './sample';

const gazetteer = loadGazetteerSync();

function asInput(files: readonly OutputFile[], prefix = ''): InputFile[] {
  return files.map((file) => ({
    path: `${prefix}${file.path}`,
    bytes: typeof file.content === 'string' ? strToU8(file.content) : file.content,
  }));
}

describe('hsdsDriver.detect', () => {
  it('recognises a folder holding a datapackage.json', () => {
    expect(hsdsDriver.detect(folderFiles(EXAMPLE_DIR))).toBe(true);
  });

  it('leaves CSV files to other drivers', () => {
    const csv = folderFiles(EXAMPLE_DIR).filter((file) => !file.path.endsWith('.json'));
    expect(hsdsDriver.detect(csv)).toBe(false);
  });
});

describe('HSDS export then import', () => {
  it('gives back the dataset unchanged, with a clean report', () => {
    const dataset = sampleDataset(gazetteer);
    const { dataset: back, report } = hsdsDriver.read(
      asInput(hsdsDriver.write(dataset), 'atlas/'),
      {
        gazetteer,
      },
    );
    expect(report.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    expect(report).toMatchObject({ rows: 14, accepted: 14, rejected: 0 });
    expect(back).toEqual(dataset);
  });

  it('finds the sidecar beside the package folder', () => {
    const dataset = sampleDataset(gazetteer);
    const files = asInput(hsdsDriver.write(dataset)).map((file) =>
      file.path === 'atlas_extensions.json' ? file : { ...file, path: `atlas_hsds/${file.path}` },
    );
    expect(hsdsDriver.read(files, { gazetteer }).dataset).toEqual(dataset);
  });

  it('without the sidecar, keeps what HSDS holds and invents nothing else', () => {
    const dataset = sampleDataset(gazetteer);
    const files = asInput(hsdsDriver.write(dataset)).filter(
      (file) => file.path !== 'atlas_extensions.json',
    );
    const { dataset: back, report } = hsdsDriver.read(files, { gazetteer });
    expect(report.rejected).toBe(0);
    expect(
      back.organizations.map(({ org_type, level, phone, source }) => ({
        org_type,
        level,
        phone,
        source,
      })),
    ).toEqual([
      { org_type: 'cpas', level: 'local', phone: '+32 81 00 00 00', source: '' },
      { org_type: 'ngo', level: '', phone: '', source: '' },
    ]);
    expect(back.organizations[0]?.description).toBe('Test CPAS');
    expect(back.services.map((service) => service.audience)).toEqual(['', '', '']);
    expect(back.locations[1]).toMatchObject({ address_1: '', location_precision: 'exact' });
    expect(back.relationships).toEqual([]);
    expect(back.indicators).toEqual([]);
  });

  it('round-trips through a zip', () => {
    const dataset = sampleDataset(gazetteer);
    const zip = writeHsdsZip(dataset);
    expect(Object.keys(unzipSync(zip))).toContain('atlas_extensions.json');
    const { dataset: back, report } = readFiles([{ path: 'atlas.zip', bytes: zip }], {
      gazetteer,
    });
    expect(report.file).toBe('atlas.zip');
    expect(report.format).toBe('hsds');
    expect(back).toEqual(dataset);
  });

  it('reads a zip whose package lies under a top folder', () => {
    const dataset = sampleDataset(gazetteer);
    const entries = Object.fromEntries(
      asInput(hsdsDriver.write(dataset)).map((file) => [`export/${file.path}`, file.bytes]),
    );
    const { dataset: back } = readFiles([{ path: 'Export.ZIP', bytes: zipSync(entries) }], {
      gazetteer,
    });
    expect(back).toEqual(dataset);
  });

  it('writes the same bytes for the same dataset', () => {
    expect(writeHsdsZip(sampleDataset(gazetteer))).toEqual(writeHsdsZip(sampleDataset(gazetteer)));
  });

  it('reports a zip that cannot be opened instead of throwing', () => {
    const { report } = readFiles([{ path: 'atlas.zip', bytes: strToU8('PK\u0003\u0004 broken') }], {
      gazetteer,
    });
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'unreadable_file', severity: 'error' }),
    ]);
  });
});
