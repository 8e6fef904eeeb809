import Papa from 'papaparse';
import { buildGraph } from '../../../../src/analysis/graph/build_graph';
import {
  EDGE_CSV_HEADER,
  edgesCsv,
  NODE_CSV_HEADER,
  nodesCsv,
} from '../../../../src/analysis/graph/edge_lists';
import { computeMetrics } from '../../../../src/analysis/graph/metrics';
import { networkDataset, org, rel } from './graph_fixture';

function rows(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

function dataset() {
  const data = networkDataset(['a', 'b'], []);
  data.organizations[0] = org('a', '=HYPERLINK("http://evil")');
  data.organizations[1] = org('b', 'CPAS de Namur, "centre"');
  data.relationships = [
    { ...rel('r1', 'a', 'b', 'funds'), description: '+cmd|calc', evidence: 'line\nbreak' },
    rel('r2', 'a', 'b', 'supervises'),
  ];
  return data;
}

describe('nodesCsv', () => {
  const graph = buildGraph(dataset());

  it('writes one row per node under Gephi-style headers, formula-safe', () => {
    const csv = nodesCsv(graph);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...body] = rows(csv);
    expect(header).toEqual([...NODE_CSV_HEADER]);
    expect(body).toHaveLength(2);
    expect(body[0]?.slice(0, 5)).toEqual(['a', `'=HYPERLINK("http://evil")`, '', 'ngo', 'local']);
    expect(body[1]?.[1]).toBe('CPAS de Namur, "centre"');
  });

  it('appends the metrics when given, and honours the delimiter', () => {
    const csv = nodesCsv(graph, { metrics: computeMetrics(graph), delimiter: ';', bom: false });
    expect(csv.startsWith('Id;Label;')).toBe(true);
    const [header, first] = Papa.parse<string[]>(csv, {
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    expect(header?.slice(-5)).toEqual([
      'in_degree',
      'out_degree',
      'betweenness',
      'closeness',
      'community',
    ]);
    expect(first?.slice(-5, -3)).toEqual(['0', '2']);
  });
});

describe('edgesCsv', () => {
  it('writes one row per relationship, parallel ones included, formula-safe', () => {
    const [header, ...body] = rows(edgesCsv(buildGraph(dataset())));
    expect(header).toEqual([...EDGE_CSV_HEADER]);
    expect(body.map((row) => row.slice(0, 5))).toEqual([
      ['r1', 'a', 'b', 'Directed', 'funds'],
      ['r2', 'a', 'b', 'Directed', 'supervises'],
    ]);
    expect(body[0]?.slice(5, 9)).toEqual([
      `'=HYPERLINK("http://evil")`,
      'CPAS de Namur, "centre"',
      `'+cmd|calc`,
      'line\nbreak',
    ]);
  });
});
