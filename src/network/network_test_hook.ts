/**
 * Test-only: the network drawing's state on `window.__atlasNetwork`, for the browser tests
 * and the benchmark (a build made with VITE_TEST_HOOKS=1, never the shipped app) and for
 * the jsdom tests (MODE 'test'). The canvas has no elements to query: this says what it
 * shows, and where.
 */

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

export interface NetworkTestHook {
  nodes(): number;
  edges(): number;
  /** Whether the layout is still moving the nodes. */
  running(): boolean;
  nodeIds(): string[];
  node(id: string): NetworkNodeProbe | null;
  edgeKeys(): string[];
  /** An edge's relationship type and focus state, null if it is not drawn. */
  edge(key: string): { type: string; state: '' | 'near' | 'faded' } | null;
  /** Ids of the labelled nodes. */
  labels(): string[];
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

type HookWindow = Window & { __atlasNetwork?: NetworkTestHook };

export function testHooksEnabled(): boolean {
  return import.meta.env.VITE_TEST_HOOKS === '1' || import.meta.env.MODE === 'test';
}

/** Installs `hook` (when test hooks are on); the returned function removes it if still there. */
export function installNetworkTestHook(hook: NetworkTestHook): () => void {
  if (!testHooksEnabled()) return () => {};
  const target = window as HookWindow;
  target.__atlasNetwork = hook;
  return () => {
    if (target.__atlasNetwork === hook) delete target.__atlasNetwork;
  };
}
