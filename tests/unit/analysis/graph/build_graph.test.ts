import {
  buildGraph,
  filterGraph,
  neighbourhood,
  organizationIdsOf,
  pruneGraph,
} from '../../../../src/analysis/graph/build_graph';
import type { Dataset } from '../../../../src/model/dataset';
import type { Service, ServiceAtLocation } from '../../../../src/model/schemas';
import { networkDataset, org, rel } from './graph_fixture';

function service(id: string, organizationId: string): Service {
  return {
    id,
    organization_id: organizationId,
    name: id,
    category: 'social_aid',
    description: '',
    audience: '',
    languages: [],
    status: 'active',
    url: '',
    email: '',
    phone: '',
    eligibility: '',
    fees: '',
    service_area: [],
    capacity: null,
    contact_person: '',
    notes: '',
    source: '',
    last_verified: '',
  };
}

function link(id: string, serviceId: string, locationId: string): ServiceAtLocation {
  return { id, service_id: serviceId, location_id: locationId, source: '', last_verified: '' };
}

function sampleDataset(): Dataset {
  return {
    ...networkDataset([], []),
    organizations: [org('spw', 'SPW IAS', 'regional'), org('cpas', 'CPAS de Namur', 'local')],
    services: [service('s1', 'cpas'), service('s2', 'cpas'), service('s3', 'spw')],
    // s1 at two places, s2 at one of them: the CPAS has 2 distinct sites; SPW none.
    service_at_locations: [
      link('l1', 's1', 'loc1'),
      link('l2', 's1', 'loc2'),
      link('l3', 's2', 'loc1'),
    ],
    relationships: [
      rel('fund', 'spw', 'cpas', 'funds'),
      rel('sup', 'spw', 'cpas', 'supervises'),
      rel('back', 'cpas', 'spw', 'provides_data_to'),
      rel('dangling', 'spw', 'nobody', 'funds'),
    ],
  };
}

describe('buildGraph', () => {
  it('makes one node per organisation with the attributes the view needs', () => {
    const graph = buildGraph(sampleDataset());
    expect(graph.order).toBe(2);
    expect(graph.nodes()).toEqual(['spw', 'cpas']);
    expect(graph.getNodeAttributes('cpas')).toMatchObject({
      id: 'cpas',
      name: 'CPAS de Namur',
      org_type: 'ngo',
      level: 'local',
      services: 2,
      sites: 2,
      source: 'source of cpas',
      context: false,
    });
    expect(graph.getNodeAttributes('spw')).toMatchObject({ services: 1, sites: 0 });
  });

  it('keeps every relationship, parallel ones included, keyed by relationship id', () => {
    const graph = buildGraph(sampleDataset());
    expect(graph.multi).toBe(true);
    expect(graph.type).toBe('directed');
    // 'dangling' points at no organisation and is left out.
    expect(graph.edges().sort()).toEqual(['back', 'fund', 'sup']);
    expect(graph.outEdges('spw', 'cpas').sort()).toEqual(['fund', 'sup']);
    expect(graph.source('back')).toBe('cpas');
    expect(graph.getEdgeAttributes('sup')).toEqual({
      id: 'sup',
      type: 'supervises',
      description: 'spw supervises cpas',
      evidence: '',
      confidence: 'high',
      source: 'source of sup',
      last_verified: '2025-01-01',
    });
  });

  it('filters by edge type and by level, at build or afterwards', () => {
    const dataset = sampleDataset();
    const funds = buildGraph(dataset, { types: ['funds'] });
    expect(funds.edges()).toEqual(['fund']);
    expect(funds.order).toBe(2);
    const regional = filterGraph(buildGraph(dataset), { levels: ['regional'] });
    expect(regional.nodes()).toEqual(['spw']);
    expect(regional.size).toBe(0);
    const all = filterGraph(buildGraph(dataset), { types: [], levels: [] });
    expect(all.size).toBe(3);
  });

  it('filters on an empty level too', () => {
    const dataset = networkDataset(['a', 'b'], [['a', 'b']]);
    dataset.organizations[0] = org('a', 'A', '');
    expect(filterGraph(buildGraph(dataset), { levels: [''] }).nodes()).toEqual(['a']);
  });
});

