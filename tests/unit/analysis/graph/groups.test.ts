import fc from 'fast-check';
import { buildGraph } from '../../../../src/analysis/graph/build_graph';
import {
  collapseGroups,
  findGroups,
  isGroupId,
  type OrgGroup,
} from '../../../../src/analysis/graph/groups';
import { emptyDataset } from '../../../../src/model/dataset';
import type { OrgType, RelationshipType } from '../../../../src/model/enums';
import { org, rel } from './graph_fixture';

const name = (group: OrgGroup, members: number) => `${members} ${group.orgType}`;

/**
 * Twelve communes, each funding its own CPAS; the federal service funds every CPAS and the
 * governors refer every commune; twelve NGOs, each with its own partner; one CPAS with a tie
 * of its own.
 */
function ecosystem() {
  const dataset = emptyDataset();
  const ids = (prefix: string) => Array.from({ length: 12 }, (_, at) => `${prefix}${at}`);
  dataset.organizations.push(
    org('spp', 'SPP IS', 'federal', 'federal_agency'),
    org('gov', 'Gouverneurs', 'provincial', 'other'),
    ...ids('cpas').map((id) => org(id, id, 'local', 'cpas')),
    ...ids('commune').map((id) => org(id, id, 'local', 'local_authority')),
    ...ids('ngo').map((id) => org(id, id, 'local', 'ngo')),
  );
  ids('cpas').forEach((cpas, at) => {
    dataset.relationships.push(
      { ...rel(`spp-${cpas}`, 'spp', cpas, 'funds'), confidence: at === 3 ? 'medium' : 'high' },
      rel(`own-${cpas}`, `commune${at}`, cpas, 'funds'),
      rel(`gov-${at}`, 'gov', `commune${at}`, 'refers_to'),
      rel(`ngo-${at}`, `ngo${at}`, `ngo${(at + 1) % 12}`, 'partners_with'),
    );
  });
  dataset.relationships.push(rel('special', 'cpas5', 'ngo5', 'refers_to'));
  return buildGraph(dataset);
}

describe('findGroups', () => {
  it('groups the classes whose members share a relationship alike, not the others', () => {
    const groups = findGroups(ecosystem());
    expect(groups.map((group) => [group.id, group.members.length, group.level])).toEqual([
      ['group:cpas', 12, 'local'],
      ['group:local_authority', 12, 'local'],
    ]);
  });

  it('needs enough members, and nearly all of them alike', () => {
    const graph = ecosystem();
    expect(findGroups(graph, { minMembers: 13, share: 0.9 })).toEqual([]);
    // One CPAS fewer funded by the federal service: 11 of 12 is still 90 %, 10 is not.
    graph.dropEdge('spp-cpas0');
    expect(findGroups(graph).map((group) => group.id)).toContain('group:cpas');
    graph.dropEdge('spp-cpas1');
    // The communes still fund their CPAS one each: no single partner, so no group of CPAS.
    expect(findGroups(graph).map((group) => group.id)).toEqual(['group:local_authority']);
  });
});

