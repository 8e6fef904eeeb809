import { OutcomeAssembler, sliceOutcome } from '../../../src/workers/outcome_slices';
import type { ImportOutcome } from '../../../src/workers/read_import';
import { editFixture } from '../edits/edit_fixture';

describe('an import crossing from the worker in slices', () => {
  it('is put back whole, every list in its order, from slices of at most the given size', () => {
    const dataset = editFixture();
    const issues = Array.from({ length: 7 }, (_, row) => ({
      row: row + 2,
      field: 'city',
      severity: 'warning' as const,
      code: 'unknown_commune' as const,
      message: `row ${row + 2}`,
    }));
    const outcome: ImportOutcome = {
      kind: 'data',
      dataset,
      report: {
        file: 'sites.csv',
        format: 'flat-csv',
        encoding: 'utf-8',
        delimiter: ';',
        crs: 'EPSG:4326',
        rows: 9,
        accepted: 8,
        rejected: 1,
        issues,
        rejected_rows: [{ row: 5, values: { Nom: '' } }],
      },
    };
    const { slices, rest } = sliceOutcome(outcome, 3);
    expect(slices.every((slice) => slice.items.length <= 3)).toBe(true);
    expect(slices.filter((slice) => slice.key === 'issues')).toHaveLength(3);
    // What crosses in one piece is small: no record, no finding.
    expect(JSON.stringify(rest)).not.toContain('row 2');
    expect(rest.kind === 'data' && rest.dataset.organizations).toEqual([]);
    const assembler = new OutcomeAssembler();
    for (const slice of structuredClone(slices)) assembler.add(slice);
    expect(assembler.finish(structuredClone(rest))).toEqual(outcome);
  });
});
