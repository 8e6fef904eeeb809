/**
 * The pointer on the network's canvas, through d3: the wheel and a drag on empty space zoom
 * and pan (d3-zoom); a drag on a node moves it (d3-drag, whose subject is the node under
 * the pointer: with none, the zoom pans instead); click, double-click and hover on a node.
 * Screen coordinates only (CSS pixels from the canvas's corner): the controller knows the
 * graph behind them.
 */
import { drag, pointer, select, type ZoomTransform, zoom, zoomIdentity } from 'd3';
import type { ViewTransform } from './network_scene';

export interface CanvasPointerHandlers {
  /** The view's size, CSS pixels. */
  size(): [number, number];
  /** The node under a screen point, or -1. */
  nodeAt(x: number, y: number): number;
  /** A node's centre on screen. */
  nodePosition(node: number): [number, number];
  /** The view moved: by the user (wheel, pan, zoom buttons) or by the program. */
  onZoom(transform: ViewTransform, byUser: boolean): void;
  onZoomEnd(): void;
  /** A node dragged to (x, y) on screen. */
  onDrag(node: number, x: number, y: number): void;
  onClick(node: number): void;
  onDoubleClick(node: number): void;
  /** The pointer at (x, y), over a node or over none (-1, also when it leaves). */
  onHover(node: number, x: number, y: number): void;
}

export interface CanvasPointer {
  /** Moves the view (a zoom event the user did not make). */
  setTransform(transform: ViewTransform): void;
  /** Zooms by `factor` around the view's centre, as the user's zoom buttons. */
  scaleBy(factor: number): void;
  destroy(): void;
}

interface DragSubject {
  node: number;
  x: number;
  y: number;
}

/** The zoom range, as it was with the SVG drawing. */
const SCALE_EXTENT: [number, number] = [0.05, 10];

export function attachCanvasPointer(
  canvas: HTMLCanvasElement,
  handlers: CanvasPointerHandlers,
): CanvasPointer {
  const root = select(canvas);
  let programmatic = false;
  const zoomBehaviour = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent(SCALE_EXTENT)
    .extent(() => [[0, 0], handlers.size()])
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
      const { x, y, k } = event.transform;
      handlers.onZoom({ x, y, k }, !programmatic);
    })
    .on('end', () => handlers.onZoomEnd());
  const dragBehaviour = drag<HTMLCanvasElement, unknown, DragSubject | null>()
    .container(canvas)
    .subject((event: { x: number; y: number }) => {
      const node = handlers.nodeAt(event.x, event.y);
      if (node < 0) return null;
      const [x, y] = handlers.nodePosition(node);
      return { node, x, y };
    })
    .on('drag', (event: { subject: DragSubject | null; x: number; y: number }) => {
      if (event.subject) handlers.onDrag(event.subject.node, event.x, event.y);
    });
  // The drag first: on a node it takes the gesture, and the zoom never sees it.
  root.call(dragBehaviour).call(zoomBehaviour).on('dblclick.zoom', null);
  const nodeOf = (event: MouseEvent) => {
    const [x, y] = pointer(event, canvas);
    return handlers.nodeAt(x, y);
  };
  root
    .on('click.node', (event: MouseEvent) => {
      // A drag or a pan that ended here is no click (d3 marks it so).
      if (event.defaultPrevented) return;
      const node = nodeOf(event);
      if (node >= 0) handlers.onClick(node);
    })
    .on('dblclick.node', (event: MouseEvent) => {
      const node = nodeOf(event);
      if (node >= 0) handlers.onDoubleClick(node);
    })
    .on('mousemove.hover', (event: MouseEvent) => {
      if (event.buttons !== 0) return;
      const [x, y] = pointer(event, canvas);
      handlers.onHover(handlers.nodeAt(x, y), x, y);
    })
    .on('mouseleave.hover', () => handlers.onHover(-1, 0, 0));
  const byProgram = (move: () => void) => {
    programmatic = true;
    try {
      move();
    } finally {
      programmatic = false;
    }
  };
  return {
    setTransform: (transform) =>
      byProgram(() =>
        root.call(
          zoomBehaviour.transform,
          zoomIdentity.translate(transform.x, transform.y).scale(transform.k),
        ),
      ),
    scaleBy: (factor) => root.call(zoomBehaviour.scaleBy, factor),
    destroy: () => {
      root.on('.zoom', null).on('.drag', null).on('.node', null).on('.hover', null);
    },
  };
}
