// @vitest-environment jsdom
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInput } from '../../../../scripts/lib/read_input';

/** `npm run convert -- data --to gexf --out <file>`, as a data steward would run it. */
function convert(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/convert.ts', ...args], {
    encoding: 'utf8',
  });
}

describe('npm run convert -- --to gexf', () => {
  it('writes the curated network as valid GEXF with every organisation and relationship', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'atlas-gexf-')), 'atlas.gexf');
    const result = convert('data', '--to', 'gexf', '--out', out);
    expect(result.status).toBe(0);
    const { dataset } = await readInput('data');
    const doc = new DOMParser().parseFromString(readFileSync(out, 'utf8'), 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('node')).toHaveLength(dataset.organizations.length);
    expect(doc.getElementsByTagName('edge')).toHaveLength(dataset.relationships.length);
    const edgeIds = new Set(
      [...doc.getElementsByTagName('edge')].map((edge) => edge.getAttribute('id')),
    );
    expect(dataset.relationships.every((relationship) => edgeIds.has(relationship.id))).toBe(true);
  }, 60_000);

  it('names gexf in the usage line', () => {
    const result = convert('data', '--to', 'gexf');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('|gexf --out');
  });
});
