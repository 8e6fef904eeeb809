import type { AtlasStore } from '../store/atlas_store';

/**
 * Starts the network's workers (its layout and metrics, see network/layout_engine.ts, and its
 * drawing, network/canvas_renderer.ts) in an idle moment once the data is loaded, so that
 * opening the network does not wait for them to load (~150 ms on a slow machine). Where the
 * browser has no idle callbacks, they start when the network is first opened.
 */
export function prepareNetworkWhenIdle(store: AtlasStore): void {
  if (typeof requestIdleCallback !== 'function') return;
  const unsubscribe = store.subscribe((state) => {
    if (state.load.status !== 'ready') return;
    unsubscribe();
    requestIdleCallback(() => {
      void import('../network/layout_engine').then(({ sharedLayoutEngine }) =>
        sharedLayoutEngine(),
      );
      void import('../network/canvas_renderer').then(({ prepareRenderWorker }) =>
        prepareRenderWorker(),
      );
    });
  });
}
