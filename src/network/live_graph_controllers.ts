import { LiveSet } from '../lib/live_set';
import type { SceneEdge, SceneNode } from './network_scene';

/**
 * The size of the view (CSS pixels) and of the canvas (device pixels), and where it is
 * drawn: in the render worker, in the page, or nowhere (no 2D canvas, as in jsdom).
 */
export interface CanvasSize {
  width: number;
  height: number;
  pixelWidth: number;
  pixelHeight: number;
  drawing: 'worker' | 'page' | false;
}

/**
 * What the page's observers read of a network drawing (GraphController implements it): the
 * canvas has no elements to query, so this says what it shows, and where.
 */
export interface LiveGraph {
  /** The nodes drawn, in the layout's order: to read only, the controller changes them. */
  drawnNodes(): readonly Readonly<SceneNode>[];
  /** A node drawn, by id; undefined if it is not in the drawing. */
  drawnNode(id: string): Readonly<SceneNode> | undefined;
  /** The edges drawn, with their relationship type and focus state. */
  drawnEdges(): readonly Readonly<SceneEdge>[];
  /** Where a node's centre is drawn, CSS pixels from the canvas's top-left corner; null if not drawn. */
  nodePosition(id: string): [number, number] | null;
  /** The ids of the nodes whose names are drawn. */
  labelledNodes(): string[];
  /** Where those names are written: [left, top, right, bottom], CSS pixels from the canvas's corner. */
  labelPlaces(): readonly (readonly [number, number, number, number])[];
  /** How the nodes are arranged: by their links, or in rows by level. */
  layoutMode(): 'force' | 'levels';
  /** The canvas the drawing is on (where a node's position is measured from). */
  readonly canvas: HTMLCanvasElement;
  /** The view's size, the canvas's, and where it is drawn. */
  canvasSize(): CanvasSize;
  /** Whether the layout is still moving the nodes. */
  layoutRunning(): boolean;
  /** Calls `listener` each time the layout gives positions, with whether it still runs; returns its stop. */
  onLayout(listener: (running: boolean) => void): () => void;
}

/**
 * The network drawings alive on the page (one while the network view is shown): each adds
 * itself when made and leaves when destroyed. Apart from graph_controller.ts so that
 * whoever waits for a drawing (a feature, the test probe) does not load the network's code
 * before the user opens it.
 */
export const liveGraphControllers = new LiveSet<LiveGraph>();
