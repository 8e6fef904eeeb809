/**
 * What the render worker needs of a scene's looks (not its positions), in a form cheap to
 * post: typed arrays and a few short string lists instead of thousands of objects
 * (structured-cloning the 8,000 objects of 2,000 nodes and 6,000 edges took ~200 ms of
 * the page's time). Unpacked, the scene draws the same; ids, keys and degrees are left out.
 */
import { edgeStyle } from './appearance';
import type { EdgeState, NodeState, Scene } from './network_scene';

export interface PackedScene {
  names: string[];
  radius: Float64Array;
  /** The distinct fills, and each node's index in them. */
  fills: string[];
  fill: Uint16Array;
  /** Each node's state, as an index in NODE_STATES. */
  nodeState: Uint8Array;
  /** 1 for a context partner. */
  context: Uint8Array;
  /** For a group node, its number of members (0 for an organisation). */
  members: Uint32Array;
  /** Source and target index of each edge, one after the other. */
  ends: Uint32Array;
  /** The distinct edge types, and each edge's index in them. */
  types: string[];
  edgeType: Uint16Array;
  /** Each edge's state, as an index in EDGE_STATES. */
  edgeState: Uint8Array;
  /** The distinct confidences, and each edge's index in them. */
  confidences: string[];
  edgeConfidence: Uint8Array;
  bands: Scene['bands'];
}

const NODE_STATES: readonly NodeState[] = ['', 'focus', 'near', 'faded'];
const EDGE_STATES: readonly EdgeState[] = ['', 'near', 'faded'];

/** `value`'s index in `list` (MUTATED: added when missing), through `indices`. */
function indexIn(list: string[], indices: Map<string, number>, value: string): number {
  let index = indices.get(value);
  if (index === undefined) {
    index = list.length;
    list.push(value);
    indices.set(value, index);
  }
  return index;
}

export function packScene(scene: Scene): PackedScene {
  const nodeCount = scene.nodes.length;
  const edgeCount = scene.edges.length;
  const packed: PackedScene = {
    names: new Array<string>(nodeCount),
    radius: new Float64Array(nodeCount),
    fills: [],
    fill: new Uint16Array(nodeCount),
    nodeState: new Uint8Array(nodeCount),
    context: new Uint8Array(nodeCount),
    members: new Uint32Array(nodeCount),
    ends: new Uint32Array(edgeCount * 2),
    types: [],
    edgeType: new Uint16Array(edgeCount),
    edgeState: new Uint8Array(edgeCount),
    confidences: [],
    edgeConfidence: new Uint8Array(edgeCount),
    bands: scene.bands,
  };
  const fillIndices = new Map<string, number>();
  scene.nodes.forEach((node, at) => {
    packed.names[at] = node.name;
    packed.radius[at] = node.radius;
    packed.fill[at] = indexIn(packed.fills, fillIndices, node.fill);
    packed.nodeState[at] = NODE_STATES.indexOf(node.state);
    packed.context[at] = node.context ? 1 : 0;
    packed.members[at] = node.members;
  });
  const typeIndices = new Map<string, number>();
  const confidenceIndices = new Map<string, number>();
  scene.edges.forEach((edge, at) => {
    packed.ends[at * 2] = edge.source;
    packed.ends[at * 2 + 1] = edge.target;
    packed.edgeType[at] = indexIn(packed.types, typeIndices, edge.type);
    packed.edgeState[at] = EDGE_STATES.indexOf(edge.state);
    packed.edgeConfidence[at] = indexIn(packed.confidences, confidenceIndices, edge.confidence);
  });
  return packed;
}

/** The scene to draw (positions empty until the first frame's arrive). */
export function unpackScene(packed: PackedScene): Scene {
  const nodes = packed.names.map((name, at) => ({
    id: '',
    name,
    degree: 0,
    radius: packed.radius[at] ?? 0,
    fill: packed.fills[packed.fill[at] ?? 0] ?? '',
    context: packed.context[at] === 1,
    pinned: false,
    members: packed.members[at] ?? 0,
    state: NODE_STATES[packed.nodeState[at] ?? 0] ?? '',
    distance: -1,
  }));
  const edges = Array.from(packed.edgeType, (typeIndex, at) => {
    const type = packed.types[typeIndex] ?? '';
    return {
      key: '',
      source: packed.ends[at * 2] ?? 0,
      target: packed.ends[at * 2 + 1] ?? 0,
      type,
      confidence: packed.confidences[packed.edgeConfidence[at] ?? 0] ?? '',
      ...edgeStyle(type),
      state: EDGE_STATES[packed.edgeState[at] ?? 0] ?? '',
    };
  });
  return {
    nodes,
    edges,
    index: new Map(),
    positions: new Float64Array(0),
    revision: 0,
    bands: packed.bands,
  };
}
