/**
 * Where the network's layout and metrics run: two Web Workers (layout_worker.ts), or, where
 * there is no Worker (jsdom), a static stand-in. The controller only sees `LayoutEngine`.
 * The page keeps one engine (sharedLayoutEngine): its workers start in an idle moment
 * before the network is first opened and serve every network shown after.
 */
import type { AtlasGraph } from '../analysis/graph/build_graph';
import { computeMetrics, type NodeMetrics, structureOf } from '../analysis/graph/metrics';
import type { LayoutReply, LayoutRequest } from './layout_worker';
import {
  createLayout,
  type LayoutLinkInput,
  type LayoutNodeInput,
  type LayoutStart,
} from './simulation';

interface MetricsRequest {
  id: number;
  graph: AtlasGraph;
  resolve(metrics: NodeMetrics[] | null): void;
  reject(error: Error): void;
}

export interface LayoutEngine {
  /** Called with the positions of the nodes of the last `layout`, in its node order. */
  onPositions: ((generation: number, positions: Float64Array, running: boolean) => void) | null;
  layout(
    generation: number,
    nodes: LayoutNodeInput[],
    links: LayoutLinkInput[],
    start?: LayoutStart,
  ): void;
  pin(id: string, x: number, y: number): void;
  release(id: string): void;
  /**
   * The metrics of a graph; null when a newer request overtook this one before it started
   * (only the newest graph's metrics are worth computing). Rejects if they cannot be computed.
   */
  metrics(graph: AtlasGraph): Promise<NodeMetrics[] | null>;
  /**
   * The view is gone: the layout stops and a metrics request still waiting resolves to null
   * (one already computing finishes); the engine can serve the next view.
   */
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
  /**
   * The metrics worker gets one request at a time. Requests made meanwhile wait, and only
   * the newest: typing in the text filter with the network open rebuilds the graph at each
   * key, and computing each of them would hold the layout for seconds.
   */
  let running: MetricsRequest | null = null;
  let waiting: MetricsRequest | null = null;
  let request = 0;
  /**
   * Each layout gets a number of the engine's own, so that positions still on their way
   * from a stopped layout (another view's, with its own generations) are never taken for
   * the current one's.
   */
  let sequence = 0;
  let current: { sequence: number; generation: number } | null = null;
  const send = (message: LayoutRequest) => worker.postMessage(message);
  const startMetrics = (next: MetricsRequest) => {
    running = next;
    const structure = structureOf(next.graph);
    const message: LayoutRequest = { type: 'metrics', request: next.id, structure };
    metricsWorker.postMessage(message, [structure.ends.buffer]);
  };
  /** The running request is answered: the next one starts, or the layout goes on. */
  const answered = (outcome: (done: MetricsRequest) => void) => {
    const done = running;
    running = null;
    if (done) outcome(done);
    if (waiting) {
      startMetrics(waiting);
      waiting = null;
    } else send({ type: 'resume' });
  };
  const engine: LayoutEngine = {
    onPositions: null,
    layout(generation, nodes, links, start) {
      sequence += 1;
      current = { sequence, generation };
      send({ type: 'layout', generation: sequence, nodes, links, ...(start ? { start } : {}) });
    },
    pin: (id, x, y) => send({ type: 'pin', id, x, y }),
    release: (id) => send({ type: 'release', id }),
    metrics(graph) {
      request += 1;
      const id = request;
      return new Promise((resolve, reject) => {
        const next = { id, graph, resolve, reject };
        if (running) {
          waiting?.resolve(null);
          waiting = next;
          return;
        }
        send({ type: 'hold' });
        startMetrics(next);
      });
    },
    stop() {
      current = null;
      send({ type: 'stop' });
      waiting?.resolve(null);
      waiting = null;
    },
  };
  worker.onmessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    if (reply.type !== 'positions' || reply.generation !== current?.sequence) return;
    engine.onPositions?.(current.generation, reply.positions, reply.running);
  };
  metricsWorker.onmessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    if (reply.type !== 'metrics' || reply.request !== running?.id) return;
    const { metrics, error } = reply;
    answered((done) =>
      metrics ? done.resolve(metrics) : done.reject(new Error(error ?? 'metrics failed')),
    );
  };
  // The worker itself failed (its script did not load): the request fails, the layout goes on.
  metricsWorker.onerror = () => answered((done) => done.reject(new Error('metrics worker failed')));
  return engine;
}

/**
 * A stand-in without a Worker (jsdom): nodes stay at their starting spiral, metrics are
 * computed at once. Keeps the view testable where no Worker exists.
 */
export function staticLayoutEngine(): LayoutEngine {
  const engine: LayoutEngine = {
    onPositions: null,
    layout(generation, nodes, links, start) {
      const positions = createLayout(nodes, links, start).positions();
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
