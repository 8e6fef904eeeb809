// @vitest-environment jsdom
import { buildGraph } from '../../../../src/analysis/graph/build_graph';
import { escapeXml, stripNonXmlChars, toGexf } from '../../../../src/analysis/graph/gexf';
import { computeMetrics } from '../../../../src/analysis/graph/metrics';
import { networkDataset, org, rel } from './graph_fixture';

const HOSTILE = `<script>&"'`;

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

function attvalues(element: Element): Record<string, string> {
  return Object.fromEntries(
    [...element.getElementsByTagName('attvalue')].map((a) => [
      a.getAttribute('for') ?? '',
      a.getAttribute('value') ?? '',
    ]),
  );
}

function hostileDataset() {
  const dataset = networkDataset(['a', 'b', 'c'], []);
  dataset.organizations[0] = { ...org('a', HOSTILE), alternate_name: 'Tab\there\nnew line' };
  dataset.organizations[1] = org('b', 'Le Forem & CPAS <Liège>');
  dataset.relationships = [
    { ...rel('r-1', 'a', 'b', 'funds'), description: HOSTILE, evidence: '«quote» "x" & y' },
    rel('r-2', 'a', 'b', 'supervises'),
    { ...rel('r-3', 'c', 'a', 'refers_to'), source: 'bell\u0007 and \uD800 lone' },
  ];
  return dataset;
}

describe('toGexf', () => {
  const graph = buildGraph(hostileDataset());
  const xml = toGexf(graph);
  const doc = parse(xml);

  it('writes well-formed GEXF 1.3 with a directed graph', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const root = doc.documentElement;
    expect(root.localName).toBe('gexf');
    expect(root.namespaceURI).toBe('http://gexf.net/1.3');
    expect(root.getAttribute('version')).toBe('1.3');
    expect(doc.getElementsByTagName('graph')[0]?.getAttribute('defaultedgetype')).toBe('directed');
  });

  it('holds every node, labelled with the organisation name', () => {
    const nodes = [...doc.getElementsByTagName('node')];
    expect(nodes.map((n) => n.getAttribute('id'))).toEqual(['a', 'b', 'c']);
    expect(nodes.map((n) => n.getAttribute('label'))).toEqual([
      HOSTILE,
      'Le Forem & CPAS <Liège>',
      'C',
    ]);
    expect(attvalues(nodes[0] as Element)).toMatchObject({
      alternate_name: 'Tab\there\nnew line',
      org_type: 'ngo',
      level: 'local',
      services: '0',
      sites: '0',
      context: 'false',
    });
  });

  it('holds every edge, parallel ones included, with the relationship id and type', () => {
    const edges = [...doc.getElementsByTagName('edge')];
    expect(edges.map((e) => e.getAttribute('id'))).toEqual(['r-1', 'r-2', 'r-3']);
    expect(edges.map((e) => [e.getAttribute('source'), e.getAttribute('target')])).toEqual([
      ['a', 'b'],
      ['a', 'b'],
      ['c', 'a'],
    ]);
    expect(edges.map((e) => e.getAttribute('kind'))).toEqual(['funds', 'supervises', 'refers_to']);
    expect(attvalues(edges[0] as Element)).toEqual({
      type: 'funds',
      description: HOSTILE,
      evidence: '«quote» "x" & y',
      confidence: 'high',
      source: 'source of r-1',
      source_consulted: '',
      last_verified: '2025-01-01',
    });
  });

  it('declares every node and edge attribute with its type', () => {
    const declared = (kind: string) =>
      Object.fromEntries(
        [...doc.querySelectorAll(`attributes[class="${kind}"] > attribute`)].map((a) => [
          a.getAttribute('id'),
          a.getAttribute('type'),
        ]),
      );
    const nodes = declared('node');
    expect(nodes).toMatchObject({ org_type: 'string', services: 'integer', context: 'boolean' });
    expect(Object.keys(nodes).sort()).toEqual(
      Object.keys(attvalues(doc.getElementsByTagName('node')[0] as Element)).sort(),
    );
    expect(Object.keys(declared('edge')).sort()).toEqual(
      Object.keys(attvalues(doc.getElementsByTagName('edge')[0] as Element)).sort(),
    );
  });

  it('escapes hostile text and drops characters XML cannot hold', () => {
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('label="&lt;script&gt;&amp;&quot;&apos;"');
    const edge = doc.getElementsByTagName('edge')[2] as Element;
    expect(attvalues(edge).source).toBe('bell and  lone');
  });

  it('adds the metrics as typed node attributes when given', () => {
    const withMetrics = parse(
      toGexf(graph, { metrics: computeMetrics(graph), date: '2025-06-01' }),
    );
    expect(withMetrics.getElementsByTagName('meta')[0]?.getAttribute('lastmodifieddate')).toBe(
      '2025-06-01',
    );
    const a = attvalues(withMetrics.getElementsByTagName('node')[0] as Element);
    expect(a).toMatchObject({ in_degree: '1', out_degree: '2', community: expect.any(String) });
    const betweenness = withMetrics.querySelector(
      'attributes[class="node"] > attribute[id="betweenness"]',
    );
    expect(betweenness?.getAttribute('type')).toBe('double');
  });

  it('writes an empty graph', () => {
    const empty = parse(toGexf(buildGraph(networkDataset([], []))));
    expect(empty.getElementsByTagName('node')).toHaveLength(0);
    expect(empty.getElementsByTagName('edges')).toHaveLength(1);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML characters and keeps whitespace as character references', () => {
    expect(escapeXml(HOSTILE)).toBe('&lt;script&gt;&amp;&quot;&apos;');
    expect(escapeXml('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
    expect(escapeXml('Liège 🇺🇦')).toBe('Liège 🇺🇦');
  });

  it('drops control characters, lone surrogates and U+FFFE/U+FFFF', () => {
    expect(stripNonXmlChars('a\u0000b\u001Fc\uFFFEd\uDC00e\uD83D')).toBe('abcde');
  });
});
