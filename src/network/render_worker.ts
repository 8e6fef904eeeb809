/**
 * The network's render worker: draws the scene (draw_scene.ts) on the page's canvas, handed
 * over as an OffscreenCanvas, so that rasterising thousands of shapes (30–300 ms a frame in
 * software, without a GPU) never blocks the page. The page sends how the nodes and edges
 * look when that changes, and each frame's positions and view; a frame that arrives while
 * another still waits replaces it. After each frame the worker rests as long as the frame
 * took: it never takes more than half a core from the page, the layout and the metrics.
 */
import { type CanvasView, drawScene } from './draw_scene';
import { emptyScene, type Scene } from './network_scene';
import { type PackedScene, unpackScene } from './scene_transfer';

export interface RenderFrame {
  positions: Float64Array;
  view: CanvasView;
  /** The canvas's size in device pixels. */
  pixelWidth: number;
  pixelHeight: number;
}

export type RenderRequest =
  | { type: 'canvas'; canvas: OffscreenCanvas }
  | { type: 'scene'; scene: PackedScene }
  | ({ type: 'frame' } & RenderFrame);

interface WorkerScope {
  onmessage: ((event: MessageEvent<RenderRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;

let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;
let scene: Scene = emptyScene();
let pending: RenderFrame | null = null;
let scheduled = false;
/** When the next frame may be drawn (performance.now()). */
let restUntil = 0;

function drawPending(): void {
  scheduled = false;
  const frame = pending;
  pending = null;
  if (!frame || !canvas || !context) return;
  const start = performance.now();
  if (canvas.width !== frame.pixelWidth) canvas.width = frame.pixelWidth;
  if (canvas.height !== frame.pixelHeight) canvas.height = frame.pixelHeight;
  scene.positions = frame.positions;
  drawScene(context, scene, frame.view);
  // Reading a pixel makes the canvas rasterise now, so that the time measured includes it.
  context.getImageData(0, 0, 1, 1);
  const end = performance.now();
  restUntil = end + (end - start);
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(drawPending, Math.max(0, restUntil - performance.now()));
}

scope.onmessage = (event) => {
  const request = event.data;
  switch (request.type) {
    case 'canvas':
      canvas = request.canvas;
      context = canvas.getContext('2d');
      break;
    case 'scene':
      scene = unpackScene(request.scene);
      break;
    case 'frame':
      pending = request;
      schedule();
      break;
  }
};
