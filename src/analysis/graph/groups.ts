/**
 * Classes of organisations drawn as one node: the 261 CPAS, the 261 communes. When a
 * relationship holds for a whole class alike (the federal service funds every CPAS, every
 * commune refers people to Fedasil's partners), its hundreds of edges say one thing; the
 * class is then drawn as a group node ("261 CPAS") and each such relationship once, from or
 * to the group. A group opens on demand into its members. Pure (graphology only).
 */
import { MultiDirectedGraph } from 'graphology';
import type { Confidence, Level, OrgType } from '../../model/enums';
import type { AtlasGraph, OrgNodeAttributes, RelationshipEdgeAttributes } from './build_graph';

/** A class of organisations that can be drawn as one node. */
export interface OrgGroup {
  /** The group node's id: `group:<org_type>`. */
  id: string;
  orgType: OrgType;
  /** The members' level, when they all have the same (else ''). */
  level: Level | '';
  /** The members' ids, in the graph's order. */
  members: string[];
}

export const GROUP_PREFIX = 'group:';

/** Whether a node id is a group's (a group node is no organisation: it opens, it is not selected). */
export function isGroupId(id: string): boolean {
  return id.startsWith(GROUP_PREFIX);
}

export interface GroupRule {
  /** A class needs this many members to be grouped. */
  minMembers: number;
  /**
   * A relationship holds for the class "alike" when one partner has it, of one type and in
   * one direction, with at least this share of the members.
   */
  share: number;
}

export const GROUP_RULE: GroupRule = { minMembers: 10, share: 0.9 };

/**
 * The classes to group: the organisations of one type (numerous enough, see GroupRule) of
 * which at least one relationship holds alike, i.e. one partner has it with nearly every
 * member. Types whose members each have their own ties (the integration centres, or
 * generated data) are not grouped. In the order of the organisation types' first members.
 */
export function findGroups(graph: AtlasGraph, rule: GroupRule = GROUP_RULE): OrgGroup[] {
  const byType = new Map<OrgType, string[]>();
  graph.forEachNode((id, attributes) => {
    const members = byType.get(attributes.org_type);
    if (members) members.push(id);
    else byType.set(attributes.org_type, [id]);
  });
  const groups: OrgGroup[] = [];
  for (const [orgType, members] of byType) {
    if (members.length < rule.minMembers || !hasAlikeRelationship(graph, members, rule.share)) {
      continue;
    }
    const levels = new Set(members.map((id) => graph.getNodeAttribute(id, 'level')));
    groups.push({
      id: `${GROUP_PREFIX}${orgType}`,
      orgType,
      level: levels.size === 1 ? ([...levels][0] ?? '') : '',
      members,
    });
  }
  return groups;
}

/** Whether one partner has one relationship (type and direction) with `share` of `members`. */
function hasAlikeRelationship(graph: AtlasGraph, members: readonly string[], share: number) {
  const inClass = new Set(members);
  const counts = new Map<string, Set<string>>();
  const needed = Math.ceil(share * members.length);
  for (const member of members) {
    let found = false;
    graph.forEachEdge(member, (_key, attributes, source, target) => {
      if (found) return;
      const outgoing = source === member;
      const partner = outgoing ? target : source;
      if (inClass.has(partner)) return;
      const key = `${outgoing ? '>' : '<'}${attributes.type}\u0000${partner}`;
      let seen = counts.get(key);
      if (!seen) {
        seen = new Set();
        counts.set(key, seen);
      }
      seen.add(member);
      if (seen.size >= needed) found = true;
    });
    if (found) return true;
  }
  return false;
}

export interface CollapseOptions {
  /** Groups opened by the user: their members are drawn one by one. */
  open: ReadonlySet<string>;
  /** Organisations drawn apart from their group (the one selected): they keep their own node. */
  apart?: ReadonlySet<string>;
  /** The group node's name, in the interface's language ("261 CPAS"). */
  name(group: OrgGroup, members: number): string;
}

const CONFIDENCE_ORDER: readonly (Confidence | '')[] = ['', 'medium', 'high'];

