import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildGraph } from '../../../src/analysis/graph/build_graph';
import { computeMetrics } from '../../../src/analysis/graph/metrics';
import { emptyDataset } from '../../../src/model/dataset';
import { workerLayoutEngine } from '../../../src/network/layout_engine';
import type { LayoutReply, LayoutRequest } from '../../../src/network/layout_worker';
import { org, rel } from '../analysis/graph/graph_fixture';

/** A stand-in for the browser's Worker: records what the page posts, replies on demand. */
class FakeWorker {
  static made: FakeWorker[] = [];
  readonly posted: LayoutRequest[] = [];
  onmessage: ((event: { data: LayoutReply }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: LayoutRequest): void {
    this.posted.push(message);
  }
  reply(data: LayoutReply): void {
    this.onmessage?.({ data });
  }
}

function graph() {
  const dataset = emptyDataset();
  dataset.organizations.push(org('a'), org('b'), org('c'));
  dataset.relationships.push(rel('ab', 'a', 'b'), rel('bc', 'b', 'c'));
  return buildGraph(dataset);
}

const nodes = (...ids: string[]) => ids.map((id) => ({ id, radius: 4 }));

const types = (worker: FakeWorker | undefined) => worker?.posted.map((message) => message.type);

describe('workerLayoutEngine', () => {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('holds the layout while metrics are computed, one request at a time, the newest only', async () => {
    const engine = workerLayoutEngine();
    const [layout, metrics] = FakeWorker.made;
    const g = graph();
    const first = engine.metrics(g);
    const second = engine.metrics(g);
    const third = engine.metrics(g);
    engine.layout(1, nodes('a', 'b', 'c'), []);
    // One hold, before the layout is started; one request computing, the newest waiting.
    expect(types(layout)).toEqual(['hold', 'layout']);
    expect(types(metrics)).toEqual(['metrics']);
    // The second was overtaken by the third before it started.
    expect(await second).toBeNull();
    const result = computeMetrics(g);
    metrics?.reply({ type: 'metrics', request: 1, metrics: result });
    expect(await first).toBe(result);
    // The third starts; the layout still waits for it.
    expect(types(metrics)).toEqual(['metrics', 'metrics']);
    expect(types(layout)).toEqual(['hold', 'layout']);
    metrics?.reply({ type: 'metrics', request: 3, metrics: result });
    expect(await third).toBe(result);
    expect(types(layout)).toEqual(['hold', 'layout', 'resume']);
  });

  it('rejects metrics that failed and lets the layout go', async () => {
    const engine = workerLayoutEngine();
    const [layout, metrics] = FakeWorker.made;
    const failing = engine.metrics(graph());
    const next = engine.metrics(graph());
    metrics?.reply({ type: 'metrics', request: 1, metrics: null, error: 'too big' });
    await expect(failing).rejects.toThrow('too big');
    // The request that waited still gets its answer.
    const result = computeMetrics(graph());
    metrics?.reply({ type: 'metrics', request: 2, metrics: result });
    expect(await next).toBe(result);
    expect(types(layout)).toEqual(['hold', 'resume']);
    // A worker that fails outright fails its request, and the layout goes on too.
    const lost = engine.metrics(graph());
    metrics?.onerror?.();
    await expect(lost).rejects.toThrow();
    expect(types(layout)).toEqual(['hold', 'resume', 'hold', 'resume']);
  });

  it('serves a new view after stop, never with the positions of the stopped layout', () => {
    const engine = workerLayoutEngine();
    const [layout] = FakeWorker.made;
    const seen: number[] = [];
    engine.onPositions = (generation) => seen.push(generation);
    const positions = () => new Float64Array(6);
    engine.layout(1, nodes('a', 'b', 'c'), []);
    const sent = layout?.posted.at(-1);
    const number = sent?.type === 'layout' ? sent.generation : -1;
    layout?.reply({ type: 'positions', generation: number, positions: positions(), running: true });
    expect(seen).toEqual([1]);
    engine.stop();
    // The next view numbers its layouts from 1 again; the old layout's late positions are
    // not its own.
    engine.layout(1, nodes('x'), []);
    layout?.reply({ type: 'positions', generation: number, positions: positions(), running: true });
    expect(seen).toEqual([1]);
    const next = layout?.posted.at(-1);
    if (next?.type !== 'layout') throw new Error('no layout sent');
    layout?.reply({
      type: 'positions',
      generation: next.generation,
      positions: positions(),
      running: false,
    });
    expect(seen).toEqual([1, 1]);
    // Two workers in all: the engine keeps them for the next view.
    expect(FakeWorker.made).toHaveLength(2);
  });
});