describe('pruneGraph', () => {
  // a → b → c → d, and e → b
  const graph = buildGraph(
    networkDataset(
      ['a', 'b', 'c', 'd', 'e'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['e', 'b'],
      ],
    ),
  );

  it('keeps only the organisations that pass the filters, and the edges between them', () => {
    const pruned = pruneGraph(graph, ['b', 'c', 'unknown'], { context: false });
    expect(pruned.nodes()).toEqual(['b', 'c']);
    expect(pruned.edges()).toEqual(['r2']);
    expect(pruned.getNodeAttribute('b', 'context')).toBe(false);
  });

  it('with context, adds their direct partners in either direction, marked as context', () => {
    const pruned = pruneGraph(graph, ['b'], { context: true });
    expect(pruned.nodes()).toEqual(['a', 'b', 'c', 'e']);
    expect(pruned.filterNodes((_id, n) => n.context)).toEqual(['a', 'c', 'e']);
    expect(pruned.edges().sort()).toEqual(['r1', 'r2', 'r4']);
  });

  it('draws no edge between two context partners', () => {
    // x → p, x → q, p → q: keeping x brings p and q as context, but not p → q.
    const both = pruneGraph(
      buildGraph(
        networkDataset(
          ['x', 'p', 'q'],
          [
            ['x', 'p'],
            ['x', 'q'],
            ['p', 'q'],
          ],
        ),
      ),
      ['x'],
      { context: true },
    );
    expect(both.nodes()).toEqual(['x', 'p', 'q']);
    expect(both.edges()).toEqual(['r1', 'r2']);
  });

  it('does not change the graph it prunes', () => {
    pruneGraph(graph, ['b'], { context: true });
    expect(graph.order).toBe(5);
    expect(graph.getNodeAttribute('a', 'context')).toBe(false);
  });

  it('takes the organisations of explorer rows', () => {
    const ids = organizationIdsOf([
      { organization: org('a') },
      { organization: undefined },
      { organization: org('a') },
      { organization: org('c') },
    ]);
    expect([...ids]).toEqual(['a', 'c']);
  });
});

describe('neighbourhood', () => {
  // a → b → c ← d → e, and a → b twice (two types): direction does not matter for focus.
  const graph = buildGraph(
    networkDataset(
      ['a', 'b', 'c', 'd', 'e', 'lonely'],
      [
        ['a', 'b', 'funds'],
        ['a', 'b', 'supervises'],
        ['b', 'c'],
        ['d', 'c'],
        ['d', 'e'],
      ],
    ),
  );

  it('finds the nodes up to N steps away, with their distance', () => {
    expect(Object.fromEntries(neighbourhood(graph, 'c', 1).nodes)).toEqual({ c: 0, b: 1, d: 1 });
    expect(Object.fromEntries(neighbourhood(graph, 'c', 2).nodes)).toEqual({
      c: 0,
      b: 1,
      d: 1,
      a: 2,
      e: 2,
    });
    expect(neighbourhood(graph, 'a', 3).nodes.size).toBe(4);
  });

  it('lists the edges walked, parallel ones included', () => {
    expect([...neighbourhood(graph, 'b', 1).edges].sort()).toEqual(['r1', 'r2', 'r3']);
    expect([...neighbourhood(graph, 'c', 1).edges].sort()).toEqual(['r3', 'r4']);
  });

  it('clamps the steps to 1–3 and is empty for an unknown node', () => {
    expect(neighbourhood(graph, 'a', 0).nodes.size).toBe(2);
    expect([...neighbourhood(graph, 'a', 9).nodes.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(neighbourhood(graph, 'lonely', 2).nodes.size).toBe(1);
    expect(neighbourhood(graph, 'nobody', 2).nodes.size).toBe(0);
  });
});
