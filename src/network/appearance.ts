/**
 * How the network draws its nodes: colour by organisation type, level or community, and
 * size by number of relationships, of services, or by a metric. Pure (no DOM): the
 * controller draws what this computes, and the legend says which is which.
 */

import type { AtlasGraph } from '../analysis/graph/build_graph';
import type { NodeMetrics } from '../analysis/graph/metrics';
import { LEVELS, ORG_TYPES, type OrgType, type RelationshipType } from '../model/enums';

/** One colour per organisation type (Paul Tol's muted scheme, two Okabe–Ito colours, grey). */
export const ORG_TYPE_COLORS: Readonly<Record<OrgType, string>> = {
  federal_agency: '#332288',
  regional_agency: '#88ccee',
  local_authority: '#44aa99',
  cpas: '#117733',
  integration_centre: '#999933',
  ngo: '#ddcc77',
  international_org: '#cc6677',
  education_provider: '#882255',
  housing_provider: '#aa4499',
  employment_service: '#e69f00',
  reception_centre: '#0072b2',
  other: '#888888',
};

/** From the widest level to the closest (a sequential blue–green), grey for "no level". */
export const LEVEL_COLORS: Readonly<Record<string, string>> = {
  international: '#08306b',
  european: '#08519c',
  federal: '#2171b5',
  community: '#4292c6',
  regional: '#41ab5d',
  provincial: '#78c679',
  local: '#c2e699',
  '': '#bdbdbd',
};

/** Communities beyond the ten largest share this grey. */
export const OTHER_COMMUNITY_COLOR = '#bdbdbd';
/** Tableau 10, for the ten largest communities. */
export const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
] as const;

/** Colour and dash of each relationship type: dash tells them apart without colour. */
export const EDGE_STYLES: Readonly<Record<RelationshipType, { color: string; dash: string }>> = {
  funds: { color: '#b35806', dash: '' },
  coordinates: { color: '#0b5fa5', dash: '' },
  supervises: { color: '#5e3c99', dash: '6 3' },
  refers_to: { color: '#1b7837', dash: '2 3' },
  partners_with: { color: '#6f6f6f', dash: '' },
  provides_data_to: { color: '#c51b7d', dash: '8 3 2 3' },
  member_of: { color: '#3d3d3d', dash: '4 4' },
};

export function orgTypeColor(type: string): string {
  return (ORG_TYPE_COLORS as Record<string, string>)[type] ?? ORG_TYPE_COLORS.other;
}

export function edgeStyle(type: string): { color: string; dash: string } {
  return (
    (EDGE_STYLES as Record<string, { color: string; dash: string }>)[type] ??
    EDGE_STYLES.partners_with
  );
}

export const MIN_RADIUS = 3.5;
export const MAX_RADIUS = 28;

/** Node radius by degree: the area grows with the number of relationships. */
export function nodeRadius(degree: number): number {
  return Math.min(MAX_RADIUS, MIN_RADIUS + 1.4 * Math.sqrt(degree));
}

export const SIZE_BY = [
  'degree',
  'services',
  'inDegree',
  'outDegree',
  'betweenness',
  'closeness',
] as const;
export type SizeBy = (typeof SIZE_BY)[number];

export const COLOR_BY = ['orgType', 'level', 'community'] as const;
export type ColorBy = (typeof COLOR_BY)[number];

/** The names the legend needs, in the interface's language. */
export interface AppearanceTexts {
  orgType(type: string): string;
  level(level: string): string;
  community(number: number): string;
  otherCommunities: string;
}

export interface LegendItem {
  label: string;
  color: string;
}

/** Each node's radius and colour, and the colour legend (in the order to show it). */
export interface NodeAppearance {
  radius: ReadonlyMap<string, number>;
  color: ReadonlyMap<string, string>;
  colorBy: ColorBy;
  /** What sizes the nodes: a metric waits for the metrics, degree meanwhile. */
  sizeBy: SizeBy;
  legend: LegendItem[];
}

function metricValue(metrics: NodeMetrics, key: SizeBy): number {
  switch (key) {
    case 'inDegree':
      return metrics.inDegree;
    case 'outDegree':
      return metrics.outDegree;
    case 'betweenness':
      return metrics.betweenness;
    case 'closeness':
      return metrics.closeness;
    default:
      return metrics.inDegree + metrics.outDegree;
  }
}

/** Whether this size comes from the metrics (degree and services are read off the graph). */
function sizedByMetric(sizeBy: SizeBy): boolean {
  return sizeBy !== 'degree' && sizeBy !== 'services';
}

