import { buildGraph } from '../../../src/analysis/graph/build_graph';
import { focusOf } from '../../../src/analysis/graph/shown_network';
import { type DrawingContext, drawScene } from '../../../src/network/draw_scene';
import { applyFocus, createScene } from '../../../src/network/network_scene';
import { networkDataset } from '../analysis/graph/graph_fixture';

/** A 2D context that records the calls the renderer makes (no pixels: the browser test checks those). */
function recordingContext() {
  const calls: string[] = [];
  const texts: string[] = [];
  const alphas: number[] = [];
  const dashes: number[][] = [];
  const context = {
    globalAlpha: 1,
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    lineJoin: 'miter',
    font: '',
    setTransform: () => calls.push('setTransform'),
    fillRect: () => calls.push('fillRect'),
    beginPath: () => calls.push('beginPath'),
    moveTo: () => calls.push('moveTo'),
    lineTo: () => calls.push('lineTo'),
    arc: () => calls.push('arc'),
    closePath: () => calls.push('closePath'),
    fill: () => calls.push('fill'),
    stroke() {
      calls.push('stroke');
      if (alphas.at(-1) !== this.globalAlpha) alphas.push(this.globalAlpha);
    },
    setLineDash: (dash: number[]) => dashes.push(dash),
    strokeText: (text: string) => {
      calls.push('strokeText');
      texts.push(text);
    },
    fillText: () => calls.push('fillText'),
  };
  const count = (name: string) => calls.filter((call) => call === name).length;
  return { context: context as unknown as DrawingContext, count, texts, alphas, dashes };
}

/** A star: n0 linked to n1…n(size-1), every node placed on a circle. */
function star(size: number) {
  const ids = Array.from({ length: size }, (_unused, index) => `n${index}`);
  const graph = buildGraph(
    networkDataset(
      ids,
      ids
        .slice(1)
        .map((id, index) => ['n0', id, index % 2 === 0 ? 'funds' : 'supervises'] as const),
    ),
  );
  const scene = createScene(graph, null, null);
  scene.nodes.forEach((_node, at) => {
    scene.positions[at * 2] = 200 * Math.cos(at);
    scene.positions[at * 2 + 1] = 200 * Math.sin(at);
  });
  return { graph, scene };
}

const view = { transform: { x: 400, y: 300, k: 1 }, width: 800, height: 600, pixelRatio: 2 };

describe('drawing a scene on a canvas', () => {
  it('draws hundreds of nodes and edges in a few batched paths', () => {
    const { scene } = star(500);
    const recorder = recordingContext();
    drawScene(recorder.context, scene, { ...view, labels: [] });
    expect(recorder.count('arc')).toBe(500);
    // Each edge a line and an arrowhead (a triangle), each node a circle.
    expect(recorder.count('moveTo')).toBe(499 * 2 + 500);
    // Paths of 20 edges and of 10 nodes: strokes and fills in tens, not in thousands.
    expect(recorder.count('stroke')).toBeLessThanOrEqual(2 * 13 + 50 + 1);
    expect(recorder.count('fill')).toBeLessThanOrEqual(2 * 13 + 50 + 1);
    expect(recorder.count('fillRect')).toBe(1);
    expect(recorder.dashes).toContainEqual([6, 3]);
  });

  it('fades what is outside the focus, drawn behind it', () => {
    const { graph, scene } = star(20);
    applyFocus(scene, focusOf(graph, 'n1', 1));
    const recorder = recordingContext();
    drawScene(recorder.context, scene, { ...view, labels: [] });
    // Edges: faded, then near; then nodes: faded, then near and focus.
    expect(recorder.alphas).toEqual([0.03, 0.95, 0.1, 1]);
  });

  it('leaves out the dashes and arrowheads too small to be seen', () => {
    const { scene } = star(50);
    const recorder = recordingContext();
    // At zoom 0.2 an arrowhead is 1.3 px long, the dashes of "6 3" 0.6 px.
    drawScene(recorder.context, scene, {
      ...view,
      transform: { x: 400, y: 300, k: 0.2 },
      labels: [],
    });
    expect(recorder.count('moveTo')).toBe(49 + 50);
    expect(recorder.dashes.every((dash) => dash.length === 0)).toBe(true);
  });

  it('writes the labels with a halo, and leaves out what is out of view', () => {
    const { scene } = star(10);
    const recorder = recordingContext();
    drawScene(recorder.context, scene, {
      ...view,
      labels: [
        { node: 0, dx: 6, dy: 4, align: 'start' },
        { node: 3, dx: -6, dy: 4, align: 'end' },
      ],
    });
    expect(recorder.texts).toEqual(['N0', 'N3']);
    expect(recorder.count('fillText')).toBe(2);
    const away = recordingContext();
    drawScene(away.context, scene, { ...view, transform: { x: 5000, y: 5000, k: 1 }, labels: [] });
    expect(away.count('arc')).toBe(0);
    expect(away.count('moveTo')).toBe(0);
  });
});
