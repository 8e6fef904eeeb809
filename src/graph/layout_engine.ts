/**
 * Where the network's layout and metrics run: two Web Workers (layout_worker.ts), or, where
 * there is no Worker (jsdom), a static stand-in. The controller only sees `LayoutEngine`.
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
  destroy(): void;
}

/**
 * The layout in a Web Worker, the metrics in a second one (so they are ready while the
 * layout still runs, on another core): the main thread only draws.
 */
export function workerLayoutEngine(): LayoutEngine {
  const start = () =>
    new Worker(new URL('./layout_worker.ts', import.meta.url), { type: 'module' });
  const worker = start();
  const metricsWorker = start();
  const pending = new Map<number, (metrics: NodeMetrics[]) => void>();
  let request = 0;
  const send = (message: LayoutRequest) => worker.postMessage(message);
  const engine: LayoutEngine = {
    onPositions: null,
    layout: (generation, nodes, links) => send({ type: 'layout', generation, nodes, links }),
    pin: (id, x, y) => send({ type: 'pin', id, x, y }),
    release: (id) => send({ type: 'release', id }),
    metrics(graph) {
      request += 1;
      const id = request;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        const structure = structureOf(graph);
        const message: LayoutRequest = { type: 'metrics', request: id, structure };
        metricsWorker.postMessage(message, [structure.ends.buffer]);
      });
    },
    destroy() {
      send({ type: 'stop' });
      worker.terminate();
      metricsWorker.terminate();
      pending.clear();
    },
  };
  worker.onmessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    if (reply.type === 'positions')
      engine.onPositions?.(reply.generation, reply.positions, reply.running);
  };
  metricsWorker.onmessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    if (reply.type !== 'metrics') return;
    pending.get(reply.request)?.(reply.metrics);
    pending.delete(reply.request);
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
    destroy() {},
  };
  return engine;
}

export function defaultLayoutEngine(): LayoutEngine {
  return typeof Worker === 'function' ? workerLayoutEngine() : staticLayoutEngine();
}
