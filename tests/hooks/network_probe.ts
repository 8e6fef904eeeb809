/**
 * The network drawing as the tests see it, on `window.__atlasNetwork`: the canvas has no
 * elements to query, so this says what it shows, and where. Installed by the browser
 * tests' entry (install.ts) and by the unit tests' setup (the component tests in jsdom).
 */
import type { LiveGraph } from '../../src/network/live_graph_controllers';
import { liveGraphControllers } from '../../src/network/live_graph_controllers';
import { type Probing, probeNewest } from './probe_newest';

export interface NetworkNodeProbe {
  id: string;
  name: string;
  state: '' | 'focus' | 'near' | 'faded';
  radius: number;
  fill: string;
  pinned: boolean;
  /** The node's centre in the viewport (clientX, clientY: where to click it). */
  clientX: number;
  clientY: number;
  /** Whether its centre is inside the canvas. */
  inView: boolean;
}

export interface NetworkProbe {
  nodes(): number;
  edges(): number;
  /** Whether the layout is still moving the nodes. */
  running(): boolean;
  /** How many times the layout has given positions since the probe found the drawing. */
  layoutUpdates(): number;
  nodeIds(): string[];
  node(id: string): NetworkNodeProbe | null;
  edgeKeys(): string[];
  /** An edge's relationship type, focus state and confidence, null if it is not drawn. */
  edge(key: string): { type: string; state: '' | 'near' | 'faded'; confidence: string } | null;
  /** Ids of the labelled nodes. */
  labels(): string[];
  /** Where the labels are written, [left, top, right, bottom] in the viewport (client pixels). */
  labelBoxes(): [number, number, number, number][];
  layoutMode(): 'force' | 'levels';
  /**
   * Size of the view (CSS pixels) and of the canvas (device pixels); where it is drawn (in
   * the render worker, in the page) or false where there is no 2D canvas.
   */
  canvas(): {
    width: number;
    height: number;
    pixelWidth: number;
    pixelHeight: number;
    drawing: 'worker' | 'page' | false;
  };
}

function probeOf(controller: LiveGraph): Probing<NetworkProbe> {
  let layoutUpdates = 0;
  const stop = controller.onLayout(() => {
    layoutUpdates += 1;
  });
  const probe: NetworkProbe = {
    nodes: () => controller.drawnNodes().length,
    edges: () => controller.drawnEdges().length,
    running: () => controller.layoutRunning(),
    layoutUpdates: () => layoutUpdates,
    nodeIds: () => controller.drawnNodes().map((node) => node.id),
    node(id) {
      const found = controller.drawnNode(id);
      const position = controller.nodePosition(id);
      if (!found || !position) return null;
      const [x, y] = position;
      const { width, height } = controller.canvasSize();
      const box = controller.canvas.getBoundingClientRect();
      return {
        id,
        name: found.name,
        state: found.state,
        radius: found.radius,
        fill: found.fill,
        pinned: found.pinned,
        clientX: box.left + x,
        clientY: box.top + y,
        inView: x >= 0 && y >= 0 && x <= width && y <= height,
      };
    },
    edgeKeys: () => controller.drawnEdges().map((edge) => edge.key),
    edge(key) {
      const edge = controller.drawnEdges().find((item) => item.key === key);
      return edge ? { type: edge.type, state: edge.state, confidence: edge.confidence } : null;
    },
    labels: () => controller.labelledNodes(),
    labelBoxes() {
      const box = controller.canvas.getBoundingClientRect();
      return controller
        .labelPlaces()
        .map(([left, top, right, bottom]) => [
          box.left + left,
          box.top + top,
          box.left + right,
          box.top + bottom,
        ]);
    },
    layoutMode: () => controller.layoutMode(),
    canvas: () => controller.canvasSize(),
  };
  return { probe, stop };
}

/**
 * Puts the probe of the newest live network drawing on `target.__atlasNetwork`, from now
 * on; the returned function takes it away.
 */
export function installNetworkProbe(target: Window): () => void {
  const hooked = target as Window & { __atlasNetwork?: NetworkProbe };
  return probeNewest(liveGraphControllers, probeOf, (probe) => {
    if (probe) hooked.__atlasNetwork = probe;
    else delete hooked.__atlasNetwork;
  });
}
