import { type Dataset, TABLE_NAMES, type TableName } from '../model/dataset';
import type { ImportOutcome } from './read_import';

/**
 * An import's long lists (the records of each table, the findings, the rejected rows) cross
 * from the worker to the page in slices, one message each: the page then takes each in a
 * short task and keeps drawing, instead of stopping for one message of a whole 100,000-row
 * import. The page asks for each slice once it has taken the one before, so that the
 * records (120 MB on its heap for 100,000 rows) come no faster than its garbage collector
 * marks them alongside; sent all at once, one collection stops the page over 50 ms.
 */

/** The long list a slice belongs to. */
export type SliceKey = TableName | 'issues' | 'rejected_rows';

export interface OutcomeSlice {
  key: SliceKey;
  items: unknown[];
}

/**
 * Items per slice: the page takes one in a few milliseconds; 5,000 took 100 to 300 ms each
 * on a busy two-core machine, long tasks that stopped the drawing.
 */
export const SLICE_SIZE = 1000;

function lists(outcome: ImportOutcome & { kind: 'data' }): Record<SliceKey, unknown[]> {
  const { dataset, report } = outcome;
  return {
    ...(dataset as unknown as Record<TableName, unknown[]>),
    issues: report.issues,
    rejected_rows: report.rejected_rows,
  };
}

/** The outcome's long lists in slices, and the outcome with those lists left empty. */
export function sliceOutcome(
  outcome: ImportOutcome,
  size = SLICE_SIZE,
): { slices: OutcomeSlice[]; rest: ImportOutcome } {
  if (outcome.kind !== 'data') return { slices: [], rest: outcome };
  const slices: OutcomeSlice[] = [];
  for (const [key, items] of Object.entries(lists(outcome)) as [SliceKey, unknown[]][]) {
    for (let start = 0; start < items.length; start += size) {
      slices.push({ key, items: items.slice(start, start + size) });
    }
  }
  const dataset = Object.fromEntries(TABLE_NAMES.map((table) => [table, []])) as unknown as Dataset;
  return {
    slices,
    rest: { ...outcome, dataset, report: { ...outcome.report, issues: [], rejected_rows: [] } },
  };
}

/**
 * The messages of one read's outcome still to send, in order: each slice, then the rest.
 * `take` gives the next and lets go of it (the worker keeps no more than is still to send);
 * null once the rest has been given.
 */
export class SliceQueue {
  private next = 0;
  private slices: (OutcomeSlice | undefined)[];
  private rest: ImportOutcome | null;

  constructor(
    readonly id: number,
    { slices, rest }: { slices: OutcomeSlice[]; rest: ImportOutcome },
  ) {
    this.slices = slices;
    this.rest = rest;
  }

  take(): { slice: OutcomeSlice } | { rest: ImportOutcome } | null {
    const slice = this.slices[this.next];
    if (slice) {
      this.slices[this.next] = undefined;
      this.next += 1;
      return { slice };
    }
    const { rest } = this;
    this.rest = null;
    return rest ? { rest } : null;
  }
}

/** Gathers slices as they come, then puts them back into the outcome they were cut from. */
export class OutcomeAssembler {
  private readonly parts = new Map<SliceKey, unknown[]>();

  add(slice: OutcomeSlice): void {
    const list = this.parts.get(slice.key);
    if (!list) this.parts.set(slice.key, slice.items);
    else for (const item of slice.items) list.push(item);
  }

  finish(rest: ImportOutcome): ImportOutcome {
    if (rest.kind !== 'data') return rest;
    const take = <T>(key: SliceKey): T[] => (this.parts.get(key) ?? []) as T[];
    const dataset = Object.fromEntries(
      TABLE_NAMES.map((table) => [table, take(table)]),
    ) as unknown as Dataset;
    return {
      ...rest,
      dataset,
      report: { ...rest.report, issues: take('issues'), rejected_rows: take('rejected_rows') },
    };
  }
}
