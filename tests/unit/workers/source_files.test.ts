import { tooLarge } from '../../../src/workers/source_files';

/** A file known by its size only: the check must not read it. */
function sized(path: string, size: number) {
  const file = { size, arrayBuffer: () => Promise.reject(new Error('read')) } as unknown as Blob;
  return { path, file };
}

describe('files too large to import', () => {
  it('are refused from their size, before a byte is read, naming the limit', () => {
    const outcome = tooLarge([sized('huge.csv', 150 * 1024 * 1024)]);
    expect(outcome?.kind).toBe('data');
    if (outcome?.kind !== 'data') return;
    expect(outcome.report).toMatchObject({ file: 'huge.csv', rows: 0 });
    expect(outcome.report.issues).toEqual([
      expect.objectContaining({ file: 'huge.csv', code: 'file_too_large', severity: 'error' }),
    ]);
    expect(outcome.report.issues[0]?.message).toContain('150 MB, more than the 100 MB');
  });

  it('count a folder whole, and let files under the limits through', () => {
    const folder = Array.from({ length: 3 }, (_, index) =>
      sized(`t/${index}.csv`, 40 * 1024 * 1024),
    );
    expect(tooLarge(folder)?.kind).toBe('data');
    expect(tooLarge([sized('small.csv', 1000)])).toBeNull();
  });
});
