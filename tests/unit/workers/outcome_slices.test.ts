import { OutcomeAssembler, SliceQueue, sliceOutcome } from '../../../src/workers/outcome_slices';
import type { ImportOutcome } from '../../../src/workers/read_import';
import { editFixture } from '../edits/edit_fixture';

function outcomeWith(issueCount: number): ImportOutcome {
  const issues = Array.from({ length: issueCount }, (_, row) => ({
    row: row + 2,
    field: 'city',
    severity: 'warning' as const,
    code: 'unknown_commune' as const,
    message: `row ${row + 2}`,
  }));
  return {
    kind: 'data',
    dataset: editFixture(),
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
}

describe('an import crossing from the worker in slices', () => {
  it('is sent one message at a time, each slice in order, then the rest, then nothing', () => {
    const outcome = outcomeWith(7);
    const cut = sliceOutcome(outcome, 3);
    const keys = cut.slices.map((slice) => slice.key);
    const queue = new SliceQueue(4, cut);
    expect(queue.id).toBe(4);
    const assembler = new OutcomeAssembler();
    const sent: string[] = [];
    for (let next = queue.take(); next; next = queue.take()) {
      if ('slice' in next) {
        sent.push(next.slice.key);
        assembler.add(structuredClone(next.slice));
      } else {
        sent.push('rest');
        expect(assembler.finish(structuredClone(next.rest))).toEqual(outcome);
      }
    }
    expect(sent).toEqual([...keys, 'rest']);
    expect(queue.take()).toBeNull();
    // What was sent is let go of: the worker keeps only what it has still to send.
    expect(cut.slices.filter(Boolean)).toEqual([]);
  });

  it('is put back whole, every list in its order, from slices of at most the given size', () => {
    const outcome = outcomeWith(7);
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
