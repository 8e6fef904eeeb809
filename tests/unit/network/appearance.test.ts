import { buildGraph } from '../../../src/analysis/graph/build_graph';
import type { NodeMetrics } from '../../../src/analysis/graph/metrics';
import {
  COMMUNITY_COLORS,
  LEVEL_COLORS,
  MAX_RADIUS,
  MIN_RADIUS,
  nodeAppearance,
  nodeRadius,
  ORG_TYPE_COLORS,
  OTHER_COMMUNITY_COLOR,
} from '../../../src/network/appearance';
import { networkDataset, org } from '../analysis/graph/graph_fixture';

const texts = {
  orgType: (type: string) => `type ${type}`,
  level: (level: string) => `level ${level || 'none'}`,
  community: (number: number) => `community ${number}`,
  otherCommunities: 'others',
};

// a → b, a → c, b → c: a has degree 2, b 2, c 2; d alone.
const dataset = {
  ...networkDataset(
    ['a', 'b', 'c', 'd'],
    [
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ],
  ),
  organizations: [
    org('a', 'A', 'federal', 'federal_agency'),
    org('b', 'B', 'regional', 'cpas'),
    org('c', 'C', 'local', 'cpas'),
    org('d', 'D', '', 'ngo'),
  ],
};
const graph = buildGraph(dataset);

function metricsRow(id: string, values: Partial<NodeMetrics>): NodeMetrics {
  return {
    id,
    name: id,
    inDegree: 0,
    outDegree: 0,
    betweenness: 0,
    closeness: 0,
    community: 0,
    ...values,
  };
}

const metrics: NodeMetrics[] = [
  metricsRow('a', { outDegree: 2, betweenness: 0, closeness: 0, community: 0 }),
  metricsRow('b', { inDegree: 1, outDegree: 1, betweenness: 0.5, closeness: 1, community: 0 }),
  metricsRow('c', { inDegree: 2, betweenness: 0, closeness: 0.75, community: 0 }),
  metricsRow('d', { community: 1 }),
];

describe('how the network draws its nodes', () => {
  it('sizes by degree and colours by organisation type by default', () => {
    const look = nodeAppearance(graph, null, { sizeBy: 'degree', colorBy: 'orgType' }, texts);
    expect(look.radius.get('a')).toBe(nodeRadius(2));
    expect(look.radius.get('d')).toBe(nodeRadius(0));
    expect(look.color.get('b')).toBe(ORG_TYPE_COLORS.cpas);
    // The legend lists the types present, in the model's order.
    expect(look.legend.map((item) => item.label)).toEqual([
      'type federal_agency',
      'type cpas',
      'type ngo',
    ]);
  });

  it('gives the largest value the largest node, area proportional to the value', () => {
    const look = nodeAppearance(graph, metrics, { sizeBy: 'betweenness', colorBy: 'level' }, texts);
    expect(look.sizeBy).toBe('betweenness');
    expect(look.radius.get('b')).toBe(MAX_RADIUS);
    expect(look.radius.get('a')).toBe(MIN_RADIUS);
    const closeness = nodeAppearance(
      graph,
      metrics,
      { sizeBy: 'closeness', colorBy: 'level' },
      texts,
    );
    // c has 0.75 of b's closeness: its area is 0.75 of the full range's.
    expect(closeness.radius.get('c')).toBeCloseTo(
      MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(0.75),
    );
  });

  it('colours by level, "no level" in grey, with a legend from the widest level', () => {
    const look = nodeAppearance(graph, metrics, { sizeBy: 'degree', colorBy: 'level' }, texts);
    expect(look.color.get('a')).toBe(LEVEL_COLORS.federal);
    expect(look.color.get('d')).toBe(LEVEL_COLORS['']);
    expect(look.legend.map((item) => item.label)).toEqual([
      'level federal',
      'level regional',
      'level local',
      'level none',
    ]);
  });

  it('colours by community once the metrics are known, and says so', () => {
    const waiting = nodeAppearance(
      graph,
      null,
      { sizeBy: 'betweenness', colorBy: 'community' },
      texts,
    );
    expect(waiting.colorBy).toBe('orgType');
    expect(waiting.sizeBy).toBe('degree');
    const look = nodeAppearance(graph, metrics, { sizeBy: 'degree', colorBy: 'community' }, texts);
    expect(look.color.get('a')).toBe(COMMUNITY_COLORS[0]);
    expect(look.color.get('d')).toBe(COMMUNITY_COLORS[1]);
    expect(look.legend.map((item) => item.label)).toEqual(['community 1', 'community 2']);
  });

  it('gives the ten largest communities a colour and the others one grey', () => {
    const many = Array.from({ length: 12 }, (_, index) =>
      metricsRow(`n${index}`, { community: index }),
    );
    many.push(metricsRow('extra', { community: 11 }));
    const look = nodeAppearance(graph, many, { sizeBy: 'degree', colorBy: 'community' }, texts);
    // Community 11 has two nodes: it is among the coloured; of the others, the first nine.
    expect(look.color.get('extra')).not.toBe(OTHER_COMMUNITY_COLOR);
    expect(look.color.get('n10')).toBe(OTHER_COMMUNITY_COLOR);
    expect(look.legend).toHaveLength(11);
    expect(look.legend.at(-1)).toEqual({ label: 'others', color: OTHER_COMMUNITY_COLOR });
  });
});
