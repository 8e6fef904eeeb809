/**
 * Calls `run` once the page has drawn what it shows now (in a task after the next frame),
 * unless `signal` is aborted first: a long task started there leaves on screen what was set
 * before it (a "working…" message) rather than the frame before. In a hidden tab, which
 * draws no frame, `run` waits until the tab is shown again.
 */
export function afterNextPaint(run: () => void, signal: AbortSignal): void {
  const later = () =>
    setTimeout(() => {
      if (!signal.aborted) run();
    }, 0);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(later);
  else later();
}
