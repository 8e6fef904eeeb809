/**
 * Where the network's layout and metrics run: two Web Workers (layout_worker.ts), or, where
 * there is no Worker (jsdom), a static stand-in. The controller only sees `LayoutEngine`.
 * The page keeps one engine (sharedLayoutEngine): its workers start in an idle moment
 * before the network is first opened and serve every network shown after.
 */
import type { AtlasGraph } from './build_graph';
import type { LayoutReply, LayoutRequest } from './layout_worker';
import { computeMetrics, type NodeMetrics, structureOf } from './metrics';
import { createLayout, type LayoutLinkInput, type LayoutNodeInput } from './simulation';

export interface LayoutEngine {
  /** Called with the positions of the nodes of the last `layout`, in its node order. */
  onPositions: ((generation: number, positions: Float64Array, running: boolean) => void) | null;
  layout(generation: number, nodes: LayoutNodeInput[], links: LayoutLinkInput[]): void;
  pin(id: string, x: number, y: number): void;
  release(id: string): void;
  metrics(graph: AtlasGraph): Promise<NodeMetrics[]>;
  /** The view is gone: the layout stops, pending metrics are dropped; the engine can serve the next view. */
  stop(): void;
}

/**
 * The layout in a Web Worker, the metrics in a second one: the main thread only draws.
 * While metrics are being computed the layout holds (it keeps its positions and does no
 * work): on a machine with two cores the layout, the drawing and the metrics share them,
 * and the metrics (the node table, sizes and colours by a metric) took nearly twice as long
 * (2,000 organisations: ~650 ms against ~350 ms). The layout runs for seconds and starts
 * that much later.
 */
export function workerLayoutEngine(): LayoutEngine {
  const start = () =>
    new Worker(new URL('./layout_worker.ts', import.meta.url), { type: 'module' });
  const worker = start();
  const metricsWorker = start();
  const pending = new Map<number, (metrics: NodeMetrics[]) => void>();
  let request = 0;
  /**
   * Each layout gets a number of the engine's own, so that positions still on their way
   * from a stopped layout (another view's, with its own generations) are never taken for
   * the current one's.
   */
  let sequence = 0;
  let current: { sequence: number; generation: number } | null = null;
  const send = (message: LayoutRequest) => worker.postMessage(message);
  const settled = (id: number, metrics: NodeMetrics[] | null) => {
    if (metrics) pending.get(id)?.(metrics);
    pending.delete(id);
    if (pending.size === 0) send({ type: 'resume' });
  };
  const engine: LayoutEngine = {
    onPositions: null,
    layout(generation, nodes, links) {
      sequence += 1;
      current = { sequence, generation };
      send({ type: 'layout', generation: sequence, nodes, links });
    },
    pin: (id, x, y) => send({ type: 'pin', id, x, y }),
    release: (id) => send({ type: 'release', id }),
    metrics(graph) {
      request += 1;
      const id = request;
      if (pending.size === 0) send({ type: 'hold' });
      return new Promise((resolve) => {
        pending.set(id, resolve);
        const structure = structureOf(graph);
        const message: LayoutRequest = { type: 'metrics', request: id, structure };
        metricsWorker.postMessage(message, [structure.ends.buffer]);
      });
    },
    stop() {
      current = null;
      send({ type: 'stop' });
      pending.clear();
      send({ type: 'resume' });
    },
  };
  worker.onmessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    if (reply.type !== 'positions' || reply.generation !== current?.sequence) return;
    engine.onPositions?.(current.generation, reply.positions, reply.running);
  };
  metricsWorker.onmessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    if (reply.type === 'metrics') settled(reply.request, reply.metrics);
  };
  // Should the metrics fail, the table waits for them in vain, but the layout goes on.
  metricsWorker.onerror = () => {
    for (const id of [...pending.keys()]) settled(id, null);
  };
  return engine;
}

/**
 * A stand-in without a Worker (jsdom): nodes stay at their starting spiral, metrics are
 * computed at once. Keeps the view testable where no Worker exists.
 */
export function staticLayoutEngine(): LayoutEngine {
  const engine: LayoutEngine = {
    onPositions: null,
    layout(generation, nodes, links) {
      const positions = createLayout(nodes, links).positions();
      queueMicrotask(() => engine.onPositions?.(generation, positions, false));
    },
    pin() {},
    release() {},
    metrics: (graph) => Promise.resolve(computeMetrics(graph)),
    stop() {},
  };
  return engine;
}

let shared: LayoutEngine | null = null;

/** The page's engine, started on first use. */
export function sharedLayoutEngine(): LayoutEngine {
  shared ??= typeof Worker === 'function' ? workerLayoutEngine() : staticLayoutEngine();
  return shared;
}
