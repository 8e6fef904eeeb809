/**
 * The network's legend as data: what colours the nodes (and which colour is which), the
 * relationship types drawn (colour and dash), what sizes the nodes. Computed once per
 * network, appearance and language; NetworkLegend.tsx shows it over the canvas and
 * svg_document.ts draws it into the export.
 */

import type { AtlasGraph } from '../analysis/graph/build_graph';
import { isGroupId } from '../analysis/graph/groups';
import { CONFIDENCE_OPTIONS } from '../analysis/graph/shown_network';
import { ORG_TYPES, RELATIONSHIP_TYPES } from '../model/enums';
import { edgeStyle, type LegendItem, type NodeAppearance, orgTypeColor } from './appearance';
import { edgeOpacity, edgeWidth } from './network_scene';

/** The drawing's texts in the interface's language. */
export interface GraphTexts {
  /** The drawing's accessible name, and the SVG export's title. */
  title: string;
  /** The colour legend's title, for what colours the nodes (NodeAppearance.colorBy). */
  legendColor: (colorBy: NodeAppearance['colorBy']) => string;
  legendEdges: string;
  /** What the size of a node says (NodeAppearance.sizeBy). */
  legendSize: (sizeBy: NodeAppearance['sizeBy']) => string;
  orgType: (type: string) => string;
  relationship: (type: string) => string;
  legendConfidence: string;
  confidence: (confidence: string) => string;
  /** What a group node is (a ringed disc that opens on a click). */
  legendGroup: string;
  /** A level's name, for the rows of the layout by level ('' : not stated). */
  level: (level: string) => string;
}

export interface LegendEdgeItem {
  type: string;
  label: string;
  color: string;
  dash: string;
}

export interface LegendConfidenceItem {
  label: string;
  /** The line's width and opacity, as the drawing draws edges of this confidence. */
  width: number;
  opacity: number;
}

export interface LegendModel {
  colorTitle: string;
  colors: LegendItem[];
  edgeTitle: string;
  /** The relationship types present in the network, in the model's order. */
  edges: LegendEdgeItem[];
  confidenceTitle: string;
  /** How sure the sources are, as the lines say it: high, then medium or not stated. */
  confidences: LegendConfidenceItem[];
  /** What a group node is, when the network has one. */
  groupNote: string;
  sizeCaption: string;
}

/**
 * The legend of `graph` drawn with `appearance` (until there is one: organisation types
 * present, size by relationships).
 */
export function legendModel(
  graph: AtlasGraph,
  appearance: NodeAppearance | null,
  texts: GraphTexts,
): LegendModel {
  const edgeTypes = new Set<string>();
  const confidences = new Set<string>();
  graph.forEachEdge((_key, attributes) => {
    edgeTypes.add(attributes.type);
    confidences.add(attributes.confidence);
  });
  const colors =
    appearance?.legend ??
    ORG_TYPES.filter((type) => graph.someNode((_id, node) => node.org_type === type)).map(
      (type) => ({ label: texts.orgType(type), color: orgTypeColor(type) }),
    );
  return {
    colorTitle: texts.legendColor(appearance?.colorBy ?? 'orgType'),
    colors,
    edgeTitle: texts.legendEdges,
    edges: RELATIONSHIP_TYPES.filter((type) => edgeTypes.has(type)).map((type) => ({
      type,
      label: texts.relationship(type),
      ...edgeStyle(type),
    })),
    confidenceTitle: texts.legendConfidence,
    confidences: CONFIDENCE_OPTIONS.filter((confidence) => confidences.has(confidence)).map(
      (confidence) => ({
        label: texts.confidence(confidence),
        width: edgeWidth('', confidence),
        opacity: edgeOpacity('', confidence),
      }),
    ),
    groupNote: graph.someNode((id) => isGroupId(id)) ? texts.legendGroup : '',
    sizeCaption: texts.legendSize(appearance?.sizeBy ?? 'degree'),
  };
}

/**
 * A CSS background drawing a horizontal line of `color` with an SVG-style `dash` pattern
 * ("6 3": 6 px drawn, 3 px gap), for the legend's line samples.
 */
export function dashBackground(color: string, dash: string): string {
  const lengths = dash
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  if (lengths.length === 0 || lengths.some((length) => !(length >= 0))) return color;
  // An odd list repeats once more, as in SVG.
  const pattern = lengths.length % 2 === 1 ? [...lengths, ...lengths] : lengths;
  const stops: string[] = [];
  let at = 0;
  pattern.forEach((length, index) => {
    const paint = index % 2 === 0 ? color : 'transparent';
    stops.push(`${paint} ${at}px ${at + length}px`);
    at += length;
  });
  return `repeating-linear-gradient(to right, ${stops.join(', ')})`;
}