/** The least of two confidences ('' not stated, then medium, then high). */
function lowest(a: Confidence | '', b: Confidence | ''): Confidence | '' {
  return CONFIDENCE_ORDER.indexOf(a) <= CONFIDENCE_ORDER.indexOf(b) ? a : b;
}

/** The values if all the same, else ''. */
function common(a: string, b: string): string {
  return a === b ? a : '';
}

/**
 * A copy of the graph where each closed group is one node, its members' relationships with
 * the rest drawn once per partner, type and direction (an edge `relationships` counts
 * those it stands for, its confidence is the lowest of theirs, its sources are theirs).
 * Relationships between two members of one group are left out; between members of two
 * groups, they join the two groups. Open groups, and members kept apart, are drawn as
 * they are. The other nodes and edges keep their order and attributes. Without a closed
 * group, `graph` itself.
 */
export function collapseGroups(
  graph: AtlasGraph,
  groups: readonly OrgGroup[],
  options: CollapseOptions,
): AtlasGraph {
  const apart = options.apart ?? new Set<string>();
  const groupOf = new Map<string, OrgGroup>();
  for (const group of groups) {
    if (options.open.has(group.id)) continue;
    for (const member of group.members) if (!apart.has(member)) groupOf.set(member, group);
  }
  if (groupOf.size === 0) return graph;
  const result = new MultiDirectedGraph<OrgNodeAttributes, RelationshipEdgeAttributes>({
    allowSelfLoops: true,
  });
  const added = new Set<string>();
  graph.forEachNode((id, attributes) => {
    const group = groupOf.get(id);
    if (!group) {
      result.addNode(id, { ...attributes });
      return;
    }
    if (added.has(group.id)) {
      result.updateNodeAttributes(group.id, (node) => ({
        ...(node as OrgNodeAttributes),
        services: (node?.services ?? 0) + attributes.services,
        sites: (node?.sites ?? 0) + attributes.sites,
        context: (node?.context ?? false) && attributes.context,
      }));
      return;
    }
    added.add(group.id);
    const members = group.members.filter((member) => groupOf.get(member) === group).length;
    result.addNode(group.id, {
      id: group.id,
      name: options.name(group, members),
      alternate_name: '',
      org_type: group.orgType,
      level: group.level,
      parent_organization_id: '',
      website: '',
      services: attributes.services,
      sites: attributes.sites,
      source: '',
      source_consulted: '',
      last_verified: '',
      context: attributes.context,
      members,
    });
  });
  const sources = new Map<string, Set<string>>();
  graph.forEachEdge((key, attributes, source, target) => {
    const from = groupOf.get(source)?.id ?? source;
    const to = groupOf.get(target)?.id ?? target;
    if (from === source && to === target) {
      result.addDirectedEdgeWithKey(key, source, target, { ...attributes });
      return;
    }
    if (from === to) return;
    const id = `${GROUP_PREFIX}${attributes.type}\u0000${from}\u0000${to}`;
    const text = attributes.source.trim();
    if (!result.hasEdge(id)) {
      result.addDirectedEdgeWithKey(id, from, to, {
        id,
        type: attributes.type,
        description: '',
        evidence: '',
        confidence: attributes.confidence,
        source: text,
        source_consulted: attributes.source_consulted,
        last_verified: attributes.last_verified,
        relationships: 1,
      });
      sources.set(id, new Set(text ? [text] : []));
      return;
    }
    const seen = sources.get(id);
    if (text && seen && !seen.has(text)) seen.add(text);
    result.updateEdgeAttributes(id, (edge) => {
      const current = edge as RelationshipEdgeAttributes;
      return {
        ...current,
        confidence: lowest(current.confidence, attributes.confidence),
        source: [...(seen ?? [])].join(' | '),
        source_consulted: common(current.source_consulted, attributes.source_consulted),
        last_verified: common(current.last_verified, attributes.last_verified),
        relationships: (current.relationships ?? 1) + 1,
      };
    });
  });
  return result;
}