/** Whether these sizes or colours come from the metrics. */
export function usesMetrics(options: { sizeBy: SizeBy; colorBy: ColorBy }): boolean {
  return sizedByMetric(options.sizeBy) || options.colorBy === 'community';
}

/** The value that sizes each node, or null when it needs metrics not yet computed. */
function sizeValues(
  graph: AtlasGraph,
  metrics: readonly NodeMetrics[] | null,
  sizeBy: SizeBy,
): Map<string, number> | null {
  const values = new Map<string, number>();
  if (!sizedByMetric(sizeBy)) {
    graph.forEachNode((id, attributes) => {
      values.set(id, sizeBy === 'degree' ? graph.degree(id) : attributes.services);
    });
    return values;
  }
  if (!metrics) return null;
  for (const row of metrics) values.set(row.id, metricValue(row, sizeBy));
  return values;
}

/**
 * Radii: by degree as nodeRadius; by anything else, the area is proportional to the value
 * over the largest one (the node with the largest value gets MAX_RADIUS, a zero the
 * smallest dot).
 */
function radii(values: Map<string, number>, sizeBy: SizeBy): Map<string, number> {
  const result = new Map<string, number>();
  if (sizeBy === 'degree') {
    for (const [id, value] of values) result.set(id, nodeRadius(value));
    return result;
  }
  let largest = 0;
  for (const value of values.values()) largest = Math.max(largest, value);
  for (const [id, value] of values) {
    const share = largest > 0 ? Math.sqrt(Math.max(0, value) / largest) : 0;
    result.set(id, MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * share);
  }
  return result;
}

function colors(
  graph: AtlasGraph,
  metrics: readonly NodeMetrics[] | null,
  colorBy: ColorBy,
  texts: AppearanceTexts,
): { color: Map<string, string>; legend: LegendItem[] } {
  const color = new Map<string, string>();
  if (colorBy === 'community' && metrics) {
    const sizes = new Map<number, number>();
    for (const row of metrics) sizes.set(row.community, (sizes.get(row.community) ?? 0) + 1);
    // The largest communities get the colours, in the order of their numbers.
    const coloured = [...sizes]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, COMMUNITY_COLORS.length)
      .map(([community]) => community)
      .sort((a, b) => a - b);
    const colourOf = new Map(
      coloured.map((community, index) => [community, COMMUNITY_COLORS[index] ?? '']),
    );
    for (const row of metrics) {
      color.set(row.id, colourOf.get(row.community) ?? OTHER_COMMUNITY_COLOR);
    }
    const legend = coloured.map((community) => ({
      label: texts.community(community + 1),
      color: colourOf.get(community) ?? OTHER_COMMUNITY_COLOR,
    }));
    if (sizes.size > coloured.length) {
      legend.push({ label: texts.otherCommunities, color: OTHER_COMMUNITY_COLOR });
    }
    return { color, legend };
  }
  const byLevel = colorBy === 'level';
  const present = new Set<string>();
  graph.forEachNode((id, attributes) => {
    const key = byLevel ? attributes.level : attributes.org_type;
    present.add(key);
    color.set(id, byLevel ? (LEVEL_COLORS[key] ?? OTHER_COMMUNITY_COLOR) : orgTypeColor(key));
  });
  const order: readonly string[] = byLevel ? [...LEVELS, ''] : ORG_TYPES;
  const legend = order
    .filter((key) => present.has(key))
    .map((key) =>
      byLevel
        ? { label: texts.level(key), color: LEVEL_COLORS[key] ?? OTHER_COMMUNITY_COLOR }
        : { label: texts.orgType(key), color: orgTypeColor(key) },
    );
  return { color, legend };
}

/**
 * How to draw each node. Until the metrics are computed, a metric size falls back to the
 * degree and community colours to the organisation type (`sizeBy` / `colorBy` say which
 * is shown).
 */
export function nodeAppearance(
  graph: AtlasGraph,
  metrics: readonly NodeMetrics[] | null,
  options: { sizeBy: SizeBy; colorBy: ColorBy },
  texts: AppearanceTexts,
): NodeAppearance {
  const values = sizeValues(graph, metrics, options.sizeBy);
  const sizeBy = values ? options.sizeBy : 'degree';
  const colorBy = options.colorBy === 'community' && !metrics ? 'orgType' : options.colorBy;
  const { color, legend } = colors(graph, metrics, colorBy, texts);
  return {
    radius: radii(values ?? (sizeValues(graph, null, 'degree') as Map<string, number>), sizeBy),
    color,
    colorBy,
    sizeBy,
    legend,
  };
}
