/**
 * Owns the network's <canvas>: sizes it to its container at the screen's pixel ratio
 * (ResizeObserver) and draws scenes on it. Where the browser can, the canvas is handed to
 * a render worker (OffscreenCanvas) and the page only posts positions and view; otherwise
 * it is drawn here with the same drawScene. Where there is no 2D canvas at all (jsdom),
 * nothing is drawn.
 */
import { drawScene } from './draw_scene';
import type { LabelPlacement } from './labels';
import type { Scene, ViewTransform } from './network_scene';
import type { RenderRequest } from './render_worker';
import { packScene } from './scene_transfer';

type Surface =
  | { kind: 'worker'; worker: Worker }
  | { kind: 'context'; context: CanvasRenderingContext2D }
  | { kind: 'none' };

function post(worker: Worker, request: RenderRequest, transfer: Transferable[] = []): void {
  worker.postMessage(request, transfer);
}

const startRenderWorker = () =>
  new Worker(new URL('./render_worker.ts', import.meta.url), { type: 'module' });

/** A render worker started ahead of need (prepareRenderWorker), for the next canvas. */
let spare: Worker | null = null;

/**
 * Starts a render worker in an idle moment, so that the first network drawn does not wait
 * for it to load while the metrics and the layout need the processor.
 */
export function prepareRenderWorker(): void {
  if (spare === null && drawsInWorker()) spare = startRenderWorker();
}

/** Whether a canvas can be handed to a render worker (OffscreenCanvas). */
function drawsInWorker(): boolean {
  return (
    typeof Worker === 'function' &&
    typeof HTMLCanvasElement === 'function' &&
    typeof HTMLCanvasElement.prototype.transferControlToOffscreen === 'function'
  );
}

function openSurface(canvas: HTMLCanvasElement): Surface {
  if (drawsInWorker()) {
    const worker = spare ?? startRenderWorker();
    spare = null;
    const offscreen = canvas.transferControlToOffscreen();
    post(worker, { type: 'canvas', canvas: offscreen }, [offscreen]);
    return { kind: 'worker', worker };
  }
  // jsdom has a <canvas> but no 2D context (getContext only reports "not implemented").
  const context = typeof CanvasRenderingContext2D === 'function' ? canvas.getContext('2d') : null;
  return context ? { kind: 'context', context } : { kind: 'none' };
}

export class CanvasRenderer {
  readonly canvas: HTMLCanvasElement;
  /** Size of the view, CSS pixels (800 × 500 where nothing is laid out). */
  width = 800;
  height = 500;
  pixelRatio = 1;
  /** Size of the canvas, device pixels. */
  pixelWidth = 800;
  pixelHeight = 500;
  private readonly surface: Surface;
  private readonly observer: ResizeObserver | null = null;
  /** The scene (and its revision) whose looks the render worker has. */
  private sentScene: Scene | null = null;
  private sentRevision = -1;

  /** `onResize` is called after a size change (the canvas is then blank: draw again). */
  constructor(
    private readonly container: HTMLElement,
    onResize: () => void,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'network-surface';
    container.append(this.canvas);
    this.surface = openSurface(this.canvas);
    this.resize();
    if (typeof ResizeObserver === 'function') {
      this.observer = new ResizeObserver(() => {
        if (this.resize()) onResize();
      });
      this.observer.observe(container);
    }
  }

  /** Whether anything is drawn (false where there is no 2D canvas); where, if so. */
  get drawing(): 'worker' | 'page' | false {
    return this.surface.kind === 'worker'
      ? 'worker'
      : this.surface.kind === 'context'
        ? 'page'
        : false;
  }

  draw(scene: Scene, transform: ViewTransform, labels: readonly LabelPlacement[]): void {
    const view = {
      transform,
      width: this.width,
      height: this.height,
      pixelRatio: this.pixelRatio,
      labels,
    };
    const surface = this.surface;
    if (surface.kind === 'context') drawScene(surface.context, scene, view);
    if (surface.kind !== 'worker') return;
    if (scene !== this.sentScene || scene.revision !== this.sentRevision) {
      const packed = packScene(scene);
      post(surface.worker, { type: 'scene', scene: packed }, [
        packed.radius.buffer,
        packed.fill.buffer,
        packed.nodeState.buffer,
        packed.context.buffer,
        packed.members.buffer,
        packed.ends.buffer,
        packed.edgeType.buffer,
        packed.edgeState.buffer,
        packed.edgeConfidence.buffer,
      ]);
      this.sentScene = scene;
      this.sentRevision = scene.revision;
    }
    const positions = scene.positions.slice();
    post(
      surface.worker,
      {
        type: 'frame',
        positions,
        view,
        pixelWidth: this.pixelWidth,
        pixelHeight: this.pixelHeight,
      },
      [positions.buffer],
    );
  }

  destroy(): void {
    this.observer?.disconnect();
    if (this.surface.kind === 'worker') this.surface.worker.terminate();
    this.canvas.remove();
  }

  /** Sizes the canvas to its container; true when its size changed. */
  private resize(): boolean {
    const width = this.container.clientWidth || 800;
    const height = this.container.clientHeight || 500;
    const ratio = (typeof devicePixelRatio === 'number' && devicePixelRatio) || 1;
    const pixelWidth = Math.max(1, Math.round(width * ratio));
    const pixelHeight = Math.max(1, Math.round(height * ratio));
    const changed =
      width !== this.width ||
      height !== this.height ||
      pixelWidth !== this.pixelWidth ||
      pixelHeight !== this.pixelHeight;
    this.width = width;
    this.height = height;
    this.pixelRatio = ratio;
    this.pixelWidth = pixelWidth;
    this.pixelHeight = pixelHeight;
    // A canvas handed to the worker is sized there, with the next frame.
    if (this.surface.kind !== 'worker') {
      if (this.canvas.width !== pixelWidth) this.canvas.width = pixelWidth;
      if (this.canvas.height !== pixelHeight) this.canvas.height = pixelHeight;
    }
    return changed;
  }
}