describe('collapseGroups', () => {
  it('draws each class as one node and each relationship held alike once', () => {
    const graph = ecosystem();
    const collapsed = collapseGroups(graph, findGroups(graph), { open: new Set(), name });
    expect(collapsed.hasNode('cpas0')).toBe(false);
    expect(collapsed.getNodeAttributes('group:cpas')).toMatchObject({
      name: '12 cpas',
      org_type: 'cpas',
      members: 12,
    });
    const edge = (from: string, to: string) =>
      collapsed.edges(from, to).map((key) => collapsed.getEdgeAttributes(key));
    // "SPP IS funds 12 CPAS": one edge standing for twelve, with the lowest confidence.
    expect(edge('spp', 'group:cpas')).toEqual([
      expect.objectContaining({ type: 'funds', relationships: 12, confidence: 'medium' }),
    ]);
    // Each commune funds its own CPAS: one edge between the two groups.
    expect(edge('group:local_authority', 'group:cpas')).toEqual([
      expect.objectContaining({ type: 'funds', relationships: 12 }),
    ]);
    expect(edge('gov', 'group:local_authority')).toHaveLength(1);
    // A tie of one member's stays, from the group, and says it stands for one.
    expect(edge('group:cpas', 'ngo5')).toEqual([
      expect.objectContaining({ type: 'refers_to', relationships: 1, source: 'source of special' }),
    ]);
    // The NGOs, not grouped, keep their nodes and edges as they were.
    expect(collapsed.getNodeAttributes('ngo3')).toEqual(graph.getNodeAttributes('ngo3'));
    expect(collapsed.order).toBe(2 + 2 + 12);
  });

  it('opens a group into its members, and keeps a selected member apart', () => {
    const graph = ecosystem();
    const groups = findGroups(graph);
    const open = collapseGroups(graph, groups, { open: new Set(['group:cpas']), name });
    expect(open.hasNode('group:cpas')).toBe(false);
    expect(open.hasNode('cpas0')).toBe(true);
    expect(open.edges('group:local_authority', 'cpas0')).toHaveLength(1);
    const apart = collapseGroups(graph, groups, {
      open: new Set(),
      apart: new Set(['cpas5']),
      name,
    });
    expect(apart.getNodeAttribute('group:cpas', 'name')).toBe('11 cpas');
    expect(apart.edges('cpas5', 'ngo5')).toEqual(['special']);
    expect(apart.edges('spp', 'cpas5')).toEqual(['spp-cpas5']);
  });

  it('gives the graph back as it is when no group is closed', () => {
    const graph = ecosystem();
    expect(collapseGroups(graph, [], { open: new Set(), name })).toBe(graph);
  });

  it('loses no relationship: each is drawn as it is, or counted once in a group edge', () => {
    const types: OrgType[] = ['cpas', 'ngo', 'local_authority'];
    const relationshipTypes: RelationshipType[] = ['funds', 'refers_to', 'member_of'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...types), { minLength: 2, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...relationshipTypes)), {
          maxLength: 60,
        }),
        fc.subarray(['group:cpas', 'group:ngo', 'group:local_authority']),
        (orgTypes, edges, open) => {
          const dataset = emptyDataset();
          dataset.organizations.push(
            ...orgTypes.map((type, at) => org(`o${at}`, `O${at}`, 'local', type)),
          );
          edges.forEach(([from, to, type], at) => {
            dataset.relationships.push(
              rel(`r${at}`, `o${from % orgTypes.length}`, `o${to % orgTypes.length}`, type),
            );
          });
          const graph = buildGraph(dataset);
          const groups = findGroups(graph, { minMembers: 2, share: 0.5 });
          const collapsed = collapseGroups(graph, groups, { open: new Set(open), name });
          // The reference: a member of a closed group stands for its group.
          const closed = new Map<string, string>();
          for (const group of groups) {
            if (open.includes(group.id)) continue;
            for (const member of group.members) closed.set(member, group.id);
          }
          let drawn = 0;
          graph.forEachEdge((_key, _attributes, source, target) => {
            const from = closed.get(source) ?? source;
            const to = closed.get(target) ?? target;
            if (from !== to || (from === source && to === target)) drawn += 1;
          });
          let counted = 0;
          collapsed.forEachEdge((_key, attributes) => {
            counted += attributes.relationships ?? 1;
          });
          expect(counted).toBe(drawn);
          // Every member of a closed group is gone; every other organisation is there.
          graph.forEachNode((id) => {
            expect(collapsed.hasNode(id)).toBe(!closed.has(id));
          });
          collapsed.forEachNode((id, attributes) => {
            if (isGroupId(id)) expect(attributes.members).toBeGreaterThanOrEqual(2);
          });
        },
      ),
    );
  });
});
