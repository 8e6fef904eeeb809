import { issuesReport } from '../../../src/formats';
import { WorkerStopped, workerImportClient } from '../../../src/workers/import_client';
import type { ImportReply, ImportRequest } from '../../../src/workers/import_protocol';

/** A worker as the page sees it, whose answers the test writes. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: ImportRequest[] = [];
  terminated = false;
  /** How it answers a ping; a worker whose parse was ended still answers. */
  parsing: number | null = null;

  constructor() {
    FakeWorker.last = this;
  }

  postMessage(request: ImportRequest) {
    this.received.push(request);
    if (request.type === 'ping') this.reply({ type: 'pong', parsing: this.parsing });
  }

  reply(reply: ImportReply) {
    this.onmessage?.({ data: reply } as MessageEvent<ImportReply>);
  }

  terminate() {
    this.terminated = true;
  }
}

const file = { path: 'a.csv', file: new Blob(['name\nx\n']) };

/** A read begun by a new client, with the worker it started and the request it sent. */
function startRead() {
  const client = workerImportClient();
  const read = client.read([file], [], () => {});
  const worker = FakeWorker.last;
  if (!worker) throw new Error('no worker');
  const request = worker.received[0];
  if (request?.type !== 'read') throw new Error('no read');
  return { read, worker, request };
}

describe('the import worker client', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('fails the read, and ends the worker, when its parse was ended in the middle', async () => {
    const { read, worker, request } = startRead();
    const settled = read.then(
      () => null,
      (error: unknown) => error,
    );
    // Still reading: a busy worker does not answer, and the read waits.
    await vi.advanceTimersByTimeAsync(10_000);
    worker.received.length = 0;
    // Its execution was terminated mid-parse: it is idle again, with the parse unfinished.
    worker.parsing = request.id;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await settled).toBeInstanceOf(WorkerStopped);
    expect(worker.terminated).toBe(true);
  });

  it('keeps a read that answers, and stops asking once it has', async () => {
    const { read, worker, request } = startRead();
    await vi.advanceTimersByTimeAsync(4_000);
    const outcome = {
      kind: 'changeset' as const,
      file: 'a.json',
      parsed: { ok: false as const, errors: [] },
    };
    worker.reply({ type: 'done', id: request.id, outcome });
    await expect(read).resolves.toEqual(outcome);
    const pings = worker.received.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(worker.received).toHaveLength(pings);
  });

  it('asks for each slice of the outcome once it has taken the one before, and puts them together', async () => {
    const { read, worker, request } = startRead();
    const asked = () => worker.received.filter((message) => message.type === 'next');
    expect(asked()).toEqual([]);
    worker.reply({ type: 'slice', id: request.id, key: 'issues', items: ['a'] });
    expect(asked()).toEqual([{ type: 'next', id: request.id }]);
    worker.reply({ type: 'slice', id: request.id, key: 'issues', items: ['b'] });
    expect(asked()).toHaveLength(2);
    // A slice of an abandoned read is neither taken nor answered.
    worker.reply({ type: 'slice', id: request.id + 7, key: 'issues', items: ['z'] });
    expect(asked()).toHaveLength(2);
    const rest = { kind: 'data' as const, ...issuesReport('a.csv', []) };
    worker.reply({ type: 'done', id: request.id, outcome: rest });
    const outcome = await read;
    if (outcome.kind !== 'data') throw new Error('not data');
    expect(outcome.report.issues).toEqual(['a', 'b']);
  });

  it('fails the read when the worker crashes', async () => {
    const client = workerImportClient();
    const read = client.read([file], [], () => {});
    FakeWorker.last?.onerror?.({
      message: 'Uncaught SyntaxError',
      preventDefault() {},
    } as ErrorEvent);
    await expect(read).rejects.toBeInstanceOf(WorkerStopped);
  });
});
