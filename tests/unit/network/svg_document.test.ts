// @vitest-environment jsdom
import { buildGraph } from '../../../src/analysis/graph/build_graph';
import { focusOf } from '../../../src/analysis/graph/shown_network';
import type { GraphTexts } from '../../../src/network/network_legend';
import { legendModel } from '../../../src/network/network_legend';
import { applyFocus, createScene, type Scene } from '../../../src/network/network_scene';
import { escapeXml, svgDocument } from '../../../src/network/svg_document';
import { networkDataset, org } from '../analysis/graph/graph_fixture';

const texts: GraphTexts = {
  title: 'Network <of> "actors"',
  legendColor: (by) => `Colour: ${by}`,
  legendEdges: 'Relationship',
  legendSize: (by) => `Size: ${by}`,
  orgType: (type) => `type ${type}`,
  relationship: (type) => `rel ${type}`,
  legendConfidence: 'Confidence',
  confidence: (confidence) => `confidence ${confidence || 'none'}`,
  legendGroup: 'A group',
  level: (level) => `level ${level || 'none'}`,
};

/** a → b (funds), b → c (supervises, dashed); a's name is hostile markup. */
function network() {
  const dataset = networkDataset(
    ['a', 'b', 'c'],
    [
      ['a', 'b', 'funds'],
      ['b', 'c', 'supervises'],
    ],
  );
  dataset.organizations[0] = org('a', '<script>alert("x")</script> & Co\u0001', 'local', 'cpas');
  return buildGraph(dataset);
}

function placed(scene: Scene): Scene {
  scene.nodes.forEach((_node, at) => {
    scene.positions[at * 2] = at * 80;
    scene.positions[at * 2 + 1] = at * 10;
  });
  return scene;
}

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

describe('the SVG export', () => {
  it('is a standalone document with nodes, edges, arrows, labels, legend and background', () => {
    const graph = network();
    const scene = placed(createScene(graph, null, null));
    const svg = svgDocument({
      scene,
      labels: [
        { node: 0, dx: 8, dy: 4, align: 'start' },
        { node: 1, dx: -8, dy: 4, align: 'end' },
      ],
      transform: { x: 100, y: 50, k: 2 },
      width: 640,
      height: 480,
      legend: legendModel(graph, null, texts),
      title: texts.title,
    });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const document = parse(svg);
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = document.documentElement;
    // The legend sits beside the drawing, which keeps its size and view.
    expect(root.getAttribute('width')).toBe('840');
    expect(root.getAttribute('height')).toBe('480');
    expect(root.querySelector('g.network-view')?.getAttribute('transform')).toBe(
      'translate(200,0)',
    );
    expect(root.querySelector('title')?.textContent).toBe(texts.title);
    expect(root.querySelector('svg > rect')?.getAttribute('fill')).toBe('#ffffff');
    expect(root.querySelectorAll('marker')).toHaveLength(7);
    expect(root.querySelector('g.network-view > g')?.getAttribute('transform')).toBe(
      'translate(100,50) scale(2)',
    );
    const circles = root.querySelectorAll('circle.network-node');
    expect([...circles].map((circle) => circle.getAttribute('data-id'))).toEqual(['a', 'b', 'c']);
    expect(circles[1]?.getAttribute('cx')).toBe('80');
    const edges = root.querySelectorAll('line.network-edge');
    expect([...edges].map((edge) => edge.getAttribute('data-type'))).toEqual([
      'funds',
      'supervises',
    ]);
    expect(edges[0]?.getAttribute('marker-end')).toBe('url(#network-arrow-funds)');
    expect(edges[1]?.getAttribute('stroke-dasharray')).toBe('6 3');
    const labels = root.querySelectorAll('text.network-label');
    expect(labels).toHaveLength(2);
    // Labels keep their screen size: 11 px at zoom 2 is 5.5 units; placed as on screen.
    expect(labels[1]?.getAttribute('font-size')).toBe('5.5');
    expect(labels[1]?.getAttribute('text-anchor')).toBe('end');
    expect(labels[1]?.getAttribute('x')).toBe(String(80 - 4));
    const legend = root.querySelector('.network-legend')?.textContent ?? '';
    expect(legend).toContain('Colour: orgType');
    expect(legend).toContain('type cpas');
    expect(legend).toContain('rel supervises');
    expect(legend).toContain('Size: degree');
    expect(legend).toContain('confidence high');
  });

  it('writes names as text, never as markup', () => {
    const graph = network();
    const svg = svgDocument({
      scene: placed(createScene(graph, null, null)),
      labels: [{ node: 0, dx: 6, dy: 4, align: 'start' }],
      transform: { x: 0, y: 0, k: 1 },
      width: 100,
      height: 100,
      legend: null,
      title: 'T',
    });
    const document = parse(svg);
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(document.getElementsByTagName('script')).toHaveLength(0);
    expect(document.querySelector('circle[data-id="a"] title')?.textContent).toBe(
      '<script>alert("x")</script> & Co',
    );
    expect(document.querySelector('text.network-label')?.textContent).toContain('<script>');
    expect(escapeXml(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });

  it('fades what is outside the focus', () => {
    const graph = network();
    const scene = placed(createScene(graph, null, null));
    applyFocus(scene, focusOf(graph, 'a', 1));
    const document = parse(
      svgDocument({
        scene,
        labels: [],
        transform: { x: 0, y: 0, k: 1 },
        width: 100,
        height: 100,
        legend: null,
        title: 'T',
      }),
    );
    const opacity = (selector: string) => document.querySelector(selector)?.getAttribute('opacity');
    expect(opacity('circle[data-id="a"]')).toBe('1');
    expect(opacity('circle[data-id="c"]')).toBe('0.1');
    expect(document.querySelector('circle[data-id="a"]')?.getAttribute('data-state')).toBe('focus');
    expect(opacity('line[data-id="r1"]')).toBe('0.95');
    expect(opacity('line[data-id="r2"]')).toBe('0.03');
  });
});
